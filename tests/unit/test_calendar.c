/* Calendar arithmetic: day counts, weekdays, ISO weeks, dln_dct_parse, dln_point_format and
 * dln_point_compare, at the edges of the years the library accepts (1..9999). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/date.h"
#include "datelines/error.h"
#include "calendar.h"

/* ---- day counts ---- */

static void days_epoch_and_known_days(void **state)
{
	(void)state;

	assert_int_equal(dln_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(dln_days_from_civil(1970, 1, 2), 1);
	assert_int_equal(dln_days_from_civil(1969, 12, 31), -1);
	assert_int_equal(dln_days_from_civil(2000, 3, 1), 11017);
	assert_int_equal(dln_days_from_civil(2017, 8, 9), 17387);
	/* The proleptic Gregorian calendar at both ends of the accepted years. */
	assert_int_equal(dln_days_from_civil(1, 1, 1), -719162);
	assert_int_equal(dln_days_from_civil(9999, 12, 31), 2932896);
}

static void days_round_trip(void **state)
{
	(void)state;

	/* Every day of years 1..9999 comes back as the date it was made from. */
	long days = dln_days_from_civil(1, 1, 1);
	for (int y = 1; y <= 9999; y++) {
		for (int m = 1; m <= 12; m++) {
			int n = dln__days_in_month(y, m);
			for (int d = 1; d <= n; d++) {
				int yy, mm, dd;
				if (dln_days_from_civil(y, m, d) != days)
					fail_msg("%04d-%02d-%02d: %ld, expected %ld", y, m, d,
						 dln_days_from_civil(y, m, d), days);
				dln_civil_from_days(days, &yy, &mm, &dd);
				if (yy != y || mm != m || dd != d)
					fail_msg("day %ld: %04d-%02d-%02d, expected %04d-%02d-%02d",
						 days, yy, mm, dd, y, m, d);
				days++;
			}
		}
	}
	assert_int_equal(days, dln_days_from_civil(10000, 1, 1));
}

static void leap_years(void **state)
{
	(void)state;

	assert_int_equal(dln__days_in_month(1900, 2), 28); /* divisible by 100 */
	assert_int_equal(dln__days_in_month(2000, 2), 29); /* divisible by 400 */
	assert_int_equal(dln__days_in_month(2016, 2), 29);
	assert_int_equal(dln__days_in_month(2017, 2), 28);
	assert_int_equal(dln__days_in_month(2100, 2), 28);
	assert_int_equal(dln__days_in_month(4, 2), 29);
	assert_int_equal(dln__days_in_month(1, 2), 28);
	assert_int_equal(dln__days_in_month(2017, 1), 31);
	assert_int_equal(dln__days_in_month(2017, 4), 30);
	assert_int_equal(dln__days_in_month(2017, 12), 31);
	/* Day counts over a February agree. */
	assert_int_equal(dln_days_from_civil(1900, 3, 1) - dln_days_from_civil(1900, 2, 1), 28);
	assert_int_equal(dln_days_from_civil(2000, 3, 1) - dln_days_from_civil(2000, 2, 1), 29);
	assert_int_equal(dln_days_from_civil(2016, 3, 1) - dln_days_from_civil(2016, 2, 1), 29);
	assert_int_equal(dln_days_from_civil(2001, 1, 1) - dln_days_from_civil(2000, 1, 1), 366);
	assert_int_equal(dln_days_from_civil(1901, 1, 1) - dln_days_from_civil(1900, 1, 1), 365);
}

static void date_valid(void **state)
{
	(void)state;

	assert_true(dln_date_valid(2016, 2, 29));
	assert_true(dln_date_valid(2000, 2, 29));
	assert_false(dln_date_valid(1900, 2, 29));
	assert_false(dln_date_valid(2017, 2, 29));
	assert_false(dln_date_valid(2017, 2, 30));
	assert_false(dln_date_valid(2017, 4, 31));
	assert_true(dln_date_valid(2017, 12, 31));
	assert_true(dln_date_valid(1, 1, 1));
	assert_true(dln_date_valid(9999, 12, 31));
	assert_false(dln_date_valid(0, 1, 1));
	assert_false(dln_date_valid(10000, 1, 1));
	assert_false(dln_date_valid(-1, 1, 1));
	assert_false(dln_date_valid(2017, 0, 1));
	assert_false(dln_date_valid(2017, 13, 1));
	assert_false(dln_date_valid(2017, 1, 0));
	assert_false(dln_date_valid(2017, 1, 32));
}

/* ---- weekdays and ISO weeks ---- */

static void weekdays(void **state)
{
	(void)state;

	assert_int_equal(dln__weekday(0), 4);				      /* 1970-01-01 Thu */
	assert_int_equal(dln__weekday(-1), 3);				      /* 1969-12-31 Wed */
	assert_int_equal(dln__weekday(-4), 7);				      /* 1969-12-28 Sun */
	assert_int_equal(dln__weekday(dln_days_from_civil(2017, 8, 9)), 3);   /* Wednesday */
	assert_int_equal(dln__weekday(dln_days_from_civil(2017, 8, 7)), 1);   /* Monday */
	assert_int_equal(dln__weekday(dln_days_from_civil(2017, 8, 13)), 7);  /* Sunday */
	assert_int_equal(dln__weekday(dln_days_from_civil(2000, 1, 1)), 6);   /* Saturday */
	assert_int_equal(dln__weekday(dln_days_from_civil(1, 1, 1)), 1);      /* Monday */
	assert_int_equal(dln__weekday(dln_days_from_civil(9999, 12, 31)), 5); /* Friday */
	/* Seven days on, the same weekday, however far back. */
	for (long d = -800000; d < 3000000; d += 9973)
		assert_int_equal(dln__weekday(d), dln__weekday(d + 7));
}

static void check_week(int y, int m, int d, int want_year, int want_week)
{
	int iso_year = 0, week = 0;

	dln__iso_week(dln_days_from_civil(y, m, d), &iso_year, &week);
	if (iso_year != want_year || week != want_week)
		fail_msg("%04d-%02d-%02d: %04d-W%02d, expected %04d-W%02d", y, m, d, iso_year, week,
			 want_year, want_week);
}

static void iso_weeks(void **state)
{
	(void)state;

	check_week(2017, 8, 9, 2017, 32);
	check_week(2017, 8, 7, 2017, 32);
	check_week(2017, 8, 6, 2017, 31);
	check_week(2017, 1, 1, 2016, 52); /* a Sunday: the last week of 2016 */
	check_week(2017, 1, 2, 2017, 1);
	/* Years with a week 53: 2015 and 2020 (they start, or leap years start, on Thursday). */
	check_week(2015, 12, 31, 2015, 53);
	check_week(2016, 1, 1, 2015, 53);
	check_week(2016, 1, 3, 2015, 53);
	check_week(2016, 1, 4, 2016, 1);
	check_week(2020, 12, 31, 2020, 53);
	check_week(2021, 1, 3, 2020, 53);
	check_week(2021, 1, 4, 2021, 1);
	check_week(2016, 12, 31, 2016, 52);
	/* Week 1 that starts in the previous calendar year. */
	check_week(2014, 12, 28, 2014, 52);
	check_week(2014, 12, 29, 2015, 1);
	check_week(2014, 12, 31, 2015, 1);
	check_week(2015, 1, 1, 2015, 1);
	check_week(2008, 12, 29, 2009, 1);
	/* The ends of the accepted years. */
	check_week(1, 1, 1, 1, 1);
	check_week(9999, 12, 31, 9999, 52);
}

static void iso_week_mondays(void **state)
{
	int y, m, d;
	(void)state;

	dln_civil_from_days(dln__iso_week_monday(2015, 1), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20141229);
	dln_civil_from_days(dln__iso_week_monday(2015, 53), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20151228);
	dln_civil_from_days(dln__iso_week_monday(2017, 32), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20170807);
	dln_civil_from_days(dln__iso_week_monday(2020, 53), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20201228);
	dln_civil_from_days(dln__iso_week_monday(2021, 1), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20210104);
	/* Every Monday of years 2..9998 is the Monday of the ISO week it is in. */
	for (long day = dln__iso_week_monday(2, 1); day < dln_days_from_civil(9998, 12, 1);
	     day += 7) {
		int iy, w;
		dln__iso_week(day, &iy, &w);
		if (dln__iso_week_monday(iy, w) != day)
			fail_msg("day %ld: week %d-W%02d starts on day %ld", day, iy, w,
				 dln__iso_week_monday(iy, w));
		assert_int_equal(dln__weekday(day), 1);
	}
}

static void points_from_days(void **state)
{
	(void)state;

	struct dln_point p = dln__point_from_days(dln_days_from_civil(2016, 2, 29));
	assert_int_equal(p.year, 2016);
	assert_int_equal(p.month, 2);
	assert_int_equal(p.day, 29);
	assert_int_equal(p.minute, -1);
	assert_int_equal(dln__point_days(&p), dln_days_from_civil(2016, 2, 29));
}

/* ---- dln_dct_parse ---- */

static void dct_date_only(void **state)
{
	struct dln_dct d;
	(void)state;

	memset(&d, 0x55, sizeof(d));
	assert_int_equal(dln_dct_parse("2017-08-09", &d), 0);
	assert_true(d.known);
	assert_int_equal(d.at.year, 2017);
	assert_int_equal(d.at.month, 8);
	assert_int_equal(d.at.day, 9);
	assert_int_equal(d.at.minute, -1);
	assert_false(d.has_offset);
	assert_int_equal(d.utc_offset_minutes, 0);
}

static void dct_with_time(void **state)
{
	struct dln_dct d;
	(void)state;

	assert_int_equal(dln_dct_parse("2017-08-09T15:32", &d), 0);
	assert_true(d.known);
	assert_int_equal(d.at.year, 2017);
	assert_int_equal(d.at.month, 8);
	assert_int_equal(d.at.day, 9);
	assert_int_equal(d.at.minute, 15 * 60 + 32);
	assert_false(d.has_offset);

	assert_int_equal(dln_dct_parse("2017-08-09T00:00", &d), 0);
	assert_int_equal(d.at.minute, 0);
	assert_int_equal(dln_dct_parse("2017-08-09T23:59", &d), 0);
	assert_int_equal(d.at.minute, 1439);
}

static void dct_with_offset(void **state)
{
	struct dln_dct d;
	(void)state;

	assert_int_equal(dln_dct_parse("2017-08-09T03:32-04:00", &d), 0);
	assert_true(d.known);
	assert_int_equal(d.at.day, 9);
	assert_int_equal(d.at.minute, 212);
	assert_true(d.has_offset);
	assert_int_equal(d.utc_offset_minutes, -240);

	assert_int_equal(dln_dct_parse("2017-08-09T03:32+05:30", &d), 0);
	assert_true(d.has_offset);
	assert_int_equal(d.utc_offset_minutes, 330);

	assert_int_equal(dln_dct_parse("2017-08-09T03:32Z", &d), 0);
	assert_true(d.has_offset);
	assert_int_equal(d.utc_offset_minutes, 0);
}

static void dct_edges_accepted(void **state)
{
	struct dln_dct d;
	(void)state;

	assert_int_equal(dln_dct_parse("0001-01-01", &d), 0);
	assert_int_equal(d.at.year, 1);
	assert_int_equal(dln_dct_parse("9999-12-31", &d), 0);
	assert_int_equal(d.at.year, 9999);
	assert_int_equal(dln_dct_parse("2016-02-29", &d), 0);
	assert_int_equal(dln_dct_parse("2000-02-29", &d), 0);
}

static void expect_bad_dct(const char *text)
{
	struct dln_dct d = {.known = false, .at = {1234, 5, 6, 7}};

	int rc = dln_dct_parse(text, &d);
	if (rc != DLN_EINPUT)
		fail_msg("'%s': %d, expected DLN_EINPUT", text, rc);
	/* Nothing is written on failure. */
	assert_false(d.known);
	assert_int_equal(d.at.year, 1234);
	/* The message names the text. */
	char quoted[64];
	snprintf(quoted, sizeof(quoted), "'%s'", text);
	if (!strstr(dln_error_last(), quoted))
		fail_msg("message '%s' does not quote '%s'", dln_error_last(), text);
}

static void dct_rejected(void **state)
{
	(void)state;

	expect_bad_dct("2017-02-30");
	expect_bad_dct("1900-02-29");
	expect_bad_dct("2017-13-01");
	expect_bad_dct("2017-00-10");
	expect_bad_dct("0000-01-01");
	expect_bad_dct("99999-01-01");
	expect_bad_dct("2017-8-9");
	expect_bad_dct("2017-08-9");
	expect_bad_dct("garbage");
	expect_bad_dct("");
	expect_bad_dct("2017");
	expect_bad_dct("2017-08");
	expect_bad_dct("2017-08-09T25:00");
	expect_bad_dct("2017-08-09T24:00");
	expect_bad_dct("2017-08-09T12:60");
	expect_bad_dct("2017-08-09T1:30");
	expect_bad_dct("2017-08-09T");
	expect_bad_dct("2017-08-09T03:32-4:00");
	expect_bad_dct("2017-08-09T03:32+15:00");
	expect_bad_dct("2017-08-09T03:32+05");
	expect_bad_dct("2017-08-09x");
	expect_bad_dct("2017-08-09 ");
	expect_bad_dct("2017-08-09T15:32 trailing");
	expect_bad_dct("2017-08-09T03:32-04:00Z");
	expect_bad_dct(" 2017-08-09");
}

static void dct_error_messages(void **state)
{
	struct dln_dct d;
	(void)state;

	assert_int_equal(dln_dct_parse("garbage", &d), DLN_EINPUT);
	assert_string_equal(dln_error_last(),
			    "'garbage' is not a date of the form YYYY-MM-DD[Thh:mm[+hh:mm]]");
	assert_int_equal(dln_dct_parse("2017-02-30", &d), DLN_EINPUT);
	assert_string_equal(dln_error_last(), "'2017-02-30' is not a real day (years 1 to 9999)");
	assert_int_equal(dln_dct_parse("0000-01-01", &d), DLN_EINPUT);
	assert_string_equal(dln_error_last(), "'0000-01-01' is not a real day (years 1 to 9999)");
	assert_int_equal(dln_dct_parse("2017-08-09T25:00", &d), DLN_EINPUT);
	assert_string_equal(
	    dln_error_last(),
	    "'2017-08-09T25:00' is not a date of the form YYYY-MM-DD[Thh:mm[+hh:mm]]");
	/* A success leaves the last message alone. */
	assert_int_equal(dln_dct_parse("2017-08-09", &d), 0);
	assert_string_equal(
	    dln_error_last(),
	    "'2017-08-09T25:00' is not a date of the form YYYY-MM-DD[Thh:mm[+hh:mm]]");
}

/* ---- dln_point_format and dln_point_compare ---- */

static void point_format(void **state)
{
	char buf[17];
	struct dln_point day = {2017, 8, 9, -1};
	struct dln_point minute = {2017, 8, 9, 212};
	struct dln_point first = {1, 1, 1, 0};
	struct dln_point last = {9999, 12, 31, 1439};
	(void)state;

	assert_int_equal(dln_point_format(&day, buf, sizeof(buf)), 10);
	assert_string_equal(buf, "2017-08-09");
	assert_int_equal(dln_point_format(&minute, buf, sizeof(buf)), 16);
	assert_string_equal(buf, "2017-08-09T03:32");
	assert_int_equal(dln_point_format(&first, buf, sizeof(buf)), 16);
	assert_string_equal(buf, "0001-01-01T00:00");
	assert_int_equal(dln_point_format(&last, buf, sizeof(buf)), 16);
	assert_string_equal(buf, "9999-12-31T23:59");
}

static void point_format_truncates(void **state)
{
	char buf[8];
	struct dln_point day = {2017, 8, 9, -1};
	(void)state;

	/* Like snprintf: the length it needed, and a terminated prefix. */
	assert_int_equal(dln_point_format(&day, buf, sizeof(buf)), 10);
	assert_string_equal(buf, "2017-08");
}

static void point_compare(void **state)
{
	struct dln_point a = {2017, 8, 9, -1}, b = {2017, 8, 9, 0}, c = {2017, 8, 9, 212};
	struct dln_point d = {2017, 8, 10, -1}, e = {2016, 12, 31, 1439};
	struct dln_point a2 = {2017, 8, 9, -1}, c2 = {2017, 8, 9, 212};
	(void)state;

	assert_true(dln_point_compare(&a, &a2) == 0);
	assert_true(dln_point_compare(&c, &c2) == 0);
	/* A whole day sorts before its minutes, even midnight. */
	assert_true(dln_point_compare(&a, &b) < 0);
	assert_true(dln_point_compare(&b, &a) > 0);
	assert_true(dln_point_compare(&b, &c) < 0);
	assert_true(dln_point_compare(&c, &d) < 0);
	assert_true(dln_point_compare(&d, &c) > 0);
	assert_true(dln_point_compare(&e, &a) < 0);
	assert_true(dln_point_compare(&a, &e) > 0);

	struct dln_point y1 = {1, 1, 1, -1}, y9999 = {9999, 12, 31, -1};
	assert_true(dln_point_compare(&y1, &y9999) < 0);
	assert_true(dln_point_compare(&y9999, &y1) > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(days_epoch_and_known_days),
	    cmocka_unit_test(days_round_trip),
	    cmocka_unit_test(leap_years),
	    cmocka_unit_test(date_valid),
	    cmocka_unit_test(weekdays),
	    cmocka_unit_test(iso_weeks),
	    cmocka_unit_test(iso_week_mondays),
	    cmocka_unit_test(points_from_days),
	    cmocka_unit_test(dct_date_only),
	    cmocka_unit_test(dct_with_time),
	    cmocka_unit_test(dct_with_offset),
	    cmocka_unit_test(dct_edges_accepted),
	    cmocka_unit_test(dct_rejected),
	    cmocka_unit_test(dct_error_messages),
	    cmocka_unit_test(point_format),
	    cmocka_unit_test(point_format_truncates),
	    cmocka_unit_test(point_compare),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
