/* Days and hours joined to a date: "Aug. 19-22", "Oct. 24 and 25", "3, 4 and 5 June",
 * "between 5 and 7 May", "from 5 to 7 p.m.". Each is an expression of its own, in the month
 * (or the half of the day) of the date it is joined to. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "internal.h"
#include "tag_run.h"

/* Whether tok[k], after a day joined to a date by a word ("Oct. 24 and 25", "from March 10
 * to 12"), ends the day's phrase: the sentence ends, a mark other than '%' or ':' follows, a
 * preposition does ("on Oct. 24 and 25 in Paris") or a verb ("on June 12 and 19 will
 * follow"); not "March 3 and 40 people". */
static bool day_phrase_ends(const struct tag_run *run, size_t k)
{
	if (k >= run->n)
		return true;
	const struct dln_token *t = &run->tok[k];
	if (t->kind == DLN_TOK_PUNCT)
		return t->num != '%' && t->num != ':' && !dln__is_dash(t);
	const uint64_t verbs = (1ull << DLN_C_AUX) | (1ull << DLN_C_FUTURE);
	return dln__word_is(run, k, "in") || dln__word_is(run, k, "at") ||
	       dln__word_is(run, k, "on") || (t->lex && (dln__lexemes[t->lex].classes & verbs));
}

/* The role of a day joined to the date before it by tok[k]: a range's end ("Aug. 19-22",
 * "from March 10 to 12", "between Oct. 4 and 7") or another date of a list ("Oct. 24 and
 * 25"). Sets *worded for a word; false when tok[k] joins no day. */
static bool day_joiner(const struct tag_run *run, size_t k, const struct dln_timex *from,
		       enum dln_range_role *role, bool *worded)
{
	enum dln_joint joint = dln__joint_at(run, k);

	*worded = !dln__is_dash(&run->tok[k]);
	*role = joint == DLN_JOINT_RANGE || from->range == DLN_RANGE_FROM ? DLN_RANGE_TO
								       : DLN_RANGE_NONE;
	/* "from March 10 to 12", but not "rates rose on Aug. 3 to 5". */
	if (dln__word_is(run, k, "to") && from->range != DLN_RANGE_FROM)
		return false;
	return joint != DLN_JOINT_NONE;
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
		dln__move_years(stored, year - stored->start.year);
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
		enum dln_joint joint = dln__joint_at(run, k - 1);
		if (n ? !comma || role == DLN_RANGE_TO : joint == DLN_JOINT_NONE)
			break;
		if (!bare_day(day) || day->num >= run->tok[k].num || day->off < taken ||
		    day->off < run->covered_end)
			break;
		if (!n && joint == DLN_JOINT_RANGE)
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
	enum dln_joint joint = dln__joint_at(run, k - 1);
	bool between = k >= 3 && dln__word_is(run, k - 3, "between");
	if (!bare_day(hour) || hour->num > 12 || (prev && hour->off < prev->offset + prev->length) ||
	    hour->off < run->covered_end ||
	    !(joint == DLN_JOINT_RANGE || (between && dln__word_is(run, k - 1, "and"))))
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
