/* An expression's neighbours: the range it opens or closes, the weekday or month it is
 * joined to ("next Tuesday and Wednesday", "in May and June"), the day that follows a time of
 * day alone. Days and hours joined to a date are in tagger_days.c. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "internal.h"
#include "clause.h"
#include "tag_run.h"

bool dln__is_dash(const struct dln_token *t)
{
	return t->kind == DLN_TOK_PUNCT && (t->num == '-' || t->num == 0x2013 || t->num == 0x2014);
}

enum dln_joint dln__joint_at(const struct tag_run *run, size_t k)
{
	if (dln__is_dash(&run->tok[k]) || dln__word_is(run, k, "to") ||
	    dln__word_is(run, k, "through") || dln__word_is(run, k, "until"))
		return DLN_JOINT_RANGE;
	if (dln__word_is(run, k, "and") || dln__word_is(run, k, "or"))
		return DLN_JOINT_LIST;
	return DLN_JOINT_NONE;
}

/* "since (at least) X", "from X to Y", "between X and Y": the words that open or close a
 * range stand right before the expression. */
void dln__range_role(struct tag_run *run, size_t first, struct dln_timex *x)
{
	size_t j = first;

	while (j > 0 && (dln__word_is(run, j - 1, "at") || dln__word_is(run, j - 1, "least")) &&
	       first - j < 2)
		j--;
	if (j > 0 && dln__word_is(run, j - 1, "since")) {
		x->range = DLN_RANGE_SINCE;
		x->lead = x->offset - run->tok[j - 1].off;
		return;
	}
	if (first == 0)
		return;
	if (dln__word_is(run, first - 1, "from") || dln__word_is(run, first - 1, "between")) {
		x->range = DLN_RANGE_FROM;
		x->lead = x->offset - run->tok[first - 1].off;
		return;
	}
	struct dln_tagging *t = run->tagging;
	bool after_from = t->count > run->sentence_first &&
			  t->timexes[t->count - 1].range == DLN_RANGE_FROM;
	if (after_from && dln__joint_at(run, first - 1) != DLN_JOINT_NONE) {
		x->range = DLN_RANGE_TO;
		x->lead = x->offset - run->tok[first - 1].off;
	}
}

/* A time of day or date that names its own day, not the anchor's. */
bool dln__names_a_day(const struct dln_uval *u)
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

	if (!days || !dln__names_calendar_day(x))
		return;
	/* Only years 1 to 9999 are on the calendar. */
	long first = dln__point_days(&x->start) + days, end = dln__point_days(&x->end) + days;
	if (first < dln_days_from_civil(1, 1, 1) || first >= dln_days_from_civil(10000, 1, 1) ||
	    end > dln_days_from_civil(10000, 1, 1))
		return;
	x->start = shift_point(x->start, days);
	x->end = shift_point(x->end, days);
	snprintf(day, sizeof(day), "%04d-%02d-%02d", x->start.year, x->start.month, x->start.day);
	memcpy(x->value, day, 10);
}

/* A range runs forward: "from 7 a.m. to 8 p.m. on Sunday" puts its start on the day its end
 * names, when the start is a time of day alone; "from 10 p.m. Friday to 6 a.m. Monday" ends
 * on the Monday after the Friday. */
void dln__order_range(struct tag_run *run, const struct dln_uval *to_value, struct dln_timex *to)
{
	struct dln_timex *from = &run->tagging->timexes[run->tagging->count - 1];

	if (!from->resolved || !to->resolved || from->range != DLN_RANGE_FROM)
		return;
	long from_day = dln__point_days(&from->start), to_day = dln__point_days(&to->start);
	if (run->from_clock_only && from->type == DLN_TIMEX_TIME && dln__names_a_day(to_value))
		move_days(from, to_day - from_day);
	else if (to_day < from_day && to_value->f[DLN_F_WEEKDAY] != DLN_UNSET &&
		 to_value->f[DLN_F_MONTH] == DLN_UNSET)
		move_days(to, (from_day - to_day + 6) / 7 * 7);
}

void dln__move_years(struct dln_timex *x, int years)
{
	char y[16];

	if (!years || !x->resolved || x->value[4] != '-' ||
	    !dln_date_valid(x->start.year + years, x->start.month, x->start.day))
		return;
	long length = dln__point_days(&x->end) - dln__point_days(&x->start);
	bool whole_months = x->start.day == 1 && x->end.day == 1;
	x->start.year += years;
	if (whole_months)
		x->end.year += years;  /* "March" is March in any year */
	else {
		int minute = x->end.minute;  /* a time of day keeps its hours */
		x->end = dln__point_from_days(dln__point_days(&x->start) + length);
		x->end.minute = minute;
	}
	snprintf(y, sizeof(y), "%04d", x->start.year);
	memcpy(x->value, y, 4);
}

void dln__range_year(struct tag_run *run, const struct dln_uval *to_value,
		     const struct dln_timex *to)
{
	struct dln_timex *from = &run->tagging->timexes[run->tagging->count - 1];

	if (!run->from_month_only || !from->resolved || !to->resolved ||
	    from->range != DLN_RANGE_FROM || to_value->f[DLN_F_MONTH] == DLN_UNSET ||
	    (to_value->f[DLN_F_YEAR] == DLN_UNSET && to_value->f[DLN_F_UNIT] != DLN_UNIT_YEAR))
		return;
	/* "from November to March 2009" began in 2008. */
	int year = to->start.year - (from->start.month > to->start.month ? 1 : 0);
	dln__move_years(from, year - from->start.year);
}

/* Whether "then" stands among tok[from, to): "at Toronto on Tuesday, then at Oklahoma City
 * on Friday". */
static bool then_between(const struct tag_run *run, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++)
		if (dln__word_is(run, k, "then"))
			return true;
	return false;
}

/* A bare weekday joined to one its words placed ("next Tuesday and Wednesday", "this Friday
 * or Saturday", "last Monday through Thursday", "Saturday night into Sunday"), or to a bare
 * one in a clause not told in the past ("are available on Thursday and Friday"), or coming
 * "then" after one ("on Tuesday, then at Oklahoma City on Friday"), is in the days after it,
 * not where its own tense would put it; told in the past, each bare one goes back on its own
 * ("statements made Friday and Thursday"). */
void dln__follow_weekday(struct tag_run *run, const struct dln_candidate *c,
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
		return;
	}
	if (run->weekday_day == LONG_MIN || j < 2 ||
	    (run->last_end != j - 1 && !then_between(run, run->last_end, j)) ||
	    (run->last_end == j - 1 && dln__joint_at(run, j - 1) == DLN_JOINT_NONE &&
	     !dln__word_is(run, j - 1, "into") &&
	     !(run->tok[j - 1].kind == DLN_TOK_PUNCT && run->tok[j - 1].num == ','))) {
		run->weekday_day = run->ctx.tense == DLN_TENSE_PAST ? LONG_MIN : day;
		return;
	}
	long after = day - run->weekday_day;
	move_days(x, after > 0 ? -(after - 1) / 7 * 7 : (-after) / 7 * 7 + 7);
	run->weekday_day = dln__point_days(&x->start);
}

void dln__that_weekday_recalls(const struct tag_run *run, const struct dln_candidate *c,
				enum dln_gran gran, struct dln_timex *x)
{
	const struct dln_uval *u = &c->value;
	const struct dln_tagging *t = run->tagging;

	bool pod = u->f[DLN_F_POD] != DLN_UNSET;  /* "that Tuesday morning" */
	if (gran != (pod ? DLN_GRAN_TIME : DLN_GRAN_DAY) || u->f[DLN_F_WEEKDAY] == DLN_UNSET ||
	    c->end - c->first != (pod ? 3 : 2) || !dln__word_is(run, c->first, "that"))
		return;
	for (size_t k = t->count; k-- > 0;) {
		const struct dln_timex *day = &t->timexes[k];
		if ((day->type == DLN_TIMEX_DATE || day->type == DLN_TIMEX_TIME) &&
		    dln__names_calendar_day(day) &&
		    dln__weekday(dln__point_days(&day->start)) == u->f[DLN_F_WEEKDAY]) {
			move_days(x, dln__point_days(&day->start) - dln__point_days(&x->start));
			return;
		}
	}
}

void dln__weekday_restates(const struct tag_run *run, const struct dln_candidate *c,
			   enum dln_gran gran, struct dln_timex *x)
{
	static const struct dln_word falls[] = { DLN_WORD("falls"), DLN_WORD("fell"),
						  DLN_WORD("fall"), DLN_WORD("falling") };
	const struct dln_uval *u = &c->value;
	const struct dln_tagging *t = run->tagging;

	if (gran != DLN_GRAN_DAY || u->f[DLN_F_WEEKDAY] == DLN_UNSET ||
	    u->f[DLN_F_MONTH] != DLN_UNSET || u->f[DLN_F_SHIFT] != DLN_UNSET ||
	    (u->f[DLN_F_DIR] != DLN_UNSET && u->f[DLN_F_DIR] != DLN_DIR_TENSE) || c->first < 2 ||
	    !dln__word_is(run, c->first - 1, "on") || t->count <= run->sentence_first)
		return;
	/* "April 15 falls on Sunday": the day the date falls on. */
	size_t k = c->first - 1;
	if (k > 1 && dln__token_among(&run->tok[k - 1], run->doc->text, falls,
				      DLN_ARRAY_SIZE(falls)))
		k--;
	if (run->last_end != k)
		return;
	const struct dln_timex *day = &t->timexes[t->count - 1];
	if (!day->resolved || day->type != DLN_TIMEX_DATE || strlen(day->value) != 10 ||
	    dln__weekday(dln__point_days(&day->start)) != u->f[DLN_F_WEEKDAY])
		return;
	move_days(x, dln__point_days(&day->start) - dln__point_days(&x->start));
}

/* Whether tok[k] joins a date to prev: as a list, with a dash, or as a range's end after its
 * start ("from July through September", not "a revision Friday to December's figures"). */
static bool joins_dates(const struct tag_run *run, size_t k, const struct dln_timex *prev)
{
	enum dln_joint joint = dln__joint_at(run, k);

	return joint == DLN_JOINT_LIST || dln__is_dash(&run->tok[k]) ||
	       (joint == DLN_JOINT_RANGE && prev->range == DLN_RANGE_FROM);
}

bool dln__bare_month(const struct dln_uval *u)
{
	return u->f[DLN_F_MONTH] != DLN_UNSET && u->f[DLN_F_YEAR] == DLN_UNSET &&
	       u->f[DLN_F_UNIT] == DLN_UNSET && u->f[DLN_F_HOLIDAY] == DLN_UNSET &&
	       (u->f[DLN_F_DIR] == DLN_UNSET || u->f[DLN_F_DIR] == DLN_DIR_TENSE);
}

/* Whether the month (and day) of b come before those of a in a year. */
static bool earlier_in_year(const struct dln_point *b, const struct dln_point *a)
{
	return b->month < a->month || (b->month == a->month && b->day < a->day);
}

size_t dln__when_after(const struct tag_run *run, const struct dln_candidate *c)
{
	size_t k = c->end;

	/* A year before its noun: "the 1983 bombings in Beirut, when". */
	if (c->first > 0 && dln__word_is(run, c->first - 1, "the"))
		while (k < run->n && k < c->end + 5 && run->tok[k].kind == DLN_TOK_WORD)
			k++;
	return k + 1 < run->n && dln__is_comma(&run->tok[k]) && dln__word_is(run, k + 1, "when")
		       ? k + 1 : 0;
}

bool dln__opens_with_year(const struct tag_run *run, const struct dln_candidate *c,
			  const struct dln_timex *x)
{
	const struct dln_uval *u = &c->value;

	/* "Last year they were yelling about leaves in October." */
	if (c->first == 0 && u->f[DLN_F_UNIT] == DLN_UNIT_YEAR && u->f[DLN_F_SHIFT] == -1 &&
	    u->f[DLN_F_ANCHOR] == DLN_ANCHOR_DCT && u->f[DLN_F_MONTH] == DLN_UNSET &&
	    u->f[DLN_F_MOD] == DLN_UNSET && x->resolved && x->type == DLN_TIMEX_DATE &&
	    dln__word_is(run, c->end - 1, "year") &&
	    (c->end >= run->n || run->tok[c->end].kind != DLN_TOK_POSSESSIVE))
		return true;
	/* "since 2010, when an explosion killed 29 men on April 5", "in October 2001, when ...
	 * after the Sept. 11 attacks": the year the clause after "when" tells of. */
	bool when_clause = dln__when_after(run, c) != 0;
	return (when_clause || (c->first == 1 && dln__word_is(run, 0, "in") && c->end < run->n &&
				dln__is_comma(&run->tok[c->end]))) &&
	       u->f[DLN_F_YEAR] != DLN_UNSET && (when_clause || u->f[DLN_F_MONTH] == DLN_UNSET) &&
	       u->f[DLN_F_SEASON] == DLN_UNSET && u->f[DLN_F_QUARTER] == DLN_UNSET &&
	       u->f[DLN_F_HALF] == DLN_UNSET && u->f[DLN_F_UNIT] == DLN_UNSET && x->resolved &&
	       x->type == DLN_TIMEX_DATE;
}

void dln__fronted_year(struct tag_run *run, const struct dln_candidate *c, struct dln_timex *x)
{
	const struct dln_uval *u = &c->value;
	const struct dln_tagging *t = run->tagging;

	static const struct dln_word would[] = { { "would", 5 } };

	if (!run->fronted_year || !x->resolved || x->value[4] != '-' ||
	    u->f[DLN_F_YEAR] != DLN_UNSET || u->f[DLN_F_UNIT] != DLN_UNSET ||
	    u->f[DLN_F_WEEKDAY] != DLN_UNSET ||
	    (u->f[DLN_F_MONTH] == DLN_UNSET && u->f[DLN_F_HOLIDAY] == DLN_UNSET) ||
	    (u->f[DLN_F_DIR] != DLN_UNSET && u->f[DLN_F_DIR] != DLN_DIR_TENSE))
		return;
	/* A "when" clause lends its year up to a clause joined after it ("since 2011, when
	 * Congress ordered it built, and the inspector general estimated in March"). */
	for (size_t i = run->fronted_when; i && i + 1 < c->first; i++)
		if (dln__is_comma(&run->tok[i]) &&
		    (dln__word_is(run, i + 1, "and") || dln__word_is(run, i + 1, "but")))
			return;
	/* Only what the sentence tells of that year, told in its tense or as what "would" come
	 * ("In 2019, officials said the bridge would reopen in March"): not "In 1995, he moved to
	 * Paris, and he will return in March", "he plans to return in March". */
	int dct_year = run->doc->dct.known ? run->doc->dct.at.year : run->fronted_year;
	enum dln_tense tense = run->ctx.tense;
	if ((run->fronted_year < dct_year && tense != DLN_TENSE_PAST &&
	     tense != DLN_TENSE_UNKNOWN && !dln__sentence_has(run, would, 1)) ||
	    (run->fronted_year > dct_year && tense == DLN_TENSE_PAST))
		return;
	dln__move_years(x, run->fronted_year - x->start.year);
	const struct dln_timex *from = &t->timexes[t->count - 1];
	if (x->range == DLN_RANGE_TO && t->count > run->sentence_first &&
	    from->range == DLN_RANGE_FROM && from->resolved &&
	    dln__point_days(&x->start) < dln__point_days(&from->start))
		dln__move_years(x, 1);
}

void dln__day_of_anchor_month(const struct tag_run *run, const struct dln_candidate *c,
			       enum dln_gran gran, struct dln_timex *x)
{
	const struct dln_uval *u = &c->value;
	const struct dln_resolve_ctx *ctx = &run->ctx;

	if (gran < DLN_GRAN_DAY || !x->resolved || x->type == DLN_TIMEX_DURATION ||
	    x->type == DLN_TIMEX_SET ||
	    u->f[DLN_F_DAY] == DLN_UNSET || !dln__bare_month(u) ||
	    u->f[DLN_F_WEEKDAY] != DLN_UNSET ||
	    (ctx->anchor_gran != DLN_GRAN_MONTH && ctx->anchor_gran != DLN_GRAN_DAY) ||
	    ctx->anchor.month != x->start.month || ctx->anchor.year == x->start.year ||
	    ctx->tense == DLN_TENSE_FUTURE || ctx->tense == DLN_TENSE_AHEAD)
		return;
	/* Not a day that dates what was said ("the slowest pace since May 2009, the bureau said
	 * on May 11"). */
	size_t k = c->first;
	if (k > 0 && run->tok[k - 1].lex == DLN_LEX_ON)
		k--;
	if (k > 0 && (run->tok[k - 1].lex == DLN_LEX_SAID || run->tok[k - 1].lex == DLN_LEX_SAYS))
		return;
	/* Nor a day of the last weeks before publication, which is news of now ("the August
	 * 1988 cease-fire ... Iraq's invasion of Kuwait on Aug. 2" told on Aug. 15, 1990). */
	if (run->doc->dct.known &&
	    labs(dln__point_days(&run->doc->dct.at) - dln__point_days(&x->start)) <= 31)
		return;
	dln__move_years(x, ctx->anchor.year - x->start.year);
}

bool dln__listed_after_last(const struct tag_run *run, size_t j)
{
	if (j < 2)
		return false;
	bool after_dot = run->last_end == j - 2 && run->tok[j - 2].kind == DLN_TOK_PUNCT &&
			 run->tok[j - 2].num == '.';  /* "Sept. and" */
	if (run->last_end != j - 1 && !after_dot)
		return false;
	return dln__joint_at(run, j - 1) == DLN_JOINT_LIST ||
	       (!after_dot && run->tok[j - 1].kind == DLN_TOK_PUNCT && run->tok[j - 1].num == ',');
}

void dln__list_takes_year(struct tag_run *run, const struct dln_candidate *c,
			  const struct dln_timex *x)
{
	struct dln_tagging *t = run->tagging;
	const struct dln_timex *next = x;

	if (!run->months_listed || c->value.f[DLN_F_MONTH] == DLN_UNSET ||
	    c->value.f[DLN_F_YEAR] == DLN_UNSET || !x->resolved || x->type != DLN_TIMEX_DATE ||
	    !dln__listed_after_last(run, c->first) ||
	    run->months_listed > t->count - run->sentence_first)
		return;
	for (size_t i = 1; i <= run->months_listed; i++) {
		struct dln_timex *prev = &t->timexes[t->count - i];
		if (!prev->resolved)
			return;
		int year = next->start.year - (earlier_in_year(&next->start, &prev->start) ? 1 : 0);
		dln__move_years(prev, year - prev->start.year);
		next = prev;
	}
}

/* The year in which two joined months the tense placed begin, the pair taken as one span
 * ("in July and August" told in June is last year's, "to cut output in May and June" told in
 * April this year's); `wrap` when the second is in the year after the first ("from November
 * through February"). Told in the past, the last to begin by publication; looking ahead, the
 * first to end after it; else the one around publication, or the nearest. */
static int pair_year(const struct tag_run *run, const struct dln_timex *first,
		     const struct dln_timex *second, int wrap)
{
	long dct = dln__point_days(&run->doc->dct.at);
	bool past = run->ctx.tense == DLN_TENSE_PAST;
	bool ahead = run->ctx.tense == DLN_TENSE_FUTURE || run->ctx.tense == DLN_TENSE_AHEAD;
	int best = first->start.year;
	long best_gap = LONG_MAX;

	/* Years in order: the last that fits told in the past, the first looking ahead. */
	for (int y = first->start.year - 1; y <= first->start.year + 1; y++) {
		int end_year = second->end.year + (y + wrap - second->start.year);
		if (!dln_date_valid(y, first->start.month, first->start.day) ||
		    !dln_date_valid(end_year, second->end.month, second->end.day))
			continue;
		long start = dln_days_from_civil(y, first->start.month, first->start.day);
		long end = dln_days_from_civil(end_year, second->end.month, second->end.day);
		long gap = start > dct ? start - dct : end <= dct ? dct - end + 1 : 0;
		bool fits = past ? start <= dct : ahead ? end > dct && best_gap == LONG_MAX
						 : gap < best_gap;
		if (fits)
			best = y, best_gap = gap;
	}
	return best;
}

bool dln__follow_month(struct tag_run *run, const struct dln_candidate *c, enum dln_gran gran,
		       struct dln_timex *x)
{
	const struct dln_tagging *t = run->tagging;
	size_t j = c->first;

	/* The joining word right after the date before, or after the dot of "Nov." and in
	 * lower case (not a sentence the splitter missed: "in Sept. And Jan. will be dry"). */
	if (!dln__bare_month(&c->value) || gran < DLN_GRAN_MONTH || !x->resolved ||
	    x->type != DLN_TIMEX_DATE || t->count <= run->sentence_first || j < 2 ||
	    !(run->last_end == j - 1 ||
	      (run->last_end == j - 2 && run->tok[j - 2].kind == DLN_TOK_PUNCT &&
	       run->tok[j - 2].num == '.' && !(run->tok[j - 1].flags & DLN_TOKF_CAP))))
		return false;
	struct dln_timex *prev = &t->timexes[t->count - 1];
	size_t digits = strlen(prev->value);
	if (!prev->resolved || prev->type != DLN_TIMEX_DATE || (digits != 7 && digits != 10) ||
	    prev->value[4] != '-' || !joins_dates(run, j - 1, prev))
		return false;
	/* A range ("from November through February", "between Saturday and Jan. 1") runs on
	 * into the next year, and so does a list a few months on ("in December and January");
	 * a list that turns back keeps the year ("in June and May"). */
	bool range = dln__joint_at(run, j - 1) == DLN_JOINT_RANGE || prev->range == DLN_RANGE_FROM;
	int ahead_months = (x->start.month - prev->start.month + 12) % 12;
	int wrap = earlier_in_year(&x->start, &prev->start) && (range || ahead_months <= 6);
	/* The tense places the first no more than a year from publication: one further back
	 * followed the story's day ("Last year ... before Christmas ... between Dec. 21 and
	 * Dec. 29") and stays. */
	if (run->bare_month && run->doc->dct.known && !run->fronted_year &&
	    labs(dln__point_days(&prev->start) - dln__point_days(&run->doc->dct.at)) < 365)
		dln__move_years(prev, pair_year(run, prev, x, wrap) - prev->start.year);
	dln__move_years(x, prev->start.year + wrap - x->start.year);
	return true;
}

void dln__follow_season(const struct tag_run *run, const struct dln_candidate *c,
			struct dln_timex *x)
{
	const struct dln_uval *u = &c->value;
	const struct dln_tagging *t = run->tagging;
	size_t j = c->first;

	if (u->f[DLN_F_SEASON] == DLN_UNSET || u->f[DLN_F_YEAR] != DLN_UNSET ||
	    u->f[DLN_F_UNIT] != DLN_UNSET || !x->resolved || x->type != DLN_TIMEX_DATE ||
	    t->count <= run->sentence_first || j < 1 || run->last_end != j - 1)
		return;
	const struct dln_timex *prev = &t->timexes[t->count - 1];
	/* A season's value: "2020-SU". */
	const char *code = prev->value + 5;
	if (!prev->resolved || prev->type != DLN_TIMEX_DATE || strlen(prev->value) != 7 ||
	    prev->value[4] != '-' ||
	    !(strcmp(code, "SP") == 0 || strcmp(code, "SU") == 0 || strcmp(code, "FA") == 0 ||
	      strcmp(code, "WI") == 0) ||
	    !joins_dates(run, j - 1, prev))
		return;
	int year = prev->start.year + (x->start.month < prev->start.month);
	dln__move_years(x, year - x->start.year);
}

bool dln__restates_clock(struct tag_run *run, const struct dln_candidate *c,
			 struct dln_timex *x)
{
	const struct dln_tagging *t = run->tagging;
	size_t k = run->last_end;

	if (t->count <= run->sentence_first || x->type != DLN_TIMEX_TIME ||
	    t->timexes[t->count - 1].type != DLN_TIMEX_TIME || dln__names_a_day(&c->value))
		return false;
	if (k < c->first && run->tok[k].kind == DLN_TOK_PUNCT && run->tok[k].num == '.')
		k++;  /* the dot of "a.m." */
	if (k + 1 != c->first || run->tok[k].kind != DLN_TOK_PUNCT || run->tok[k].num != '(')
		return false;
	const struct dln_timex *clock = &t->timexes[t->count - 1];
	if (!clock->resolved || !x->resolved)
		return true;
	long days = dln__point_days(&clock->start) - dln__point_days(&x->start);
	/* Zones where news is made lie from 11 hours behind GMT (Hawaii is 10) to 13 ahead
	 * (New Zealand in summer): "11 p.m. (0300 GMT)" is the next day's 0300, "7 a.m. (2200
	 * GMT)" the day before's 2200. */
	int local = clock->start.minute, other = x->start.minute;
	if (local >= 0 && other >= 0) {
		int ahead = ((local - other) % 1440 + 1440) % 1440;
		if (ahead > 13 * 60)
			ahead -= 1440;
		int at = local - ahead;
		days += at < 0 ? -1 : at >= 1440 ? 1 : 0;
	}
	move_days(x, days);
	return true;
}

const struct dln_timex *dln__clock_takes_day(struct tag_run *run, const struct dln_candidate *c, enum dln_gran gran,
			  const struct dln_timex *x)
{
	const uint64_t zone_words = (1ull << DLN_C_TZ) | (1ull << DLN_C_AMPM) | (1ull << DLN_C_ZONE);
	struct dln_tagging *t = run->tagging;
	/* A restatement tagged already has been through its parentheses. */
	bool open = false, closed = run->clock_restated, on = false;
	size_t k = run->last_end;

	if (!run->clock_only || t->count <= run->sentence_first || gran < DLN_GRAN_DAY ||
	    !x->resolved || !dln__names_a_day(&c->value))
		return NULL;
	if (closed) {
		if (k >= c->first || run->tok[k].kind != DLN_TOK_PUNCT || run->tok[k].num != ')')
			return NULL;
		k++;
	}
	for (; k < c->first; k++) {
		const struct dln_token *tok = &run->tok[k];
		bool mark = tok->kind == DLN_TOK_PUNCT;
		bool restating = tok->kind == DLN_TOK_NUMBER || tok->kind == DLN_TOK_CLOCK ||
				 (tok->lex && (dln__lexemes[tok->lex].classes & zone_words));
		if (mark && tok->num == '.' && k == run->last_end)
			continue;  /* the dot of "a.m." */
		if (mark && tok->num == '(' && !open && !closed && !on)
			open = true;
		else if (mark && tok->num == ')' && open)
			open = false, closed = true;
		else if (!open && dln__word_is(run, k, "on"))
			on = true;
		else if (open ? !restating : !closed || !(mark && tok->num == ','))
			return NULL;
	}
	struct dln_timex *clock = &t->timexes[t->count - 1];
	if (!(closed || (on && k == c->first && c->first == run->last_end + 1)) || !clock->resolved)
		return NULL;
	/* The day is that of the time restated. */
	long days = dln__point_days(&x->start) - dln__point_days(&clock[-run->clock_restated].start);
	/* The time it restates, and the start of the range it ends ("between 9 p.m. and 11 p.m.
	 * (0300 GMT) on Wednesday"), move with it. */
	size_t moving = 1 + run->clock_restated + run->clock_from_alone;
	for (size_t i = 0; i < moving && i < t->count - run->sentence_first; i++)
		move_days(clock - i, days);
	return clock - run->clock_restated;
}
