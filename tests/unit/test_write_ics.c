/* dln_write_ics: exact lines of the iCalendar output, and that libical reads it back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libical/ical.h>

#include "datelines/datelines.h"
#include "internal.h"
#include "utf8.h"

#define DAY(y, m, d) ((struct dln_point){ (y), (m), (d), -1 })
#define AT(y, m, d, h, mi) ((struct dln_point){ (y), (m), (d), (h) * 60 + (mi) })

#define HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" \
	     "PRODID:-//datelines//datelines " DATELINES_VERSION "//EN\r\n" \
	     "CALSCALE:GREGORIAN\r\n"

#define LONG_SENTENCE \
	"Kim, who has led the country since 2011, said on Tuesday in a statement carried by the\n" \
	"state news agency that the tests would go on \"until the very end\"; officials in Seoul " \
	"did not comment."

static struct dln_event day_event(const char *doc, size_t offset, const char *value,
				  struct dln_point start, struct dln_point end)
{
	return (struct dln_event){
		.doc = doc, .text = "that day", .value = value, .type = DLN_TIMEX_DATE,
		.title = "something happened", .sentence = "Something happened that day.",
		.offset = offset, .resolved = true, .start = start, .end = end,
	};
}

static void add_source(dln_timeline *tl, const char *name, const char *dct)
{
	struct dln_source src = { .name = name, .title = "" };

	if (dct)
		assert_int_equal(dln_dct_parse(dct, &src.dct), 0);
	assert_int_equal(dln_timeline_add_source(tl, &src), 0);
}

static dln_timeline *new_timeline(void)
{
	dln_timeline *tl = NULL;

	assert_int_equal(dln_timeline_new(&tl), 0);
	add_source(tl, "a.txt", "2017-08-09T03:32-04:00");
	return tl;
}

static void add(dln_timeline *tl, struct dln_event ev)
{
	assert_int_equal(dln_timeline_add_event(tl, &ev), 0);
}

/* One event of each kind the writer handles, added out of timeline order. */
static dln_timeline *sample_timeline(void)
{
	dln_timeline *tl = new_timeline();
	struct dln_event ev;

	ev = day_event("a.txt", 400, "2017-08-09T03:30", AT(2017, 8, 9, 3, 30),
		       AT(2017, 8, 9, 3, 31));
	ev.type = DLN_TIMEX_TIME;
	ev.text = "3:30 a.m.";
	ev.title = "the launch";
	add(tl, ev);
	ev = day_event("a.txt", 300, "199", DAY(1990, 1, 1), DAY(2017, 8, 9));
	ev.text = "the early 1990s";
	ev.mod = "START";
	ev.is_range = true;
	ev.title = "collaboration";
	add(tl, ev);
	ev = day_event("a.txt", 200, "2017-06", DAY(2017, 6, 1), DAY(2017, 7, 1));
	ev.text = "last June";
	ev.title = "a test";
	add(tl, ev);
	ev = day_event("a.txt", 500, "XXXX-XX-XX", DAY(1, 1, 1), DAY(1, 1, 1));
	ev.text = "the day";
	ev.title = "unresolved event";
	ev.resolved = false;
	add(tl, ev);
	ev = day_event("a.txt", 100, "2015-05-29", DAY(2015, 5, 29), DAY(2015, 5, 30));
	ev.text = "May 29, 2015";
	ev.title = "Kim, Moon; talks\r\n  in S\xc3\xa9oul";
	ev.sentence = LONG_SENTENCE;
	add(tl, ev);
	return tl;
}

static char *write_ics(const dln_timeline *tl)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(dln_write_ics(tl, f), 0);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(strlen(buf), len);
	return buf;
}

/* The content lines with folding undone (RFC 5545 3.1: CRLF followed by one space). */
static char *unfold(const char *ics)
{
	char *out = malloc(strlen(ics) + 1), *o = out;

	assert_non_null(out);
	for (const char *s = ics; *s;) {
		if (strncmp(s, "\r\n ", 3) == 0) {
			s += 3;
			continue;
		}
		*o++ = *s++;
	}
	*o = '\0';
	return out;
}

static size_t count(const char *s, const char *needle)
{
	size_t n = 0;

	for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/* The value of the n-th (from 0) content line starting with `name` in unfolded text,
 * copied into buf. */
static const char *nth_value(const char *unfolded, const char *name, size_t n, char *buf,
			     size_t size)
{
	size_t len = strlen(name);
	const char *p = unfolded;

	for (;;) {
		p = strstr(p, name);
		assert_non_null(p);
		if ((p == unfolded || p[-1] == '\n') && n-- == 0)
			break;
		p += len;
	}
	p += len;
	const char *end = strstr(p, "\r\n");
	assert_non_null(end);
	assert_true((size_t)(end - p) < size);
	memcpy(buf, p, (size_t)(end - p));
	buf[end - p] = '\0';
	return buf;
}

static void test_empty_timeline_is_a_bare_calendar(void **state)
{
	(void)state;
	dln_timeline *tl = NULL;

	assert_int_equal(dln_timeline_new(&tl), 0);
	char *ics = write_ics(tl);
	assert_string_equal(ics, HEAD "END:VCALENDAR\r\n");
	free(ics);
	dln_timeline_free(tl);
}

static void test_one_day_event_exactly(void **state)
{
	(void)state;
	dln_timeline *tl = new_timeline();

	add(tl, day_event("a.txt", 42, "2017-08-07", DAY(2017, 8, 7), DAY(2017, 8, 8)));
	char *ics = write_ics(tl);
	/* The UID is uuid5(994c87a1-9de6-4dd2-a68c-dbbfca861a95, "a.txt\0" "42\0" "2017-08-07"),
	 * worked out independently with Python's uuid module. */
	assert_string_equal(ics, HEAD
		"BEGIN:VEVENT\r\n"
		"UID:915ebfb6-3d40-5753-bec1-8cf0c4118919@datelines\r\n"
		"DTSTAMP:20170809T073200Z\r\n"
		"DTSTART;VALUE=DATE:20170807\r\n"
		"DTEND;VALUE=DATE:20170808\r\n"
		"SUMMARY:something happened\r\n"
		"DESCRIPTION:Something happened that day.\\n\\nExpression: \"that day\" \r\n"
		" (2017-08-07)\\nSource: a.txt\r\n"
		"END:VEVENT\r\n"
		"END:VCALENDAR\r\n");
	free(ics);
	dln_timeline_free(tl);
}

static void test_dates_in_timeline_order(void **state)
{
	(void)state;
	dln_timeline *tl = sample_timeline();
	char *ics = write_ics(tl), *u = unfold(ics), buf[128];
	static const char *const starts[] = { "19900101", "20150529", "20170601", "20170809" };
	static const char *const ends[] = { "20170809", "20150530", "20170701", "20170810" };

	assert_int_equal(count(u, "\r\nBEGIN:VEVENT\r\n"), 4);
	assert_int_equal(count(u, "\r\nEND:VEVENT\r\n"), 4);
	for (size_t i = 0; i < DLN_ARRAY_SIZE(starts); i++) {
		assert_string_equal(nth_value(u, "DTSTART;VALUE=DATE:", i, buf, sizeof(buf)),
				    starts[i]);
		assert_string_equal(nth_value(u, "DTEND;VALUE=DATE:", i, buf, sizeof(buf)),
				    ends[i]);
	}
	assert_string_equal(nth_value(u, "SUMMARY:", 0, buf, sizeof(buf)), "collaboration");
	assert_string_equal(nth_value(u, "SUMMARY:", 3, buf, sizeof(buf)), "the launch");
	free(u);
	free(ics);
	dln_timeline_free(tl);
}

static void test_unresolved_events_are_skipped(void **state)
{
	(void)state;
	dln_timeline *tl = sample_timeline();
	char *ics = write_ics(tl);

	assert_int_equal(dln_timeline_count(tl), 5);
	assert_int_equal(count(ics, "BEGIN:VEVENT"), 4);
	assert_null(strstr(ics, "unresolved"));
	assert_null(strstr(ics, "XXXX"));
	free(ics);
	dln_timeline_free(tl);
}

/* A time of day is all-day on its date; an end later in a day takes in that day. */
static void test_time_events_round_to_days(void **state)
{
	(void)state;
	static const struct {
		struct dln_point start, end;
		const char *dtstart, *dtend;
	} cases[] = {
		{ AT(2017, 8, 1, 22, 0), AT(2017, 8, 1, 23, 0), "20170801", "20170802" },
		{ AT(2017, 8, 1, 22, 0), AT(2017, 8, 3, 1, 0), "20170801", "20170804" },
		{ AT(2017, 8, 1, 22, 0), AT(2017, 8, 3, 0, 0), "20170801", "20170803" },
		{ AT(2017, 12, 31, 0, 0), AT(2018, 1, 1, 0, 0), "20171231", "20180101" },
		{ AT(2016, 2, 28, 9, 0), AT(2016, 2, 28, 12, 0), "20160228", "20160229" },
	};
	char buf[32];

	for (size_t i = 0; i < DLN_ARRAY_SIZE(cases); i++) {
		dln_timeline *tl = new_timeline();
		struct dln_event ev = day_event("a.txt", 7, "T", cases[i].start, cases[i].end);
		ev.type = DLN_TIMEX_TIME;
		add(tl, ev);
		char *ics = write_ics(tl);
		assert_string_equal(nth_value(ics, "DTSTART;VALUE=DATE:", 0, buf, sizeof(buf)),
				    cases[i].dtstart);
		assert_string_equal(nth_value(ics, "DTEND;VALUE=DATE:", 0, buf, sizeof(buf)),
				    cases[i].dtend);
		free(ics);
		dln_timeline_free(tl);
	}
}

static void test_text_is_escaped_and_folded(void **state)
{
	(void)state;
	dln_timeline *tl = sample_timeline();
	char *ics = write_ics(tl), *u = unfold(ics), buf[512];

	assert_string_equal(nth_value(u, "SUMMARY:", 1, buf, sizeof(buf)),
			    "Kim\\, Moon\\; talks in S\xc3\xa9oul");
	assert_string_equal(nth_value(u, "DESCRIPTION:", 1, buf, sizeof(buf)),
			    "Kim\\, who has led the country since 2011\\, said on Tuesday in a "
			    "statement carried by the\\nstate news agency that the tests would go "
			    "on \"until the very end\"\\; officials in Seoul did not comment.\\n\\n"
			    "Expression: \"May 29\\, 2015\" (2015-05-29)\\nSource: a.txt");
	assert_string_equal(nth_value(u, "DESCRIPTION:", 0, buf, sizeof(buf)),
			    "Something happened that day.\\n\\nExpression: \"the early 1990s\" "
			    "(199 START)\\nSource: a.txt");
	/* The long description had to be folded, so the raw text has continuation lines. */
	assert_true(count(ics, "\r\n ") >= 3);
	free(u);
	free(ics);
	dln_timeline_free(tl);
}

static void test_lines_end_in_crlf_within_75_octets(void **state)
{
	(void)state;
	dln_timeline *tl = sample_timeline();
	char *ics = write_ics(tl);
	size_t lines = 0;

	for (const char *line = ics; *line; lines++) {
		const char *lf = strchr(line, '\n');
		assert_non_null(lf);
		assert_true(lf > line && lf[-1] == '\r');
		assert_true((size_t)(lf - 1 - line) <= 75);
		assert_null(memchr(line, '\r', (size_t)(lf - 1 - line)));
		line = lf + 1;
	}
	assert_true(lines > 30);
	free(ics);
	dln_timeline_free(tl);
}

/* Folding between the bytes of one character would leave lines that are not UTF-8. */
static void test_folding_keeps_characters_whole(void **state)
{
	(void)state;
	dln_timeline *tl = new_timeline();
	struct dln_event ev = day_event("a.txt", 3, "2017-06", DAY(2017, 6, 1), DAY(2017, 7, 1));
	char sentence[3 * 100 + 1] = "", buf[400];

	for (int i = 0; i < 100; i++)
		strcat(sentence, "\xe6\x97\xa5");
	ev.sentence = sentence;
	add(tl, ev);
	char *ics = write_ics(tl), *u = unfold(ics);
	for (const char *line = ics; *line;) {
		const char *end = strstr(line, "\r\n");
		assert_true(end - line <= 75);
		assert_int_equal(dln__utf8_first_invalid(line, (size_t)(end - line)),
				 (size_t)(end - line));
		line = end + 2;
	}
	nth_value(u, "DESCRIPTION:", 0, buf, sizeof(buf));
	assert_int_equal(strncmp(buf, sentence, strlen(sentence)), 0);
	assert_string_equal(buf + strlen(sentence),
			    "\\n\\nExpression: \"that day\" (2017-06)\\nSource: a.txt");
	free(u);
	free(ics);
	dln_timeline_free(tl);
}

static void test_uids_are_stable_and_distinct(void **state)
{
	(void)state;
	dln_timeline *tl1 = sample_timeline(), *tl2 = sample_timeline(), *tl3 = new_timeline();
	char *a = write_ics(tl1), *b = write_ics(tl2), buf[4][96];

	assert_string_equal(a, b);
	add_source(tl3, "b.txt", NULL);
	/* Same value: offsets and documents alone must tell the events apart. */
	add(tl3, day_event("a.txt", 1, "2017-06", DAY(2017, 6, 1), DAY(2017, 7, 1)));
	add(tl3, day_event("a.txt", 2, "2017-06", DAY(2017, 6, 1), DAY(2017, 7, 1)));
	add(tl3, day_event("b.txt", 1, "2017-06", DAY(2017, 6, 1), DAY(2017, 7, 1)));
	add(tl3, day_event("a.txt", 1, "2017-06-01", DAY(2017, 6, 1), DAY(2017, 6, 2)));
	char *c = write_ics(tl3);
	for (size_t i = 0; i < 4; i++) {
		nth_value(c, "UID:", i, buf[i], sizeof(buf[i]));
		assert_int_equal(strlen(buf[i]), 36 + strlen("@datelines"));
		assert_string_equal(buf[i] + 36, "@datelines");
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(buf[i], buf[j]);
	}
	free(a);
	free(b);
	free(c);
	dln_timeline_free(tl1);
	dln_timeline_free(tl2);
	dln_timeline_free(tl3);
}

static void test_dtstamp_is_the_publication_time_in_utc(void **state)
{
	(void)state;
	static const struct {
		const char *dct;
		const char *dtstamp;
	} cases[] = {
		{ "2017-08-09T03:32-04:00", "20170809T073200Z" },
		{ "2017-08-09T22:15-04:00", "20170810T021500Z" },
		{ "2017-01-01T01:00+05:30", "20161231T193000Z" },
		{ "2017-08-09T03:32", "20170809T033200Z" },
		{ "2017-08-09", "20170809T000000Z" },
		{ NULL, "20150529T000000Z" },
	};
	char buf[32];

	for (size_t i = 0; i < DLN_ARRAY_SIZE(cases); i++) {
		dln_timeline *tl = NULL;
		assert_int_equal(dln_timeline_new(&tl), 0);
		add_source(tl, "other.txt", "2001-01-01");
		add_source(tl, "doc.txt", cases[i].dct);
		add_source(tl, "zzz.txt", "2002-02-02");
		add(tl, day_event("doc.txt", 9, "2015-05-29", DAY(2015, 5, 29), DAY(2015, 5, 30)));
		char *ics = write_ics(tl);
		assert_string_equal(nth_value(ics, "DTSTAMP:", 0, buf, sizeof(buf)),
				    cases[i].dtstamp);
		free(ics);
		dln_timeline_free(tl);
	}
}

static void test_empty_title_falls_back_to_text(void **state)
{
	(void)state;
	dln_timeline *tl = new_timeline();
	struct dln_event ev = day_event("a.txt", 3, "2017-06", DAY(2017, 6, 1), DAY(2017, 7, 1));
	char buf[64];

	ev.title = "";
	ev.sentence = "";
	ev.text = "last June";
	add(tl, ev);
	char *ics = write_ics(tl);
	assert_string_equal(nth_value(ics, "SUMMARY:", 0, buf, sizeof(buf)), "last June");
	assert_string_equal(nth_value(ics, "DESCRIPTION:", 0, buf, sizeof(buf)),
			    "Expression: \"last June\" (2017-06)\\nSource: a.txt");
	free(ics);
	dln_timeline_free(tl);
}

static void test_invalid_text_becomes_replacement_characters(void **state)
{
	(void)state;
	dln_timeline *tl = new_timeline();
	struct dln_event ev = day_event("a.txt", 3, "2017-06", DAY(2017, 6, 1), DAY(2017, 7, 1));
	char buf[128];

	ev.title = "bad\xff\x01" "end\r\nnext\tok";
	ev.sentence = "one\r\ntwo\rthree\x7f\tfour\xc3";
	add(tl, ev);
	char *ics = write_ics(tl), *u = unfold(ics);
	assert_string_equal(nth_value(u, "SUMMARY:", 0, buf, sizeof(buf)),
			    "bad\xef\xbf\xbd\xef\xbf\xbd" "end next ok");
	assert_string_equal(nth_value(u, "DESCRIPTION:", 0, buf, sizeof(buf)),
			    "one\\ntwo\\nthree\xef\xbf\xbd\tfour\xef\xbf\xbd\\n\\n"
			    "Expression: \"that day\" (2017-06)\\nSource: a.txt");
	free(u);
	free(ics);
	dln_timeline_free(tl);
}

static void test_libical_reads_it_back(void **state)
{
	(void)state;
	dln_timeline *tl = sample_timeline();
	char *ics = write_ics(tl);
	icalcomponent *cal = icalparser_parse_string(ics);

	assert_non_null(cal);
	assert_int_equal(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
	assert_int_equal(icalcomponent_count_errors(cal), 0);
	assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 4);
	icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT);
	assert_string_equal(icalcomponent_get_summary(ev), "Kim, Moon; talks in S\xc3\xa9oul");
	assert_string_equal(icalcomponent_get_description(ev),
			    LONG_SENTENCE "\n\nExpression: \"May 29, 2015\" (2015-05-29)\n"
			    "Source: a.txt");
	struct icaltimetype start = icalcomponent_get_dtstart(ev);
	assert_true(start.is_date);
	assert_int_equal(start.year * 10000 + start.month * 100 + start.day, 20150529);
	icalcomponent_free(cal);
	free(ics);
	dln_timeline_free(tl);
}

static void test_write_failure_is_eio(void **state)
{
	(void)state;
	dln_timeline *tl = sample_timeline();
	FILE *f = fopen("/dev/null", "r");

	assert_non_null(f);
	assert_int_equal(dln_write_ics(tl, f), DLN_EIO);
	assert_string_equal(dln_error_last(), "write failed");
	fclose(f);
	dln_timeline_free(tl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_timeline_is_a_bare_calendar),
		cmocka_unit_test(test_one_day_event_exactly),
		cmocka_unit_test(test_dates_in_timeline_order),
		cmocka_unit_test(test_unresolved_events_are_skipped),
		cmocka_unit_test(test_time_events_round_to_days),
		cmocka_unit_test(test_text_is_escaped_and_folded),
		cmocka_unit_test(test_lines_end_in_crlf_within_75_octets),
		cmocka_unit_test(test_folding_keeps_characters_whole),
		cmocka_unit_test(test_uids_are_stable_and_distinct),
		cmocka_unit_test(test_dtstamp_is_the_publication_time_in_utc),
		cmocka_unit_test(test_empty_title_falls_back_to_text),
		cmocka_unit_test(test_invalid_text_becomes_replacement_characters),
		cmocka_unit_test(test_libical_reads_it_back),
		cmocka_unit_test(test_write_failure_is_eio),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
