/* The recognizer: which spans the compiled grammar finds in scanned sentences, which rule
 * fired and the underspecified fields it set; and what it leaves alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/error.h"
#include "recognizer.h"
#include "rule_tables.h"
#include "sentences.h"

#define MAX_FOUND 16

struct found {
	const char *text;
	size_t n;
	struct {
		struct dln_candidate c;
		uint32_t start, end; /* bytes */
	} c[MAX_FOUND];
	const struct dln_token *tok; /* the current sentence, while recognizing */
};

static int collect(void *arg, const struct dln_candidate *c)
{
	struct found *f = arg;

	assert_true(f->n < MAX_FOUND);
	assert_true(c->first < c->end);
	f->c[f->n].c = *c;
	f->c[f->n].start = f->tok[c->first].off;
	f->c[f->n].end = f->tok[c->end - 1].off + f->tok[c->end - 1].len;
	f->n++;
	return 0;
}

/* Recognizes every sentence of text. */
static void find(const char *text, struct found *f)
{
	struct dln_sentences s;
	struct dln_tokbuf buf = {0};
	int rc;

	f->text = text;
	f->n = 0;
	dln__sentences_init(&s, text, strlen(text));
	while ((rc = dln__sentence_next(&s, &buf)) > 0) {
		f->tok = buf.tok;
		assert_int_equal(dln__recognize(buf.tok, buf.count, collect, f), 0);
	}
	dln__tokbuf_release(&buf);
	assert_int_equal(rc, 0);
}

/* Checks candidate i: the rule that fired (NULL: any) and the exact text it covers. */
static const struct dln_uval *expect_found(const struct found *f, size_t i, const char *rule,
					   const char *extent)
{
	if (i >= f->n)
		fail_msg("\"%s\": no candidate %zu (expected %s \"%s\"), %zu found", f->text, i,
			 rule ? rule : "a rule", extent, f->n);
	const char *name = dln__rules[f->c[i].c.rule].name;
	const char *at = f->text + f->c[i].start;
	size_t len = f->c[i].end - f->c[i].start;
	if ((rule && strcmp(name, rule) != 0) || len != strlen(extent) ||
	    memcmp(at, extent, len) != 0)
		fail_msg("\"%s\": candidate %zu is %s \"%.*s\", expected %s \"%s\"", f->text, i,
			 name, (int)len, at, rule ? rule : "a rule", extent);
	return &f->c[i].c.value;
}

/* The one candidate of text. */
static const struct dln_uval *expect_one(const char *text, struct found *f, const char *rule,
					 const char *extent)
{
	find(text, f);
	const struct dln_uval *u = expect_found(f, 0, rule, extent);
	if (f->n != 1)
		fail_msg("\"%s\": %zu candidates, expected 1", text, f->n);
	return u;
}

static void expect_none(const char *text)
{
	struct found f;

	find(text, &f);
	if (f.n)
		fail_msg("\"%s\": found %s \"%.*s\", expected nothing", text,
			 dln__rules[f.c[0].c.rule].name, (int)(f.c[0].end - f.c[0].start),
			 text + f.c[0].start);
}

/* Fields other than those named must stay unset: a helper to count the set ones. */
static int fields_set(const struct dln_uval *u)
{
	int n = 0;
	for (int i = 0; i < DLN_FIELDS; i++)
		n += u->f[i] != DLN_UNSET;
	return n;
}

/* ---- dates ---- */

static void full_date(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("May 29, 2015", &f, "month_day_year", "May 29, 2015");
	assert_int_equal(u->type, DLN_TYPE_DATE);
	assert_int_equal(u->f[DLN_F_YEAR], 2015);
	assert_int_equal(u->f[DLN_F_MONTH], 5);
	assert_int_equal(u->f[DLN_F_DAY], 29);
	assert_int_equal(fields_set(u), 3);
	assert_int_equal(f.c[0].c.first, 0);
	assert_int_equal(f.c[0].c.end, 4);
}

static void full_date_in_a_sentence(void **state)
{
	struct found f;
	(void)state;

	/* A trailing comma is not part of the expression. */
	find("He arrived on Thursday, August 10, 2017, at noon.", &f);
	assert_int_equal(f.n, 2);
	const struct dln_uval *u =
	    expect_found(&f, 0, "month_day_year", "Thursday, August 10, 2017");
	assert_int_equal(u->f[DLN_F_YEAR], 2017);
	assert_int_equal(u->f[DLN_F_MONTH], 8);
	assert_int_equal(u->f[DLN_F_DAY], 10);
	assert_int_equal(f.c[0].start, 14);
	assert_int_equal(f.c[0].end, 39);
	u = expect_found(&f, 1, "noon", "noon");
	assert_int_equal(u->type, DLN_TYPE_TIME);
	assert_int_equal(u->f[DLN_F_CLOCK], 720);

	u = expect_one("on Sept. 12, 2016 and", &f, "month_day_year", "Sept. 12, 2016");
	assert_int_equal(u->f[DLN_F_MONTH], 9);
	u = expect_one("on June 21st, 2017", &f, "month_day_year", "June 21st, 2017");
	assert_int_equal(u->f[DLN_F_DAY], 21);
	u = expect_one("on 12/31/2016", &f, "numeric_date", "12/31/2016");
	assert_int_equal(u->f[DLN_F_NUMDATE], 20161231);
	u = expect_one("the 21st of June", &f, "day_of_month", "the 21st of June");
	assert_int_equal(u->f[DLN_F_MONTH], 6);
	assert_int_equal(u->f[DLN_F_DAY], 21);
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_TENSE);
	assert_int_equal(u->f[DLN_F_YEAR], DLN_UNSET);
}

static void decades(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("since at least the early 1990s.", &f, "edge_decade", "the early 1990s");
	assert_int_equal(u->f[DLN_F_DECADE], 199);
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_START);
	assert_int_equal(f.c[0].start, 15);
	assert_int_equal(f.c[0].end, 30);

	u = expect_one("in the 1990s", &f, "decade", "the 1990s");
	assert_int_equal(u->f[DLN_F_DECADE], 199);
	assert_int_equal(u->f[DLN_F_MOD], DLN_UNSET);
	u = expect_one("in the '90s", &f, "decade", "the '90s");
	assert_int_equal(u->f[DLN_F_DECADE], 199);
	u = expect_one("in the 2010s", &f, "decade", "the 2010s");
	assert_int_equal(u->f[DLN_F_DECADE], 201);
	u = expect_one("the late 1980s", &f, "edge_decade", "the late 1980s");
	assert_int_equal(u->f[DLN_F_DECADE], 198);
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_END);
	/* "1995s" is no decade, a plural of a year; it is left alone. */
	expect_none("the 1995s");
}

/* "the 1990's" (with an apostrophe) is a common spelling of the decade. */
static void decade_with_apostrophe(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("in the 1990's", &f, NULL, "the 1990's");
	assert_int_equal(u->f[DLN_F_DECADE], 199);
}

static void months(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("It rained last June.", &f, "last_month_name", "last June");
	assert_int_equal(u->f[DLN_F_MONTH], 6);
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_PAST_STRICT);
	assert_int_equal(fields_set(u), 2);

	u = expect_one("It came in May.", &f, "month", "May");
	assert_int_equal(u->f[DLN_F_MONTH], 5);
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_TENSE);
	u = expect_one("in June 2015", &f, "month_year", "June 2015");
	assert_int_equal(u->f[DLN_F_YEAR], 2015);
	assert_int_equal(u->f[DLN_F_MONTH], 6);
	u = expect_one("in mid-March", &f, "edge_hyphen_month", "mid-March");
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_MID);
	assert_int_equal(u->f[DLN_F_MONTH], 3);
}

/* "late last July": the edge word belongs to the expression (TIMEX3.md: 2017-07 END). */
static void edge_of_last_month(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("It happened late last July.", &f, NULL, "late last July");
	assert_int_equal(f.c[0].start, 12);
	assert_int_equal(f.c[0].end, 26);
	assert_int_equal(u->f[DLN_F_MONTH], 7);
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_END);
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_PAST_STRICT);
}

static void years(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("A 2011 report said so.", &f, "year", "2011");
	assert_int_equal(u->f[DLN_F_YEAR], 2011);
	assert_int_equal(fields_set(u), 1);
	assert_int_equal(f.c[0].start, 2);
	assert_int_equal(f.c[0].end, 6);

	u = expect_one("in mid-2015", &f, "edge_hyphen_year", "mid-2015");
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_MID);
	u = expect_one("in fiscal 2016", &f, "fiscal_year", "fiscal 2016");
	assert_int_equal(u->f[DLN_F_YEAR], 2016);
	assert_int_equal(fields_set(u), 1);
	u = expect_one("winter 2015", &f, "season_year", "winter 2015");
	assert_int_equal(u->f[DLN_F_SEASON], DLN_SEASON_WI);
	u = expect_one("the third quarter of 2016", &f, "quarter_year",
		       "the third quarter of 2016");
	assert_int_equal(u->f[DLN_F_QUARTER], 3);
	assert_int_equal(u->f[DLN_F_YEAR], 2016);
	u = expect_one("the second half of 2016", &f, "half_year", "the second half of 2016");
	assert_int_equal(u->f[DLN_F_HALF], 2);

	/* Numbers that are not years. */
	expect_none("He scored 1,998 points."); /* grouped: a quantity */
	expect_none("He paid $2015 for it.");	/* an amount */
	expect_none("It is 3.5 percent.");
	expect_none("12345 people");
	expect_none("in 999");
}

/* A number that names or counts a thing is no year: "Room 2015", "2015 points". */
static void year_like_numbers(void **state)
{
	struct found f;
	(void)state;

	expect_none("Room 2015 is closed.");
	expect_none("The index fell 1998 points.");
	const struct dln_uval *u = expect_one("In 2015 the room closed.", &f, "year", "2015");
	assert_int_equal(u->f[DLN_F_YEAR], 2015);
}

/* "the summer of 2015" is one expression: the season of that year. */
static void season_of_year(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("It was hot in the summer of 2015.", &f, NULL, "the summer of 2015");
	assert_int_equal(u->f[DLN_F_SEASON], DLN_SEASON_SU);
	assert_int_equal(u->f[DLN_F_YEAR], 2015);
}

/* "the first half" names the first half of the year (TIMEX3.md: 2017-H1). */
static void first_half(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("Sales fell in the first half.", &f, NULL, "the first half");
	assert_int_equal(u->f[DLN_F_HALF], 1);
}

/* ---- relative expressions ---- */

static void relative_to_dct(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("He arrived at the weekend.", &f, "the_weekend", "the weekend");
	assert_int_equal(f.c[0].start, 14);
	assert_int_equal(f.c[0].end, 25);
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_WEEKEND);
	assert_int_equal(u->f[DLN_F_ANCHOR], DLN_ANCHOR_DCT);
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_TENSE);

	u = expect_one("It rained last week.", &f, "last_unit", "last week");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_WEEK);
	assert_int_equal(u->f[DLN_F_SHIFT], -1);
	assert_int_equal(u->f[DLN_F_ANCHOR], DLN_ANCHOR_DCT);
	u = expect_one("five years ago", &f, "units_ago", "five years ago");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_YEAR);
	assert_int_equal(u->f[DLN_F_SHIFT], -5);
	/* A year ago is a comparison period: a quarter where the text talks in quarters. */
	u = expect_one("a year ago", &f, "year_ago", "a year ago");
	assert_int_equal(u->f[DLN_F_SHIFT], -1);
	assert_int_equal(u->f[DLN_F_COMPARE], 1);
	u = expect_one("yesterday", &f, "yesterday", "yesterday");
	assert_int_equal(u->f[DLN_F_SHIFT], -1);
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_DAY);
	u = expect_one("the day before yesterday", &f, "day_before_yesterday",
		       "the day before yesterday");
	assert_int_equal(u->f[DLN_F_SHIFT], -2);
	u = expect_one("It happened last Friday.", &f, "last_weekday", "last Friday");
	assert_int_equal(u->f[DLN_F_WEEKDAY], 5);
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_PAST_STRICT);
	u = expect_one("They met on Monday.", &f, "weekday", "Monday");
	assert_int_equal(u->f[DLN_F_WEEKDAY], 1);
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_TENSE);
}

static void narrative(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("It was launched two days earlier.", &f,
					      "units_earlier", "two days earlier");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_DAY);
	assert_int_equal(u->f[DLN_F_SHIFT], -2);
	assert_int_equal(u->f[DLN_F_ANCHOR], DLN_ANCHOR_TEXT);
	u = expect_one("a week later", &f, "units_later", "a week later");
	assert_int_equal(u->f[DLN_F_SHIFT], 1);
	assert_int_equal(u->f[DLN_F_ANCHOR], DLN_ANCHOR_TEXT);
	u = expect_one("He left the following day.", &f, "the_next_day", "the following day");
	assert_int_equal(u->f[DLN_F_SHIFT], 1);
	assert_int_equal(u->f[DLN_F_ANCHOR], DLN_ANCHOR_TEXT);
	u = expect_one("Earlier that day, police came.", &f, "earlier_that_unit", "Earlier that day");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_DAY);
	assert_int_equal(u->f[DLN_F_ANCHOR], DLN_ANCHOR_TEXT);
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_START);
	u = expect_one("later that same year", &f, "later_that_unit", "later that same year");
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_END);
}

/* A weekday before a possessive names an event, which has happened unless it lies ahead. */
static void weekday_possessive(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("They will appeal Monday's ruling.", &f,
					      "weekday_possessive", "Monday");
	assert_int_equal(u->f[DLN_F_WEEKDAY], 1);
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_EVENT);
	u = expect_one("They will meet Monday.", &f, "weekday", "Monday");
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_TENSE);
}

/* "or so" makes an amount or an offset approximate. */
static void or_so(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("a week or so ago", &f, "units_or_so_ago", "a week or so ago");
	assert_int_equal(u->f[DLN_F_SHIFT], -1);
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_APPROX);
	u = expect_one("in the next year or so", &f, "the_step_unit_or_so", "the next year or so");
	assert_int_equal(u->f[DLN_F_SHIFT], 1);
	u = expect_one("for two hours or so", &f, "amount_or_so", "two hours or so");
	assert_int_equal(u->f[DLN_F_AMOUNT], 2);
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_APPROX);
	u = expect_one("the next two years or so", &f, "the_past_amount_or_so",
		       "the next two years or so");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_YEAR);
}

/* Holidays with "last", "next", "this" and "week". */
static void holiday_forms(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("last Thanksgiving", &f, "last_holiday", "last Thanksgiving");
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_PAST_STRICT);
	u = expect_one("next Christmas", &f, "next_holiday", "next Christmas");
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_FUTURE_STRICT);
	u = expect_one("during Easter week", &f, "holiday_week", "Easter week");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_WEEK);
}

/* "the next day" is narrative, like "the following day": the day after the last date the
 * text fixed, not the day after publication. */
static void the_next_day_is_narrative(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("He left the next day.", &f, NULL, "the next day");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_DAY);
	assert_int_equal(u->f[DLN_F_SHIFT], 1);
	if (u->f[DLN_F_ANCHOR] != DLN_ANCHOR_TEXT)
		fail_msg("\"the next day\" (rule %s) is anchored on %s, expected the text",
			 dln__rules[f.c[0].c.rule].name,
			 u->f[DLN_F_ANCHOR] == DLN_ANCHOR_DCT ? "the publication date" : "nothing");
}

/* ---- durations ---- */

static void durations(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("for twenty-four hours", &f, "amount", "twenty-four hours");
	assert_int_equal(u->type, DLN_TYPE_DURATION);
	assert_int_equal(u->f[DLN_F_AMOUNT], 24);
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_HOUR);
	assert_int_equal(f.c[0].start, 4);
	assert_int_equal(f.c[0].end, 21);

	u = expect_one("in a few weeks", &f, "amount", "a few weeks");
	assert_int_equal(u->f[DLN_F_AMOUNT], DLN_VAGUE);
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_WEEK);
	u = expect_one("built on decades of work", &f, "vague_units", "decades");
	assert_int_equal(u->f[DLN_F_AMOUNT], DLN_VAGUE);
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_DECADE);
	u = expect_one("for more than four decades", &f, "more_than_amount",
		       "more than four decades");
	assert_int_equal(u->f[DLN_F_AMOUNT], 4);
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_MORE_THAN);
	u = expect_one("about two years", &f, "approx_amount", "about two years");
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_APPROX);
	u = expect_one("a dozen years", &f, "amount", "a dozen years");
	assert_int_equal(u->f[DLN_F_AMOUNT], 12);
	u = expect_one("twenty one days", &f, "amount", "twenty one days");
	assert_int_equal(u->f[DLN_F_AMOUNT], 21);
	u = expect_one("a three-year deal", &f, "amount_adjective", "three-year");
	assert_int_equal(u->f[DLN_F_AMOUNT], 3);
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_YEAR);
	u = expect_one("the past three months", &f, "the_past_amount", "the past three months");
	assert_int_equal(u->f[DLN_F_AMOUNT], 3);
}

/* ---- sets ---- */

static void sets(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u =
	    expect_one("He goes every Sunday.", &f, "every_weekday", "every Sunday");
	assert_int_equal(u->type, DLN_TYPE_SET);
	assert_int_equal(u->f[DLN_F_WEEKDAY], 7);
	assert_int_equal(u->f[DLN_F_QUANT], DLN_QUANT_EACH);
	u = expect_one("every year", &f, "every_unit", "every year");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_YEAR);
	assert_int_equal(u->f[DLN_F_AMOUNT], 1);
	u = expect_one("In its annual assessment", &f, "annually", "annual");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_YEAR);
	u = expect_one("on Sundays", &f, "weekdays_plural", "Sundays");
	assert_int_equal(u->f[DLN_F_WEEKDAY], 7);
}

/* ---- times ---- */

static void times(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("at 3:30 p.m.", &f, "clock", "3:30 p.m.");
	assert_int_equal(u->type, DLN_TYPE_TIME);
	assert_int_equal(u->f[DLN_F_CLOCK], 210);
	assert_int_equal(u->f[DLN_F_AMPM], 12);
	/* A time alone is on the day the text last fixed (else the day of publication). */
	assert_int_equal(u->f[DLN_F_ANCHOR], DLN_ANCHOR_TEXT);
	assert_int_equal(u->f[DLN_F_TZ], DLN_UNSET);

	u = expect_one("at 10:30 am EDT", &f, "clock", "10:30 am EDT");
	assert_int_equal(u->f[DLN_F_CLOCK], 630);
	assert_int_equal(u->f[DLN_F_AMPM], 0);
	assert_int_equal(u->f[DLN_F_TZ], -240);
	u = expect_one("He left Friday morning.", &f, "weekday_pod", "Friday morning");
	assert_int_equal(u->f[DLN_F_WEEKDAY], 5);
	assert_int_equal(u->f[DLN_F_POD], DLN_POD_MO);
	assert_int_equal(u->f[DLN_F_DIR], DLN_DIR_TENSE);
	u = expect_one("at 9 a.m.", &f, "hour_ampm", "9 a.m.");
	assert_int_equal(u->f[DLN_F_HOUR], 9);
	u = expect_one("last night", &f, "last_night", "last night");
	assert_int_equal(u->f[DLN_F_POD], DLN_POD_NI);
}

/* ---- what is not temporal ---- */

static void rejected_and_ignored(void **state)
{
	(void)state;

	expect_none("Time and date will pass and change.");
	expect_none("time and again");
	expect_none("the struggle of the Korean people at all times");
	expect_none("come at a time when the regime is strong");
	expect_none("when Iran faced hard times");
	expect_none("he may go");
	expect_none("they march on");
	expect_none("Pyongyang's second most senior leader");
	expect_none("the second most-senior leader");
	expect_none("the annual March for Life");
	expect_none("a march on Washington");
	expect_none("when he was in his 30s");
	expect_none("in their early twenties");
	expect_none("Nothing here is temporal.");
	expect_none("");
}

static void modal_and_month(void **state)
{
	struct found f;
	(void)state;

	/* The modal is left alone, the month next to it is found. */
	const struct dln_uval *u = expect_one("he may go in May", &f, "month", "May");
	assert_int_equal(u->f[DLN_F_MONTH], 5);
	assert_int_equal(f.c[0].start, 13);
	u = expect_one("they march in March", &f, "month", "March");
	assert_int_equal(u->f[DLN_F_MONTH], 3);
}

/* A month or weekday abbreviation standing alone, without its dot or a day, is a name or a
 * word: "Jan Egeland", "The Sun", "Mar-a-Lago". */
static void abbreviations_alone(void **state)
{
	(void)state;

	expect_none("Jan Egeland said so.");
	expect_none("The Sun reported it.");
	expect_none("He stayed at Mar-a-Lago.");
}

/* An abbreviated weekday keeps its dot inside a full date: one expression. */
static void abbreviated_weekday_in_a_date(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("on Sun., Aug. 6", &f, NULL, "Sun., Aug. 6");
	assert_int_equal(u->f[DLN_F_MONTH], 8);
	assert_int_equal(u->f[DLN_F_DAY], 6);
}

/* ---- several in a row, and emit's return value ---- */

static void several_expressions(void **state)
{
	struct found f;
	(void)state;

	find("In 2015 it rained. A 2011 report said so; last May it snowed.", &f);
	assert_int_equal(f.n, 3);
	expect_found(&f, 0, "year", "2015");
	expect_found(&f, 1, "year", "2011");
	expect_found(&f, 2, "last_month_name", "last May");
}

/* "!" and "&" elements look at the next token without taking it; WORD is any word, NUMBER
 * any number. */
static void look_ahead_and_any_word(void **state)
{
	struct found f;
	(void)state;

	/* "the year ended Sept. 30" is twelve months, "the year" alone the current one. */
	find("for the year ended Sept. 30", &f);
	const struct dln_uval *u = expect_found(&f, 0, "the_year_ended", "the year");
	assert_int_equal(u->type, DLN_TYPE_DURATION);
	assert_int_equal(u->f[DLN_F_AMOUNT], 1);
	expect_found(&f, 1, "month_day", "Sept. 30");
	expect_one("profit for the year rose", &f, "the_year", "the year");
	/* A rate is no time: a count, any word, "a" and a unit, not followed by "earlier". */
	expect_none("It saves $2 million a year.");
	expect_none("They worked 24 hours a day.");
	expect_none("It adds 700 seats a week.");
	expect_one("up from $5 million a year earlier", &f, "a_year_earlier", "a year earlier");
	/* "quarterly" before a noun is an adjective. */
	expect_none("It raised its quarterly dividend.");
	expect_one("Dividends are paid quarterly.", &f, "quarterly", "quarterly");
	/* Plural units that alone name other things. */
	expect_none("The minutes of the meeting were released.");
	expect_none("They moved into new quarters.");
	expect_one("It took hours.", &f, "vague_units", "hours");
	/* "the day before" a clause is no offset. */
	expect_none("the day before police issued a warrant");
	expect_one("He had left the day before.", &f, "the_day_before", "the day before");
}

/* "<" and "<!" elements look at the token before the match: "over" is "more than" only after
 * a word that asks for a length. */
static void look_behind(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("He has lived there for over a decade.", &f,
					      "over_amount", "over a decade");
	assert_int_equal(u->f[DLN_F_MOD], DLN_MOD_MORE_THAN);
	expect_one("Just over an hour passed.", &f, "over_amount", "over an hour");
	u = expect_one("Sales rose 3 percent over three years.", &f, "amount", "three years");
	assert_int_equal(u->f[DLN_F_MOD], DLN_UNSET);
	/* No token before the first: the look-behind fails. */
	expect_one("Over two days police arrested 40 people.", &f, "amount", "two days");
}

/* Four digits of a 24-hour clock before a zone: a time, when they can be one ("et" is no
 * zone here). */
static void wire_clock(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("at 0735 GMT", &f, "hhmm_zone", "0735 GMT");
	assert_int_equal(u->f[DLN_F_CLOCK], 7 * 60 + 35);
	u = expect_one("by 1015 GMT", &f, "hhmm_zone", "1015 GMT");
	assert_int_equal(u->f[DLN_F_CLOCK], 10 * 60 + 15);
	/* In parentheses, the time before it told in another zone, which is a time too. */
	expect_one("(0735 GMT)", &f, "hhmm_zone", "0735 GMT");
	expect_one("(3:35 a.m. EDT)", &f, "clock", "3:35 a.m. EDT");
	/* Not a clock: a year, as four digits are elsewhere. */
	expect_one("by 2460 GMT", &f, "year", "2460");
	expect_one("Smith 1230 et al.", &f, "year", "1230");
}

/* A count over two tokens or more ahead of an offset: the rules are filtered on the third
 * token only where the first is no such count. */
static void counts_before_offsets(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("a couple of years ago", &f, "units_ago",
					      "a couple of years ago");
	assert_int_equal(u->f[DLN_F_SHIFT], -2);
	u = expect_one("twenty-four hours later", &f, "units_later", "twenty-four hours later");
	assert_int_equal(u->f[DLN_F_SHIFT], 24);
	u = expect_one("1.4 billion years ago", &f, "units_ago", "1.4 billion years ago");
	assert_int_equal(u->f[DLN_F_SHIFT], -1400000000);
	u = expect_one("a few days later", &f, "units_later", "a few days later");
	assert_int_equal(u->f[DLN_F_SHIFT], DLN_VAGUE);
	u = expect_one("in nineteen ninety-seven", &f, "year", "nineteen ninety-seven");
	assert_int_equal(u->f[DLN_F_YEAR], 1997);
}

/* Counts that go on over "couple of", "more" and kinds of days. */
static void counted_durations(void **state)
{
	struct found f;
	(void)state;

	const struct dln_uval *u = expect_one("It took a couple of years.", &f, "amount",
					      "a couple of years");
	assert_int_equal(u->f[DLN_F_AMOUNT], 2);
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_YEAR);
	u = expect_one("over the next couple of months", &f, "the_past_amount",
		       "the next couple of months");
	assert_int_equal(u->f[DLN_F_AMOUNT], 2);
	u = expect_one("They need two more weeks.", &f, "amount", "two more weeks");
	assert_int_equal(u->f[DLN_F_AMOUNT], 2);
	u = expect_one("It fell for eight trading days.", &f, "working_days",
		       "eight trading days");
	assert_int_equal(u->f[DLN_F_AMOUNT], 8);
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_DAY);
	u = expect_one("It could take weeks or months.", &f, "vague_or_units", "weeks or months");
	assert_int_equal(u->f[DLN_F_UNIT], DLN_UNIT_WEEK);
	assert_int_equal(u->f[DLN_F_AMOUNT], DLN_VAGUE);
}

static int stop_at_first(void *arg, const struct dln_candidate *c)
{
	int *calls = arg;
	(void)c;
	(*calls)++;
	return -7;
}

static void emit_stops(void **state)
{
	static const char text[] = "in 1999 and in 2011";
	struct dln_scanner sc;
	struct dln_token tok[8];
	size_t n = 0;
	int calls = 0;
	(void)state;

	dln__scanner_init(&sc, text, sizeof(text) - 1);
	while (n < 8 && dln__scan_next(&sc, &tok[n]))
		n++;
	assert_int_equal(dln__recognize(tok, n, stop_at_first, &calls), -7);
	assert_int_equal(calls, 1);
	/* No tokens, no candidates. */
	assert_int_equal(dln__recognize(tok, 0, stop_at_first, &calls), 0);
	assert_int_equal(calls, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(full_date),
	    cmocka_unit_test(full_date_in_a_sentence),
	    cmocka_unit_test(decades),
	    cmocka_unit_test(decade_with_apostrophe),
	    cmocka_unit_test(months),
	    cmocka_unit_test(edge_of_last_month),
	    cmocka_unit_test(years),
	    cmocka_unit_test(year_like_numbers),
	    cmocka_unit_test(season_of_year),
	    cmocka_unit_test(first_half),
	    cmocka_unit_test(relative_to_dct),
	    cmocka_unit_test(narrative),
	    cmocka_unit_test(weekday_possessive),
	    cmocka_unit_test(or_so),
	    cmocka_unit_test(holiday_forms),
	    cmocka_unit_test(the_next_day_is_narrative),
	    cmocka_unit_test(durations),
	    cmocka_unit_test(sets),
	    cmocka_unit_test(times),
	    cmocka_unit_test(rejected_and_ignored),
	    cmocka_unit_test(modal_and_month),
	    cmocka_unit_test(abbreviations_alone),
	    cmocka_unit_test(abbreviated_weekday_in_a_date),
	    cmocka_unit_test(several_expressions),
	    cmocka_unit_test(emit_stops),
	    cmocka_unit_test(look_ahead_and_any_word),
	    cmocka_unit_test(look_behind),
	    cmocka_unit_test(counts_before_offsets),
	    cmocka_unit_test(wire_clock),
	    cmocka_unit_test(counted_durations),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
