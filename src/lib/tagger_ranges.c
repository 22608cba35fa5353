/* An expression's neighbours: the range it opens or closes, the weekday or day it is joined
 * to ("next Tuesday and Wednesday", "Aug. 19-22"). */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "internal.h"
#include "tag_run.h"

bool dln__is_dash(const struct dln_token *t)
{
	return t->kind == DLN_TOK_PUNCT && (t->num == '-' || t->num == 0x2013 || t->num == 0x2014);
}

/* How tok[k] joins two dates: as a range's ends ("to", "through", "until", a dash) or as the
 * items of a list ("and", "or"). */
enum joint { JOINT_NONE, JOINT_RANGE, JOINT_LIST };

static enum joint joint_at(const struct tag_run *run, size_t k)
{
	if (dln__is_dash(&run->tok[k]) || dln__word_is(run, k, "to") ||
	    dln__word_is(run, k, "through") || dln__word_is(run, k, "until"))
		return JOINT_RANGE;
	if (dln__word_is(run, k, "and") || dln__word_is(run, k, "or"))
		return JOINT_LIST;
	return JOINT_NONE;
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
	if (after_from && joint_at(run, first - 1) != JOINT_NONE) {
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

	if (!days || !x->resolved || strlen(x->value) < 10 || x->value[4] != '-' ||
	    x->value[7] != '-')
		return;
	/* Only years 1 to 9999 are on the calendar. */
	long first = dln__point_days(&x->start) + days, end = dln__point_days(&x->end) + days;
	if (first < dln_days_from_civil(1, 1, 1) || end > dln_days_from_civil(10000, 1, 1))
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

/* Moves a resolved date by whole years, when its day is in the other year too; its end stays
 * as many days after its start ("Feb. 28" ends on Feb. 29 in a leap year, on March 1 else). */
static void move_years(struct dln_timex *x, int years)
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
	else
		x->end = dln__point_from_days(dln__point_days(&x->start) + length);
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
	move_years(from, year - from->start.year);
}

/* A bare weekday joined to one its words placed ("next Tuesday and Wednesday", "this Friday
 * or Saturday", "last Monday through Thursday") is in the days after it, not where its own
 * tense would put it. */
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
	if (run->weekday_day == LONG_MIN || j < 2 || run->last_end != j - 1 ||
	    (joint_at(run, j - 1) == JOINT_NONE &&
	     !(run->tok[j - 1].kind == DLN_TOK_PUNCT && run->tok[j - 1].num == ','))) {
		run->weekday_day = LONG_MIN;
		return;
	}
	long after = day - run->weekday_day;
	move_days(x, after > 0 ? -(after - 1) / 7 * 7 : (-after) / 7 * 7 + 7);
	run->weekday_day = dln__point_days(&x->start);
}

/* Whether tok[k], after a day joined to a date by a word ("Oct. 24 and 25", "from March 10
 * to 12"), ends the day's phrase: the sentence ends, a mark other than '%' or ':' follows, or
 * a preposition does ("on Oct. 24 and 25 in Paris"); not "March 3 and 40 people". */
static bool day_phrase_ends(const struct tag_run *run, size_t k)
{
	if (k >= run->n)
		return true;
	const struct dln_token *t = &run->tok[k];
	if (t->kind == DLN_TOK_PUNCT)
		return t->num != '%' && t->num != ':' && !dln__is_dash(t);
	return dln__word_is(run, k, "in") || dln__word_is(run, k, "at") ||
	       dln__word_is(run, k, "on");
}

/* The role of a day joined to the date before it by tok[k]: a range's end ("Aug. 19-22",
 * "from March 10 to 12", "between Oct. 4 and 7") or another date of a list ("Oct. 24 and
 * 25"). Sets *worded for a word; false when tok[k] joins no day. */
static bool day_joiner(const struct tag_run *run, size_t k, const struct dln_timex *from,
		       enum dln_range_role *role, bool *worded)
{
	enum joint joint = joint_at(run, k);

	*worded = !dln__is_dash(&run->tok[k]);
	*role = joint == JOINT_RANGE || from->range == DLN_RANGE_FROM ? DLN_RANGE_TO
								       : DLN_RANGE_NONE;
	/* "from March 10 to 12", but not "rates rose on Aug. 3 to 5". */
	if (dln__word_is(run, k, "to") && from->range != DLN_RANGE_FROM)
		return false;
	return joint != JOINT_NONE;
}

/* Whether tok[k] joins a date to prev: as a list, with a dash, or as a range's end after its
 * start ("from July through September", not "a revision Friday to December's figures"). */
static bool joins_dates(const struct tag_run *run, size_t k, const struct dln_timex *prev)
{
	enum joint joint = joint_at(run, k);

	return joint == JOINT_LIST || dln__is_dash(&run->tok[k]) ||
	       (joint == JOINT_RANGE && prev->range == DLN_RANGE_FROM);
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
	bool range = joint_at(run, j - 1) == JOINT_RANGE || prev->range == DLN_RANGE_FROM;
	int ahead_months = (x->start.month - prev->start.month + 12) % 12;
	int wrap = earlier_in_year(&x->start, &prev->start) && (range || ahead_months <= 6);
	if (run->bare_month && run->doc->dct.known)
		move_years(prev, pair_year(run, prev, x, wrap) - prev->start.year);
	move_years(x, prev->start.year + wrap - x->start.year);
	return true;
}

void dln__clock_takes_day(struct tag_run *run, const struct dln_candidate *c, enum dln_gran gran,
			  const struct dln_timex *x)
{
	const uint64_t zone_words = (1ull << DLN_C_TZ) | (1ull << DLN_C_AMPM) | (1ull << DLN_C_ZONE);
	struct dln_tagging *t = run->tagging;
	bool open = false, closed = false;

	if (!run->clock_only || t->count <= run->sentence_first || gran < DLN_GRAN_DAY ||
	    !x->resolved || !dln__names_a_day(&c->value))
		return;
	for (size_t k = run->last_end; k < c->first; k++) {
		const struct dln_token *tok = &run->tok[k];
		bool mark = tok->kind == DLN_TOK_PUNCT;
		bool restating = tok->kind == DLN_TOK_NUMBER || tok->kind == DLN_TOK_CLOCK ||
				 (tok->lex && (dln__lexemes[tok->lex].classes & zone_words));
		if (mark && tok->num == '.' && k == run->last_end)
			continue;  /* the dot of "a.m." */
		if (mark && tok->num == '(' && !open && !closed)
			open = true;
		else if (mark && tok->num == ')' && open)
			open = false, closed = true;
		else if (open ? !restating
			      : !closed || !(dln__word_is(run, k, "on") || (mark && tok->num == ',')))
			return;
	}
	struct dln_timex *clock = &t->timexes[t->count - 1];
	if (!closed || !clock->resolved)
		return;
	long days = dln__point_days(&x->start) - dln__point_days(&clock->start);
	/* The start of the range it ends ("between 9 p.m. and 11 p.m. (0300 GMT) on Wednesday")
	 * moves with it. */
	if (run->clock_from_alone)
		move_days(clock - 1, days);
	move_days(clock, days);
}

/* "Aug. 19-22", "March 10-12, 2016", "Oct. 24 and 25": a day after a dash or a joining word is
 * in the month of the date before it, and after a dash or "to" ends a range there. Appends
 * that day (with the year after it, which then holds for both), the date before it becoming
 * the range's start; 0 when there is none. */
int dln__day_range_end(struct tag_run *run, const struct dln_candidate *c,
			 struct dln_timex *from)
{
	const uint64_t not_days = (1ull << DLN_C_MONTH) | (1ull << DLN_C_UNIT) |
				  (1ull << DLN_C_UNITS) | (1ull << DLN_C_QUANTITY);
	size_t k = c->end;
	enum dln_range_role role;
	bool worded;

	if (from->type != DLN_TIMEX_DATE || !from->resolved || strlen(from->value) != 10 ||
	    c->value.f[DLN_F_MONTH] == DLN_UNSET || c->value.f[DLN_F_DAY] == DLN_UNSET ||
	    k + 1 >= run->n || !day_joiner(run, k, from, &role, &worded))
		return 0;
	const struct dln_token *day = &run->tok[k + 1], *last = day;
	if (day->kind != DLN_TOK_NUMBER || day->digits > 2 || (day->flags & ~0xFu) ||
	    day->num <= from->start.day || day->num > 31)
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
	} else if (worded) {
		if (!day_phrase_ends(run, k + 2))
			return 0;
	} else if (k + 2 < run->n) {
		const struct dln_token *after = &run->tok[k + 2];
		if ((after->lex && (dln__lexemes[after->lex].classes & not_days)) ||
		    (after->kind == DLN_TOK_PUNCT && (after->num == '%' || after->num == ':')))
			return 0;
	}
	/* In the year named after it ("Feb. 28 and 29, 2020"), else in that of the date. */
	if (!dln_date_valid(year ? year : from->start.year, from->start.month, day->num) ||
	    (year && !dln_date_valid(year, from->start.month, from->start.day)))
		return 0;
	int rc = dln__room_for_one(run);
	if (rc < 0)
		return rc;
	struct dln_timex *stored = &run->tagging->timexes[run->tagging->count - 1];
	if (year) {  /* "March 10-12, 2016" names its year at the end */
		long before = dln__point_days(&stored->start);
		move_years(stored, year - stored->start.year);
		/* ... and the day the text fixed with it ("the next day") moves too. */
		if (dln__point_days(&run->ctx.anchor) == before) {
			run->ctx.anchor = stored->start;
			run->ctx.anchor_end = stored->end;
		}
		if (run->ctx.has_day_anchor && dln__point_days(&run->ctx.day_anchor) == before)
			run->ctx.day_anchor = stored->start;
	}
	struct dln_timex to = *stored;
	long first = dln__point_days(&stored->start);
	to.offset = day->off;
	to.length = last->off + last->len - day->off;
	to.lead = role == DLN_RANGE_TO ? day->off - run->tok[k].off : 0;
	to.range = role;
	to.start = dln__point_from_days(first + day->num - stored->start.day);
	to.end = dln__point_from_days(first + day->num - stored->start.day + 1);
	snprintf(to.value + 8, sizeof(to.value) - 8, "%02d", (int)day->num);
	if (role == DLN_RANGE_TO && stored->range == DLN_RANGE_NONE) {
		stored->range = DLN_RANGE_FROM;
		stored->lead = 0;
	}
	run->covered_end = to.offset + to.length;
	return dln__tagging_append(run->tagging, &to);
}

/* A day of the month alone: a number of one or two digits, with nothing around it that makes
 * it an amount or a part of another number. */
static bool bare_day(const struct dln_token *t)
{
	return t->kind == DLN_TOK_NUMBER && t->digits <= 2 && !(t->flags & ~0xFu) && t->num >= 1;
}

/* Appends a day of x's month, named by token k, before x; x's copy keeps the rest. */
static int append_day_of(struct tag_run *run, const struct dln_timex *x, size_t k,
			 enum dln_range_role role, size_t lead)
{
	const struct dln_token *t = &run->tok[k];
	struct dln_timex day = *x;
	long first = dln__point_days(&x->start) - (x->start.day - t->num);
	int rc = dln__room_for_one(run);

	if (rc < 0)
		return rc;
	day.offset = t->off;
	day.length = t->len;
	day.range = role;
	day.lead = lead;
	day.start = dln__point_from_days(first);
	day.end = dln__point_from_days(first + 1);
	snprintf(day.value + 8, sizeof(day.value) - 8, "%02d", (int)t->num);
	return dln__tagging_append(run->tagging, &day);
}

int dln__days_before(struct tag_run *run, const struct dln_candidate *c, struct dln_timex *x)
{
	const uint64_t counts = (1ull << DLN_C_QUANTITY) | (1ull << DLN_C_NUMBERED);
	size_t k = c->first, days[16], n = 0;
	enum dln_range_role role = DLN_RANGE_NONE;
	const struct dln_tagging *tagging = run->tagging;
	const struct dln_timex *prev = tagging->count ? &tagging->timexes[tagging->count - 1] : NULL;
	size_t taken = prev ? prev->offset + prev->length : 0;  /* "March 3, 4 and 5 June" */

	if (x->type != DLN_TIMEX_DATE || !x->resolved || strlen(x->value) != 10 ||
	    c->value.f[DLN_F_DAY] == DLN_UNSET || c->value.f[DLN_F_MONTH] == DLN_UNSET ||
	    !bare_day(&run->tok[k]) || run->tok[k].num != x->start.day ||
	    x->range != DLN_RANGE_NONE)
		return 0;
	/* Back over "5 and", "5-", "5 to", then over "3," before a list's "and". */
	while (n < DLN_ARRAY_SIZE(days) && k >= 2) {
		const struct dln_token *day = &run->tok[k - 2];
		bool comma = run->tok[k - 1].kind == DLN_TOK_PUNCT && run->tok[k - 1].num == ',';
		enum joint joint = joint_at(run, k - 1);
		if (n ? !comma || role == DLN_RANGE_TO : joint == JOINT_NONE)
			break;
		if (!bare_day(day) || day->num >= run->tok[k].num || day->off < taken ||
		    day->off < run->covered_end)
			break;
		if (!n && joint == JOINT_RANGE)
			role = DLN_RANGE_TO;
		days[n++] = k - 2;
		k -= 2;
	}
	/* All the list or none of it. */
	if (!n || (n == DLN_ARRAY_SIZE(days) && k >= 2 && bare_day(&run->tok[k - 2])))
		return 0;
	/* Not "Flight 3 and 4 May", "Flights 3 and 4 May" (a name before them, unless a word
	 * that opens a phrase: "On 3 and 4 May"), nor the end of a run of numbers. */
	if (k > 0) {
		const struct dln_token *before = &run->tok[k - 1];
		uint64_t classes = before->lex ? dln__lexemes[before->lex].classes : 0;
		if (before->kind == DLN_TOK_NUMBER || (classes & counts) ||
		    (before->kind == DLN_TOK_WORD && (before->flags & DLN_TOKF_CAP) &&
		     !(classes & (1ull << DLN_C_LEAD))))
			return 0;
	}
	/* "between 5 and 7 May" is a range; "from 5 to 7 May" introduces its start. */
	size_t lead = 0;
	if (k > 0 && (dln__word_is(run, k - 1, "between") || dln__word_is(run, k - 1, "from")) &&
	    n == 1 && (role == DLN_RANGE_TO || dln__word_is(run, k - 1, "between"))) {
		role = DLN_RANGE_TO;
		lead = run->tok[days[0]].off - run->tok[k - 1].off;
	}
	for (size_t i = n; i-- > 0;) {
		int rc = append_day_of(run, x, days[i], role == DLN_RANGE_TO ? DLN_RANGE_FROM : role,
				       lead);
		if (rc)
			return rc;
	}
	if (role == DLN_RANGE_TO) {
		x->range = DLN_RANGE_TO;
		x->lead = x->offset - run->tok[c->first - 1].off;
	}
	return 0;
}

int dln__hour_before(struct tag_run *run, const struct dln_candidate *c, struct dln_timex *x)
{
	const struct dln_tagging *tagging = run->tagging;
	const struct dln_timex *prev = tagging->count ? &tagging->timexes[tagging->count - 1] : NULL;
	size_t k = c->first;
	char *t = strchr(x->value, 'T');
	int hh, mm;

	if (x->type != DLN_TIMEX_TIME || x->range != DLN_RANGE_NONE || !t ||
	    sscanf(t, "T%2d:%2d", &hh, &mm) != 2 || c->value.f[DLN_F_HOUR] == DLN_UNSET ||
	    c->value.f[DLN_F_AMPM] == DLN_UNSET || run->tok[k].kind != DLN_TOK_NUMBER || k < 2)
		return 0;
	const struct dln_token *hour = &run->tok[k - 2];
	enum joint joint = joint_at(run, k - 1);
	bool between = k >= 3 && dln__word_is(run, k - 3, "between");
	if (!bare_day(hour) || hour->num > 12 || (prev && hour->off < prev->offset + prev->length) ||
	    hour->off < run->covered_end ||
	    !(joint == JOINT_RANGE || (between && dln__word_is(run, k - 1, "and"))))
		return 0;
	if (k >= 3 && (run->tok[k - 3].kind == DLN_TOK_NUMBER ||
		       (run->tok[k - 3].kind == DLN_TOK_PUNCT && run->tok[k - 3].num == '$')))
		return 0;
	/* In the half of the day of the time after it, or the half before ("11 to 1 p.m."). */
	int minute = (int)hour->num % 12 * 60 + (hh >= 12 ? 12 * 60 : 0);
	if (minute >= hh * 60 + mm)
		minute -= 12 * 60;
	if (minute < 0)
		return 0;
	int rc = dln__room_for_one(run);
	if (rc < 0)
		return rc;
	struct dln_timex from = *x;
	from.offset = hour->off;
	from.length = hour->len;
	from.range = DLN_RANGE_FROM;
	from.lead = k >= 3 && (between || dln__word_is(run, k - 3, "from")) ?
			    hour->off - run->tok[k - 3].off :
			    0;
	snprintf(strchr(from.value, 'T'), sizeof(from.value) - (size_t)(t - x->value), "T%02d:%02d",
		 minute / 60, minute % 60);
	if (x->resolved) {
		from.start.minute = minute;
		from.end = from.start;
		from.end.minute = minute + 1;
	}
	x->range = DLN_RANGE_TO;
	x->lead = x->offset - run->tok[k - 1].off;
	return dln__tagging_append(run->tagging, &from);
}
