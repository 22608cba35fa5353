#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "datelines/error.h"
#include "strbuf.h"
#include "utf8.h"

bool dln__sb_grow(struct dln_strbuf *sb, size_t extra)
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

void dln__sb_add_uint(struct dln_strbuf *sb, size_t v)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	dln__sb_add(sb, p, (size_t)(tmp + sizeof(tmp) - p));
}

void dln__sb_add_int(struct dln_strbuf *sb, int v)
{
	if (v < 0) {
		dln__sb_addc(sb, '-');
		dln__sb_add_uint(sb, (size_t)-(long long)v);  /* INT_MIN too */
		return;
	}
	dln__sb_add_uint(sb, (size_t)v);
}

/* Whether fmt holds only the conversions dln__sb_printf formats itself. */
static bool simple_format(const char *fmt)
{
	for (const char *f = fmt; (f = strchr(f, '%')); ) {
		if (f[1] == 's' || f[1] == 'd' || f[1] == '%')
			f += 2;
		else if (f[1] == 'z' && f[2] == 'u')
			f += 3;
		else
			return false;
	}
	return true;
}

void dln__sb_printf(struct dln_strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	char small[128];

	if (simple_format(fmt)) {
		/* printf parses the format and sets up a stream for every call: writers call
		 * this per expression, and those costs were most of the output's. */
		va_start(ap, fmt);
		for (const char *f = fmt; *f; ) {
			const char *pct = strchr(f, '%');
			if (!pct) {
				dln__sb_adds(sb, f);
				break;
			}
			dln__sb_add(sb, f, (size_t)(pct - f));
			switch (pct[1]) {
			case 's': {
				const char *s = va_arg(ap, const char *);
				dln__sb_adds(sb, s ? s : "(null)");  /* as glibc prints it */
				f = pct + 2;
				break;
			}
			case 'd':
				dln__sb_add_int(sb, va_arg(ap, int));
				f = pct + 2;
				break;
			case '%':
				dln__sb_addc(sb, '%');
				f = pct + 2;
				break;
			default: /* "zu" */
				dln__sb_add_uint(sb, va_arg(ap, size_t));
				f = pct + 3;
			}
		}
		va_end(ap);
		return;
	}
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
	if (!dln__sb_reserve(sb, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)n;
}

/* Bytes that JSON strings take as they are: printable ASCII but the quote and backslash. */
static bool json_plain(unsigned char c)
{
	return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

void dln__sb_add_json(struct dln_strbuf *sb, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		/* A run of plain bytes goes in with one copy. */
		size_t run = i;
		while (run < len && json_plain((unsigned char)s[run]))
			run++;
		if (run > i) {
			dln__sb_add(sb, s + i, run - i);
			i = run;
			if (i == len)
				break;
		}
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
		default: {
			/* The other C0 controls, as "\u%04x" wrote them. */
			char u[6] = { '\\', 'u', '0', '0', "0123456789abcdef"[c >> 4],
				      "0123456789abcdef"[c & 15] };
			dln__sb_add(sb, u, sizeof(u));
		}
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
