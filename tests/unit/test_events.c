/* Events: which expressions become events, their intervals, ranges and titles. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "datelines/datelines.h"

/* Tags text (with an optional DCT) and returns its timeline; the caller frees it. */
static dln_timeline *timeline_of(const char *text, const char *dct)
{
	struct dln_read_options opt = DLN_READ_OPTIONS_INIT;
	dln_document *doc = NULL;
	dln_tagging *tagging = NULL;
	dln_timeline *tl = NULL;

	opt.format = DLN_INPUT_TEXT;
	if (dct)
		assert_int_equal(dln_dct_parse(dct, &opt.dct), 0);
	assert_int_equal(dln_document_read("doc.txt", text, strlen(text), &opt, &doc), 0);
	assert_int_equal(dln_tag(doc, NULL, &tagging), 0);
	assert_int_equal(dln_timeline_new(&tl), 0);
	assert_int_equal(dln_timeline_add_tagging(tl, tagging), 0);
	dln_tagging_free(tagging);
	dln_document_free(doc);
	return tl;
}

static void assert_interval(const struct dln_event *e, const char *start, const char *end)
{
	char s[32], en[32];

	assert_true(e->resolved);
	dln_point_format(&e->start, s, sizeof(s));
	dln_point_format(&e->end, en, sizeof(en));
	assert_string_equal(s, start);
	assert_string_equal(en, end);
}

static void test_only_dates_and_times_are_events(void **state)
{
	(void)state;
	dln_timeline *tl = timeline_of("For three years, the board met annually. Now it met "
				       "on May 3, 2016.", "2017-08-09");

	assert_int_equal(dln_timeline_count(tl), 1);
	const struct dln_event *e = dln_timeline_event(tl, 0);
	assert_string_equal(e->value, "2016-05-03");
	assert_string_equal(e->text, "May 3, 2016");
	assert_null(e->mod);
	assert_false(e->is_range);
	assert_interval(e, "2016-05-03", "2016-05-04");
	assert_string_equal(e->doc, "doc.txt");
	assert_int_equal(e->offset, strlen("For three years, the board met annually. Now it met on "));
	dln_timeline_free(tl);
}

static void test_since_is_a_range_to_the_publication_date(void **state)
{
	(void)state;
	dln_timeline *tl = timeline_of("The two have worked together since at least the early "
				       "1990s.", "2017-08-09");

	assert_int_equal(dln_timeline_count(tl), 1);
	const struct dln_event *e = dln_timeline_event(tl, 0);
	assert_string_equal(e->value, "199");
	assert_string_equal(e->mod, "START");
	assert_string_equal(e->text, "the early 1990s");
	assert_true(e->is_range);
	assert_interval(e, "1990-01-01", "2017-08-09");
	assert_string_equal(e->title, "The two have worked together");
	dln_timeline_free(tl);
}

static void test_from_to_and_between_make_one_range(void **state)
{
	(void)state;
	dln_timeline *tl = timeline_of("He ruled from 1990 to 1995. The plant ran between 2001 and "
				       "2003.", "2017-08-09");

	assert_int_equal(dln_timeline_count(tl), 2);
	const struct dln_event *e = dln_timeline_event(tl, 0);
	assert_string_equal(e->text, "1990 to 1995");
	assert_true(e->is_range);
	assert_interval(e, "1990-01-01", "1996-01-01");
	assert_string_equal(e->title, "He ruled");
	e = dln_timeline_event(tl, 1);
	assert_string_equal(e->text, "2001 and 2003");
	assert_interval(e, "2001-01-01", "2004-01-01");
	dln_timeline_free(tl);
}

static void test_unresolved_without_a_publication_date(void **state)
{
	(void)state;
	dln_timeline *tl = timeline_of("Prices rose last June. The deal closed on May 29, 2015.",
				       NULL);

	assert_int_equal(dln_timeline_count(tl), 2);
	/* Resolved events first, then the ones with unknown digits. */
	assert_string_equal(dln_timeline_event(tl, 0)->value, "2015-05-29");
	const struct dln_event *e = dln_timeline_event(tl, 1);
	assert_string_equal(e->value, "XXXX-06");
	assert_false(e->resolved);
	assert_string_equal(e->title, "Prices rose");
	dln_timeline_free(tl);
}

static void test_titles_drop_dates_asides_and_openers(void **state)
{
	(void)state;
	dln_timeline *tl = timeline_of(
		"Another report, last June, claimed that the plant had closed, with the help of "
		"experts. In its annual review of threats, the agency told lawmakers last May that "
		"exports grew. Missile Talks Resume (July 22, 2011)\n\n", "2017-08-09");

	assert_int_equal(dln_timeline_count(tl), 3);
	assert_string_equal(dln_timeline_event(tl, 0)->title, "Missile Talks Resume");
	assert_string_equal(dln_timeline_event(tl, 1)->title, "The agency told lawmakers that "
			    "exports grew");
	assert_string_equal(dln_timeline_event(tl, 2)->title, "Another report claimed that the "
			    "plant had closed");
	dln_timeline_free(tl);
}

static void test_long_titles_are_cut_with_an_ellipsis(void **state)
{
	(void)state;
	dln_timeline *tl = timeline_of("On Monday the committee of the regional assembly voted to "
				       "approve the long delayed plan for new roads bridges and "
				       "schools in the north.", "2017-08-09");

	assert_int_equal(dln_timeline_count(tl), 1);
	assert_string_equal(dln_timeline_event(tl, 0)->title,
			    "The committee of the regional assembly voted to approve the long "
			    "delayed plan for new roads\xE2\x80\xA6");
	assert_string_equal(dln_timeline_event(tl, 0)->value, "2017-08-07");
	dln_timeline_free(tl);
}

static void test_sentence_has_folded_white_space(void **state)
{
	(void)state;
	dln_timeline *tl = timeline_of("The vote\nwas held   on\tMay 3, 2016.", "2017-08-09");

	assert_string_equal(dln_timeline_event(tl, 0)->sentence,
			    "The vote was held on May 3, 2016.");
	dln_timeline_free(tl);
}

static void test_endless_sentence_is_cut_around_its_expression(void **state)
{
	(void)state;
	static char text[4096];
	char *p = text;

	p += sprintf(p, "It began ");
	for (int i = 0; i < 100; i++)
		p += sprintf(p, "and on ");
	p += sprintf(p, "on May 3, 2016 ");
	for (int i = 0; i < 100; i++)
		p += sprintf(p, "and so ");
	sprintf(p, "on.");

	dln_timeline *tl = timeline_of(text, "2017-08-09");
	const char *sentence = dln_timeline_event(tl, 0)->sentence;
	assert_true(strlen(sentence) < 850);
	assert_memory_equal(sentence, "\xE2\x80\xA6", 3);
	assert_string_equal(sentence + strlen(sentence) - 4, " \xE2\x80\xA6");
	assert_non_null(strstr(sentence, " on May 3, 2016 and so "));
	dln_timeline_free(tl);
}

static void test_sample_article_events(void **state)
{
	(void)state;
	static const char *const expected[][4] = {
		{ "199", "the early 1990s", "1990-01-01", "2017-08-09" },
		{ "2011", "2011", "2011-01-01", "2012-01-01" },
		{ "2011-07-22", "July 22, 2011", "2011-07-22", "2011-07-23" },
		{ "2015", "2015", "2015-01-01", "2016-01-01" },
		{ "2015-05-29", "May 29, 2015", "2015-05-29", "2015-05-30" },
		{ "2017-02-11", "two days earlier", "2017-02-11", "2017-02-12" },
		{ "2017-02-13", "February 13, 2017", "2017-02-13", "2017-02-14" },
		{ "2017-05", "last May", "2017-05-01", "2017-06-01" },
		{ "2017-06", "last June", "2017-06-01", "2017-07-01" },
		{ "2017-06-21", "June 21, 2017", "2017-06-21", "2017-06-22" },
		{ "2017-W31-WE", "the weekend", "2017-08-05", "2017-08-07" },
	};
	FILE *f = fopen(DLN_SOURCE_ROOT "/samples/cnsnews-2017-08-09-north-korea-iran.txt", "rb");
	static char buf[1 << 16];
	assert_non_null(f);
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';

	dln_timeline *tl = timeline_of(buf, NULL);
	assert_int_equal(dln_timeline_count(tl), sizeof(expected) / sizeof(expected[0]));
	for (size_t i = 0; i < dln_timeline_count(tl); i++) {
		const struct dln_event *e = dln_timeline_event(tl, i);
		assert_string_equal(e->value, expected[i][0]);
		assert_string_equal(e->text, expected[i][1]);
		assert_interval(e, expected[i][2], expected[i][3]);
	}
	assert_string_equal(dln_timeline_event(tl, 10)->title,
			    "Pyongyang\xE2\x80\x99s second most-senior leader, Kim Yong-nam, attended "
			    "re-elected Iranian President Hasan Rouhani\xE2\x80\x99s inauguration "
			    "ceremony");
	assert_string_equal(dln_timeline_event(tl, 5)->title,
			    "Kim Jong-un observing a medium-range ballistic missile being launched");
	assert_string_equal(dln_timeline_event(tl, 8)->title,
			    "Another NCRI report claimed that Iran has established missile "
			    "facilities based on North Korean models");
	dln_timeline_free(tl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_only_dates_and_times_are_events),
		cmocka_unit_test(test_since_is_a_range_to_the_publication_date),
		cmocka_unit_test(test_from_to_and_between_make_one_range),
		cmocka_unit_test(test_unresolved_without_a_publication_date),
		cmocka_unit_test(test_titles_drop_dates_asides_and_openers),
		cmocka_unit_test(test_long_titles_are_cut_with_an_ellipsis),
		cmocka_unit_test(test_sentence_has_folded_white_space),
		cmocka_unit_test(test_endless_sentence_is_cut_around_its_expression),
		cmocka_unit_test(test_sample_article_events),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
