/* Publication date and headline of a plain-text article, from the byline near its top:
 * "Jane Doe | August 9, 2017 | 3:32am EDT", "By Jane Doe, May 3, 2016", "Published
 * 2017-08-09". The dates in it are read with the same grammar as the body's. */
#include <string.h>
#include <strings.h>
#include <stdlib.h>

#include "document_internal.h"
#include "recognizer.h"

enum { BYLINE_MAX_LINES = 12, BYLINE_MAX_LINE = 200, TOKENS = 64 };

struct line_dates {
	const struct dln_token *tok;
	bool has_date, has_time, has_zone;
	int year, month, day, minute, zone;
	size_t dated_bytes;        /* bytes of the line that the date and time take */
};

static int collect(void *arg, const struct dln_candidate *c)
{
	struct line_dates *d = arg;
	const int32_t *f = c->value.f;
	const struct dln_token *last = &d->tok[c->end - 1];
	bool had_date = d->has_date, had_time = d->has_time;

	if (f[DLN_F_NUMDATE] != DLN_UNSET && !d->has_date) {
		d->has_date = true;
		d->year = f[DLN_F_NUMDATE] / 10000;
		d->month = f[DLN_F_NUMDATE] / 100 % 100;
		d->day = f[DLN_F_NUMDATE] % 100;
	} else if (f[DLN_F_YEAR] != DLN_UNSET && f[DLN_F_MONTH] != DLN_UNSET &&
		   f[DLN_F_DAY] != DLN_UNSET && !d->has_date) {
		d->has_date = dln_date_valid(f[DLN_F_YEAR], f[DLN_F_MONTH], f[DLN_F_DAY]);
		d->year = f[DLN_F_YEAR];
		d->month = f[DLN_F_MONTH];
		d->day = f[DLN_F_DAY];
	}
	if (f[DLN_F_CLOCK] != DLN_UNSET && !d->has_time) {
		int m = f[DLN_F_CLOCK];
		if (f[DLN_F_AMPM] == 12 && m < 12 * 60)
			m += 12 * 60;
		else if (f[DLN_F_AMPM] == 0 && m >= 12 * 60 && m < 13 * 60)
			m -= 12 * 60;
		d->has_time = m >= 0 && m < 24 * 60;
		d->minute = m;
		if (f[DLN_F_TZ] != DLN_UNSET) {
			d->has_zone = true;
			d->zone = f[DLN_F_TZ];
		}
	}
	if (d->has_date != had_date || d->has_time != had_time)
		d->dated_bytes += last->off + last->len - d->tok[c->first].off;
	return 0;
}

static bool starts_with_word(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	return len > n && strncasecmp(s, w, n) == 0 && (s[n] == ' ' || s[n] == ':');
}

/* Reads the dates of one line; true when the line looks like a byline: it has a separator
 * or a byline word, or it holds little but the date. */
static bool read_line(const char *text, size_t len, struct line_dates *d)
{
	struct dln_scanner sc;
	struct dln_token tok[TOKENS];
	size_t n = 0;

	*d = (struct line_dates){ .tok = tok };
	dln__scanner_init(&sc, text, len);
	while (n < TOKENS && dln__scan_next(&sc, &tok[n]) && tok[n].off < len)
		n++;
	dln__recognize(tok, n, collect, d);
	if (!d->has_date)
		return false;
	/* "By Jane Doe", "By The Associated Press": a name after "By", not a date or a time
	 * ("By 3 a.m. on Aug. 24, 1990, the creek had risen", "By Tuesday, ..." open the
	 * story). */
	const uint64_t dates = (1ull << DLN_C_MONTH) | (1ull << DLN_C_WEEKDAY) |
			       (1ull << DLN_C_NEARDAY);
	bool by_name = starts_with_word(text, len, "by") && n > 1 &&
		       tok[1].kind == DLN_TOK_WORD && (tok[1].flags & DLN_TOKF_CAP) &&
		       !(dln__lexemes[tok[1].lex].classes & dates);
	return memchr(text, '|', len) || by_name ||
	       starts_with_word(text, len, "published") || starts_with_word(text, len, "posted") ||
	       starts_with_word(text, len, "updated") || len - d->dated_bytes <= 12;
}

static bool blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

void dln__byline_detect(struct dln_document *doc)
{
	const char *text = doc->text, *end = text + doc->text_len;
	const char *line = text, *first_line = NULL;
	size_t first_len = 0;

	for (int no = 0; no < BYLINE_MAX_LINES && line < end; no++) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		size_t len = (size_t)((nl ? nl : end) - line);
		struct line_dates d;

		if (!blank(line, len) && len <= BYLINE_MAX_LINE && read_line(line, len, &d)) {
			doc->byline_start = (size_t)(line - text);
			doc->byline_end = doc->byline_start + len;
			if (!doc->dct.known) {
				doc->dct = (struct dln_dct){ .known = true,
					.at = { d.year, d.month, d.day, d.has_time ? d.minute : -1 },
					.has_offset = d.has_zone, .utc_offset_minutes = d.zone };
			}
			if (first_line && !doc->title) {
				while (first_len && (first_line[first_len - 1] == '\r' ||
						     first_line[first_len - 1] == ' '))
					first_len--;
				doc->title = strndup(first_line, first_len);
			}
			return;
		}
		if (!first_line && !blank(line, len)) {
			first_line = line;
			first_len = len;
		}
		if (!nl)
			break;
		line = nl + 1;
	}
}
