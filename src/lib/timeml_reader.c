/* dln__timeml_read: TimeML documents.
 *
 * libxml2 checks that the markup is well-formed and gives the DCT and the title. The text of
 * <TEXT> and its map back to raw offsets are built here by hand, because libxml2 reports no
 * byte offsets for text nodes; the markup is known to be well-formed by then, which keeps the
 * hand-written scanner small.
 */
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "datelines/date.h"
#include "datelines/error.h"
#include "document_internal.h"
#include "internal.h"

#if LIBXML_VERSION >= 21200
typedef const xmlError *error_arg;
#else
typedef xmlErrorPtr error_arg;
#endif

/* No network, no DTD loading, nothing printed; the bytes were checked as UTF-8 already, so an
 * encoding declaration must not make libxml2 read them as something else. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
		       XML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES)

struct parse_error {
	int level;  /* xmlErrorLevel of the error kept; XML_ERR_NONE until one comes */
	int line;
	char message[200];
};

/* 1-based line of byte offset off, for messages. */
static size_t line_of(const char *text, size_t off)
{
	return 1 + dln__count_lines(text, off);
}

/* libxml2 messages end in a newline and may hold more; ours are one line. */
static void one_line(char *dst, size_t size, const char *src)
{
	size_t n = 0;

	while (src[n] && n + 1 < size) {
		dst[n] = (src[n] == '\n' || src[n] == '\r' || src[n] == '\t') ? ' ' : src[n];
		n++;
	}
	while (n > 0 && dst[n - 1] == ' ')
		n--;
	dst[n] = '\0';
}

/* Called instead of printing. Keeps the first fatal error, the one that stopped the parser,
 * and until one comes the first plain error. */
static void keep_error(void *data, error_arg err)
{
	struct parse_error *pe = ((xmlParserCtxtPtr)data)->_private;

	if (err->level < XML_ERR_ERROR || pe->level == XML_ERR_FATAL ||
	    (pe->level == XML_ERR_ERROR && err->level != XML_ERR_FATAL))
		return;
	pe->level = err->level;
	pe->line = err->line;
	one_line(pe->message, sizeof(pe->message), err->message ? err->message : "unknown error");
}

/* Parses doc->raw into *out. The error handler hangs off this parser context alone, so
 * documents can be read on several threads at once. */
static int parse(const struct dln_document *doc, xmlDocPtr *out)
{
	struct parse_error pe = { .level = XML_ERR_NONE };
	xmlParserCtxtPtr ctxt;
	int rc = 0;

	*out = NULL;
	if (doc->raw_len == 0)
		return dln__fail(DLN_EINPUT, "%s:1: malformed TimeML: the document is empty",
				 doc->name);
	if (doc->raw_len > INT_MAX)
		return dln__fail(DLN_ELIMIT, "%s: TimeML documents over %d bytes are not supported",
				 doc->name, INT_MAX);
	ctxt = xmlCreateMemoryParserCtxt(doc->raw, (int)doc->raw_len);
	if (!ctxt)
		return dln__nomem();
	xmlCtxtUseOptions(ctxt, PARSE_OPTIONS);
	ctxt->_private = &pe;
	ctxt->sax->serror = keep_error;
	xmlParseDocument(ctxt);
	if (ctxt->wellFormed && ctxt->myDoc) {
		*out = ctxt->myDoc;
		ctxt->myDoc = NULL;
	} else if (ctxt->errNo == XML_ERR_NO_MEMORY) {
		rc = dln__nomem();
	} else {
		rc = dln__fail(DLN_EINPUT, "%s:%d: malformed TimeML: %s", doc->name,
			       pe.line > 0 ? pe.line : 1,
			       pe.level != XML_ERR_NONE ? pe.message : "not well-formed");
	}
	xmlFreeDoc(ctxt->myDoc);
	xmlFreeParserCtxt(ctxt);
	return rc;
}

/* The first element called `name` at or below top in document order. It does not look inside
 * <TEXT>: that is the article, not its metadata. */
static xmlNode *find_element(xmlNode *top, const char *name)
{
	xmlNode *n = top;

	while (n) {
		if (n->type == XML_ELEMENT_NODE) {
			if (xmlStrEqual(n->name, BAD_CAST name))
				return n;
			if (n->children && !xmlStrEqual(n->name, BAD_CAST "TEXT")) {
				n = n->children;
				continue;
			}
		}
		while (n != top && !n->next)
			n = n->parent;
		n = n == top ? NULL : n->next;
	}
	return NULL;
}

static int read_dct(struct dln_document *doc, xmlNode *root)
{
	xmlNode *dct = find_element(root, "DCT");
	xmlNode *timex;
	xmlChar *value = NULL;
	int rc = 0;

	if (!dct)
		return 0;
	timex = find_element(dct, "TIMEX3");
	if (timex)
		value = xmlGetProp(timex, BAD_CAST "value");
	if (value && dln_dct_parse((const char *)value, &doc->dct) == 0)
		goto done;
	/* A value with seconds or a part of the day ("T09:42:05", "TMO") still names the day. */
	if (value && strlen((const char *)value) > 10 && value[10] == 'T') {
		char day[11];

		memcpy(day, value, 10);
		day[10] = '\0';
		if (dln_dct_parse(day, &doc->dct) == 0)
			goto done;
	}
	rc = dln__fail(DLN_EINPUT, "%s:%ld: <DCT> value '%s' is not a date", doc->name,
		       xmlGetLineNo(timex ? timex : dct), value ? (const char *)value : "");
done:
	xmlFree(value);
	return rc;
}

/* The <TITLE> text on one line, when there is one. */
static int read_title(struct dln_document *doc, xmlNode *root)
{
	xmlNode *node = find_element(root, "TITLE");
	xmlChar *content;
	size_t n = 0;

	if (!node)
		return 0;
	content = xmlNodeGetContent(node);
	if (!content || !(doc->title = malloc(strlen((const char *)content) + 1))) {
		xmlFree(content);
		return dln__nomem();
	}
	for (const char *s = (const char *)content; *s; s++) {
		bool space = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r';
		if (!space)
			doc->title[n++] = *s;
		else if (n > 0 && doc->title[n - 1] != ' ')
			doc->title[n++] = ' ';
	}
	if (n > 0 && doc->title[n - 1] == ' ')
		n--;
	doc->title[n] = '\0';
	xmlFree(content);
	return 0;
}

/* Offset of needle at or after from, or len when it is not there. */
static size_t find(const char *s, size_t len, size_t from, const char *needle)
{
	size_t n = strlen(needle);

	while (from + n <= len) {
		const char *p = memchr(s + from, needle[0], len - from - n + 1);
		if (!p)
			break;
		from = (size_t)(p - s);
		if (memcmp(p, needle, n) == 0)
			return from;
		from++;
	}
	return len;
}

static bool starts_with(const char *s, size_t len, size_t i, const char *prefix)
{
	size_t n = strlen(prefix);
	return len - i >= n && memcmp(s + i, prefix, n) == 0;
}

/* Offset just past the end of what starts at i, or len. */
static size_t past(const char *s, size_t len, size_t i, const char *end)
{
	size_t at = find(s, len, i, end);
	return at == len ? len : at + strlen(end);
}

/* Offset just past the '>' closing the tag at i; '>' may appear inside attribute values. */
static size_t tag_end(const char *s, size_t len, size_t i)
{
	char quote = 0;

	for (; i < len; i++) {
		if (quote) {
			quote = s[i] == quote ? 0 : quote;
		} else if (s[i] == '"' || s[i] == '\'') {
			quote = s[i];
		} else if (s[i] == '>') {
			return i + 1;
		}
	}
	return len;
}

/* Offset just past a <!DOCTYPE ...> declaration, internal subset included. */
static size_t declaration_end(const char *s, size_t len, size_t i)
{
	int depth = 0;

	for (i += 2; i < len; i++) {
		if (s[i] == '"' || s[i] == '\'') {
			const char *q = memchr(s + i + 1, s[i], len - i - 1);
			if (!q)
				return len;
			i = (size_t)(q - s);
		} else if (starts_with(s, len, i, "<!--")) {
			i = past(s, len, i, "-->") - 1;
		} else if (starts_with(s, len, i, "<?")) {
			i = past(s, len, i, "?>") - 1;
		} else if (s[i] == '[') {
			depth++;
		} else if (s[i] == ']') {
			depth--;
		} else if (s[i] == '>' && depth <= 0) {
			return i + 1;
		}
	}
	return len;
}

/* What the markup starting at s[i] == '<' is, and where it ends (*end). A CDATA section
 * counts as its opening only: its content is text. */
static enum dln__markup_kind classify(const char *s, size_t len, size_t i, size_t *end)
{
	if (starts_with(s, len, i, "<!--")) {
		*end = past(s, len, i + 4, "-->");
		return DLN__MARKUP_OTHER;
	}
	if (starts_with(s, len, i, "<![CDATA[")) {
		*end = i + 9;
		return DLN__CDATA_OPEN;
	}
	if (starts_with(s, len, i, "<!")) {
		*end = declaration_end(s, len, i);
		return DLN__MARKUP_OTHER;
	}
	if (starts_with(s, len, i, "<?")) {
		*end = past(s, len, i + 2, "?>");
		return DLN__MARKUP_OTHER;
	}
	*end = tag_end(s, len, i);
	if (s[i + 1] == '/')
		return DLN__TAG_CLOSE;
	return s[*end - 2] == '/' ? DLN__TAG_EMPTY : DLN__TAG_OPEN;
}

/* Whether the tag at i ('<' or '</') is named name. */
static bool tag_named(const char *s, size_t len, size_t i, const char *name)
{
	size_t n = strlen(name);

	i += s[i + 1] == '/' ? 2 : 1;
	if (i >= len || len - i <= n || memcmp(s + i, name, n) != 0)
		return false;
	return strchr(" \t\r\n/>", s[i + n]) != NULL;
}

/* The <TEXT> start tag: its raw range [*tag, *content). Returns false when there is none;
 * *empty says it is <TEXT/>. */
static bool find_text(const char *s, size_t len, size_t *tag, size_t *content, bool *empty)
{
	size_t i = 0;

	while (i < len) {
		const char *lt = memchr(s + i, '<', len - i);
		if (!lt)
			return false;
		i = (size_t)(lt - s);
		size_t end;
		enum dln__markup_kind kind = classify(s, len, i, &end);
		bool start_tag = kind == DLN__TAG_OPEN || kind == DLN__TAG_EMPTY;
		if (start_tag && tag_named(s, len, i, "TEXT")) {
			*tag = i;
			*content = end;
			*empty = kind == DLN__TAG_EMPTY;
			return true;
		}
		i = kind == DLN__CDATA_OPEN ? past(s, len, end, "]]>") : end;
	}
	return false;
}

/* The UTF-8 form of code point cp (a valid XML character) into out; its length. */
static size_t put_utf8(unsigned long cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static int digit_value(char c, bool hex)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (hex && c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (hex && c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes the reference at s[i] == '&' into out (UTF-8, *n bytes). Returns its raw length, or
 * 0 for an entity this reader does not know (one declared in a DTD). */
static size_t decode_reference(const char *s, size_t len, size_t i, char out[4], size_t *n)
{
	static const struct { const char *name; char c; } named[] = {
		{ "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' },
		{ "quot;", '"' }, { "apos;", '\'' },
	};
	unsigned long cp = 0;
	size_t j = i + 1;

	for (size_t k = 0; k < DLN_ARRAY_SIZE(named); k++) {
		if (starts_with(s, len, j, named[k].name)) {
			out[0] = named[k].c;
			*n = 1;
			return 1 + strlen(named[k].name);
		}
	}
	if (j >= len || s[j] != '#')
		return 0;
	bool hex = ++j < len && s[j] == 'x';
	j += hex;
	size_t first = j;
	for (; j < len && s[j] != ';'; j++) {
		int d = digit_value(s[j], hex);
		if (d < 0 || cp > 0x10FFFF)
			return 0;
		cp = cp * (hex ? 16 : 10) + (unsigned long)d;
	}
	bool is_char = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
		       (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
	if (j == first || j >= len || !is_char)
		return 0;
	*n = put_utf8(cp, out);
	return j + 1 - i;
}

/* One pass over the content of <TEXT>: the decoded text and its raw map (when text is set),
 * the markup (when want_markup is set), and where </TEXT> starts. */
struct walk {
	const char *raw;
	size_t len;
	char *text;
	size_t *map;
	size_t text_len;
	bool want_markup;
	struct dln__markup *markup;
	size_t count, cap;
	size_t open;  /* innermost open tag, SIZE_MAX at the level of <TEXT> */
	size_t end;
};

static void emit(struct walk *w, const char *bytes, size_t n, size_t raw_off)
{
	if (w->text) {
		memcpy(w->text + w->text_len, bytes, n);
		for (size_t k = 0; k < n; k++)
			w->map[w->text_len + k] = raw_off;
	}
	w->text_len += n;
}

static int add_markup(struct walk *w, size_t start, size_t end, enum dln__markup_kind kind)
{
	if (!w->want_markup)
		return 0;
	if (w->count == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 64;
		struct dln__markup *p = realloc(w->markup, cap * sizeof(*p));
		if (!p)
			return dln__nomem();
		w->markup = p;
		w->cap = cap;
	}
	struct dln__markup m = { start, end, w->text_len, SIZE_MAX, kind, false };
	bool tag = kind == DLN__TAG_OPEN || kind == DLN__TAG_CLOSE || kind == DLN__TAG_EMPTY;
	m.timex = tag && tag_named(w->raw, w->len, start, "TIMEX3");
	/* Until its close tag comes, an open tag's match field holds the enclosing open tag:
	 * the chain of open elements needs no stack of its own. */
	if (kind == DLN__TAG_OPEN) {
		m.match = w->open;
		w->open = w->count;
	} else if (kind == DLN__TAG_CLOSE && w->open != SIZE_MAX) {
		size_t o = w->open;
		w->open = w->markup[o].match;
		w->markup[o].match = w->count;
		m.match = o;
	}
	w->markup[w->count++] = m;
	return 0;
}

static int walk_text(struct walk *w, size_t content, const char *name)
{
	const char *s = w->raw;
	size_t len = w->len, i = content;
	bool cdata = false;
	int depth = 0, rc;

	w->open = SIZE_MAX;
	while (i < len) {
		char c = s[i];
		if (cdata) {
			if (starts_with(s, len, i, "]]>")) {
				if ((rc = add_markup(w, i, i + 3, DLN__CDATA_CLOSE)) < 0)
					return rc;
				cdata = false;
				i += 3;
				continue;
			}
		} else if (c == '<') {
			size_t end;
			enum dln__markup_kind kind = classify(s, len, i, &end);
			if (kind == DLN__TAG_CLOSE && depth == 0) {
				w->end = i;
				return 0;
			}
			depth += (kind == DLN__TAG_OPEN) - (kind == DLN__TAG_CLOSE);
			cdata = kind == DLN__CDATA_OPEN;
			if ((rc = add_markup(w, i, end, kind)) < 0)
				return rc;
			i = end;
			continue;
		} else if (c == '&') {
			char buf[4];
			size_t n, used = decode_reference(s, len, i, buf, &n);
			if (!used)
				return dln__fail(DLN_EINPUT,
						 "%s:%zu: entity reference not supported", name,
						 line_of(s, i));
			emit(w, buf, n, i);
			i += used;
			continue;
		}
		if (c == '\r') {
			/* XML reads CR LF, and a lone CR, as one LF. */
			emit(w, "\n", 1, i);
			i += i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
			continue;
		}
		emit(w, &c, 1, i);
		i++;
	}
	return dln__fail(DLN_EINPUT, "%s: <TEXT> is not closed", name);
}

int dln__timeml_markup(const struct dln_document *doc, struct dln__markup **out, size_t *count)
{
	struct walk w = { .raw = doc->raw, .len = doc->raw_len, .want_markup = true };
	size_t tag, content;
	bool empty;
	int rc = 0;

	*out = NULL;
	*count = 0;
	if (!find_text(doc->raw, doc->raw_len, &tag, &content, &empty) || empty)
		return 0;
	if ((rc = walk_text(&w, content, doc->name)) < 0) {
		free(w.markup);
		return rc;
	}
	*out = w.markup;
	*count = w.count;
	return 0;
}

int dln__timeml_read(struct dln_document *doc)
{
	struct walk w = { .raw = doc->raw, .len = doc->raw_len };
	xmlDocPtr xml = NULL;
	size_t tag, content;
	bool empty;
	int rc;

	if ((rc = parse(doc, &xml)) < 0)
		goto done;
	if (!find_text(doc->raw, doc->raw_len, &tag, &content, &empty)) {
		rc = dln__fail(DLN_EINPUT, "%s: no <TEXT> element", doc->name);
		goto done;
	}
	/* Decoding only shrinks the content, so its raw size bounds the text. */
	size_t cap = empty ? 1 : doc->raw_len - content + 1;
	w.text = malloc(cap);
	w.map = malloc(cap * sizeof(*w.map));
	if (!w.text || !w.map) {
		rc = dln__nomem();
		goto done;
	}
	w.end = tag;
	if (!empty && (rc = walk_text(&w, content, doc->name)) < 0)
		goto done;
	w.text[w.text_len] = '\0';
	w.map[w.text_len] = w.end;
	doc->text = w.text;
	doc->raw_map = w.map;
	doc->text_len = w.text_len;
	doc->text_owned = true;
	w.text = NULL;
	w.map = NULL;

	xmlNode *root = xmlDocGetRootElement(xml);
	if (!doc->dct.known && (rc = read_dct(doc, root)) < 0)
		goto done;
	rc = read_title(doc, root);
done:
	free(w.text);
	free(w.map);
	xmlFreeDoc(xml);
	return rc;
}
