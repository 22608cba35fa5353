/* dln_write_list: the event listing as a text table or as TSV (JSON is in write_json.c). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "datelines/error.h"
#include "datelines/writers.h"
#include "strbuf.h"
#include "utf8.h"
#include "write_json.h"

#define TABLE_COLUMNS 120   /* the text table aims to fit a wide terminal */
#define MIN_EVENT_COLUMNS 30
#define FLUSH_AT (1 << 16)  /* output goes out in pieces so a corpus needs no big buffer */

enum column { COL_WHEN, COL_VALUE, COL_EXPRESSION, COL_DOC, COL_EVENT, COL_COUNT };

static const char *const headers[COL_COUNT] = { "WHEN", "VALUE", "EXPRESSION", "DOC", "EVENT" };
/* Widest a column may grow; 0 = no limit. EVENT gets what is left of the line. */
static const size_t caps[COL_COUNT] = { 0, 18, 22, 20, 0 };

/* Every cell of one row, formatted but not yet sanitized or cut to width. */
struct row {
	char when[96];
	char value[64];
	const char *cells[COL_COUNT];
};

/* Bytes in the next display unit at s: one code point, or one byte that is not UTF-8. */
static size_t unit_length(const char *s, size_t len)
{
	size_t n = dln__utf8_valid_prefix(s, len);
	return n ? n : 1;
}

/* Columns that s takes in the table: code points, each stray byte counting as one. */
static size_t text_width(const char *s)
{
	size_t len = strlen(s), w = 0;

	for (size_t i = 0; i < len; i += unit_length(s + i, len - i))
		w++;
	return w;
}

/* Control characters show as spaces so that a row stays one line. */
static bool blank_unit(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];

	return n == 1 && (c <= 0x20 || c == 0x7f);
}

/* Adds one display unit; a stray byte shows as U+FFFD. */
static void add_unit(struct dln_strbuf *sb, const char *s, size_t n)
{
	if (blank_unit(s, n))
		dln__sb_addc(sb, ' ');
	else if (n == 1 && (unsigned char)s[0] >= 0x80)
		dln__sb_adds(sb, "\xEF\xBF\xBD");
	else
		dln__sb_add(sb, s, n);
}

/* Adds s cut to `width` (at least 1) columns with an ellipsis where it was cut (at the front
 * when keep_end: a file name's end tells it from its neighbours), padded to `width` when pad. */
static void add_cell(struct dln_strbuf *sb, const char *s, size_t width, bool keep_end, bool pad)
{
	size_t len = strlen(s), w = text_width(s), skip = 0, take = w;
	size_t unit = 0, shown = 0, word_end = sb->len, word_shown = 0;
	bool cut = w > width;

	if (cut) {
		take = width - 1;
		skip = keep_end ? w - take : 0;
	}
	if (cut && keep_end) {
		dln__sb_adds(sb, "\xE2\x80\xA6");
		shown++;
	}
	for (size_t i = 0; i < len && unit < skip + take; unit++) {
		size_t n = unit_length(s + i, len - i);
		if (unit >= skip) {
			add_unit(sb, s + i, n);
			shown++;
		}
		if (unit >= skip && !blank_unit(s + i, n)) {
			word_end = sb->len;
			word_shown = shown;
		}
		i += n;
	}
	if (cut && !keep_end) {
		/* The ellipsis follows the last word, not the spaces after it. */
		if (sb->data && !sb->failed) {
			sb->len = word_end;
			sb->data[word_end] = '\0';
			shown = word_shown;
		}
		dln__sb_adds(sb, "\xE2\x80\xA6");
		shown++;
	}
	for (; pad && shown < width; shown++)
		dln__sb_addc(sb, ' ');
}

static long point_days(const struct dln_point *p)
{
	return dln_days_from_civil(p->year, p->month, p->day);
}

static void day_text(long days, char *buf, size_t size)
{
	int y, m, d;

	dln_civil_from_days(days, &y, &m, &d);
	snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
}

/* "YYYY-MM-DD hh:mm"; a whole-day point reads as its midnight. */
static void minute_text(const struct dln_point *p, char *buf, size_t size)
{
	int minute = p->minute < 0 ? 0 : p->minute;

	snprintf(buf, size, "%04d-%02d-%02d %02d:%02d", p->year, p->month, p->day, minute / 60,
		 minute % 60);
}

/* WHEN of an expression with a time of day: one minute, a stretch of one day, or more. */
static void when_time(const struct dln_event *e, char *buf, size_t size)
{
	const struct dln_point *s = &e->start, *x = &e->end;
	long ds = point_days(s), dx = point_days(x);
	int sm = s->minute < 0 ? 0 : s->minute, xm = x->minute < 0 ? 0 : x->minute;
	long from = ds * 1440 + sm, to = dx * 1440 + xm;
	char a[32], b[32];

	minute_text(s, a, sizeof(a));
	if (e->is_range) {
		if (x->minute < 0)
			day_text(dx - 1, b, sizeof(b));
		else
			minute_text(x, b, sizeof(b));
		snprintf(buf, size, "%s \xE2\x86\x92 %s", a, b);
	} else if (to <= from + 1) {
		snprintf(buf, size, "%s", a);
	} else if (to <= (ds + 1) * 1440) {
		/* Ends within the day, or at its end ("tonight" runs to midnight). */
		long end = to - ds * 1440;
		snprintf(buf, size, "%s..%02ld:%02ld", a, end / 60, end % 60);
	} else {
		minute_text(x, b, sizeof(b));
		snprintf(buf, size, "%s..%s", a, b);
	}
}

/* WHEN as a reader would write it: a day, a month, a year, or a stretch of them. The end is
 * exclusive in the event and inclusive here, except for a range's end point. */
static void when_text(const struct dln_event *e, char *buf, size_t size)
{
	const struct dln_point *s = &e->start, *x = &e->end;
	char a[32], b[32];

	if (!e->resolved) {
		snprintf(buf, size, "?");
		return;
	}
	if (s->minute >= 0 || x->minute >= 0) {
		when_time(e, buf, size);
		return;
	}
	long ds = point_days(s), last = point_days(x) - 1;
	int ly, lm, ld;
	dln_civil_from_days(last, &ly, &lm, &ld);
	day_text(ds, a, sizeof(a));
	if (e->is_range) {
		/* A range runs up to its end point ("since 1990" up to the publication date). */
		day_text(last + 1, b, sizeof(b));
		snprintf(buf, size, "%s \xE2\x86\x92 %s", a, b);
		return;
	}
	if (last <= ds) {
		snprintf(buf, size, "%s", a);
		return;
	}
	if (s->day == 1 && x->day == 1) {
		int months = (x->year - s->year) * 12 + x->month - s->month;
		bool whole_years = s->month == 1 && months % 12 == 0;
		if (whole_years && months == 12)
			snprintf(buf, size, "%04d", s->year);
		else if (whole_years)
			snprintf(buf, size, "%04d..%04d", s->year, ly);
		else if (months == 1)
			snprintf(buf, size, "%04d-%02d", s->year, s->month);
		else if (ly == s->year)
			snprintf(buf, size, "%04d-%02d..%02d", s->year, s->month, lm);
		else
			snprintf(buf, size, "%04d-%02d..%04d-%02d", s->year, s->month, ly, lm);
		return;
	}
	if (ly == s->year)
		snprintf(buf, size, "%s..%02d-%02d", a, lm, ld);
	else
		snprintf(buf, size, "%s..%04d-%02d-%02d", a, ly, lm, ld);
}

static void fill_row(const struct dln_event *e, struct row *r)
{
	when_text(e, r->when, sizeof(r->when));
	if (e->mod && *e->mod)
		snprintf(r->value, sizeof(r->value), "%s %s", e->value ? e->value : "", e->mod);
	else
		snprintf(r->value, sizeof(r->value), "%s", e->value ? e->value : "");
	r->cells[COL_WHEN] = r->when;
	r->cells[COL_VALUE] = r->value;
	r->cells[COL_EXPRESSION] = e->text ? e->text : "";
	/* The file name says which document; its directory is mostly the same for all. */
	const char *slash = e->doc ? strrchr(e->doc, '/') : NULL;
	r->cells[COL_DOC] = slash ? slash + 1 : e->doc ? e->doc : "";
	r->cells[COL_EVENT] = e->title && *e->title ? e->title : e->sentence ? e->sentence : "";
}

static void add_row(struct dln_strbuf *sb, const char *const *cells, const size_t *width,
		    bool with_doc)
{
	for (int c = 0; c < COL_COUNT; c++) {
		if (c == COL_DOC && !with_doc)
			continue;
		add_cell(sb, cells[c], width[c], c == COL_DOC, c != COL_EVENT);
		dln__sb_adds(sb, c == COL_EVENT ? "\n" : "  ");
	}
}

static int write_text(const dln_timeline *tl, FILE *out)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	size_t n = dln_timeline_count(tl), width[COL_COUNT], used = 0;
	bool with_doc = dln_timeline_source_count(tl) > 1;
	struct row r;
	int rc = 0;

	for (int c = 0; c < COL_COUNT; c++)
		width[c] = text_width(headers[c]);
	for (size_t i = 0; i < n; i++) {
		fill_row(dln_timeline_event(tl, i), &r);
		for (int c = 0; c < COL_COUNT; c++) {
			size_t w = text_width(r.cells[c]);
			if (caps[c] && w > caps[c])
				w = caps[c];
			if (w > width[c])
				width[c] = w;
		}
	}
	for (int c = 0; c < COL_EVENT; c++)
		if (c != COL_DOC || with_doc)
			used += width[c] + 2;
	if (width[COL_EVENT] + used > TABLE_COLUMNS)
		width[COL_EVENT] = used + MIN_EVENT_COLUMNS > TABLE_COLUMNS ? MIN_EVENT_COLUMNS
									     : TABLE_COLUMNS - used;

	add_row(&sb, headers, width, with_doc);
	for (size_t i = 0; i < n; i++) {
		fill_row(dln_timeline_event(tl, i), &r);
		add_row(&sb, r.cells, width, with_doc);
		if (sb.len >= FLUSH_AT && (rc = dln__sb_flush_to(&sb, out)) < 0)
			goto out;
	}
	rc = dln__sb_flush_to(&sb, out);
out:
	dln__sb_release(&sb);
	return rc;
}

/* A TSV field and its tab: tabs and line breaks inside would split the record, so they
 * become spaces. NULL is the empty field. */
static void add_field(struct dln_strbuf *sb, const char *s)
{
	for (; s && *s; s++)
		dln__sb_addc(sb, *s == '\t' || *s == '\r' || *s == '\n' ? ' ' : *s);
	dln__sb_addc(sb, '\t');
}

static int write_tsv(const dln_timeline *tl, FILE *out)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	size_t n = dln_timeline_count(tl);
	char start[32], end[32];
	int rc = 0;

	dln__sb_adds(&sb, "start\tend\tvalue\ttype\tmod\ttext\ttitle\tsentence\tdoc\toffset\n");
	for (size_t i = 0; i < n; i++) {
		const struct dln_event *e = dln_timeline_event(tl, i);
		start[0] = end[0] = '\0';
		if (e->resolved) {
			dln_point_format(&e->start, start, sizeof(start));
			dln_point_format(&e->end, end, sizeof(end));
		}
		add_field(&sb, start);
		add_field(&sb, end);
		add_field(&sb, e->value);
		add_field(&sb, dln_timex_type_name(e->type));
		add_field(&sb, e->mod);
		add_field(&sb, e->text);
		add_field(&sb, e->title);
		add_field(&sb, e->sentence);
		add_field(&sb, e->doc);
		dln__sb_printf(&sb, "%zu\n", e->offset);
		if (sb.len >= FLUSH_AT && (rc = dln__sb_flush_to(&sb, out)) < 0)
			goto out;
	}
	rc = dln__sb_flush_to(&sb, out);
out:
	dln__sb_release(&sb);
	return rc;
}

int dln_write_list(const dln_timeline *tl, enum dln_list_format format, FILE *out)
{
	switch (format) {
	case DLN_LIST_TEXT:
		return write_text(tl, out);
	case DLN_LIST_TSV:
		return write_tsv(tl, out);
	case DLN_LIST_JSON:
		return dln__write_list_json(tl, false, out);
	case DLN_LIST_JSONL:
		return dln__write_list_json(tl, true, out);
	}
	return dln__fail(DLN_EARG, "unknown list format %d", (int)format);
}
