/* The resolver, fed underspecified values by hand: TIMEX3 values, mods, intervals and the
 * granularity it reports, against a publication date (Wednesday 2017-08-09 unless said),
 * a narrative anchor, or nothing at all. The same forms through the whole tagger are in
 * test_tagger.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/date.h"
#include "datelines/error.h"
#include "resolver.h"

#define END_OF_FIELDS (-1)

/* An underspecified value of a type with the (field, value) pairs given. */
static struct dln_uval uv(int type, ...)
{
	struct dln_uval u = {.type = (uint8_t)type};
	va_list ap;
	int field;

	for (int i = 0; i < DLN_FIELDS; i++)
		u.f[i] = DLN_UNSET;
	va_start(ap, type);
	while ((field = va_arg(ap, int)) != END_OF_FIELDS) {
		assert_true(field >= 0 && field < DLN_FIELDS);
		u.f[field] = va_arg(ap, int);
	}
	va_end(ap);
	return u;
}

#define DATE(...) uv(DLN_TYPE_DATE, __VA_ARGS__, END_OF_FIELDS)
#define TIME(...) uv(DLN_TYPE_TIME, __VA_ARGS__, END_OF_FIELDS)
#define DURATION(...) uv(DLN_TYPE_DURATION, __VA_ARGS__, END_OF_FIELDS)
#define SET(...) uv(DLN_TYPE_SET, __VA_ARGS__, END_OF_FIELDS)
#define F(name) DLN_F_##name

struct env {
	struct dln_dct dct;
	struct dln_resolve_ctx ctx;
};

/* A context with the publication date given ("" for none), no anchor and a tense. */
static void env_init(struct env *e, const char *dct, enum dln_tense tense)
{
	memset(e, 0, sizeof(*e));
	if (*dct)
		assert_int_equal(dln_dct_parse(dct, &e->dct), 0);
	e->ctx.dct = &e->dct;
	e->ctx.anchor_gran = DLN_GRAN_NONE;
	e->ctx.tense = tense;
}

static void set_anchor(struct env *e, int y, int m, int d, enum dln_gran gran)
{
	e->ctx.anchor = (struct dln_point){y, m, d, -1};
	e->ctx.anchor_gran = gran;
}

/* Resolves u and checks type, value, mod and the interval (start NULL: unresolved). */
static enum dln_gran check(const struct env *e, const struct dln_uval *u, enum dln_timex_type type,
			   const char *value, const char *mod, const char *start, const char *end)
{
	struct dln_timex x;
	char s[32], t[32];

	memset(&x, 0x5A, sizeof(x));
	enum dln_gran gran = dln__resolve(u, &e->ctx, &x);
	if (strcmp(x.value, value) != 0)
		fail_msg("value %s, expected %s", x.value, value);
	assert_string_equal(dln_timex_type_name(x.type), dln_timex_type_name(type));
	assert_string_equal(x.mod, mod);
	if (!start) {
		if (x.resolved)
			fail_msg("%s: resolved, expected unresolved", value);
		assert_int_equal(gran, DLN_GRAN_NONE);
		return gran;
	}
	if (!x.resolved)
		fail_msg("%s: unresolved", value);
	dln_point_format(&x.start, s, sizeof(s));
	dln_point_format(&x.end, t, sizeof(t));
	if (strcmp(s, start) != 0 || strcmp(t, end) != 0)
		fail_msg("%s: %s..%s, expected %s..%s", value, s, t, start, end);
	return gran;
}

/* ---- stated dates ---- */

static void full_dates(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_UNKNOWN);
	struct dln_uval u = DATE(F(YEAR), 2015, F(MONTH), 5, F(DAY), 29);
	assert_int_equal(
	    check(&e, &u, DLN_TIMEX_DATE, "2015-05-29", "", "2015-05-29", "2015-05-30"),
	    DLN_GRAN_DAY);
	u = DATE(F(NUMDATE), 20161231);
	assert_int_equal(
	    check(&e, &u, DLN_TIMEX_DATE, "2016-12-31", "", "2016-12-31", "2017-01-01"),
	    DLN_GRAN_DAY);
	u = DATE(F(YEAR), 2011);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2011", "", "2011-01-01", "2012-01-01"),
			 DLN_GRAN_YEAR);
	u = DATE(F(YEAR), 2015, F(MONTH), 6);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2015-06", "", "2015-06-01", "2015-07-01"),
			 DLN_GRAN_MONTH);
	u = DATE(F(YEAR), 2016, F(QUARTER), 3);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2016-Q3", "", "2016-07-01", "2016-10-01"),
			 DLN_GRAN_QUARTER);
	u = DATE(F(YEAR), 2016, F(HALF), 2);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2016-H2", "", "2016-07-01", "2017-01-01"),
			 DLN_GRAN_HALF);
	u = DATE(F(YEAR), 2015, F(SEASON), DLN_SEASON_WI);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2015-WI", "", "2015-12-01", "2016-03-01"),
			 DLN_GRAN_SEASON);
	u = DATE(F(YEAR), 1, F(MONTH), 1, F(DAY), 1);
	check(&e, &u, DLN_TIMEX_DATE, "0001-01-01", "", "0001-01-01", "0001-01-02");
	/* With its year named, a weekday adds nothing to a day of a month. */
	u = DATE(F(YEAR), 1991, F(MONTH), 7, F(DAY), 19, F(WEEKDAY), 5);
	check(&e, &u, DLN_TIMEX_DATE, "1991-07-19", "", "1991-07-19", "1991-07-20");
	/* Stated dates need no publication date. */
	env_init(&e, "", DLN_TENSE_UNKNOWN);
	u = DATE(F(YEAR), 2015, F(MONTH), 5, F(DAY), 29);
	check(&e, &u, DLN_TIMEX_DATE, "2015-05-29", "", "2015-05-29", "2015-05-30");
	u = DATE(F(YEAR), 2011);
	check(&e, &u, DLN_TIMEX_DATE, "2011", "", "2011-01-01", "2012-01-01");
}

static void decades_and_centuries(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_UNKNOWN);
	struct dln_uval u = DATE(F(DECADE), 199);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "199", "", "1990-01-01", "2000-01-01"),
			 DLN_GRAN_DECADE);
	/* START, MID and END narrow the interval to a third, roughly. */
	u = DATE(F(DECADE), 199, F(MOD), DLN_MOD_START);
	check(&e, &u, DLN_TIMEX_DATE, "199", "START", "1990-01-01", "1994-01-01");
	u = DATE(F(DECADE), 199, F(MOD), DLN_MOD_MID);
	check(&e, &u, DLN_TIMEX_DATE, "199", "MID", "1994-01-01", "1997-01-01");
	u = DATE(F(DECADE), 199, F(MOD), DLN_MOD_END);
	check(&e, &u, DLN_TIMEX_DATE, "199", "END", "1997-01-01", "2000-01-01");
	/* "the 12th century" is 11: the hundreds of its years. */
	u = DATE(F(CENTURY), 12);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "11", "", "1100-01-01", "1200-01-01"),
			 DLN_GRAN_CENTURY);
	u = DATE(F(CENTURY), 20, F(MOD), DLN_MOD_START);
	check(&e, &u, DLN_TIMEX_DATE, "19", "START", "1900-01-01", "1934-01-01");
	u = DATE(F(CENTURY), 1);
	check(&e, &u, DLN_TIMEX_DATE, "00", "", "0001-01-01", "0100-01-01");
}

static void edges_of_years_and_months(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_PAST);
	struct dln_uval u = DATE(F(YEAR), 2016, F(MOD), DLN_MOD_START);
	check(&e, &u, DLN_TIMEX_DATE, "2016", "START", "2016-01-01", "2016-05-01");
	u = DATE(F(YEAR), 2015, F(MOD), DLN_MOD_MID);
	check(&e, &u, DLN_TIMEX_DATE, "2015", "MID", "2015-05-01", "2015-09-01");
	u = DATE(F(YEAR), 2016, F(MOD), DLN_MOD_END);
	check(&e, &u, DLN_TIMEX_DATE, "2016", "END", "2016-09-01", "2017-01-01");
	/* "late last July" (TIMEX3.md): 2017-07 END, the last third of the month. */
	u = DATE(F(MONTH), 7, F(DIR), DLN_DIR_PAST_STRICT, F(MOD), DLN_MOD_END);
	check(&e, &u, DLN_TIMEX_DATE, "2017-07", "END", "2017-07-21", "2017-08-01");
	u = DATE(F(MONTH), 3, F(DIR), DLN_DIR_TENSE, F(MOD), DLN_MOD_MID);
	check(&e, &u, DLN_TIMEX_DATE, "2017-03", "MID", "2017-03-11", "2017-03-21");
	u = DATE(F(MONTH), 2, F(DIR), DLN_DIR_TENSE, F(MOD), DLN_MOD_START);
	check(&e, &u, DLN_TIMEX_DATE, "2017-02", "START", "2017-02-01", "2017-02-11");
	/* Other mods are kept and leave the interval whole. */
	u = DATE(F(YEAR), 2016, F(MOD), DLN_MOD_APPROX);
	check(&e, &u, DLN_TIMEX_DATE, "2016", "APPROX", "2016-01-01", "2017-01-01");
	u = DATE(F(YEAR), 2016, F(MOD), DLN_MOD_BEFORE);
	check(&e, &u, DLN_TIMEX_DATE, "2016", "BEFORE", "2016-01-01", "2017-01-01");
}

/* ---- cycles chosen by direction ---- */

static void weekdays_by_direction(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_PAST); /* a Wednesday */
	struct dln_uval u = DATE(F(WEEKDAY), 1, F(DIR), DLN_DIR_TENSE);
	assert_int_equal(
	    check(&e, &u, DLN_TIMEX_DATE, "2017-08-07", "", "2017-08-07", "2017-08-08"),
	    DLN_GRAN_DAY);
	u = DATE(F(WEEKDAY), 3, F(DIR), DLN_DIR_TENSE); /* the same day counts */
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-09", "", "2017-08-09", "2017-08-10");
	u = DATE(F(WEEKDAY), 4, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-03", "", "2017-08-03", "2017-08-04");

	env_init(&e, "2017-08-09", DLN_TENSE_FUTURE);
	u = DATE(F(WEEKDAY), 1, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-14", "", "2017-08-14", "2017-08-15");
	u = DATE(F(WEEKDAY), 5, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-11", "", "2017-08-11", "2017-08-12");
	u = DATE(F(WEEKDAY), 3, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-09", "", "2017-08-09", "2017-08-10");

	/* Unknown tense: the nearest, a tie to the past. */
	env_init(&e, "2017-08-09", DLN_TENSE_UNKNOWN);
	u = DATE(F(WEEKDAY), 1, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-07", "", "2017-08-07", "2017-08-08");
	u = DATE(F(WEEKDAY), 5, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-11", "", "2017-08-11", "2017-08-12");
	/* last / next / this, whatever the tense. */
	u = DATE(F(WEEKDAY), 5, F(DIR), DLN_DIR_PAST_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-04", "", "2017-08-04", "2017-08-05");
	u = DATE(F(WEEKDAY), 3, F(DIR), DLN_DIR_PAST_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-02", "", "2017-08-02", "2017-08-03");
	u = DATE(F(WEEKDAY), 3, F(DIR), DLN_DIR_FUTURE_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-16", "", "2017-08-16", "2017-08-17");
	u = DATE(F(WEEKDAY), 1, F(DIR), DLN_DIR_FUTURE_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-14", "", "2017-08-14", "2017-08-15");
	u = DATE(F(WEEKDAY), 7, F(DIR), DLN_DIR_SAME);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-13", "", "2017-08-13", "2017-08-14");
	u = DATE(F(WEEKDAY), 1, F(DIR), DLN_DIR_SAME);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-07", "", "2017-08-07", "2017-08-08");

	/* Across a year end. */
	env_init(&e, "2017-01-02", DLN_TENSE_PAST); /* a Monday */
	u = DATE(F(WEEKDAY), 5, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2016-12-30", "", "2016-12-30", "2016-12-31");
}

static void months_by_direction(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_PAST);
	struct dln_uval u = DATE(F(MONTH), 6, F(DIR), DLN_DIR_PAST_STRICT);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2017-06", "", "2017-06-01", "2017-07-01"),
			 DLN_GRAN_MONTH);
	u = DATE(F(MONTH), 10, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2016-10", "", "2016-10-01", "2016-11-01");
	u = DATE(F(MONTH), 8, F(DIR), DLN_DIR_TENSE); /* the current month has begun */
	check(&e, &u, DLN_TIMEX_DATE, "2017-08", "", "2017-08-01", "2017-09-01");
	u = DATE(F(MONTH), 8, F(DIR), DLN_DIR_PAST_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "2016-08", "", "2016-08-01", "2016-09-01");
	u = DATE(F(MONTH), 10, F(DAY), 5, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2016-10-05", "", "2016-10-05", "2016-10-06");

	env_init(&e, "2017-08-09", DLN_TENSE_FUTURE);
	u = DATE(F(MONTH), 10, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-10", "", "2017-10-01", "2017-11-01");
	u = DATE(F(MONTH), 6, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2018-06", "", "2018-06-01", "2018-07-01");
	u = DATE(F(MONTH), 8, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08", "", "2017-08-01", "2017-09-01");
	u = DATE(F(MONTH), 8, F(DIR), DLN_DIR_FUTURE_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "2018-08", "", "2018-08-01", "2018-09-01");
	u = DATE(F(MONTH), 2, F(DAY), 29, F(DIR), DLN_DIR_TENSE); /* only in leap years */
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-02-29", "", NULL, NULL);

	env_init(&e, "2017-08-09", DLN_TENSE_UNKNOWN);
	u = DATE(F(MONTH), 10, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-10", "", "2017-10-01", "2017-11-01");
	u = DATE(F(MONTH), 3, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-03", "", "2017-03-01", "2017-04-01");
	u = DATE(F(MONTH), 12, F(DIR), DLN_DIR_SAME);
	check(&e, &u, DLN_TIMEX_DATE, "2017-12", "", "2017-12-01", "2018-01-01");
}

static void seasons_quarters_halves(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-04-10", DLN_TENSE_PAST);
	struct dln_uval u = DATE(F(SEASON), DLN_SEASON_SU, F(DIR), DLN_DIR_PAST_STRICT);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2016-SU", "", "2016-06-01", "2016-09-01"),
			 DLN_GRAN_SEASON);
	u = DATE(F(SEASON), DLN_SEASON_SP, F(DIR), DLN_DIR_SAME);
	check(&e, &u, DLN_TIMEX_DATE, "2017-SP", "", "2017-03-01", "2017-06-01");

	env_init(&e, "2017-08-09", DLN_TENSE_PAST);
	u = DATE(F(SEASON), DLN_SEASON_WI, F(DIR), DLN_DIR_PAST_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "2016-WI", "", "2016-12-01", "2017-03-01");
	u = DATE(F(QUARTER), 2, F(DIR), DLN_DIR_TENSE);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2017-Q2", "", "2017-04-01", "2017-07-01"),
			 DLN_GRAN_QUARTER);
	u = DATE(F(QUARTER), 4, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2016-Q4", "", "2016-10-01", "2017-01-01");
	u = DATE(F(HALF), 1, F(DIR), DLN_DIR_SAME);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2017-H1", "", "2017-01-01", "2017-07-01"),
			 DLN_GRAN_HALF);
}

/* A tense cue that would send a month or a day of one more than ten months away gives way
 * to the nearest occurrence. */
static void tense_reach(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-10-27", DLN_TENSE_PAST);
	struct dln_uval u = DATE(F(MONTH), 12, F(DAY), 1, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-12-01", "", "2017-12-01", "2017-12-02");
	u = DATE(F(MONTH), 11, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-11", "", "2017-11-01", "2017-12-01");
	/* Within reach (counted from the end of the month) the tense decides; "last" always does. */
	u = DATE(F(MONTH), 12, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2016-12", "", "2016-12-01", "2017-01-01");
	u = DATE(F(MONTH), 12, F(DAY), 1, F(DIR), DLN_DIR_PAST_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "2016-12-01", "", "2016-12-01", "2016-12-02");
	env_init(&e, "2017-11-02", DLN_TENSE_FUTURE);
	u = DATE(F(MONTH), 10, F(DAY), 30, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-10-30", "", "2017-10-30", "2017-10-31");
}

/* A quarter of no stated year: this year's, or the last one begun when told in the past. */
static void quarters_past_or_same(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2018-01-20", DLN_TENSE_PAST);
	struct dln_uval u = DATE(F(QUARTER), 4, F(DIR), DLN_DIR_PAST_OR_SAME);
	check(&e, &u, DLN_TIMEX_DATE, "2017-Q4", "", "2017-10-01", "2018-01-01");
	u = DATE(F(QUARTER), 1, F(DIR), DLN_DIR_PAST_OR_SAME);
	check(&e, &u, DLN_TIMEX_DATE, "2018-Q1", "", "2018-01-01", "2018-04-01");
	env_init(&e, "2018-01-20", DLN_TENSE_FUTURE);
	u = DATE(F(QUARTER), 4, F(DIR), DLN_DIR_PAST_OR_SAME);
	check(&e, &u, DLN_TIMEX_DATE, "2018-Q4", "", "2018-10-01", "2019-01-01");
	/* "last" (ordinal 5) is the final quarter or half; there is no fifth. */
	u = DATE(F(HALF), 5, F(YEAR), 2016);
	check(&e, &u, DLN_TIMEX_DATE, "2016-H2", "", "2016-07-01", "2017-01-01");
	u = DATE(F(QUARTER), 5, F(YEAR), 2016);
	check(&e, &u, DLN_TIMEX_DATE, "2016-Q4", "", "2016-10-01", "2017-01-01");
	u = DATE(F(QUARTER), 6, F(YEAR), 2016);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-QX", "", NULL, NULL);
}

/* "last winter" in February: the winter before the current one, which has not ended. */
static void last_winter_in_winter(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-02-10", DLN_TENSE_PAST);
	struct dln_uval u = DATE(F(SEASON), DLN_SEASON_WI, F(DIR), DLN_DIR_PAST_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "2015-WI", "", "2015-12-01", "2016-03-01");
}

static void holidays(void **state)
{
	struct env e;
	(void)state;

	/* Told by a past verb that governs it ("celebrated Labor Day"): the last one, however
	 * far back. */
	env_init(&e, "2017-08-09", DLN_TENSE_PAST);
	e.ctx.tense_near = true;
	struct dln_uval u = DATE(F(HOLIDAY), 1225, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2016-12-25", "", "2016-12-25", "2016-12-26");
	u = DATE(F(HOLIDAY), 10551, F(DIR), DLN_DIR_TENSE); /* last Monday of May */
	check(&e, &u, DLN_TIMEX_DATE, "2017-05-29", "", "2017-05-29", "2017-05-30");
	u = DATE(F(HOLIDAY), 704, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-07-04", "", "2017-07-04", "2017-07-05");
	u = DATE(F(HOLIDAY), 10911, F(DIR), DLN_DIR_TENSE); /* first Monday of September */
	check(&e, &u, DLN_TIMEX_DATE, "2016-09-05", "", "2016-09-05", "2016-09-06");
	/* A past tense further off in the clause would send it most of a year away: the
	 * nearest ("set out on the Labor Day getaway"). */
	e.ctx.tense_near = false;
	check(&e, &u, DLN_TIMEX_DATE, "2017-09-04", "", "2017-09-04", "2017-09-05");

	env_init(&e, "2017-08-09", DLN_TENSE_FUTURE);
	u = DATE(F(HOLIDAY), 11144, F(DIR), DLN_DIR_TENSE); /* fourth Thursday of November */
	check(&e, &u, DLN_TIMEX_DATE, "2017-11-23", "", "2017-11-23", "2017-11-24");
	u = DATE(F(HOLIDAY), 10911, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-09-04", "", "2017-09-04", "2017-09-05");
	u = DATE(F(HOLIDAY), 1225, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "2017-12-25", "", "2017-12-25", "2017-12-26");
	u = DATE(F(HOLIDAY), 2000, F(DIR), DLN_DIR_TENSE); /* Easter */
	check(&e, &u, DLN_TIMEX_DATE, "2018-04-01", "", "2018-04-01", "2018-04-02");

	/* With a year. */
	u = DATE(F(HOLIDAY), 2000, F(YEAR), 2016);
	check(&e, &u, DLN_TIMEX_DATE, "2016-03-27", "", "2016-03-27", "2016-03-28");
	u = DATE(F(HOLIDAY), 1998, F(YEAR), 2017); /* Good Friday */
	check(&e, &u, DLN_TIMEX_DATE, "2017-04-14", "", "2017-04-14", "2017-04-15");
	u = DATE(F(HOLIDAY), 11144, F(YEAR), 2018);
	check(&e, &u, DLN_TIMEX_DATE, "2018-11-22", "", "2018-11-22", "2018-11-23");
	u = DATE(F(HOLIDAY), 10551, F(YEAR), 2016);
	check(&e, &u, DLN_TIMEX_DATE, "2016-05-30", "", "2016-05-30", "2016-05-31");
}

static void easter_dates(void **state)
{
	static const struct {
		int year;
		const char *day;
	} known[] = {
	    {1818, "1818-03-22"}, {1943, "1943-04-25"}, {2000, "2000-04-23"},
	    {2008, "2008-03-23"}, {2016, "2016-03-27"}, {2017, "2017-04-16"},
	    {2019, "2019-04-21"}, {2038, "2038-04-25"}, {2285, "2285-03-22"},
	};
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_UNKNOWN);
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		struct dln_uval u = DATE(F(HOLIDAY), 2000, F(YEAR), known[i].year);
		struct dln_timex x;
		dln__resolve(&u, &e.ctx, &x);
		assert_string_equal(x.value, known[i].day);
	}
}

/* ---- weeks ---- */

static void weeks(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_PAST);
	struct dln_uval u = DATE(F(UNIT), DLN_UNIT_WEEK, F(SHIFT), -1, F(ANCHOR), DLN_ANCHOR_DCT);
	assert_int_equal(check(&e, &u, DLN_TIMEX_DATE, "2017-W31", "", "2017-07-31", "2017-08-07"),
			 DLN_GRAN_WEEK);
	u = DATE(F(UNIT), DLN_UNIT_WEEK, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-W32", "", "2017-08-07", "2017-08-14");
	u = DATE(F(UNIT), DLN_UNIT_WEEKEND, F(DIR), DLN_DIR_TENSE, F(ANCHOR), DLN_ANCHOR_DCT);
	assert_int_equal(
	    check(&e, &u, DLN_TIMEX_DATE, "2017-W31-WE", "", "2017-08-05", "2017-08-07"),
	    DLN_GRAN_WEEK);
	u = DATE(F(UNIT), DLN_UNIT_WEEKEND, F(DIR), DLN_DIR_SAME, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-W32-WE", "", "2017-08-12", "2017-08-14");

	env_init(&e, "2017-08-09", DLN_TENSE_FUTURE);
	u = DATE(F(UNIT), DLN_UNIT_WEEKEND, F(DIR), DLN_DIR_TENSE, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-W32-WE", "", "2017-08-12", "2017-08-14");

	/* Week-numbering years. */
	env_init(&e, "2017-01-02", DLN_TENSE_PAST);
	u = DATE(F(UNIT), DLN_UNIT_WEEK, F(SHIFT), -1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2016-W52", "", "2016-12-26", "2017-01-02");
	env_init(&e, "2015-12-28", DLN_TENSE_FUTURE);
	u = DATE(F(UNIT), DLN_UNIT_WEEK, F(SHIFT), 1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2016-W01", "", "2016-01-04", "2016-01-11");
	env_init(&e, "2016-01-01", DLN_TENSE_UNKNOWN);
	u = DATE(F(UNIT), DLN_UNIT_WEEK, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2015-W53", "", "2015-12-28", "2016-01-04");
	env_init(&e, "2014-12-30", DLN_TENSE_UNKNOWN);
	u = DATE(F(UNIT), DLN_UNIT_WEEK, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2015-W01", "", "2014-12-29", "2015-01-05");
}

/* ---- offsets from the publication date ---- */

static void offsets_from_dct(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09T03:32-04:00", DLN_TENSE_UNKNOWN);
	struct dln_uval u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), 1, F(ANCHOR), DLN_ANCHOR_DCT);
	assert_int_equal(
	    check(&e, &u, DLN_TIMEX_DATE, "2017-08-10", "", "2017-08-10", "2017-08-11"),
	    DLN_GRAN_DAY);
	u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-09", "", "2017-08-09", "2017-08-10");
	u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), -1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-08", "", "2017-08-08", "2017-08-09");
	u = DATE(F(UNIT), DLN_UNIT_MONTH, F(SHIFT), -1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-07", "", "2017-07-01", "2017-08-01");
	u = DATE(F(UNIT), DLN_UNIT_MONTH, F(SHIFT), 5, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2018-01", "", "2018-01-01", "2018-02-01");
	u = DATE(F(UNIT), DLN_UNIT_YEAR, F(SHIFT), -3, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2014", "", "2014-01-01", "2015-01-01");
	u = DATE(F(UNIT), DLN_UNIT_YEAR, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_DCT, F(MOD),
		 DLN_MOD_START);
	check(&e, &u, DLN_TIMEX_DATE, "2017", "START", "2017-01-01", "2017-05-01");
	u = DATE(F(UNIT), DLN_UNIT_QUARTER, F(SHIFT), -1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-Q2", "", "2017-04-01", "2017-07-01");
	u = DATE(F(UNIT), DLN_UNIT_QUARTER, F(SHIFT), -3, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2016-Q4", "", "2016-10-01", "2017-01-01");
	u = DATE(F(UNIT), DLN_UNIT_HALF, F(SHIFT), 1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2018-H1", "", "2018-01-01", "2018-07-01");
	u = DATE(F(UNIT), DLN_UNIT_DECADE, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "201", "", "2010-01-01", "2020-01-01");
	u = DATE(F(UNIT), DLN_UNIT_CENTURY, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "20", "", "2000-01-01", "2100-01-01");

	env_init(&e, "2017-01-15", DLN_TENSE_UNKNOWN);
	u = DATE(F(UNIT), DLN_UNIT_MONTH, F(SHIFT), -1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2016-12", "", "2016-12-01", "2017-01-01");
	u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), -15, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "2016-12-31", "", "2016-12-31", "2017-01-01");
}

/* ---- offsets from the last date the text fixed ---- */

static void offsets_from_text(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_PAST);
	set_anchor(&e, 2017, 2, 13, DLN_GRAN_DAY);
	struct dln_uval u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), -2, F(ANCHOR), DLN_ANCHOR_TEXT);
	assert_int_equal(
	    check(&e, &u, DLN_TIMEX_DATE, "2017-02-11", "", "2017-02-11", "2017-02-12"),
	    DLN_GRAN_DAY);
	u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), 1, F(ANCHOR), DLN_ANCHOR_TEXT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-02-14", "", "2017-02-14", "2017-02-15");
	u = DATE(F(UNIT), DLN_UNIT_WEEK, F(SHIFT), 1, F(ANCHOR), DLN_ANCHOR_TEXT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-W08", "", "2017-02-20", "2017-02-27");
	u = DATE(F(UNIT), DLN_UNIT_MONTH, F(SHIFT), 2, F(ANCHOR), DLN_ANCHOR_TEXT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-04", "", "2017-04-01", "2017-05-01");
	/* "that day" */
	u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_TEXT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-02-13", "", "2017-02-13", "2017-02-14");

	/* A month anchors months but not days. */
	set_anchor(&e, 2015, 6, 1, DLN_GRAN_MONTH);
	u = DATE(F(UNIT), DLN_UNIT_MONTH, F(SHIFT), 2, F(ANCHOR), DLN_ANCHOR_TEXT);
	check(&e, &u, DLN_TIMEX_DATE, "2015-08", "", "2015-08-01", "2015-09-01");
	u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), 2, F(ANCHOR), DLN_ANCHOR_TEXT);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-XX-XX", "", NULL, NULL);
	set_anchor(&e, 2015, 1, 1, DLN_GRAN_YEAR);
	u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), 2, F(ANCHOR), DLN_ANCHOR_TEXT);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-XX-XX", "", NULL, NULL);
	u = DATE(F(UNIT), DLN_UNIT_YEAR, F(SHIFT), 2, F(ANCHOR), DLN_ANCHOR_TEXT);
	check(&e, &u, DLN_TIMEX_DATE, "2017", "", "2017-01-01", "2018-01-01");

	/* No anchor yet: the publication date stands in. */
	env_init(&e, "2017-08-09", DLN_TENSE_PAST);
	u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), -2, F(ANCHOR), DLN_ANCHOR_TEXT);
	check(&e, &u, DLN_TIMEX_DATE, "2017-08-07", "", "2017-08-07", "2017-08-08");
	/* Neither: unknown. */
	env_init(&e, "", DLN_TENSE_PAST);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-XX-XX", "", NULL, NULL);
}

/* ---- without a publication date ---- */

static void unknown_digits(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "", DLN_TENSE_PAST);
	struct dln_uval u = DATE(F(MONTH), 6, F(DIR), DLN_DIR_PAST_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-06", "", NULL, NULL);
	u = DATE(F(MONTH), 10, F(DAY), 5, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-10-05", "", NULL, NULL);
	u = DATE(F(WEEKDAY), 1, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-XX-XX", "", NULL, NULL);
	u = DATE(F(SEASON), DLN_SEASON_SU, F(DIR), DLN_DIR_PAST_STRICT);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-SU", "", NULL, NULL);
	u = DATE(F(QUARTER), 2, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-Q2", "", NULL, NULL);
	u = DATE(F(UNIT), DLN_UNIT_WEEK, F(SHIFT), -1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-WXX", "", NULL, NULL);
	u = DATE(F(UNIT), DLN_UNIT_WEEKEND, F(DIR), DLN_DIR_TENSE, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-WXX-WE", "", NULL, NULL);
	u = DATE(F(UNIT), DLN_UNIT_MONTH, F(SHIFT), -1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-XX", "", NULL, NULL);
	u = DATE(F(UNIT), DLN_UNIT_YEAR, F(SHIFT), -1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX", "", NULL, NULL);
	u = DATE(F(UNIT), DLN_UNIT_DECADE, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "XXX", "", NULL, NULL);
	u = DATE(F(UNIT), DLN_UNIT_DAY, F(SHIFT), 1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-XX-XX", "", NULL, NULL);
	/* A holiday on a fixed day keeps its month and day, as a month keeps its month; a
	 * movable one keeps neither. */
	u = DATE(F(HOLIDAY), 1225, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-12-25", "", NULL, NULL);
	u = DATE(F(HOLIDAY), 2000, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-XX-XX", "", NULL, NULL);
	/* A mod is kept even when the value is unknown. */
	u = DATE(F(MONTH), 7, F(DIR), DLN_DIR_PAST_STRICT, F(MOD), DLN_MOD_END);
	check(&e, &u, DLN_TIMEX_DATE, "XXXX-07", "END", NULL, NULL);
}

/* ---- references ---- */

static void references(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_UNKNOWN);
	struct dln_uval u = DATE(F(REF), DLN_REF_PRESENT);
	check(&e, &u, DLN_TIMEX_DATE, "PRESENT_REF", "", NULL, NULL);
	u = DATE(F(REF), DLN_REF_PAST);
	check(&e, &u, DLN_TIMEX_DATE, "PAST_REF", "", NULL, NULL);
	u = DATE(F(REF), DLN_REF_FUTURE);
	check(&e, &u, DLN_TIMEX_DATE, "FUTURE_REF", "", NULL, NULL);
	/* "years ago": before, but not when. */
	u = DATE(F(UNIT), DLN_UNIT_YEAR, F(SHIFT), DLN_VAGUE, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_DATE, "PAST_REF", "", NULL, NULL);
}

/* ---- times ---- */

static void times(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_PAST);
	struct dln_uval u = TIME(F(CLOCK), 210, F(AMPM), 0, F(ANCHOR), DLN_ANCHOR_DCT);
	assert_int_equal(check(&e, &u, DLN_TIMEX_TIME, "2017-08-09T03:30", "", "2017-08-09T03:30",
			       "2017-08-09T03:31"),
			 DLN_GRAN_TIME);
	u = TIME(F(CLOCK), 210, F(AMPM), 12, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_TIME, "2017-08-09T15:30", "", "2017-08-09T15:30",
	      "2017-08-09T15:31");
	u = TIME(F(HOUR), 12, F(AMPM), 0, F(ANCHOR), DLN_ANCHOR_DCT); /* 12 a.m. */
	check(&e, &u, DLN_TIMEX_TIME, "2017-08-09T00:00", "", "2017-08-09T00:00",
	      "2017-08-09T00:01");
	u = TIME(F(HOUR), 12, F(AMPM), 12, F(ANCHOR), DLN_ANCHOR_DCT); /* 12 p.m. */
	check(&e, &u, DLN_TIMEX_TIME, "2017-08-09T12:00", "", "2017-08-09T12:00",
	      "2017-08-09T12:01");
	u = TIME(F(CLOCK), 1425, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_TIME, "2017-08-09T23:45", "", "2017-08-09T23:45",
	      "2017-08-09T23:46");
	/* A date and a time. */
	u = TIME(F(YEAR), 2017, F(MONTH), 8, F(DAY), 10, F(CLOCK), 720);
	check(&e, &u, DLN_TIMEX_TIME, "2017-08-10T12:00", "", "2017-08-10T12:00",
	      "2017-08-10T12:01");

	/* Parts of the day. */
	u = TIME(F(WEEKDAY), 5, F(POD), DLN_POD_MO, F(DIR), DLN_DIR_TENSE);
	assert_int_equal(check(&e, &u, DLN_TIMEX_TIME, "2017-08-04TMO", "", "2017-08-04T06:00",
			       "2017-08-04T12:00"),
			 DLN_GRAN_TIME);
	u = TIME(F(POD), DLN_POD_NI, F(UNIT), DLN_UNIT_DAY, F(SHIFT), -1, F(ANCHOR),
		 DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_TIME, "2017-08-08TNI", "", "2017-08-08T21:00", "2017-08-09T00:00");
	u = TIME(F(POD), DLN_POD_AF, F(UNIT), DLN_UNIT_DAY, F(SHIFT), 1, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_TIME, "2017-08-10TAF", "", "2017-08-10T12:00", "2017-08-10T18:00");
	u = TIME(F(POD), DLN_POD_EV, F(UNIT), DLN_UNIT_DAY, F(SHIFT), 0, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_TIME, "2017-08-09TEV", "", "2017-08-09T18:00", "2017-08-09T21:00");

	/* Without a publication date the time of day is still known. */
	env_init(&e, "", DLN_TENSE_PAST);
	u = TIME(F(CLOCK), 210, F(AMPM), 12, F(ANCHOR), DLN_ANCHOR_DCT);
	check(&e, &u, DLN_TIMEX_TIME, "XXXX-XX-XXT15:30", "", NULL, NULL);
	u = TIME(F(WEEKDAY), 5, F(POD), DLN_POD_MO, F(DIR), DLN_DIR_TENSE);
	check(&e, &u, DLN_TIMEX_TIME, "XXXX-XX-XXTMO", "", NULL, NULL);
}

/* ---- durations and sets ---- */

static void durations(void **state)
{
	struct env e;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_UNKNOWN);
	struct dln_uval u = DURATION(F(AMOUNT), 3, F(UNIT), DLN_UNIT_YEAR);
	check(&e, &u, DLN_TIMEX_DURATION, "P3Y", "", NULL, NULL);
	u = DURATION(F(AMOUNT), 1, F(UNIT), DLN_UNIT_DECADE);
	check(&e, &u, DLN_TIMEX_DURATION, "P10Y", "", NULL, NULL);
	u = DURATION(F(AMOUNT), 4, F(UNIT), DLN_UNIT_DECADE, F(MOD), DLN_MOD_MORE_THAN);
	check(&e, &u, DLN_TIMEX_DURATION, "P40Y", "MORE_THAN", NULL, NULL);
	u = DURATION(F(AMOUNT), 2, F(UNIT), DLN_UNIT_CENTURY);
	check(&e, &u, DLN_TIMEX_DURATION, "P200Y", "", NULL, NULL);
	u = DURATION(F(AMOUNT), -1, F(UNIT), DLN_UNIT_MONTH);
	check(&e, &u, DLN_TIMEX_DURATION, "PXM", "", NULL, NULL);
	u = DURATION(F(AMOUNT), DLN_VAGUE, F(UNIT), DLN_UNIT_WEEK);
	check(&e, &u, DLN_TIMEX_DURATION, "PXW", "", NULL, NULL);
	u = DURATION(F(AMOUNT), -1, F(UNIT), DLN_UNIT_DECADE); /* "decades" */
	check(&e, &u, DLN_TIMEX_DURATION, "PXY", "", NULL, NULL);
	u = DURATION(F(AMOUNT), 24, F(UNIT), DLN_UNIT_HOUR);
	check(&e, &u, DLN_TIMEX_DURATION, "PT24H", "", NULL, NULL);
	u = DURATION(F(AMOUNT), 30, F(UNIT), DLN_UNIT_MINUTE);
	check(&e, &u, DLN_TIMEX_DURATION, "PT30M", "", NULL, NULL);
	u = DURATION(F(AMOUNT), -1, F(UNIT), DLN_UNIT_HOUR);
	check(&e, &u, DLN_TIMEX_DURATION, "PTXH", "", NULL, NULL);
	u = DURATION(F(AMOUNT), 2, F(UNIT), DLN_UNIT_WEEK);
	check(&e, &u, DLN_TIMEX_DURATION, "P2W", "", NULL, NULL);
	u = DURATION(F(AMOUNT), 1, F(UNIT), DLN_UNIT_FORTNIGHT);
	check(&e, &u, DLN_TIMEX_DURATION, "P2W", "", NULL, NULL);
	u = DURATION(F(AMOUNT), 10, F(UNIT), DLN_UNIT_DAY);
	check(&e, &u, DLN_TIMEX_DURATION, "P10D", "", NULL, NULL);
	u = DURATION(F(AMOUNT), 2, F(UNIT), DLN_UNIT_YEAR, F(MOD), DLN_MOD_APPROX);
	check(&e, &u, DLN_TIMEX_DURATION, "P2Y", "APPROX", NULL, NULL);
}

static void sets(void **state)
{
	struct env e;
	struct dln_timex x;
	(void)state;

	env_init(&e, "2017-08-09", DLN_TENSE_UNKNOWN);
	struct dln_uval u = SET(F(WEEKDAY), 7, F(QUANT), DLN_QUANT_EACH);
	check(&e, &u, DLN_TIMEX_SET, "XXXX-WXX-7", "", NULL, NULL);
	dln__resolve(&u, &e.ctx, &x);
	assert_string_equal(x.quant, "EACH");
	u = SET(F(AMOUNT), 1, F(UNIT), DLN_UNIT_YEAR);
	check(&e, &u, DLN_TIMEX_SET, "P1Y", "", NULL, NULL);
	dln__resolve(&u, &e.ctx, &x);
	assert_string_equal(x.quant, "");
	u = SET(F(AMOUNT), 1, F(UNIT), DLN_UNIT_DAY, F(QUANT), DLN_QUANT_EACH);
	check(&e, &u, DLN_TIMEX_SET, "P1D", "", NULL, NULL);
	u = SET(F(AMOUNT), 1, F(UNIT), DLN_UNIT_WEEK);
	check(&e, &u, DLN_TIMEX_SET, "P1W", "", NULL, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(full_dates),
	    cmocka_unit_test(decades_and_centuries),
	    cmocka_unit_test(edges_of_years_and_months),
	    cmocka_unit_test(weekdays_by_direction),
	    cmocka_unit_test(months_by_direction),
	    cmocka_unit_test(seasons_quarters_halves),
	    cmocka_unit_test(tense_reach),
	    cmocka_unit_test(quarters_past_or_same),
	    cmocka_unit_test(last_winter_in_winter),
	    cmocka_unit_test(holidays),
	    cmocka_unit_test(easter_dates),
	    cmocka_unit_test(weeks),
	    cmocka_unit_test(offsets_from_dct),
	    cmocka_unit_test(offsets_from_text),
	    cmocka_unit_test(unknown_digits),
	    cmocka_unit_test(references),
	    cmocka_unit_test(times),
	    cmocka_unit_test(durations),
	    cmocka_unit_test(sets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
