/* dln_write_timeml and dln_write_tag_json: one tagged document as TimeML and as JSON. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "datelines/error.h"
#include "datelines/writers.h"
#include "document_internal.h"
#include "internal.h"
#include "strbuf.h"
#include "tagging_internal.h"
#include "utf8.h"

#define FLUSH_AT (1 << 16)  /* output goes out in pieces so a big document needs no big buffer */

/* A place between two units of the <TEXT> content (text bytes and markup), named by how many
 * of each come before it. */
struct gap {
	size_t off, item;
};

struct placement {
	struct gap start, end;
};

static bool char_boundary(const char *text, size_t len, size_t off)
{
	return off == len || ((unsigned char)text[off] & 0xC0) != 0x80;
}

/* The tagger promises expressions in text order, inside the text, not overlapping and on
 * character boundaries; the output would not be well-formed otherwise. */
static int check_timexes(const dln_tagging *t)
{
	const struct dln_document *doc = t->doc;
	size_t prev_end = 0;

	for (size_t i = 0; i < t->count; i++) {
		const struct dln_timex *x = &t->timexes[i];
		if (x->length == 0 || x->offset < prev_end || x->offset > doc->text_len ||
		    x->length > doc->text_len - x->offset ||
		    !char_boundary(doc->text, doc->text_len, x->offset) ||
		    !char_boundary(doc->text, doc->text_len, x->offset + x->length))
			return dln__fail(DLN_EARG, "%s: expression %zu (offset %zu, length %zu) "
					 "does not fit the text", doc->name, i + 1, x->offset,
					 x->length);
		prev_end = x->offset + x->length;
	}
	return 0;
}

static void add_attribute(struct dln_strbuf *sb, const char *name, const char *v, size_t size)
{
	size_t n = strnlen(v, size);

	if (n == 0)
		return;
	dln__sb_printf(sb, " %s=\"", name);
	dln__sb_add_xml(sb, v, n);
	dln__sb_addc(sb, '"');
}

static void add_start_tag(struct dln_strbuf *sb, const struct dln_timex *x, size_t tid)
{
	dln__sb_printf(sb, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"", tid,
		       dln_timex_type_name(x->type));
	dln__sb_add_xml(sb, x->value, strnlen(x->value, sizeof(x->value)));
	dln__sb_addc(sb, '"');
	add_attribute(sb, "mod", x->mod, sizeof(x->mod));
	add_attribute(sb, "freq", x->freq, sizeof(x->freq));
	add_attribute(sb, "quant", x->quant, sizeof(x->quant));
	dln__sb_addc(sb, '>');
}

static int flush_some(struct dln_strbuf *sb, FILE *out)
{
	return sb->len >= FLUSH_AT ? dln__sb_flush_to(sb, out) : 0;
}

/* ---- TimeML input: the raw bytes with new tags ---- */

static bool is_pair_tag(const struct dln__markup *m)
{
	return (m->kind == DLN__TAG_OPEN || m->kind == DLN__TAG_CLOSE) && !m->timex;
}

/* Markup [*lo, *hi) sits between text bytes off - 1 and off. */
static void markup_at(const struct dln__markup *m, size_t count, size_t off, size_t *lo, size_t *hi)
{
	size_t l = 0, h = count;

	while (l < h) {
		size_t mid = l + (h - l) / 2;
		if (m[mid].text_off < off)
			l = mid + 1;
		else
			h = mid;
	}
	*lo = l;
	for (h = l; h < count && m[h].text_off == off; h++)
		;
	*hi = h;
}

/* Where the tags of text span [a, b) go. They go as close to the text as they can: just
 * before its first raw byte and just after its last (after a whole entity). Old TIMEX3 tags
 * are dropped and do not count. When other elements would cross the new one, the tags first
 * step outward over markup that sits right at the ends of the span, which leaves its text as
 * it is. When that is not enough (the span ends inside an element whose text goes on), the
 * span shrinks to its longest balanced part rather than widening to whole elements: shrinking
 * stays inside the span, so it can never run into a neighbouring expression or claim words
 * that are not part of this one. `floor` is where the previous expression's end tag went. */
static struct placement place(const struct dln__markup *m, size_t count, size_t a, size_t b,
			      struct gap floor)
{
	size_t a_lo, a_hi, b_lo, b_hi, s, e;
	bool moved = true;

	markup_at(m, count, a, &a_lo, &a_hi);
	markup_at(m, count, b, &b_lo, &b_hi);
	if (floor.off == a && floor.item > a_lo)
		a_lo = floor.item;
	s = a_hi;
	e = b_lo;
	while (moved) {
		moved = false;
		for (size_t k = s; k < e; k++) {
			size_t o = m[k].match;
			if (!is_pair_tag(&m[k]))
				continue;
			if (m[k].kind == DLN__TAG_CLOSE && o < s && o >= a_lo) {
				s = o;
				moved = true;
			} else if (m[k].kind == DLN__TAG_OPEN && o >= e && o < b_hi) {
				e = o + 1;
				moved = true;
			}
		}
	}

	/* Tags whose partner lies outside [s, e) cut it into balanced segments. */
	struct placement best = { { a, s }, { b, e } }, seg = best;
	size_t best_len = 0;
	for (size_t k = s; k <= e; k++) {
		bool cut = k < e && is_pair_tag(&m[k]) && (m[k].match < s || m[k].match >= e);
		if (k < e && !cut)
			continue;
		seg.end = k < e ? (struct gap){ m[k].text_off, k } : (struct gap){ b, e };
		if (seg.end.off - seg.start.off > best_len) {
			best = seg;
			best_len = seg.end.off - seg.start.off;
		}
		if (k < e)
			seg.start = (struct gap){ m[k].text_off, k + 1 };
	}
	return best;
}

static size_t gap_raw(const struct dln_document *doc, const struct dln__markup *m, size_t count,
		      struct gap g)
{
	if (g.item < count && m[g.item].text_off == g.off)
		return m[g.item].start;
	return doc->raw_map[g.off];
}

struct copier {
	const char *raw;
	const struct dln__markup *m;
	size_t count, next, pos;
	bool cdata;
	struct dln_strbuf *sb;
};

/* Copies raw bytes up to target, leaving out old TIMEX3 tags. */
static void copy_to(struct copier *c, size_t target)
{
	while (c->pos < target) {
		const struct dln__markup *x = c->next < c->count ? &c->m[c->next] : NULL;
		if (x && x->start == c->pos) {
			if (!x->timex)
				dln__sb_add(c->sb, c->raw + x->start, x->end - x->start);
			if (x->kind == DLN__CDATA_OPEN || x->kind == DLN__CDATA_CLOSE)
				c->cdata = x->kind == DLN__CDATA_OPEN;
			c->pos = x->end;
			c->next++;
			continue;
		}
		size_t stop = x && x->start < target ? x->start : target;
		dln__sb_add(c->sb, c->raw + c->pos, stop - c->pos);
		c->pos = stop;
	}
}

/* A tag where the copy stands; inside a CDATA section the section is split around it. */
static void add_tag(struct copier *c, const struct dln_timex *x, size_t tid)
{
	if (c->cdata)
		dln__sb_adds(c->sb, "]]>");
	if (x)
		add_start_tag(c->sb, x, tid);
	else
		dln__sb_adds(c->sb, "</TIMEX3>");
	if (c->cdata)
		dln__sb_adds(c->sb, "<![CDATA[");
}

static int write_into_markup(const dln_tagging *t, struct dln_strbuf *sb, FILE *out)
{
	const struct dln_document *doc = t->doc;
	struct dln__markup *m = NULL;
	struct placement *places = NULL;
	struct gap floor = { 0, 0 };
	size_t count;
	int rc;

	if ((rc = dln__timeml_markup(doc, &m, &count)) < 0)
		goto done;
	if (t->count && !(places = malloc(t->count * sizeof(*places)))) {
		rc = dln__nomem();
		goto done;
	}
	for (size_t i = 0; i < t->count; i++) {
		const struct dln_timex *x = &t->timexes[i];
		places[i] = place(m, count, x->offset, x->offset + x->length, floor);
		floor = places[i].end;
	}

	struct copier c = { doc->raw, m, count, 0, 0, false, sb };
	for (size_t i = 0; i < t->count; i++) {
		copy_to(&c, gap_raw(doc, m, count, places[i].start));
		add_tag(&c, &t->timexes[i], i + 1);
		copy_to(&c, gap_raw(doc, m, count, places[i].end));
		add_tag(&c, NULL, 0);
		if ((rc = flush_some(sb, out)) < 0)
			goto done;
	}
	copy_to(&c, doc->raw_len);
done:
	free(places);
	free(m);
	return rc;
}

/* ---- Text input: a new TimeML document ---- */

/* s as XML character data. XML 1.0 cannot carry most control characters, not even as
 * references, so they become spaces (offsets stay); CR goes out as a reference, which keeps
 * it from being read as a line end. Invalid UTF-8 (only names can hold it) becomes U+FFFD. */
static void add_text(struct dln_strbuf *sb, const char *s, size_t len)
{
	size_t run = 0, i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		size_t n = c < 0x80 ? 1 : dln__utf8_valid_prefix(s + i, len - i);
		const char *instead = NULL;

		if (c == '\r')
			instead = "&#13;";
		else if (c < 0x20 && c != '\t' && c != '\n')
			instead = " ";
		else if (n == 0)
			instead = "\xEF\xBF\xBD";
		else if (n == 3 && c == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
			 ((unsigned char)s[i + 2] & 0xFE) == 0xBE)
			instead = "\xEF\xBF\xBD";  /* U+FFFE and U+FFFF are not XML characters */
		n = n ? n : 1;
		if (instead) {
			dln__sb_add_xml(sb, s + run, i - run);
			dln__sb_adds(sb, instead);
			run = i + n;
		}
		i += n;
	}
	dln__sb_add_xml(sb, s + run, len - run);
}

/* Text input: a new TimeML document, written piece by piece for a stream's pieces. */
static int write_new_document(const dln_tagging *t, struct dln_strbuf *sb, FILE *out)
{
	const struct dln_document *doc = t->doc;
	size_t pos = 0;
	int rc;

	if (doc->piece.index == 0) {
		dln__sb_adds(sb, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>");
		add_text(sb, doc->name, strlen(doc->name));
		dln__sb_adds(sb, "</DOCID>\n");
		if (doc->dct.known) {
			struct dln_point day = doc->dct.at;
			char buf[32];

			day.minute = -1;
			dln_point_format(&day, buf, sizeof(buf));
			dln__sb_printf(sb, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" "
				       "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">"
				       "%s</TIMEX3></DCT>\n", buf, buf);
		}
		dln__sb_adds(sb, "<TEXT>");
	}
	for (size_t i = 0; i < t->count; i++) {
		const struct dln_timex *x = &t->timexes[i];
		add_text(sb, doc->text + pos, x->offset - pos);
		add_start_tag(sb, x, doc->piece.timexes_before + i + 1);
		add_text(sb, doc->text + x->offset, x->length);
		dln__sb_adds(sb, "</TIMEX3>");
		pos = x->offset + x->length;
		if ((rc = flush_some(sb, out)) < 0)
			return rc;
	}
	add_text(sb, doc->text + pos, doc->text_len - pos);
	if (doc->piece.last)
		dln__sb_adds(sb, "</TEXT>\n</TimeML>\n");
	return 0;
}

int dln_write_timeml(const dln_tagging *t, FILE *out)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	int rc;

	if ((rc = check_timexes(t)) < 0)
		goto done;
	if (t->doc->format == DLN_INPUT_TIMEML)
		rc = write_into_markup(t, &sb, out);
	else
		rc = write_new_document(t, &sb, out);
	if (rc == 0)
		rc = dln__sb_flush_to(&sb, out);
done:
	dln__sb_release(&sb);
	return rc;
}

/* ---- JSON ---- */

static void add_string(struct dln_strbuf *sb, const char *s, size_t len)
{
	dln__sb_addc(sb, '"');
	dln__sb_add_json(sb, s, len);
	dln__sb_addc(sb, '"');
}

static void add_point(struct dln_strbuf *sb, const struct dln_point *p)
{
	char buf[32];

	if (!p) {
		dln__sb_adds(sb, "null");
		return;
	}
	add_string(sb, buf, (size_t)dln_point_format(p, buf, sizeof(buf)));
}

static void add_timex_json(struct dln_strbuf *sb, const struct dln_document *doc,
			   const struct dln_timex *x, size_t tid)
{
	/* Appended piece by piece: a format string read for every expression costs more. */
	dln__sb_adds(sb, "{\"tid\":\"t");
	dln__sb_add_uint(sb, tid);
	dln__sb_adds(sb, "\",\"text\":");
	add_string(sb, doc->text + x->offset, x->length);
	dln__sb_adds(sb, ",\"offset\":");
	dln__sb_add_uint(sb, doc->piece.text_offset + x->offset);
	dln__sb_adds(sb, ",\"length\":");
	dln__sb_add_uint(sb, x->length);
	dln__sb_adds(sb, ",\"type\":\"");
	dln__sb_adds(sb, dln_timex_type_name(x->type));
	dln__sb_adds(sb, "\",\"value\":");
	add_string(sb, x->value, strnlen(x->value, sizeof(x->value)));
	dln__sb_adds(sb, ",\"mod\":");
	if (x->mod[0])
		add_string(sb, x->mod, strnlen(x->mod, sizeof(x->mod)));
	else
		dln__sb_adds(sb, "null");
	dln__sb_adds(sb, ",\"start\":");
	add_point(sb, x->resolved ? &x->start : NULL);
	dln__sb_adds(sb, ",\"end\":");
	add_point(sb, x->resolved ? &x->end : NULL);
	dln__sb_addc(sb, '}');
}

/* A stream's pieces make one object: the first opens it, the last closes it. */
int dln_write_tag_json(const dln_tagging *t, FILE *out)
{
	const struct dln_document *doc = t->doc;
	const struct dln_piece *piece = &doc->piece;
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	int rc;

	if ((rc = check_timexes(t)) < 0)
		goto done;
	if (piece->index == 0) {
		dln__sb_adds(&sb, "{\"doc\": ");
		add_string(&sb, doc->name, strlen(doc->name));
		dln__sb_adds(&sb, ", \"dct\": ");
		if (doc->dct.known) {
			struct dln_point day = doc->dct.at;

			day.minute = -1;
			add_point(&sb, &day);
		} else {
			dln__sb_adds(&sb, "null");
		}
		dln__sb_adds(&sb, ", \"timexes\": [");
	}
	for (size_t i = 0; i < t->count; i++) {
		size_t n = piece->timexes_before + i;
		if (n)
			dln__sb_adds(&sb, ", ");
		add_timex_json(&sb, doc, &t->timexes[i], n + 1);
		if ((rc = flush_some(&sb, out)) < 0)
			goto done;
	}
	if (piece->last)
		dln__sb_adds(&sb, "]}\n");
	rc = dln__sb_flush_to(&sb, out);
done:
	dln__sb_release(&sb);
	return rc;
}

int dln_write_tag_json_abort(const char *message, FILE *out)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;

	dln__sb_adds(&sb, "], \"error\": ");
	add_string(&sb, message, strlen(message));
	dln__sb_adds(&sb, "}\n");
	int rc = dln__sb_flush_to(&sb, out);
	dln__sb_release(&sb);
	return rc;
}

int dln_write_timeml_abort(const char *message, FILE *out)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;

	dln__sb_adds(&sb, "</TEXT>\n<!-- error: ");
	/* A comment cannot hold "--". */
	for (const char *p = message; *p; p++)
		dln__sb_addc(&sb, *p == '-' && p[1] == '-' ? '_' : *p);
	dln__sb_adds(&sb, " -->\n</TimeML>\n");
	int rc = dln__sb_flush_to(&sb, out);
	dln__sb_release(&sb);
	return rc;
}
