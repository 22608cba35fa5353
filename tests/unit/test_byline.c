/* Publication date and headline from the byline of a plain-text article. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "datelines/datelines.h"

static dln_document *read_text(const char *text, const char *dct)
{
	struct dln_read_options opt = DLN_READ_OPTIONS_INIT;
	dln_document *doc = NULL;

	opt.format = DLN_INPUT_TEXT;
	if (dct)
		assert_int_equal(dln_dct_parse(dct, &opt.dct), 0);
	assert_int_equal(dln_document_read("article.txt", text, strlen(text), &opt, &doc), 0);
	return doc;
}

static void test_pipe_byline_with_time_and_zone(void **state)
{
	(void)state;
	const char *text = "Headline Here: A Story\n\nJane Doe | August 9, 2017 | 3:32am EDT\n"
			   "Body text.\n";
	dln_document *doc = read_text(text, NULL);
	const struct dln_dct *dct = dln_document_dct(doc);
	size_t start, end;

	assert_true(dct->known);
	assert_int_equal(dct->at.year, 2017);
	assert_int_equal(dct->at.month, 8);
	assert_int_equal(dct->at.day, 9);
	assert_int_equal(dct->at.minute, 3 * 60 + 32);
	assert_true(dct->has_offset);
	assert_int_equal(dct->utc_offset_minutes, -240);
	assert_string_equal(dln_document_title(doc), "Headline Here: A Story");
	dln_document_byline(doc, &start, &end);
	assert_int_equal(start, strlen("Headline Here: A Story\n\n"));
	assert_int_equal(end, start + strlen("Jane Doe | August 9, 2017 | 3:32am EDT"));
	dln_document_free(doc);
}

static void test_pm_time(void **state)
{
	(void)state;
	dln_document *doc = read_text("Title\nBy Jane Doe | May 3, 2016 | 4:05 p.m.\nText.", NULL);
	const struct dln_dct *dct = dln_document_dct(doc);

	assert_true(dct->known);
	assert_int_equal(dct->at.month, 5);
	assert_int_equal(dct->at.day, 3);
	assert_int_equal(dct->at.minute, 16 * 60 + 5);
	assert_false(dct->has_offset);
	dln_document_free(doc);
}

static void test_by_and_iso_forms(void **state)
{
	(void)state;
	dln_document *doc = read_text("By Jane Doe, 3 May 2016\nText.", NULL);
	assert_true(dln_document_dct(doc)->known);
	assert_int_equal(dln_document_dct(doc)->at.year, 2016);
	assert_int_equal(dln_document_dct(doc)->at.month, 5);
	assert_int_equal(dln_document_dct(doc)->at.day, 3);
	assert_int_equal(dln_document_dct(doc)->at.minute, -1);
	/* The first line was the byline: there is no headline before it. */
	assert_string_equal(dln_document_title(doc), "");
	dln_document_free(doc);

	doc = read_text("By The Associated Press, May 3, 2016\nText.", NULL);
	assert_true(dln_document_dct(doc)->known);
	assert_int_equal(dln_document_dct(doc)->at.day, 3);
	dln_document_free(doc);

	doc = read_text("Published 2017-08-09\n\nText.", NULL);
	assert_true(dln_document_dct(doc)->known);
	assert_int_equal(dln_document_dct(doc)->at.day, 9);
	dln_document_free(doc);
}

static void test_a_date_in_the_story_is_no_byline(void **state)
{
	(void)state;
	dln_document *doc = read_text("The council met on May 3, 2016 to discuss the budget for the "
				      "coming year, officials said.\n", NULL);
	size_t start, end;

	assert_false(dln_document_dct(doc)->known);
	dln_document_byline(doc, &start, &end);
	assert_int_equal(start, 0);
	assert_int_equal(end, 0);
	dln_document_free(doc);

	/* "By" and a time, not a name, opens the story. */
	doc = read_text("By 3 a.m. on Aug. 24, 1990, the creek had risen.\n", NULL);
	assert_false(dln_document_dct(doc)->known);
	dln_document_byline(doc, &start, &end);
	assert_int_equal(end, 0);
	dln_document_free(doc);
}

static void test_given_dct_wins_but_byline_is_found(void **state)
{
	(void)state;
	dln_document *doc = read_text("Jane Doe | August 9, 2017\nText.", "2020-01-02");
	size_t start, end;

	assert_int_equal(dln_document_dct(doc)->at.year, 2020);
	dln_document_byline(doc, &start, &end);
	assert_int_equal(start, 0);
	assert_int_equal(end, strlen("Jane Doe | August 9, 2017"));
	dln_document_free(doc);
}

static void test_byline_too_far_down(void **state)
{
	(void)state;
	char text[512] = "";
	for (int i = 0; i < 14; i++)
		strcat(text, "A line of the story.\n");
	strcat(text, "Jane Doe | August 9, 2017\n");
	dln_document *doc = read_text(text, NULL);
	assert_false(dln_document_dct(doc)->known);
	dln_document_free(doc);
}

static void test_sample_article(void **state)
{
	(void)state;
	FILE *f = fopen(DLN_SOURCE_ROOT "/samples/cnsnews-2017-08-09-north-korea-iran.txt", "rb");
	static char buf[1 << 16];
	assert_non_null(f);
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	dln_document *doc = read_text(buf, NULL);
	const struct dln_dct *dct = dln_document_dct(doc);

	assert_true(dct->known);
	assert_int_equal(dct->at.year, 2017);
	assert_int_equal(dct->at.month, 8);
	assert_int_equal(dct->at.day, 9);
	assert_string_equal(dln_document_title(doc), "North Korea Strengthening Ties With Iran: "
			    "\xE2\x80\x98Tehran and Pyongyang Have a Common Enemy\xE2\x80\x99");
	dln_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pipe_byline_with_time_and_zone),
		cmocka_unit_test(test_pm_time),
		cmocka_unit_test(test_by_and_iso_forms),
		cmocka_unit_test(test_a_date_in_the_story_is_no_byline),
		cmocka_unit_test(test_given_dct_wins_but_byline_is_found),
		cmocka_unit_test(test_byline_too_far_down),
		cmocka_unit_test(test_sample_article),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
