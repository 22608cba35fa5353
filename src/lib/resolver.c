/* Turning underspecified values into TIMEX3 values and calendar intervals.
 *
 * Three ways to a date: fields the expression states outright ("May 29, 2015"), a cycle
 * chosen by direction ("last June", "on Friday": the occurrence before or after the
 * publication date that the direction asks for), and an offset from an anchor ("two days
 * earlier", "next week"). Without the anchor or publication date a value keeps X digits. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "internal.h"
#include "resolver.h"

#define HAS(name) (u->f[DLN_F_##name] != DLN_UNSET)
#define GET(name) (u->f[DLN_F_##name])

/* A resolved date before formatting: what it names, and its interval in days. */
struct result {
	enum dln_gran gran;
	int year, month, day;      /* month and day as far as gran reaches */
	int part;                  /* quarter, half or season number; ISO week */
	bool weekend;
	int pod;                   /* part of day (enum dln_pod), for TIME */
	int minute, minute_end;    /* clock time or part of the day, -1 when none */
	long start, end;           /* days, end exclusive */
};

static const char *const mod_names[] = { "", "START", "MID", "END", "APPROX", "BEFORE",
	"AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
	"EQUAL_OR_MORE" };
static const char *const season_codes[] = { "", "SP", "SU", "FA", "WI" };
static const char *const pod_codes[] = { "", "MO", "MI", "AF", "EV", "NI", "DT" };

static long day_of(int y, int m, int d)
{
	return dln_days_from_civil(y, m, d);
}

static long monday_of(long day)
{
	return day - (dln__weekday(day) - 1);
}

static void add_months(int *y, int *m, long months)
{
	long idx = (long)*y * 12 + (*m - 1) + months;
	*y = (int)(idx / 12);
	*m = (int)(idx % 12) + 1;
}

static void set_year(struct result *r, int y)
{
	*r = (struct result){ .gran = DLN_GRAN_YEAR, .year = y, .minute = -1,
			      .start = day_of(y, 1, 1), .end = day_of(y + 1, 1, 1) };
}

static void set_month(struct result *r, int y, int m)
{
	int ny = y, nm = m;
	add_months(&ny, &nm, 1);
	*r = (struct result){ .gran = DLN_GRAN_MONTH, .year = y, .month = m, .minute = -1,
			      .start = day_of(y, m, 1), .end = day_of(ny, nm, 1) };
}

static void set_day(struct result *r, long day)
{
	*r = (struct result){ .gran = DLN_GRAN_DAY, .minute = -1, .start = day, .end = day + 1 };
	dln_civil_from_days(day, &r->year, &r->month, &r->day);
}

static void set_months_part(struct result *r, enum dln_gran gran, int y, int part, int len)
{
	int first = (part - 1) * len + 1, ey = y, em = first;
	add_months(&ey, &em, len);
	*r = (struct result){ .gran = gran, .year = y, .part = part, .minute = -1,
			      .start = day_of(y, first, 1), .end = day_of(ey, em, 1) };
}

/* Seasons by months (spring = March to May); winter runs into the next year. */
static void set_season(struct result *r, int y, int season)
{
	static const int first_month[] = { 0, 3, 6, 9, 12 };
	int ey = y, em = first_month[season];
	add_months(&ey, &em, 3);
	*r = (struct result){ .gran = DLN_GRAN_SEASON, .year = y, .part = season, .minute = -1,
			      .start = day_of(y, first_month[season], 1), .end = day_of(ey, em, 1) };
}

static void set_week(struct result *r, long monday, bool weekend)
{
	int iso_year, week;
	dln__iso_week(monday, &iso_year, &week);
	*r = (struct result){ .gran = DLN_GRAN_WEEK, .year = iso_year, .part = week,
			      .weekend = weekend, .minute = -1,
			      .start = weekend ? monday + 5 : monday, .end = monday + 7 };
}

static void set_decade(struct result *r, int decade)
{
	*r = (struct result){ .gran = DLN_GRAN_DECADE, .year = decade, .minute = -1,
			      .start = day_of(decade * 10, 1, 1),
			      .end = day_of(decade * 10 + 10, 1, 1) };
}

static void set_century(struct result *r, int century)
{
	*r = (struct result){ .gran = DLN_GRAN_CENTURY, .year = century, .minute = -1,
			      .start = day_of(century * 100 > 0 ? century * 100 : 1, 1, 1),
			      .end = day_of(century * 100 + 100, 1, 1) };
}

/* The n-th of a year's `parts` quarters or halves; "last" is ordinal 5 (as for weekdays of
 * a month), the last part; 0 when there is no such part. */
static int part_of_year(int n, int parts)
{
	if (n == 5)
		return parts;
	return n >= 1 && n <= parts ? n : 0;
}

/* The occurrence of a cyclic expression in one cycle: a year, or for weekdays and weekends
 * the week starting on Monday `cycle`. */
static bool occurrence(const struct dln_uval *u, long cycle, struct result *r)
{
	int y = (int)cycle;

	if (HAS(NTH) && HAS(WEEKDAY) && HAS(MONTH)) {
		long day;
		/* The holiday code of "the n-th weekday of the month" (lexicon.txt). */
		if (!dln__holiday_day(10000 + GET(MONTH) * 100 + GET(NTH) * 10 + GET(WEEKDAY), y, &day))
			return false;
		set_day(r, day);
	} else if (HAS(NTH) && HAS(MONTH) && GET(UNIT) == DLN_UNIT_WEEK) {
		/* "the second week of January": the week holding most of the month's days 8 to
		 * 14; "the last week of June" that of its last seven. */
		if (GET(MONTH) < 1 || GET(MONTH) > 12 || GET(NTH) < 1 || GET(NTH) > 5)
			return false;
		int last = dln__days_in_month(y, GET(MONTH));
		int mid = GET(NTH) == 5 ? last - 3 : 7 * GET(NTH) - 3;
		set_week(r, monday_of(day_of(y, GET(MONTH), mid)), false);
	} else if (HAS(HOLIDAY) && HAS(NTH)) {
		/* "the day after Thanksgiving" (nth 1), "the Friday before Easter" (nth -1 and a
		 * weekday): the day, or the first such weekday, on that side of the holiday. */
		long day;
		if (!dln__holiday_day(GET(HOLIDAY), y, &day))
			return false;
		int step = GET(NTH) < 0 ? -1 : 1;
		day += step;
		while (HAS(WEEKDAY) && dln__weekday(day) != GET(WEEKDAY))
			day += step;
		set_day(r, day);
	} else if (HAS(WEEKDAY)) {
		set_day(r, cycle + GET(WEEKDAY) - 1);
	} else if (GET(UNIT) == DLN_UNIT_WEEKEND && !HAS(HOLIDAY) && !HAS(DAY)) {
		set_week(r, cycle, true);
	} else if (HAS(HOLIDAY)) {
		long day;
		if (!dln__holiday_day(GET(HOLIDAY), y, &day))
			return false;
		set_day(r, day);
	} else if (HAS(MONTH) && HAS(DAY)) {
		if (!dln_date_valid(y, GET(MONTH), GET(DAY)))
			return false;
		set_day(r, day_of(y, GET(MONTH), GET(DAY)));
	} else if (HAS(MONTH)) {
		set_month(r, y, GET(MONTH));
	} else if (HAS(SEASON)) {
		set_season(r, y, GET(SEASON));
	} else if (HAS(QUARTER)) {
		if (!part_of_year(GET(QUARTER), 4))
			return false;
		set_months_part(r, DLN_GRAN_QUARTER, y, part_of_year(GET(QUARTER), 4), 3);
	} else if (HAS(HALF)) {
		if (!part_of_year(GET(HALF), 2))
			return false;
		set_months_part(r, DLN_GRAN_HALF, y, part_of_year(GET(HALF), 2), 6);
	} else {
		return false;
	}
	/* "the week of March 6", "Easter week": the ISO week holding the day, so that the
	 * direction is judged on the week ("as Easter week began" on its Monday). */
	if (GET(UNIT) == DLN_UNIT_WEEK && (HAS(DAY) || HAS(HOLIDAY)) && r->gran == DLN_GRAN_DAY)
		set_week(r, monday_of(r->start), false);
	/* "the weekend of June 26": the weekend of the ISO week holding the day; "Thanksgiving
	 * weekend": the weekend after a holiday late in the week, the one before a holiday
	 * early in it ("Memorial Day weekend"). */
	if (GET(UNIT) == DLN_UNIT_WEEKEND && HAS(DAY) && r->gran == DLN_GRAN_DAY)
		set_week(r, monday_of(r->start), true);
	else if (GET(UNIT) == DLN_UNIT_WEEKEND && HAS(HOLIDAY) && r->gran == DLN_GRAN_DAY)
		set_week(r, monday_of(r->start) - (dln__weekday(r->start) <= 3 ? 7 : 0), true);
	return true;
}

static bool weekly(const struct dln_uval *u)
{
	return (HAS(WEEKDAY) && !HAS(NTH)) ||
	       (GET(UNIT) == DLN_UNIT_WEEKEND && !HAS(HOLIDAY) && !HAS(DAY));
}

static long distance(const struct result *r, long day)
{
	if (day < r->start)
		return r->start - day;
	if (day >= r->end)
		return day - r->end + 1;
	return 0;
}

/* The day of the story a day of a month, a weekday, a month or a holiday told after it is
 * placed near: the text's last date when that is a day; else its last day, when a coarser date
 * than a year came between in that day's year ("Jan. 24, 1991 ... that weekend ... By
 * Sunday", "... power back on Feb. 4"), a month named is that day's or next to it, and a
 * weekday's day lies within a week of that date ("Jan. 17, 1991 ... By March 1991 ... On
 * Sunday" is no Sunday of January). Not after a year, which closes the story as often
 * ("stayed in flood that year. Gov. Culver on Sunday declared"). */
static const struct dln_point *story_day_of(const struct dln_uval *u,
					    const struct dln_resolve_ctx *ctx)
{
	if (ctx->anchor_gran >= DLN_GRAN_DAY)
		return &ctx->anchor;
	if (ctx->anchor_gran <= DLN_GRAN_YEAR || !ctx->has_day_anchor ||
	    ctx->anchor.year != ctx->day_anchor.year)
		return NULL;
	if (!HAS(MONTH)) {
		long day = dln__point_days(&ctx->day_anchor);
		return day >= dln__point_days(&ctx->anchor) - 7 &&
				       day < dln__point_days(&ctx->anchor_end) + 7
			       ? &ctx->day_anchor
			       : NULL;
	}
	int apart = abs(GET(MONTH) - ctx->day_anchor.month);
	return apart <= 1 || apart == 11 ? &ctx->day_anchor : NULL;
}

/* The month of u in the year of `near`: its own, or its holiday's; 0 when it names none. */
static int month_in_year_of(const struct dln_uval *u, const struct dln_point *near)
{
	long day;
	int y, m, d;

	if (HAS(MONTH))
		return GET(MONTH);
	if (!HAS(HOLIDAY) || !dln__holiday_day(GET(HOLIDAY), near->year, &day))
		return 0;
	dln_civil_from_days(day, &y, &m, &d);
	return m;
}

/* Picks among the occurrences in the cycles around the reference day the one that `dir`
 * names. Candidates are in time order; two cycles back reach a winter that began two
 * years before a February reference day. */
enum { CYCLES = 5, THIS_CYCLE = 2 };
/* Days beyond which a tense cue no longer decides a month's direction: past ten months the
 * nearest occurrence, a few weeks the other way, is the likelier one. */
enum { TENSE_REACH = 310 };

static bool choose(const struct dln_uval *u, long ref_day, int dir, struct result *out)
{
	struct result c[CYCLES];
	bool ok[CYCLES];
	int ref_year, m, d;

	dln_civil_from_days(ref_day, &ref_year, &m, &d);
	for (int k = 0; k < CYCLES; k++) {
		long cycle = weekly(u) ? monday_of(ref_day) + 7L * (k - THIS_CYCLE)
				       : ref_year + k - THIS_CYCLE;
		ok[k] = occurrence(u, cycle, &c[k]);
	}
	int pick = -1;
	switch (dir) {
	case DLN_DIR_PAST:
		for (int k = 0; k < CYCLES; k++)
			if (ok[k] && c[k].start <= ref_day)
				pick = k;
		break;
	case DLN_DIR_PAST_STRICT:
		for (int k = 0; k < CYCLES; k++)
			if (ok[k] && c[k].end <= ref_day)
				pick = k;
		break;
	case DLN_DIR_FUTURE:
		for (int k = CYCLES - 1; k >= 0; k--)
			if (ok[k] && c[k].end > ref_day)
				pick = k;
		break;
	case DLN_DIR_FUTURE_STRICT:
		for (int k = CYCLES - 1; k >= 0; k--)
			if (ok[k] && c[k].start > ref_day)
				pick = k;
		break;
	case DLN_DIR_FUTURE_BEYOND:
		/* "next Friday": the first one more than two days ahead (told on a Wednesday,
		 * nine days off, where "this Friday" is two; told on a Monday, "next Sunday" is
		 * six days off). */
		for (int k = CYCLES - 1; k >= 0; k--)
			if (ok[k] && c[k].start > ref_day + 2)
				pick = k;
		break;
	case DLN_DIR_SAME:
		/* The occurrence under way, else the one of this year: "this winter" told in
		 * January began the December before. */
		pick = ok[THIS_CYCLE] ? THIS_CYCLE : -1;
		for (int k = 0; k < CYCLES; k++)
			if (ok[k] && c[k].start <= ref_day && ref_day < c[k].end)
				pick = k;
		break;
	default: /* nearest; a tie goes to the past */
		for (int k = 0; k < CYCLES; k++)
			if (ok[k] && (pick < 0 || distance(&c[k], ref_day) < distance(&c[pick], ref_day)))
				pick = k;
	}
	if (pick < 0)
		return false;
	*out = c[pick];
	return true;
}

static int direction(const struct dln_uval *u, enum dln_tense tense)
{
	int dir = HAS(DIR) ? GET(DIR) : DLN_DIR_TENSE;

	/* "Monday's ruling" has happened, whatever the verb, unless it lies "ahead of" the
	 * text. */
	if (dir == DLN_DIR_EVENT)
		return tense == DLN_TENSE_AHEAD ? DLN_DIR_FUTURE : DLN_DIR_PAST;
	/* "will face Murray in Sunday's final": where the clause happens, ahead when it looks
	 * ahead. */
	if (dir == DLN_DIR_EVENT_OR_AHEAD)
		return tense == DLN_TENSE_AHEAD || tense == DLN_TENSE_FUTURE ? DLN_DIR_FUTURE
									     : DLN_DIR_PAST;

	/* "the fourth quarter" said in January: last year's when told in the past tense. */
	if (dir == DLN_DIR_PAST_OR_SAME)
		return tense == DLN_TENSE_PAST ? DLN_DIR_PAST : DLN_DIR_SAME;
	/* "will report fourth-quarter results" said in January: the nearest, unless told in
	 * the past tense. */
	if (dir == DLN_DIR_PAST_OR_NEAREST)
		return tense == DLN_TENSE_PAST ? DLN_DIR_PAST : DLN_DIR_NONE;
	/* "will meet this Monday" said on a Saturday: the coming one. */
	if (dir == DLN_DIR_FUTURE_OR_SAME)
		return tense == DLN_TENSE_FUTURE || tense == DLN_TENSE_AHEAD ? DLN_DIR_FUTURE
									   : DLN_DIR_SAME;
	if (dir != DLN_DIR_TENSE)
		return dir;
	if (tense == DLN_TENSE_PAST)
		return DLN_DIR_PAST;
	if (tense == DLN_TENSE_FUTURE || tense == DLN_TENSE_AHEAD)
		return DLN_DIR_FUTURE;
	return DLN_DIR_NONE;
}

/* An offset of `shift` units from the anchor day; `minute` is the anchor's clock time, or -1.
 * From a clock time, hours and minutes reach a time of day ("9:02 a.m. ... ninety minutes
 * later"); without one, the anchor's day. */
static bool offset(const struct dln_uval *u, long anchor, long minute, struct result *r)
{
	long shift = HAS(SHIFT) ? GET(SHIFT) : 0;
	int y, m, d;

	/* No offset of more units than the calendar holds days can land on it. */
	if (shift > 4000000 || shift < -4000000)
		return false;

	if (minute >= 0 && (GET(UNIT) == DLN_UNIT_HOUR || GET(UNIT) == DLN_UNIT_MINUTE)) {
		long at = minute + shift * (GET(UNIT) == DLN_UNIT_HOUR ? 60 : 1);
		long days = at >= 0 ? at / 1440 : -((1439 - at) / 1440);
		set_day(r, anchor + days);
		r->minute = (int)(at - days * 1440);
		r->minute_end = r->minute + 1;
		return true;
	}
	dln_civil_from_days(anchor, &y, &m, &d);
	switch (GET(UNIT)) {
	case DLN_UNIT_SECOND:
	case DLN_UNIT_MINUTE:
	case DLN_UNIT_HOUR:
	case DLN_UNIT_DAY:
		set_day(r, GET(UNIT) == DLN_UNIT_DAY ? anchor + shift : anchor);
		return true;
	case DLN_UNIT_WEEK:
	case DLN_UNIT_FORTNIGHT:
		set_week(r, monday_of(anchor) + 7 * shift * (GET(UNIT) == DLN_UNIT_FORTNIGHT ? 2 : 1),
			 false);
		return true;
	case DLN_UNIT_MONTH:
		add_months(&y, &m, shift);
		set_month(r, y, m);
		return true;
	case DLN_UNIT_QUARTER:
		add_months(&y, &m, 3 * shift);
		set_months_part(r, DLN_GRAN_QUARTER, y, (m - 1) / 3 + 1, 3);
		return true;
	case DLN_UNIT_HALF:
		add_months(&y, &m, 6 * shift);
		set_months_part(r, DLN_GRAN_HALF, y, (m - 1) / 6 + 1, 6);
		return true;
	case DLN_UNIT_YEAR:
		set_year(r, (int)(y + shift));
		return true;
	case DLN_UNIT_DECADE:
		set_decade(r, (int)(y / 10 + shift));
		return true;
	case DLN_UNIT_CENTURY:
		set_century(r, (int)(y / 100 + shift));
		return true;
	default:
		return false;
	}
}

static enum dln_gran unit_gran(int unit)
{
	switch (unit) {
	case DLN_UNIT_SECOND: case DLN_UNIT_MINUTE: case DLN_UNIT_HOUR: return DLN_GRAN_TIME;
	case DLN_UNIT_DAY: return DLN_GRAN_DAY;
	case DLN_UNIT_WEEKEND: case DLN_UNIT_WEEK: case DLN_UNIT_FORTNIGHT: return DLN_GRAN_WEEK;
	case DLN_UNIT_MONTH: return DLN_GRAN_MONTH;
	case DLN_UNIT_QUARTER: return DLN_GRAN_QUARTER;
	case DLN_UNIT_HALF: return DLN_GRAN_HALF;
	case DLN_UNIT_SEASON: return DLN_GRAN_SEASON;
	case DLN_UNIT_YEAR: return DLN_GRAN_YEAR;
	case DLN_UNIT_DECADE: return DLN_GRAN_DECADE;
	default: return DLN_GRAN_CENTURY;
	}
}

/* Whether the value is a holiday on a fixed day of the year, coded MMDD (lexicon.txt). */
static bool fixed_holiday(const struct dln_uval *u)
{
	int holiday = HAS(HOLIDAY) ? GET(HOLIDAY) : 0;

	return holiday > 100 && holiday <= 1231 &&
	       dln_date_valid(2000, holiday / 100, holiday % 100);
}

/* The value's form when the date is unknown: X digits at the expression's precision. */
static void unknown_value(const struct dln_uval *u, char *buf, size_t size)
{
	enum dln_gran g = DLN_GRAN_DAY;

	if (HAS(MONTH) && !HAS(DAY)) {
		snprintf(buf, size, "XXXX-%02d", GET(MONTH));
		return;
	}
	if (HAS(SEASON)) {
		snprintf(buf, size, "XXXX-%s", season_codes[GET(SEASON)]);
		return;
	}
	if (HAS(QUARTER)) {
		if (part_of_year(GET(QUARTER), 4))
			snprintf(buf, size, "XXXX-Q%d", part_of_year(GET(QUARTER), 4));
		else
			snprintf(buf, size, "XXXX-QX");
		return;
	}
	if (HAS(MONTH) && HAS(DAY)) {
		snprintf(buf, size, "XXXX-%02d-%02d", GET(MONTH), GET(DAY));
		return;
	}
	if (fixed_holiday(u) && GET(UNIT) != DLN_UNIT_YEAR) {  /* not "the new year" */
		snprintf(buf, size, "XXXX-%02d-%02d", GET(HOLIDAY) / 100, GET(HOLIDAY) % 100);
		return;
	}
	if (HAS(UNIT) && !HAS(WEEKDAY))  /* "a few weeks from Tuesday" is a day */
		g = unit_gran(GET(UNIT));
	if (GET(UNIT) == DLN_UNIT_WEEKEND)
		snprintf(buf, size, "XXXX-WXX-WE");
	else if (g == DLN_GRAN_WEEK)
		snprintf(buf, size, "XXXX-WXX");
	else if (g == DLN_GRAN_MONTH)
		snprintf(buf, size, "XXXX-XX");
	else if (g == DLN_GRAN_QUARTER)
		snprintf(buf, size, "XXXX-QX");
	else if (g >= DLN_GRAN_YEAR && g <= DLN_GRAN_SEASON)
		snprintf(buf, size, "XXXX");
	else if (g == DLN_GRAN_DECADE)
		snprintf(buf, size, "XXX");
	else if (g == DLN_GRAN_CENTURY)
		snprintf(buf, size, "XX");
	else
		snprintf(buf, size, "XXXX-XX-XX");
}

/* Writes v (0 <= v < 10^width) in `width` digits at s and returns the end; snprintf costs
 * more than the rest of resolving a year or a month. */
static char *put_digits(char *s, long v, int width)
{
	for (int k = width - 1; k >= 0; k--, v /= 10)
		s[k] = (char)('0' + v % 10);
	return s + width;
}

/* Writes a year's own forms ("2016", "2016-Q3", "2016-07") by hand when the year has four
 * digits and buf room for them; false leaves them to snprintf. */
static bool format_year_part(const struct result *r, char *buf, size_t size)
{
	if (r->year < 0 || r->year > 9999 || size < 12)
		return false;
	char *s = put_digits(buf, r->year, 4);
	if (r->gran == DLN_GRAN_QUARTER && r->part >= 1 && r->part <= 4) {
		*s++ = '-';
		*s++ = 'Q';
		s = put_digits(s, r->part, 1);
	} else if (r->gran == DLN_GRAN_MONTH && r->month >= 1 && r->month <= 12) {
		*s++ = '-';
		s = put_digits(s, r->month, 2);
	} else if (r->gran != DLN_GRAN_YEAR) {
		return false;
	}
	*s = '\0';
	return true;
}

static void format_value(const struct result *r, char *buf, size_t size)
{
	if ((r->gran == DLN_GRAN_YEAR || r->gran == DLN_GRAN_QUARTER || r->gran == DLN_GRAN_MONTH) &&
	    format_year_part(r, buf, size))
		return;
	switch (r->gran) {
	case DLN_GRAN_CENTURY: snprintf(buf, size, "%02d", r->year); break;
	case DLN_GRAN_DECADE: snprintf(buf, size, "%03d", r->year); break;
	case DLN_GRAN_YEAR: snprintf(buf, size, "%04d", r->year); break;
	case DLN_GRAN_HALF: snprintf(buf, size, "%04d-H%d", r->year, r->part); break;
	case DLN_GRAN_QUARTER: snprintf(buf, size, "%04d-Q%d", r->year, r->part); break;
	case DLN_GRAN_SEASON: snprintf(buf, size, "%04d-%s", r->year, season_codes[r->part]); break;
	case DLN_GRAN_MONTH: snprintf(buf, size, "%04d-%02d", r->year, r->month); break;
	case DLN_GRAN_WEEK:
		snprintf(buf, size, "%04d-W%02d%s", r->year, r->part, r->weekend ? "-WE" : "");
		break;
	default: {
		/* The commonest value, a day or a time of one (24:00 too), is written as a point
		 * is (dln_point_format), without snprintf's cost. */
		struct dln_point p = { r->year, r->month, r->day, r->pod ? -1 : r->minute };
		int n = dln_point_format(&p, buf, size);
		if (n > 0 && (size_t)n < size && r->pod)
			snprintf(buf + n, size - (size_t)n, "T%s", pod_codes[r->pod]);
	}
	}
}

/* START, MID and END narrow a decade, century, year, quarter, season or month to its first,
 * middle or last third, counted in the next finer unit. */
static void narrow(struct result *r, int mod)
{
	long parts, first, len;

	if (mod != DLN_MOD_START && mod != DLN_MOD_MID && mod != DLN_MOD_END)
		return;
	switch (r->gran) {
	case DLN_GRAN_CENTURY:
	case DLN_GRAN_DECADE: {
		int y0 = r->gran == DLN_GRAN_DECADE ? r->year * 10 : r->year * 100;
		parts = r->gran == DLN_GRAN_DECADE ? 10 : 100;
		len = (parts + 2) / 3;
		first = mod == DLN_MOD_START ? 0 : mod == DLN_MOD_MID ? len : parts - (parts - len) / 2;
		long last = mod == DLN_MOD_START ? len : mod == DLN_MOD_MID ? parts - (parts - len) / 2
									    : parts;
		if (y0 + first < 1)
			first = 1 - y0;
		r->start = day_of(y0 + (int)first, 1, 1);
		r->end = day_of(y0 + (int)last, 1, 1);
		return;
	}
	case DLN_GRAN_YEAR: {
		int m0 = mod == DLN_MOD_START ? 1 : mod == DLN_MOD_MID ? 5 : 9;
		int ey = r->year, em = m0;
		add_months(&ey, &em, 4);
		r->start = day_of(r->year, m0, 1);
		r->end = day_of(ey, em, 1);
		return;
	}
	case DLN_GRAN_QUARTER:
	case DLN_GRAN_SEASON: {
		/* Three months: the first, second or third. */
		int y, m, d;
		dln_civil_from_days(r->start, &y, &m, &d);
		add_months(&y, &m, mod == DLN_MOD_START ? 0 : mod == DLN_MOD_MID ? 1 : 2);
		r->start = day_of(y, m, 1);
		add_months(&y, &m, 1);
		r->end = day_of(y, m, 1);
		return;
	}
	case DLN_GRAN_MONTH: {
		long base = r->start;
		r->start = base + (mod == DLN_MOD_START ? 0 : mod == DLN_MOD_MID ? 10 : 20);
		if (mod != DLN_MOD_END)
			r->end = r->start + 10;
		return;
	}
	default:
		return;
	}
}

static void duration_value(const struct dln_uval *u, char *buf, size_t size)
{
	long n = HAS(AMOUNT) ? GET(AMOUNT) : 1;
	bool vague = n < 0;  /* X in the rules, or a vague count ("a few") */
	const char *unit = "D";
	bool time = false;
	long per = 1;  /* units written per unit said */

	switch (GET(UNIT)) {
	case DLN_UNIT_SECOND: unit = "S"; time = true; break;
	case DLN_UNIT_MINUTE: unit = "M"; time = true; break;
	case DLN_UNIT_HOUR: unit = "H"; time = true; break;
	case DLN_UNIT_WEEK: unit = "W"; break;
	case DLN_UNIT_FORTNIGHT: unit = "W"; per = 2; break;
	case DLN_UNIT_MONTH: unit = "M"; break;
	case DLN_UNIT_QUARTER: unit = "Q"; break;
	case DLN_UNIT_HALF: unit = "M"; per = 6; break;
	case DLN_UNIT_YEAR: unit = "Y"; break;
	case DLN_UNIT_DECADE: unit = "Y"; per = 10; break;  /* "decades": PXY */
	case DLN_UNIT_CENTURY: unit = "Y"; per = 100; break;
	default: break;
	}
	n *= per;
	if (vague) {
		snprintf(buf, size, "P%sX%s", time ? "T" : "", unit);
		return;
	}
	/* "2 1/2 years", "an hour and a half": the fraction in the next smaller unit, when
	 * it comes out whole there (P2Y6M, PT1H30M). */
	long num = HAS(FRAC_NUM) ? GET(FRAC_NUM) : 0, den = HAS(FRAC_DEN) ? GET(FRAC_DEN) : 0;
	if (num > 0 && den > num) {
		static const struct { int unit; long per; const char *small; bool time; } next[] = {
			{ DLN_UNIT_YEAR, 12, "M", false }, { DLN_UNIT_MONTH, 30, "D", false },
			{ DLN_UNIT_DAY, 24, "H", true },   { DLN_UNIT_HOUR, 60, "M", true },
			{ DLN_UNIT_MINUTE, 60, "S", true },
		};
		if (per * num % den == 0) {  /* "1 1/2 decades": whole years */
			snprintf(buf, size, "P%s%ld%s", time ? "T" : "", n + per * num / den, unit);
			return;
		}
		for (size_t k = 0; k < DLN_ARRAY_SIZE(next); k++) {
			if (next[k].unit != GET(UNIT) || next[k].per * num % den)
				continue;
			/* "half an hour" is PT30M, not PT0H30M. */
			int w = n ? snprintf(buf, size, "P%s%ld%s", time ? "T" : "", n, unit)
				  : snprintf(buf, size, "P");
			if (w > 0 && (size_t)w < size)
				snprintf(buf + w, size - (size_t)w, "%s%ld%s",
					 next[k].time && (!time || !n) ? "T" : "",
					 next[k].per * num / den, next[k].small);
			return;
		}
		/* Else a decimal fraction of the unit itself, as ISO 8601 allows (P3.5W). */
		snprintf(buf, size, "P%s%.4g%s", time ? "T" : "",
			 (double)n + (double)(per * num) / den, unit);
		return;
	}
	/* The commonest duration, a whole number of one unit ("P3Y", "PT2H"), by hand. */
	if (n >= 0 && n < 10000 && size >= 12) {
		char *s = buf;
		*s++ = 'P';
		if (time)
			*s++ = 'T';
		s = put_digits(s, n, n >= 1000 ? 4 : n >= 100 ? 3 : n >= 10 ? 2 : 1);
		strcpy(s, unit);
		return;
	}
	snprintf(buf, size, "P%s%ld%s", time ? "T" : "", n, unit);
}

static void set_value(const struct dln_uval *u, char *buf, size_t size)
{
	/* Holidays on a fixed day are coded MMDD; the movable ones recur once a year. */
	if (HAS(WEEKDAY))
		snprintf(buf, size, "XXXX-WXX-%d%s%s", GET(WEEKDAY), HAS(POD) ? "T" : "",
			 HAS(POD) ? pod_codes[GET(POD)] : "");
	else if (HAS(MONTH) && HAS(DAY))
		snprintf(buf, size, "XXXX-%02d-%02d", GET(MONTH), GET(DAY));
	else if (HAS(MONTH))
		snprintf(buf, size, "XXXX-%02d", GET(MONTH));
	else if (HAS(SEASON))
		snprintf(buf, size, "XXXX-%s", season_codes[GET(SEASON)]);
	else if (HAS(POD))
		snprintf(buf, size, "XXXX-XX-XXT%s", pod_codes[GET(POD)]);
	else if (HAS(UNIT) && GET(UNIT) == DLN_UNIT_WEEKEND)
		snprintf(buf, size, "XXXX-WXX-WE");
	else if (fixed_holiday(u))
		snprintf(buf, size, "XXXX-%02d-%02d", GET(HOLIDAY) / 100, GET(HOLIDAY) % 100);
	else if (HAS(HOLIDAY))
		snprintf(buf, size, "P1Y");
	else
		duration_value(u, buf, size);
}

static int clock_minutes(const struct dln_uval *u)
{
	int minutes;

	if (HAS(CLOCK))
		minutes = GET(CLOCK);
	else if (HAS(HOUR) && GET(HOUR) >= 0 && GET(HOUR) <= 24)
		minutes = GET(HOUR) * 60;
	else
		return -1;
	if (minutes < 0 || minutes > 24 * 60)
		return -1;
	if (HAS(AMPM)) {
		int h = minutes / 60;
		if (h < 1 || h > 12)
			return -1;
		if (GET(AMPM) == 12 && h < 12)
			minutes += 12 * 60;
		else if (GET(AMPM) == 0 && h == 12)
			minutes -= 12 * 60;
	} else if (HAS(POD) && minutes >= 60 && minutes < 12 * 60) {
		/* "8:30 tonight", "9:15 this evening": the afternoon and evening are after noon,
		 * the night from six on. */
		int pod = GET(POD);
		if (pod == DLN_POD_AF || pod == DLN_POD_EV || (pod == DLN_POD_NI && minutes >= 6 * 60))
			minutes += 12 * 60;
	} else if (HAS(POD) && HAS(HOUR) && minutes >= 12 * 60 && minutes < 13 * 60 &&
		   (GET(POD) == DLN_POD_MO || GET(POD) == DLN_POD_NI)) {
		minutes -= 12 * 60;  /* "half past twelve at night", "12 in the morning" */
	}
	/* "half past nine", "a quarter to ten": minutes after the hour, or before it when
	 * negative, once a.m. or p.m. has placed the hour. */
	if (HAS(MINUTE) && HAS(HOUR) && !HAS(CLOCK)) {
		if (GET(MINUTE) <= -60 || GET(MINUTE) >= 60)
			return -1;
		minutes = (minutes + GET(MINUTE) + 24 * 60) % (24 * 60);
	}
	return minutes;  /* 24:00 is the end of the day ("midnight Friday") */
}

/* The date part of an expression that has one; false when it cannot be known. */
/* "Friday, Dec. 22": the day of that name within a year of publication, nearest to it;
 * LONG_MIN when there is none. */
static long named_day_near(const struct dln_uval *u, long dct_day)
{
	int dct_year, m, d;
	long best = LONG_MIN;

	dln_civil_from_days(dct_day, &dct_year, &m, &d);
	for (int y = dct_year - 1; y <= dct_year + 1; y++) {
		if (!dln_date_valid(y, GET(MONTH), GET(DAY)))
			continue;
		long day = day_of(y, GET(MONTH), GET(DAY));
		if (dln__weekday(day) == GET(WEEKDAY) &&
		    (best == LONG_MIN || labs(day - dct_day) < labs(best - dct_day)))
			best = day;
	}
	return best;
}

/* Whether the text's last time was an evening or a night ("last night", "at 9 p.m."). */
static bool evening_anchor(const struct dln_resolve_ctx *ctx)
{
	return ctx->anchor_pod == DLN_POD_EV || ctx->anchor_pod == DLN_POD_NI ||
	       (ctx->anchor_clock && ctx->anchor.minute >= 18 * 60);
}

static bool date_part(const struct dln_uval *u, const struct dln_resolve_ctx *ctx,
		      struct result *r)
{
	bool have_dct = ctx->dct && ctx->dct->known;
	long dct_day = have_dct ? dln__point_days(&ctx->dct->at) : 0;
	struct dln_uval without_weekday;

	/* A weekday with a day of a month says which year, whatever the tense; when no year
	 * near publication has them agree, or the year is named, the date decides. */
	if (HAS(WEEKDAY) && HAS(MONTH) && HAS(DAY)) {
		long day = have_dct && !HAS(YEAR) ? named_day_near(u, dct_day) : LONG_MIN;
		if (day != LONG_MIN) {
			set_day(r, day);
			return true;
		}
		without_weekday = *u;
		without_weekday.f[DLN_F_WEEKDAY] = DLN_UNSET;
		u = &without_weekday;
	}

	if (HAS(NUMDATE)) {
		int v = GET(NUMDATE);
		set_day(r, day_of(v / 10000, v / 100 % 100, v % 100));
		return true;
	}
	if (HAS(COMPARE) && GET(COMPARE) == DLN_COMPARE_ANY && ctx->month_last &&
	    GET(UNIT) == DLN_UNIT_YEAR) {
		/* "Exports rose in April from a year earlier": the month a year before. */
		set_month(r, ctx->month_year + (HAS(SHIFT) ? GET(SHIFT) : 0), ctx->month);
		return true;
	}
	if (HAS(COMPARE) && ctx->has_quarter &&
	    (GET(UNIT) == DLN_UNIT_QUARTER || GET(UNIT) == DLN_UNIT_YEAR)) {
		/* Reports compare a quarter with the same quarter a year before ("a year
		 * earlier", "the 1988 quarter"). */
		int shift = HAS(SHIFT) ? GET(SHIFT) : 0;
		int year = HAS(YEAR) ? GET(YEAR)
				     : ctx->quarter_year + (GET(UNIT) == DLN_UNIT_YEAR ? shift : 0);
		set_months_part(r, DLN_GRAN_QUARTER, year, ctx->quarter, 3);
		return true;
	}
	if (HAS(YEAR)) {
		int y = GET(YEAR);
		if (y < 1 || y > 9999)
			return false;
		if (HAS(HOLIDAY) || HAS(MONTH) || HAS(SEASON) || HAS(QUARTER) || HAS(HALF))
			return occurrence(u, y, r);
		/* "On this day in 1969": the day of publication in that year (the year alone
		 * when the day is Feb. 29 and that year has none). */
		if (GET(UNIT) == DLN_UNIT_DAY && have_dct &&
		    dln_date_valid(y, ctx->dct->at.month, ctx->dct->at.day)) {
			set_day(r, day_of(y, ctx->dct->at.month, ctx->dct->at.day));
			return true;
		}
		set_year(r, y);
		return true;
	}
	if (HAS(DECADE)) {
		set_decade(r, GET(DECADE));
		return GET(DECADE) > 0;
	}
	if (HAS(CENTURY)) {
		/* "the 20th century" is 19 in TIMEX3: the hundreds of its years. */
		if (GET(CENTURY) < 1 || GET(CENTURY) > 100)
			return false;
		set_century(r, GET(CENTURY) - 1);
		return true;
	}
	if (HAS(COMPARE) && GET(UNIT) == DLN_UNIT_QUARTER && have_dct) {
		/* "the quarter" of a report: the last one completed. */
		struct dln_uval last = *u;
		last.f[DLN_F_SHIFT] = -1;
		return offset(&last, dct_day, -1, r);
	}
	if (HAS(UNIT) && HAS(ANCHOR) && GET(UNIT) != DLN_UNIT_WEEKEND) {
		long anchor, minute = -1;
		bool text_anchor = GET(ANCHOR) == DLN_ANCHOR_TEXT && ctx->anchor_gran != DLN_GRAN_NONE;
		/* An anchor coarser than the offset cannot place it, unless it holds the
		 * publication date, which then can ("this year ... the previous quarter"). */
		bool coarse = ctx->anchor_gran < unit_gran(GET(UNIT)) &&
			      ctx->anchor_gran < DLN_GRAN_DAY;
		bool by_day = text_anchor && coarse && ctx->has_day_anchor;
		if (!by_day && coarse && have_dct && dln__point_days(&ctx->anchor) <= dct_day &&
		    dct_day < dln__point_days(&ctx->anchor_end))
			coarse = false, text_anchor = false;
		if (by_day) {
			anchor = dln__point_days(&ctx->day_anchor);
		} else if (text_anchor) {
			if (coarse)
				return false;
			anchor = dln__point_days(&ctx->anchor);
			if (ctx->anchor_clock)
				minute = ctx->anchor.minute;
			/* "collided Friday, investigators said Monday ... on duty that day": the
			 * day of what was told, not of the telling. */
			if (ctx->has_event_day && GET(UNIT) == DLN_UNIT_DAY && HAS(SHIFT) &&
			    GET(SHIFT) == 0) {
				anchor = dln__point_days(&ctx->event_day);
				minute = -1;
			}
		} else if (have_dct) {
			anchor = dct_day;
		} else {
			return false;
		}
		/* Told on a Sunday, the last day of its ISO week, "this week" or "late in the
		 * week" in a clause that looks ahead is the week starting the next day. */
		if (GET(UNIT) == DLN_UNIT_WEEK && !HAS(WEEKDAY) && !HAS(DAY) &&
		    (HAS(SHIFT) ? GET(SHIFT) : 0) == 0 && dln__weekday(anchor) == 7 &&
		    (ctx->tense == DLN_TENSE_FUTURE || ctx->tense == DLN_TENSE_AHEAD))
			anchor++;
		if (!offset(u, anchor, minute, r))
			return false;
		/* "on Feb. 9, a Friday": the day restated, or if it is no Friday the Friday
		 * nearest it. */
		if (r->gran == DLN_GRAN_DAY && HAS(WEEKDAY) && GET(UNIT) == DLN_UNIT_DAY) {
			int ahead = GET(WEEKDAY) - dln__weekday(r->start);
			set_day(r, r->start + (ahead > 3 ? ahead - 7 : ahead < -3 ? ahead + 7 : ahead));
			return true;
		}
		/* "Tuesday next week": the day of the week reached. */
		if (r->gran == DLN_GRAN_WEEK && HAS(WEEKDAY)) {
			set_day(r, r->start + GET(WEEKDAY) - 1);
			return true;
		}
		/* "June last year", "last year's third quarter", "the fall of that year",
		 * "Black Friday last year": a part of the year reached. */
		if (r->gran == DLN_GRAN_YEAR &&
		    (HAS(MONTH) || HAS(QUARTER) || HAS(HALF) || HAS(SEASON) || HAS(HOLIDAY)))
			return occurrence(u, r->year, r);
		return true;
	}
	if (HAS(WEEKDAY) || HAS(HOLIDAY) || HAS(MONTH) || HAS(SEASON) || HAS(QUARTER) ||
	    HAS(HALF) || GET(UNIT) == DLN_UNIT_WEEKEND) {
		/* "the previous Friday": the cycle around the last day or week the text fixed
		 * ("the week of June 9 ... the following Monday"); "the following March" needs a
		 * date within a year, "that fall" no more than the year ("the summer of 1969"). */
		int dir = direction(u, ctx->tense);
		if (dir == DLN_DIR_RECURRING)  /* "usually meets in March": no one year's */
			return false;
		enum dln_gran needed = weekly(u)	      ? DLN_GRAN_WEEK :
				       dir == DLN_DIR_SAME ? DLN_GRAN_YEAR :
							     DLN_GRAN_HALF;
		bool narrative = HAS(ANCHOR) && GET(ANCHOR) == DLN_ANCHOR_TEXT &&
				 ctx->anchor_gran >= needed;
		/* "in 1998 ... the following July": the first July to end after that year; "the
		 * previous July" the last one to begin before it ("the following winter" is the
		 * one that begins in December). */
		bool after_year = HAS(ANCHOR) && GET(ANCHOR) == DLN_ANCHOR_TEXT && !narrative &&
				  !weekly(u) && ctx->anchor_gran == DLN_GRAN_YEAR &&
				  (dir == DLN_DIR_FUTURE_STRICT || dir == DLN_DIR_PAST_STRICT);
		if (!have_dct && !narrative && !after_year)
			return false;
		long ref = narrative			    ? dln__point_days(&ctx->anchor) :
			   !after_year			    ? dct_day :
			   dir == DLN_DIR_FUTURE_STRICT ? dln__point_days(&ctx->anchor_end) - 1 :
							  dln__point_days(&ctx->anchor);
		if (after_year)
			dir = dir == DLN_DIR_FUTURE_STRICT ? DLN_DIR_FUTURE : DLN_DIR_PAST;
		/* "On July 20, 1969, ... On July 24, the crew splashed down": right after a day of
		 * another year, a day of a month told in the past is the one nearest it, and so are
		 * a weekday and a month or holiday next to that day's month ("... left the moon
		 * Monday", "buried him on Jan. 14, 2000, after a dry December") unless they are news
		 * of now ("said Monday", "a spokesman said the FBI arrested him Thursday"); not
		 * after a day still to come ("will join on May 1, 2004 ... voted on March 8"),
		 * nor after one within a year before publication, where the tense decides as well
		 * ("did not end until Aug. 3 ... no rain since May 22"). */
		bool story_weekday = HAS(WEEKDAY) && !HAS(MONTH) && !HAS(DAY) && !HAS(SHIFT) &&
				     !HAS(UNIT) && !HAS(HOLIDAY) && !ctx->news_of_now;
		const struct dln_point *story_day = story_day_of(u, ctx);
		int month = month_in_year_of(u, &ctx->anchor);
		int months_apart = abs(month - ctx->anchor.month);
		bool story_month = !HAS(DAY) && !HAS(WEEKDAY) && !HAS(SHIFT) && !HAS(UNIT) &&
				   month > 0 && ctx->anchor_gran >= DLN_GRAN_DAY &&
				   (months_apart <= 1 || months_apart == 11) && !ctx->news_of_now;
		if (((HAS(MONTH) && HAS(DAY)) || story_weekday || story_month) &&
		    (!HAS(DIR) || GET(DIR) == DLN_DIR_TENSE) &&
		    ctx->tense == DLN_TENSE_PAST && story_day && have_dct &&
		    story_day->year != ctx->dct->at.year &&
		    dln__point_days(story_day) <= dct_day - 365) {
			ref = dln__point_days(story_day);
			dir = DLN_DIR_NONE;
		}
		if (!choose(u, ref, dir, r))
			return false;
		/* "the new year": the year the New Year's Day chosen begins; within two months
		 * of one, that one's unless told in the past before it ("The new year will bring
		 * higher taxes" told on Jan. 2). "the holiday season": its Christmas's year. */
		if (GET(UNIT) == DLN_UNIT_YEAR && HAS(HOLIDAY) && r->gran == DLN_GRAN_DAY) {
			struct result near;
			if (GET(HOLIDAY) == 101 && choose(u, ref, DLN_DIR_NONE, &near) &&
			    distance(&near, ref) <= 61 && (dir != DLN_DIR_PAST || near.start <= ref))
				*r = near;
			set_year(r, r->year);
			return true;
		}
		/* "the week ended Friday": the ISO week holding the day the tense picked. */
		if (GET(UNIT) == DLN_UNIT_WEEK && HAS(WEEKDAY) && !HAS(SHIFT) &&
		    r->gran == DLN_GRAN_DAY) {
			set_week(r, monday_of(r->start), false);
			return true;
		}
		/* "a week from Tuesday": weeks after the day named ("a few weeks" say not how
		 * many). */
		if (GET(UNIT) == DLN_UNIT_WEEK && HAS(SHIFT) && r->gran == DLN_GRAN_DAY) {
			if (GET(SHIFT) < 0)
				return false;
			set_day(r, r->start + 7L * GET(SHIFT));
			return true;
		}
		/* The tense of a clause is a weak cue: a month, a day of one or a holiday that it
		 * would send most of a year away is more likely the nearest one ("declared a
		 * dividend, payable Dec. 1", "set out Friday on the annual Christmas getaway"),
		 * unless the verb governs the expression ("met in October"). */
		if ((dir == DLN_DIR_PAST || dir == DLN_DIR_FUTURE) && !ctx->tense_near &&
		    (!HAS(DIR) || GET(DIR) == DLN_DIR_TENSE) && (HAS(MONTH) || HAS(HOLIDAY)) &&
		    distance(r, ref) > TENSE_REACH)
			return choose(u, ref, DLN_DIR_NONE, r);
		return true;
	}
	/* A time of day alone: on the day its anchor names; the text's last day ("Oct. 23 ...
	 * at 10 p.m.") falls back to the day of publication. What a clause tells in the past
	 * did not happen on a day still to come ("expected to hit Sunday ... winds were 160
	 * mph at 11 a.m."), but on the last day of the week before publication the text fixed,
	 * else on the day of publication. */
	if (HAS(ANCHOR) && GET(ANCHOR) == DLN_ANCHOR_TEXT &&
	    (ctx->anchor_gran >= DLN_GRAN_DAY || ctx->has_day_anchor)) {
		long day = dln__point_days(ctx->has_event_day		    ? &ctx->event_day :
					   ctx->anchor_gran >= DLN_GRAN_DAY ? &ctx->anchor
									    : &ctx->day_anchor);
		/* The small hours after an evening are the next day's: "the dinner last night
		 * ended shortly before 3 a.m.". */
		int minutes = clock_minutes(u);
		if (ctx->anchor_gran >= DLN_GRAN_DAY && evening_anchor(ctx) && minutes >= 0 &&
		    minutes < 6 * 60)
			day++;
		if (have_dct && ctx->tense == DLN_TENSE_PAST && day > dct_day)
			day = ctx->has_past_day && dln__point_days(&ctx->past_day) >= dct_day - 7
				      ? dln__point_days(&ctx->past_day)
				      : dct_day;
		set_day(r, day);
		return true;
	}
	if (HAS(ANCHOR) && have_dct) {
		set_day(r, dct_day);
		return true;
	}
	return false;
}

/* A clock time or a part of the day on the day r names. */
bool dln__names_a_clock_time(const struct dln_uval *u)
{
	return (!HAS(CLOCK) && !HAS(HOUR)) || clock_minutes(u) >= 0;
}

/* Whether a clock time without a.m. or p.m. is the afternoon's that follows the clock time
 * the text just gave on the same day: "left at 3:15 p.m. ... expected him by 3:30", "opened at
 * 7 p.m. and ended at 9:45"; not "at 11 p.m. ... by 4:30", the small hours after it, nor one
 * in a zone, told on the 24-hour clock ("6 p.m. Thursday (1000 GMT)"), nor one after a time
 * told on it ("began at 19:10 ... opened at 08:30"). */
static bool after_afternoon_clock(const struct dln_uval *u, const struct dln_resolve_ctx *ctx,
				  const struct result *r, int minutes)
{
	if (HAS(AMPM) || HAS(POD) || HAS(TZ) || minutes < 60 || minutes >= 12 * 60 ||
	    !ctx->anchor_ampm || ctx->anchor_gran != DLN_GRAN_TIME || ctx->anchor.minute < 12 * 60 ||
	    dln__point_days(&ctx->anchor) != r->start)
		return false;
	int pm = minutes + 12 * 60;
	return pm >= ctx->anchor.minute && pm <= ctx->anchor.minute + 6 * 60;
}

static void finish_time(const struct dln_uval *u, const struct dln_resolve_ctx *ctx,
			struct result *r)
{
	static const int pod_hours[][2] = { { 0, 24 }, { 6, 12 }, { 12, 13 }, { 12, 18 },
					    { 18, 21 }, { 21, 24 }, { 9, 17 } };
	int minutes = clock_minutes(u);

	if (after_afternoon_clock(u, ctx, r, minutes))
		minutes += 12 * 60;
	if (minutes >= 0) {
		r->minute = minutes;
		r->minute_end = minutes + 1;
	} else if (HAS(POD) && GET(POD) > 0 && GET(POD) < (int)DLN_ARRAY_SIZE(pod_hours)) {
		r->pod = GET(POD);
		r->minute = pod_hours[r->pod][0] * 60;
		r->minute_end = pod_hours[r->pod][1] * 60;
	}
}

static struct dln_point point_at(long day, int minute)
{
	struct dln_point p = dln__point_from_days(day + minute / (24 * 60));
	p.minute = minute % (24 * 60);
	return p;
}

enum dln_gran dln__resolve(const struct dln_uval *u, const struct dln_resolve_ctx *ctx,
			   struct dln_timex *x)
{
	struct result r;
	int mod = HAS(MOD) ? GET(MOD) : DLN_MOD_NONE;
	struct dln_uval told = *u;

	/* "the next week": in a story told in the past the week after the last date the text
	 * fixed, else the week after publication; "later in the month" right after a month
	 * ("a convention in early October and a trade show later in the month") is that one's. */
	if (HAS(ANCHOR) && GET(ANCHOR) == DLN_ANCHOR_STORY)
		told.f[DLN_F_ANCHOR] = ctx->tense == DLN_TENSE_PAST ||
						       (HAS(UNIT) && ctx->anchor_gran != DLN_GRAN_NONE &&
							ctx->anchor_gran == unit_gran(GET(UNIT)))
					       ? DLN_ANCHOR_TEXT
					       : DLN_ANCHOR_DCT;
	/* "overnight", an offset with dir=tense: the night just past, or in a clause that looks
	 * ahead the night to come. */
	if (HAS(SHIFT) && HAS(ANCHOR) && HAS(DIR) && GET(DIR) == DLN_DIR_TENSE &&
	    direction(u, ctx->tense) == DLN_DIR_FUTURE && GET(SHIFT) == -1)
		told.f[DLN_F_SHIFT] = 0;
	/* A time of day alone on the text's day: "last night ... at about 8:30" is in the
	 * evening; "returned to Chinese rule at midnight" is the midnight just past, at the
	 * start of the day, not its end. */
	if (HAS(CLOCK) && HAS(ANCHOR) && GET(ANCHOR) == DLN_ANCHOR_TEXT && !HAS(AMPM) && !HAS(POD)) {
		if (ctx->anchor_pod > 0)
			told.f[DLN_F_POD] = ctx->anchor_pod;
		/* After an evening it ends that evening: "last night ... shortly before midnight". */
		if (GET(CLOCK) == 24 * 60 && ctx->tense == DLN_TENSE_PAST && !evening_anchor(ctx))
			told.f[DLN_F_CLOCK] = 0;
	}
	u = &told;

	x->resolved = false;
	x->mod[0] = x->freq[0] = x->quant[0] = '\0';
	if (mod > 0 && mod < (int)(sizeof(mod_names) / sizeof(mod_names[0])))
		strcpy(x->mod, mod_names[mod]);  /* the longest, "EQUAL_OR_MORE", fits */

	if (u->type == DLN_TYPE_DURATION) {
		x->type = DLN_TIMEX_DURATION;
		duration_value(u, x->value, sizeof(x->value));
		return DLN_GRAN_NONE;
	}
	if (u->type == DLN_TYPE_SET) {
		x->type = DLN_TIMEX_SET;
		set_value(u, x->value, sizeof(x->value));
		if (HAS(QUANT) && GET(QUANT) == DLN_QUANT_EACH)
			snprintf(x->quant, sizeof(x->quant), "EACH");
		if (HAS(FREQ) && GET(FREQ) > 0)
			snprintf(x->freq, sizeof(x->freq), "%dX", GET(FREQ));
		return DLN_GRAN_NONE;
	}
	bool is_time = u->type == DLN_TYPE_TIME || clock_minutes(u) >= 0 || HAS(POD);
	x->type = is_time ? DLN_TIMEX_TIME : DLN_TIMEX_DATE;
	if (HAS(REF)) {
		static const char *const refs[] = { "", "PRESENT_REF", "PAST_REF", "FUTURE_REF" };
		snprintf(x->value, sizeof(x->value), "%s", refs[GET(REF)]);
		return DLN_GRAN_NONE;
	}
	if (HAS(SHIFT) && GET(SHIFT) == DLN_VAGUE && !HAS(WEEKDAY)) {
		/* "years ago", "a few days later": before or after, but not when ("a few weeks
		 * from Tuesday" is a Tuesday no one can place). */
		snprintf(x->value, sizeof(x->value), "%s", "PAST_REF");
		return DLN_GRAN_NONE;
	}
	if (!date_part(u, ctx, &r)) {
		unknown_value(u, x->value, sizeof(x->value));
		if (is_time) {
			size_t n = strlen(x->value);
			int minutes = clock_minutes(u);
			if (minutes >= 0)
				snprintf(x->value + n, sizeof(x->value) - n, "T%02d:%02d",
					 minutes / 60, minutes % 60);
			else if (HAS(POD))
				snprintf(x->value + n, sizeof(x->value) - n, "T%s", pod_codes[GET(POD)]);
		}
		return DLN_GRAN_NONE;
	}
	if (r.minute >= 0)
		x->type = DLN_TIMEX_TIME;  /* hours or minutes from a clock time */
	if (is_time) {
		if (r.gran != DLN_GRAN_DAY) {
			unknown_value(u, x->value, sizeof(x->value));
			return DLN_GRAN_NONE;
		}
		finish_time(u, ctx, &r);
	}
	/* Only years 1 to 9999 are on the calendar: an offset past them has no value. */
	if (r.start < dln_days_from_civil(1, 1, 1) || r.end > dln_days_from_civil(10000, 1, 1) ||
	    r.year < 0) {
		unknown_value(u, x->value, sizeof(x->value));
		return DLN_GRAN_NONE;
	}
	narrow(&r, mod);
	/* "pulled back at the end of the year" told in January: what the past tense tells of
	 * the year's end has not happened yet; it is last year's ("later this year" says which
	 * year). */
	if (r.gran == DLN_GRAN_YEAR && mod != DLN_MOD_NONE && ctx->tense == DLN_TENSE_PAST &&
	    HAS(UNIT) && GET(UNIT) == DLN_UNIT_YEAR && !HAS(SHIFT) &&
	    ctx->dct && ctx->dct->known && r.start > dln__point_days(&ctx->dct->at)) {
		r.year--;
		r.start = day_of(r.year, 1, 1);
		r.end = day_of(r.year + 1, 1, 1);
		narrow(&r, mod);
	}
	format_value(&r, x->value, sizeof(x->value));
	x->resolved = true;
	if (r.minute >= 0) {
		x->start = point_at(r.start, r.minute);
		x->end = point_at(r.start, r.minute_end);
		return DLN_GRAN_TIME;
	}
	x->start = dln__point_from_days(r.start);
	x->end = dln__point_from_days(r.end);
	return is_time ? DLN_GRAN_DAY : r.gran;
}
