#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "datelines/error.h"
#include "strbuf.h"
#include "utf8.h"

static bool reserve(struct dln_strbuf *sb, size_t extra)
{
	if (sb->failed)
		return false;
	if (sb->len + extra + 1 <= sb->cap)
		return true;
	size_t cap = sb->cap ? sb->cap : 256;
	while (cap < sb->len + extra + 1) {
		if (cap > (size_t)-1 / 2) {
			sb->failed = true;
			return false;
		}
		cap *= 2;
	}
	char *p = realloc(sb->data, cap);
	if (!p) {
		sb->failed = true;
		return false;
	}
	sb->data = p;
	sb->cap = cap;
	return true;
}

void dln__sb_add(struct dln_strbuf *sb, const char *s, size_t len)
{
	if (!reserve(sb, len))
		return;
	memcpy(sb->data + sb->len, s, len);
	sb->len += len;
	sb->data[sb->len] = '\0';
}

void dln__sb_adds(struct dln_strbuf *sb, const char *s)
{
	dln__sb_add(sb, s, strlen(s));
}

void dln__sb_addc(struct dln_strbuf *sb, char c)
{
	dln__sb_add(sb, &c, 1);
}

void dln__sb_printf(struct dln_strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	char small[128];

	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0) {
		sb->failed = true;
		return;
	}
	if ((size_t)n < sizeof(small)) {
		dln__sb_add(sb, small, (size_t)n);
		return;
	}
	if (!reserve(sb, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)n;
}

void dln__sb_add_json(struct dln_strbuf *sb, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			size_t n = dln__utf8_valid_prefix(s + i, len - i);
			if (n) {
				dln__sb_add(sb, s + i, n);
				i += n;
			} else {
				dln__sb_adds(sb, "\xEF\xBF\xBD");
				i++;
			}
			continue;
		}
		switch (c) {
		case '"': dln__sb_adds(sb, "\\\""); break;
		case '\\': dln__sb_adds(sb, "\\\\"); break;
		case '\n': dln__sb_adds(sb, "\\n"); break;
		case '\r': dln__sb_adds(sb, "\\r"); break;
		case '\t': dln__sb_adds(sb, "\\t"); break;
		default:
			if (c < 0x20)
				dln__sb_printf(sb, "\\u%04x", c);
			else
				dln__sb_addc(sb, (char)c);
		}
		i++;
	}
}

void dln__sb_add_xml(struct dln_strbuf *sb, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		switch (s[i]) {
		case '&': dln__sb_adds(sb, "&amp;"); break;
		case '<': dln__sb_adds(sb, "&lt;"); break;
		case '>': dln__sb_adds(sb, "&gt;"); break;
		case '"': dln__sb_adds(sb, "&quot;"); break;
		default:
			/* XML 1.0 has no place for other C0 controls, not even as references. */
			if ((unsigned char)s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
				dln__sb_addc(sb, ' ');
			else
				dln__sb_addc(sb, s[i]);
		}
	}
}

void dln__sb_release(struct dln_strbuf *sb)
{
	free(sb->data);
	*sb = (struct dln_strbuf)DLN_STRBUF_INIT;
}

int dln__sb_flush_to(struct dln_strbuf *sb, FILE *out)
{
	if (sb->failed)
		return dln__nomem();
	if (sb->len && fwrite(sb->data, 1, sb->len, out) != sb->len)
		return dln__fail(DLN_EIO, "write failed");
	sb->len = 0;
	return 0;
}
