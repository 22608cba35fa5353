/* dln_write_list: the text table, TSV, JSON and JSON Lines listings of hand-built timelines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/error.h"
#include "datelines/timeline.h"
#include "datelines/writers.h"

static struct dln_point day(int y, int m, int d)
{
	return (struct dln_point){ y, m, d, -1 };
}

static struct dln_point minute(int y, int m, int d, int hh, int mm)
{
	return (struct dln_point){ y, m, d, hh * 60 + mm };
}

static void add_source(dln_timeline *tl, const char *name, const char *title, const char *dct)
{
	struct dln_source src = { .name = name, .title = title };

	if (dct)
		assert_int_equal(dln_dct_parse(dct, &src.dct), 0);
	assert_int_equal(dln_timeline_add_source(tl, &src), 0);
}

/* A resolved DATE event; callers adjust what differs. */
static struct dln_event event(const char *doc, const char *text, const char *value,
			      struct dln_point start, struct dln_point end, const char *title,
			      size_t offset)
{
	return (struct dln_event){
		.doc = doc, .text = text, .value = value, .type = DLN_TIMEX_DATE,
		.title = title, .sentence = "", .offset = offset, .resolved = true,
		.start = start, .end = end,
	};
}

static void add(dln_timeline *tl, struct dln_event ev)
{
	assert_int_equal(dln_timeline_add_event(tl, &ev), 0);
}

/* The listing of tl in format, as a string the caller frees. */
static char *listing(const dln_timeline *tl, enum dln_list_format format)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	assert_non_null(out);
	assert_int_equal(dln_write_list(tl, format, out), 0);
	assert_int_equal(fclose(out), 0);
	return buf;
}

static void assert_listing(const dln_timeline *tl, enum dln_list_format format,
			   const char *expected)
{
	char *got = listing(tl, format);

	assert_string_equal(got, expected);
	free(got);
}

/* One article with every shape of WHEN, added out of order. */
static dln_timeline *article(void)
{
	dln_timeline *tl;
	struct dln_event ev;

	assert_int_equal(dln_timeline_new(&tl), 0);
	add_source(tl, "a.txt", "Ties", "2017-08-09");
	add(tl, event("a.txt", "last June", "2017-06", day(2017, 6, 1), day(2017, 7, 1),
		      "Kim visited Tehran", 100));
	add(tl, event("a.txt", "Feb. 13", "2017-02-13", day(2017, 2, 13), day(2017, 2, 14),
		      "Kim Jong Nam was killed", 50));
	add(tl, event("a.txt", "2011", "2011", day(2011, 1, 1), day(2012, 1, 1),
		      "talks began", 10));
	add(tl, event("a.txt", "the weekend", "2017-W31-WE", day(2017, 8, 5), day(2017, 8, 7),
		      "attended the inauguration", 200));
	ev = event("a.txt", "the early 1990s", "199", day(1990, 1, 1), day(2017, 8, 10),
		   "missile collaboration", 300);
	ev.mod = "START";
	ev.is_range = true;
	add(tl, ev);
	ev = event("a.txt", "3:32am", "2017-08-09T03:32", minute(2017, 8, 9, 3, 32),
		   minute(2017, 8, 9, 3, 33), "published", 5);
	ev.type = DLN_TIMEX_TIME;
	add(tl, ev);
	ev = event("a.txt", "the day", "XXXX-XX-XX", day(1, 1, 1), day(1, 1, 1), "", 400);
	ev.resolved = false;
	ev.sentence = "On the day\tit\nhappened.";
	add(tl, ev);
	add(tl, event("a.txt", "the 1990s", "199", day(1990, 1, 1), day(2000, 1, 1),
		      "the program grew", 20));
	add(tl, event("a.txt", "the second quarter", "2017-Q2", day(2017, 4, 1),
		      day(2017, 7, 1), "exports fell", 30));
	ev = event("a.txt", "Friday morning", "2017-08-04TMO", minute(2017, 8, 4, 6, 0),
		   minute(2017, 8, 4, 12, 0), "the embassy opened", 40);
	ev.type = DLN_TIMEX_TIME;
	add(tl, ev);
	ev = event("a.txt", "New Year's Eve", "2016-12-31", minute(2016, 12, 31, 18, 0),
		   day(2017, 1, 1), "fireworks", 60);
	ev.type = DLN_TIMEX_TIME;
	add(tl, ev);
	return tl;
}

static void text_table(void **state)
{
	(void)state;
	dln_timeline *tl = article();

	assert_listing(tl, DLN_LIST_TEXT,
		"WHEN                     VALUE             EXPRESSION          "
		"EVENT\n"
		"1990..1999               199               the 1990s           "
		"the program grew\n"
		"1990-01-01 \xE2\x86\x92 2017-08-10  199 START         the early 1990s     "
		"missile collaboration\n"
		"2011                     2011              2011                "
		"talks began\n"
		"2016-12-31 18:00..24:00  2016-12-31        New Year's Eve      "
		"fireworks\n"
		"2017-02-13               2017-02-13        Feb. 13             "
		"Kim Jong Nam was killed\n"
		"2017-04..06              2017-Q2           the second quarter  "
		"exports fell\n"
		"2017-06                  2017-06           last June           "
		"Kim visited Tehran\n"
		"2017-08-04 06:00..12:00  2017-08-04TMO     Friday morning      "
		"the embassy opened\n"
		"2017-08-05..08-06        2017-W31-WE       the weekend         "
		"attended the inauguration\n"
		"2017-08-09 03:32         2017-08-09T03:32  3:32am              "
		"published\n"
		"?                        XXXX-XX-XX        the day             "
		"On the day it happened.\n");
	dln_timeline_free(tl);
}

/* Several documents add a DOC column with file names; widths count code points; long cells
 * are cut (a file name at its front), and a cut never leaves a space before the ellipsis. */
static void text_several_documents(void **state)
{
	(void)state;
	dln_timeline *tl;
	struct dln_event ev;

	assert_int_equal(dln_timeline_new(&tl), 0);
	add_source(tl, "corpus/TimeBank/ABC19980108.1830.0711.tml", "", NULL);
	add_source(tl, "b.txt", "B", "2017-08-09");
	add(tl, event("b.txt", "ce mois-là", "2017-08", day(2017, 8, 1), day(2017, 9, 1),
		      "Pyongyang’s leader went to Tehran", 7));
	ev = event("corpus/TimeBank/ABC19980108.1830.0711.tml", "Jan. 8", "1998-01-08",
		   day(1998, 1, 8), day(1998, 1, 9), "", 3);
	ev.sentence = "The sentence that has no title is long enough that it has to be cut off "
		      "before the end of the line, which is about one hundred and twenty columns.";
	add(tl, ev);
	add(tl, event("b.txt", "the week of the long expression that is cut", "2017-W32",
		      day(2017, 8, 7), day(2017, 8, 14), "Ünïcödé", 9));

	assert_listing(tl, DLN_LIST_TEXT,
		"WHEN               VALUE       EXPRESSION              "
		"DOC                   EVENT\n"
		"1998-01-08         1998-01-08  Jan. 8                  "
		"\xE2\x80\xA6" "80108.1830.0711.tml  "
		"The sentence that has no title is long eno\xE2\x80\xA6\n"
		"2017-08            2017-08     ce mois-là              "
		"b.txt                 Pyongyang’s leader went to Tehran\n"
		"2017-08-07..08-13  2017-W32    the week of the long\xE2\x80\xA6   "
		"b.txt                 Ünïcödé\n");
	dln_timeline_free(tl);
}

static void tsv(void **state)
{
	(void)state;
	dln_timeline *tl = article();

	assert_listing(tl, DLN_LIST_TSV,
		"start\tend\tvalue\ttype\tmod\ttext\ttitle\tsentence\tdoc\toffset\n"
		"1990-01-01\t2000-01-01\t199\tDATE\t\tthe 1990s\tthe program grew\t\ta.txt\t20\n"
		"1990-01-01\t2017-08-10\t199\tDATE\tSTART\tthe early 1990s\t"
		"missile collaboration\t\ta.txt\t300\n"
		"2011-01-01\t2012-01-01\t2011\tDATE\t\t2011\ttalks began\t\ta.txt\t10\n"
		"2016-12-31T18:00\t2017-01-01\t2016-12-31\tTIME\t\tNew Year's Eve\t"
		"fireworks\t\ta.txt\t60\n"
		"2017-02-13\t2017-02-14\t2017-02-13\tDATE\t\tFeb. 13\t"
		"Kim Jong Nam was killed\t\ta.txt\t50\n"
		"2017-04-01\t2017-07-01\t2017-Q2\tDATE\t\tthe second quarter\t"
		"exports fell\t\ta.txt\t30\n"
		"2017-06-01\t2017-07-01\t2017-06\tDATE\t\tlast June\t"
		"Kim visited Tehran\t\ta.txt\t100\n"
		"2017-08-04T06:00\t2017-08-04T12:00\t2017-08-04TMO\tTIME\t\tFriday morning\t"
		"the embassy opened\t\ta.txt\t40\n"
		"2017-08-05\t2017-08-07\t2017-W31-WE\tDATE\t\tthe weekend\t"
		"attended the inauguration\t\ta.txt\t200\n"
		"2017-08-09T03:32\t2017-08-09T03:33\t2017-08-09T03:32\tTIME\t\t3:32am\t"
		"published\t\ta.txt\t5\n"
		"\t\tXXXX-XX-XX\tDATE\t\tthe day\t\tOn the day it happened.\ta.txt\t400\n");
	dln_timeline_free(tl);
}

static void tsv_fields_stay_on_one_line(void **state)
{
	(void)state;
	dln_timeline *tl;
	struct dln_event ev;

	assert_int_equal(dln_timeline_new(&tl), 0);
	add_source(tl, "x\ty.txt", "", NULL);
	ev = event("x\ty.txt", "two\tdays\r\nlater", "2017-08-11", day(2017, 8, 11),
		   day(2017, 8, 12), "left\rearly", 1);
	ev.sentence = "Line one\nline two\r\n";
	ev.mod = "END";
	add(tl, ev);
	assert_listing(tl, DLN_LIST_TSV,
		"start\tend\tvalue\ttype\tmod\ttext\ttitle\tsentence\tdoc\toffset\n"
		"2017-08-11\t2017-08-12\t2017-08-11\tDATE\tEND\ttwo days  later\tleft early\t"
		"Line one line two  \tx y.txt\t1\n");
	dln_timeline_free(tl);
}

static void json(void **state)
{
	(void)state;
	dln_timeline *tl;
	struct dln_event ev;

	assert_int_equal(dln_timeline_new(&tl), 0);
	add_source(tl, "dir/\"q\".txt", "Tehran \\ Pyongyang", "2017-08-09T03:32-04:00");
	add_source(tl, "-", "", NULL);
	ev = event("-", "that day", "XXXX-XX-XX", day(1, 1, 1), day(1, 1, 1), "", 12);
	ev.resolved = false;
	ev.sentence = "It rained that day.";
	add(tl, ev);
	ev = event("dir/\"q\".txt", "“last June”", "2017-06", day(2017, 6, 1), day(2017, 7, 1),
		   "said \"no\"", 3);
	ev.sentence = "Tab\there, bell\a, invalid \xff, line\nend, é.";
	add(tl, ev);
	ev = event("dir/\"q\".txt", "since 2011", "2011", day(2011, 1, 1), day(2017, 8, 10),
		   "ties grew", 40);
	ev.mod = "ON_OR_AFTER";
	ev.is_range = true;
	add(tl, ev);
	ev = event("dir/\"q\".txt", "3:32am", "2017-08-09T03:32", minute(2017, 8, 9, 3, 32),
		   minute(2017, 8, 9, 3, 33), "published", 1);
	ev.type = DLN_TIMEX_TIME;
	add(tl, ev);

	assert_listing(tl, DLN_LIST_JSON,
		"{\"documents\": ["
		"{\"name\": \"dir/\\\"q\\\".txt\", \"title\": \"Tehran \\\\ Pyongyang\", "
		"\"dct\": \"2017-08-09T03:32\"}, "
		"{\"name\": \"-\", \"title\": \"\", \"dct\": null}],\n"
		"\"events\": [\n"
		"{\"value\": \"2011\", \"type\": \"DATE\", \"mod\": \"ON_OR_AFTER\", "
		"\"text\": \"since 2011\", \"start\": \"2011-01-01\", \"end\": \"2017-08-10\", "
		"\"range\": true, \"title\": \"ties grew\", \"sentence\": \"\", "
		"\"doc\": \"dir/\\\"q\\\".txt\", \"offset\": 40},\n"
		"{\"value\": \"2017-06\", \"type\": \"DATE\", \"mod\": null, "
		"\"text\": \"“last June”\", \"start\": \"2017-06-01\", \"end\": \"2017-07-01\", "
		"\"range\": false, \"title\": \"said \\\"no\\\"\", "
		"\"sentence\": \"Tab\\there, bell\\u0007, invalid \xEF\xBF\xBD, line\\nend, é.\", "
		"\"doc\": \"dir/\\\"q\\\".txt\", \"offset\": 3},\n"
		"{\"value\": \"2017-08-09T03:32\", \"type\": \"TIME\", \"mod\": null, "
		"\"text\": \"3:32am\", \"start\": \"2017-08-09T03:32\", "
		"\"end\": \"2017-08-09T03:33\", \"range\": false, \"title\": \"published\", "
		"\"sentence\": \"\", \"doc\": \"dir/\\\"q\\\".txt\", \"offset\": 1},\n"
		"{\"value\": \"XXXX-XX-XX\", \"type\": \"DATE\", \"mod\": null, "
		"\"text\": \"that day\", \"start\": null, \"end\": null, \"range\": false, "
		"\"title\": \"\", \"sentence\": \"It rained that day.\", \"doc\": \"-\", "
		"\"offset\": 12}\n"
		"]}\n");

	assert_listing(tl, DLN_LIST_JSONL,
		"{\"value\": \"2011\", \"type\": \"DATE\", \"mod\": \"ON_OR_AFTER\", "
		"\"text\": \"since 2011\", \"start\": \"2011-01-01\", \"end\": \"2017-08-10\", "
		"\"range\": true, \"title\": \"ties grew\", \"sentence\": \"\", "
		"\"doc\": \"dir/\\\"q\\\".txt\", \"offset\": 40}\n"
		"{\"value\": \"2017-06\", \"type\": \"DATE\", \"mod\": null, "
		"\"text\": \"“last June”\", \"start\": \"2017-06-01\", \"end\": \"2017-07-01\", "
		"\"range\": false, \"title\": \"said \\\"no\\\"\", "
		"\"sentence\": \"Tab\\there, bell\\u0007, invalid \xEF\xBF\xBD, line\\nend, é.\", "
		"\"doc\": \"dir/\\\"q\\\".txt\", \"offset\": 3}\n"
		"{\"value\": \"2017-08-09T03:32\", \"type\": \"TIME\", \"mod\": null, "
		"\"text\": \"3:32am\", \"start\": \"2017-08-09T03:32\", "
		"\"end\": \"2017-08-09T03:33\", \"range\": false, \"title\": \"published\", "
		"\"sentence\": \"\", \"doc\": \"dir/\\\"q\\\".txt\", \"offset\": 1}\n"
		"{\"value\": \"XXXX-XX-XX\", \"type\": \"DATE\", \"mod\": null, "
		"\"text\": \"that day\", \"start\": null, \"end\": null, \"range\": false, "
		"\"title\": \"\", \"sentence\": \"It rained that day.\", \"doc\": \"-\", "
		"\"offset\": 12}\n");
	dln_timeline_free(tl);
}

/* An empty timeline still has its header (or its documents) but no rows. */
static void empty(void **state)
{
	(void)state;
	dln_timeline *tl;

	assert_int_equal(dln_timeline_new(&tl), 0);
	assert_listing(tl, DLN_LIST_TEXT, "WHEN  VALUE  EXPRESSION  EVENT\n");
	assert_listing(tl, DLN_LIST_TSV,
		       "start\tend\tvalue\ttype\tmod\ttext\ttitle\tsentence\tdoc\toffset\n");
	assert_listing(tl, DLN_LIST_JSON, "{\"documents\": [],\n\"events\": [\n]}\n");
	assert_listing(tl, DLN_LIST_JSONL, "");
	add_source(tl, "a.txt", "A", "2017-08-09");
	assert_listing(tl, DLN_LIST_JSON,
		       "{\"documents\": [{\"name\": \"a.txt\", \"title\": \"A\", "
		       "\"dct\": \"2017-08-09\"}],\n\"events\": [\n]}\n");
	dln_timeline_free(tl);
}

/* A stream that refuses writes makes every format fail with DLN_EIO. */
static void write_failure(void **state)
{
	(void)state;
	dln_timeline *tl = article();
	FILE *ro = fopen("/dev/null", "r");

	assert_non_null(ro);
	assert_int_equal(dln_write_list(tl, DLN_LIST_TEXT, ro), DLN_EIO);
	assert_int_equal(dln_write_list(tl, DLN_LIST_TSV, ro), DLN_EIO);
	assert_int_equal(dln_write_list(tl, DLN_LIST_JSON, ro), DLN_EIO);
	assert_int_equal(dln_write_list(tl, DLN_LIST_JSONL, ro), DLN_EIO);
	assert_string_equal(dln_error_last(), "write failed");
	fclose(ro);
	dln_timeline_free(tl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_table),
		cmocka_unit_test(text_several_documents),
		cmocka_unit_test(tsv),
		cmocka_unit_test(tsv_fields_stay_on_one_line),
		cmocka_unit_test(json),
		cmocka_unit_test(empty),
		cmocka_unit_test(write_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
