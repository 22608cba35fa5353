/* dln_tag: the pipeline over one document — sentences, recognition, tense, resolution —
 * carrying the narrative anchor from each fixed date to the next expression. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "calendar.h"
#include "datelines/error.h"
#include "document_internal.h"
#include "internal.h"
#include "recognizer.h"
#include "resolver.h"
#include "sentences.h"
#include "tagger_piece.h"
#include "tagging_internal.h"
#include "tense.h"

struct tag_run {
	const struct dln_document *doc;
	struct dln_tagging *tagging;
	struct dln_resolve_ctx ctx;
	const struct dln_token *tok;   /* the current sentence */
	size_t n;
	size_t max;                    /* expressions allowed in the whole text */
	size_t sentence_first;         /* index of the sentence's first timex */
	bool from_clock_only;          /* the last range's start is a time of day alone */
	/* The sentence's last expression when it was a weekday placed by its own words ("next
	 * Tuesday"): the token after it and its day; else 0 and LONG_MIN. */
	size_t weekday_end;
	long weekday_day;
	size_t last_end;               /* the token after the sentence's last expression, or 0 */
	size_t covered_end;            /* bytes before this belong to an expression already */
};

static bool word_is(const struct tag_run *run, size_t i, const char *w)
{
	const struct dln_token *t = &run->tok[i];
	return t->kind == DLN_TOK_WORD && t->len == strlen(w) &&
	       strncasecmp(run->doc->text + t->off, w, t->len) == 0;
}

static bool is_dash(const struct dln_token *t)
{
	return t->kind == DLN_TOK_PUNCT && (t->num == '-' || t->num == 0x2013 || t->num == 0x2014);
}

/* "since (at least) X", "from X to Y", "between X and Y": the words that open or close a
 * range stand right before the expression. */
static void range_role(struct tag_run *run, size_t first, struct dln_timex *x)
{
	size_t j = first;

	while (j > 0 && (word_is(run, j - 1, "at") || word_is(run, j - 1, "least")) &&
	       first - j < 2)
		j--;
	if (j > 0 && word_is(run, j - 1, "since")) {
		x->range = DLN_RANGE_SINCE;
		x->lead = x->offset - run->tok[j - 1].off;
		return;
	}
	if (first == 0)
		return;
	if (word_is(run, first - 1, "from") || word_is(run, first - 1, "between")) {
		x->range = DLN_RANGE_FROM;
		x->lead = x->offset - run->tok[first - 1].off;
		return;
	}
	struct dln_tagging *t = run->tagging;
	bool after_from = t->count > run->sentence_first &&
			  t->timexes[t->count - 1].range == DLN_RANGE_FROM;
	if (after_from && (word_is(run, first - 1, "to") || word_is(run, first - 1, "until") ||
			   word_is(run, first - 1, "through") || word_is(run, first - 1, "and") ||
			   is_dash(&run->tok[first - 1]))) {
		x->range = DLN_RANGE_TO;
		x->lead = x->offset - run->tok[first - 1].off;
	}
}

/* A time of day or date that names its own day, not the anchor's. */
static bool names_a_day(const struct dln_uval *u)
{
	static const int fields[] = { DLN_F_YEAR, DLN_F_MONTH, DLN_F_DAY, DLN_F_WEEKDAY,
				      DLN_F_HOLIDAY, DLN_F_NUMDATE, DLN_F_SHIFT };

	for (size_t k = 0; k < DLN_ARRAY_SIZE(fields); k++)
		if (u->f[fields[k]] != DLN_UNSET)
			return true;
	return false;
}

static struct dln_point shift_point(struct dln_point p, long days)
{
	struct dln_point q = dln__point_from_days(dln__point_days(&p) + days);
	q.minute = p.minute;
	return q;
}

/* Moves a resolved expression with a day in its value by whole days. */
static void move_days(struct dln_timex *x, long days)
{
	char day[16];

	if (!days || !x->resolved || strlen(x->value) < 10 || x->value[4] != '-' ||
	    x->value[7] != '-')
		return;
	x->start = shift_point(x->start, days);
	x->end = shift_point(x->end, days);
	snprintf(day, sizeof(day), "%04d-%02d-%02d", x->start.year, x->start.month, x->start.day);
	memcpy(x->value, day, 10);
}

/* A range runs forward: "from 7 a.m. to 8 p.m. on Sunday" puts its start on the day its end
 * names, when the start is a time of day alone; "from 10 p.m. Friday to 6 a.m. Monday" ends
 * on the Monday after the Friday. */
static void order_range(struct tag_run *run, const struct dln_uval *to_value, struct dln_timex *to)
{
	struct dln_timex *from = &run->tagging->timexes[run->tagging->count - 1];

	if (!from->resolved || !to->resolved || from->range != DLN_RANGE_FROM)
		return;
	long from_day = dln__point_days(&from->start), to_day = dln__point_days(&to->start);
	if (run->from_clock_only && from->type == DLN_TIMEX_TIME && names_a_day(to_value))
		move_days(from, to_day - from_day);
	else if (to_day < from_day && to_value->f[DLN_F_WEEKDAY] != DLN_UNSET &&
		 to_value->f[DLN_F_MONTH] == DLN_UNSET)
		move_days(to, (from_day - to_day + 6) / 7 * 7);
}

/* A bare weekday joined to one its words placed ("next Tuesday and Wednesday", "this Friday
 * or Saturday", "last Monday through Thursday") is in the days after it, not where its own
 * tense would put it. */
static void follow_weekday(struct tag_run *run, const struct dln_candidate *c,
			   enum dln_gran gran, struct dln_timex *x)
{
	const struct dln_uval *u = &c->value;
	long day = dln__point_days(&x->start);
	bool bare = u->f[DLN_F_WEEKDAY] != DLN_UNSET && u->f[DLN_F_MONTH] == DLN_UNSET &&
		    u->f[DLN_F_SHIFT] == DLN_UNSET &&
		    (u->f[DLN_F_DIR] == DLN_UNSET || u->f[DLN_F_DIR] == DLN_DIR_TENSE);
	size_t j = c->first;

	if (gran < DLN_GRAN_DAY || u->f[DLN_F_WEEKDAY] == DLN_UNSET) {
		run->weekday_day = LONG_MIN;
		return;
	}
	if (!bare) {
		run->weekday_day = day;
		run->weekday_end = c->end;
		return;
	}
	if (run->weekday_day == LONG_MIN || j < 2 || run->weekday_end != j - 1 ||
	    !(word_is(run, j - 1, "and") || word_is(run, j - 1, "or") ||
	      word_is(run, j - 1, "through") || word_is(run, j - 1, "to") ||
	      is_dash(&run->tok[j - 1]) ||
	      (run->tok[j - 1].kind == DLN_TOK_PUNCT && run->tok[j - 1].num == ','))) {
		run->weekday_day = LONG_MIN;
		return;
	}
	long after = day - run->weekday_day;
	move_days(x, after > 0 ? -(after - 1) / 7 * 7 : (-after) / 7 * 7 + 7);
	run->weekday_day = dln__point_days(&x->start);
	run->weekday_end = c->end;
}

/* "in 1929, the year the market crashed": "the year" in apposition to the date before it is
 * that date's year, not the current one. */
static bool in_apposition(const struct tag_run *run, const struct dln_candidate *c)
{
	const struct dln_uval *u = &c->value;

	return c->end - c->first == 2 && c->first >= 2 && run->last_end == c->first - 1 &&
	       run->tok[c->first - 1].kind == DLN_TOK_PUNCT && run->tok[c->first - 1].num == ',' &&
	       u->f[DLN_F_UNIT] != DLN_UNSET && u->f[DLN_F_SHIFT] == 0 &&
	       u->f[DLN_F_ANCHOR] == DLN_ANCHOR_DCT && u->f[DLN_F_MOD] == DLN_UNSET;
}

/* "scored twice in the second half", "midway through the third quarter": a half or quarter
 * of a game, not of a year, when the sentence speaks of play. Few sentences name a bare
 * half or quarter, so the words are compared only then. */
static bool game_period(const struct tag_run *run, const struct dln_candidate *c)
{
	static const char *const play[] = {
		"scored", "score", "scores", "scoring", "goal", "goals", "touchdown", "touchdowns",
		"halftime", "inning", "innings", "quarterback", "rebounds", "assists", "basket",
		"baskets", "possession", "penalty", "kick", "kickoff", "whistle", "game", "match",
		"trailed", "trailing", "equalizer", "equaliser", "striker", "goalkeeper",
	};
	const struct dln_uval *u = &c->value;

	if ((u->f[DLN_F_QUARTER] == DLN_UNSET && u->f[DLN_F_HALF] == DLN_UNSET) ||
	    u->f[DLN_F_YEAR] != DLN_UNSET || u->f[DLN_F_UNIT] != DLN_UNSET)
		return false;
	for (size_t i = c->first; i < c->end; i++)
		if (word_is(run, i, "fiscal"))
			return false;
	for (size_t i = 0; i < run->n; i++)
		for (size_t k = 0; k < DLN_ARRAY_SIZE(play); k++)
			if (word_is(run, i, play[k]))
				return true;
	return false;
}

/* Puts a resolved day in another year ("March 10-12, 2016" names its year at the end). */
static void set_year(struct dln_timex *x, int year)
{
	char y[16];

	x->start.year = x->end.year = year;
	x->end = dln__point_from_days(dln__point_days(&x->start) + 1);
	snprintf(y, sizeof(y), "%04d", year);
	memcpy(x->value, y, 4);
}

/* "Aug. 19-22", "March 10-12, 2016": the day after the dash ends a range in the month of the
 * date before it. Appends that day (with the year after it, which then holds for both), the
 * date before it becoming the range's start; 0 when there is none. */
static int day_range_end(struct tag_run *run, const struct dln_candidate *c,
			 struct dln_timex *from)
{
	const uint64_t not_days = (1ull << DLN_C_MONTH) | (1ull << DLN_C_UNIT) |
				  (1ull << DLN_C_UNITS) | (1ull << DLN_C_QUANTITY);
	size_t k = c->end;

	if (from->type != DLN_TIMEX_DATE || !from->resolved || strlen(from->value) != 10 ||
	    c->value.f[DLN_F_MONTH] == DLN_UNSET || c->value.f[DLN_F_DAY] == DLN_UNSET ||
	    k + 1 >= run->n || !is_dash(&run->tok[k]))
		return 0;
	const struct dln_token *day = &run->tok[k + 1], *last = day;
	if (day->kind != DLN_TOK_NUMBER || day->digits > 2 || (day->flags & ~0xFu) ||
	    day->num <= from->start.day ||
	    !dln_date_valid(from->start.year, from->start.month, day->num))
		return 0;
	size_t j = k + 2;
	if (j < run->n && run->tok[j].kind == DLN_TOK_PUNCT && run->tok[j].num == ',')
		j++;
	int year = 0;
	if (j < run->n && c->value.f[DLN_F_YEAR] == DLN_UNSET &&
	    run->tok[j].kind == DLN_TOK_NUMBER && run->tok[j].digits == 4 &&
	    !(run->tok[j].flags & ~0xFu) && run->tok[j].num >= 1000) {
		year = run->tok[j].num;
		last = &run->tok[j];
	} else if (k + 2 < run->n) {
		const struct dln_token *after = &run->tok[k + 2];
		if ((after->lex && (dln__lexemes[after->lex].classes & not_days)) ||
		    (after->kind == DLN_TOK_PUNCT && (after->num == '%' || after->num == ':')))
			return 0;
	}
	if (year && (!dln_date_valid(year, from->start.month, day->num) ||
		     !dln_date_valid(year, from->start.month, from->start.day)))
		return 0;
	if (run->doc->piece.timexes_before + run->tagging->count >= run->max)
		return dln__fail(DLN_ELIMIT, "%s: more than %zu temporal expressions (raise the limit)",
				 run->doc->name, run->max);
	struct dln_timex *stored = &run->tagging->timexes[run->tagging->count - 1];
	if (year && year != stored->start.year)
		set_year(stored, year);
	struct dln_timex to = *stored;
	long first = dln__point_days(&stored->start);
	to.offset = day->off;
	to.length = last->off + last->len - day->off;
	to.lead = day->off - run->tok[k].off;
	to.range = DLN_RANGE_TO;
	to.start = dln__point_from_days(first + day->num - stored->start.day);
	to.end = dln__point_from_days(first + day->num - stored->start.day + 1);
	snprintf(to.value + 8, sizeof(to.value) - 8, "%02d", (int)day->num);
	if (stored->range == DLN_RANGE_NONE) {
		stored->range = DLN_RANGE_FROM;
		stored->lead = 0;
	}
	run->covered_end = to.offset + to.length;
	return dln__tagging_append(run->tagging, &to);
}

static int emit(void *arg, const struct dln_candidate *c)
{
	struct tag_run *run = arg;
	const struct dln_token *first = &run->tok[c->first], *last = &run->tok[c->end - 1];
	const struct dln_token *end = &run->tok[run->n - 1];
	struct dln_timex x = { .offset = first->off, .length = last->off + last->len - first->off,
			       .sentence_start = run->tok[0].off,
			       .sentence_end = end->off + end->len };

	if (x.offset < run->doc->byline_end && x.offset + x.length > run->doc->byline_start)
		return 0;  /* the byline's date is the publication date, not an event */
	if (game_period(run, c) || x.offset < run->covered_end)
		return 0;
	/* "16-hour days", "four-day weeks": the plural names what the length measures. */
	if (c->end - c->first == 1 && c->value.f[DLN_F_AMOUNT] == DLN_VAGUE &&
	    run->last_end == c->first && c->first > 0 &&
	    run->tagging->count > run->sentence_first &&
	    run->tagging->timexes[run->tagging->count - 1].type == DLN_TIMEX_DURATION)
		return 0;
	if (run->doc->piece.timexes_before + run->tagging->count >= run->max)
		return dln__fail(DLN_ELIMIT, "%s: more than %zu temporal expressions (raise the limit)",
				 run->doc->name, run->max);
	range_role(run, c->first, &x);
	run->ctx.tense = dln__tense_around(run->tok, run->n, c->first, c->end, run->doc->text,
					   &run->ctx.tense_near);
	/* A deadline ("until Friday", "extended to Nov. 16") lies ahead unless a past verb
	 * tells otherwise, and then it is as often ahead as behind, except what was done by
	 * a day ("had arrived by Thursday"); the end of a range ("bought from Sept. 14 to
	 * Thursday") is no deadline. */
	size_t lead = c->first;
	if (lead >= 2 && word_is(run, lead - 2, "at") && word_is(run, lead - 1, "least"))
		lead -= 2;  /* "until at least Wednesday" */
	if (lead > 0 && x.range != DLN_RANGE_TO &&
	    (word_is(run, lead - 1, "to") || word_is(run, lead - 1, "until") ||
	     word_is(run, lead - 1, "till") || word_is(run, lead - 1, "by") ||
	     word_is(run, lead - 1, "through")) &&
	    !(run->ctx.tense == DLN_TENSE_PAST && word_is(run, lead - 1, "by")))
		run->ctx.tense = run->ctx.tense == DLN_TENSE_PAST ? DLN_TENSE_UNKNOWN
								  : DLN_TENSE_FUTURE;
	struct dln_uval value = c->value;
	if (in_apposition(run, c))
		value.f[DLN_F_ANCHOR] = DLN_ANCHOR_TEXT;
	run->last_end = c->end;
	enum dln_gran gran = dln__resolve(&value, &run->ctx, &x);
	if (x.range == DLN_RANGE_TO && gran >= DLN_GRAN_DAY)
		order_range(run, &c->value, &x);
	follow_weekday(run, c, gran, &x);
	run->from_clock_only = x.range == DLN_RANGE_FROM && x.type == DLN_TIMEX_TIME &&
			       !names_a_day(&c->value);
	if (gran != DLN_GRAN_NONE) {
		run->ctx.anchor = x.start;
		run->ctx.anchor_end = x.end;
		run->ctx.anchor_gran = gran;
		run->ctx.anchor_clock = gran == DLN_GRAN_TIME && c->value.f[DLN_F_POD] == DLN_UNSET;
		run->ctx.anchor_pod = c->value.f[DLN_F_POD] == DLN_UNSET ? 0 : c->value.f[DLN_F_POD];
	}
	/* Only a period the text names sets the context, not a comparison with one: a quarter
	 * makes "a year earlier" a quarter, a month named since a month; a span of months ("the
	 * nine months") makes it a year again. */
	if (c->value.f[DLN_F_COMPARE] == DLN_UNSET) {
		if (gran == DLN_GRAN_QUARTER) {
			run->ctx.has_quarter = true;
			run->ctx.month_last = false;
			run->ctx.quarter_year = x.start.year;
			run->ctx.quarter = (x.start.month - 1) / 3 + 1;
		} else if (gran == DLN_GRAN_MONTH) {
			run->ctx.month_last = true;
			run->ctx.month_year = x.start.year;
			run->ctx.month = x.start.month;
		} else if (x.type == DLN_TIMEX_DURATION && c->value.f[DLN_F_UNIT] == DLN_UNIT_MONTH) {
			run->ctx.has_quarter = run->ctx.month_last = false;
		}
	}
	int rc = dln__tagging_append(run->tagging, &x);
	return rc ? rc : day_range_end(run, c, &x);
}

int dln__tag_piece(const dln_document *doc, const struct dln_tag_options *opt,
		   struct dln_tag_carry *carry, size_t stop, dln_tagging **out, size_t *cut)
{
	struct dln_sentences sentences;
	struct dln_tokbuf buf = { 0 };
	struct tag_run run = { .doc = doc };
	int rc;

	*out = NULL;
	*cut = doc->text_len;
	run.tagging = calloc(1, sizeof(*run.tagging));
	if (!run.tagging)
		return dln__nomem();
	run.tagging->doc = doc;
	if (carry->started)
		run.ctx = carry->ctx;
	run.ctx.dct = &doc->dct;
	run.max = opt && opt->max_timexes ? opt->max_timexes : DLN_DEFAULT_MAX_TIMEXES;

	dln__sentences_init(&sentences, doc->text, doc->text_len);
	while ((rc = dln__sentence_next(&sentences, &buf)) > 0) {
		run.tok = buf.tok;
		run.n = buf.count;
		run.sentence_first = run.tagging->count;
		run.weekday_day = LONG_MIN;
		run.last_end = 0;
		if ((rc = dln__recognize(buf.tok, buf.count, emit, &run)) < 0)
			break;
		const struct dln_token *next = &sentences.next, *last = &buf.tok[buf.count - 1];
		if (sentences.has_next && next->off >= stop && next->off + next->len < doc->text_len) {
			*cut = last->off + last->len;
			break;
		}
	}
	dln__tokbuf_release(&buf);
	if (rc < 0) {
		dln_tagging_free(run.tagging);
		return rc;
	}
	carry->ctx = run.ctx;
	carry->started = true;
	*out = run.tagging;
	return 0;
}

int dln_tag(const dln_document *doc, const struct dln_tag_options *opt, dln_tagging **out)
{
	struct dln_tag_carry carry = { 0 };
	size_t cut;

	return dln__tag_piece(doc, opt, &carry, SIZE_MAX, out, &cut);
}
