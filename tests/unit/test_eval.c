/* dln_eval on hand-made gold and system TimeML: strict and relaxed matches, one-to-one
 * matching by largest overlap with the reference scorer's tie-breaking, end-tag order of nested
 * spans, white space trimmed as Python trims it, spans in code points, attributes as written,
 * a missing system file, errors, and the scores. Every expected figure here is what
 * ../shared/tools/te3score.py prints for the same two documents. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/datelines.h"

/* A TimeML document whose <TEXT> is body; the DCT's TIMEX3 is outside <TEXT> and never
 * counts. */
static dln_document *timeml(const char *name, const char *body)
{
	static const char head[] = "<?xml version=\"1.0\"?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" "
				   "type=\"DATE\" value=\"2001-05-04\">May 4, 2001</TIMEX3></DCT>"
				   "\n<TEXT>";
	static const char tail[] = "</TEXT>\n</TimeML>\n";
	size_t n = strlen(head) + strlen(body) + strlen(tail) + 1;
	char *raw = test_malloc(n);
	dln_document *doc = NULL;

	snprintf(raw, n, "%s%s%s", head, body, tail);
	if (dln_document_read(name, raw, n - 1, NULL, &doc) != 0)
		fail_msg("%s: %s", name, dln_error_last());
	test_free(raw);
	return doc;
}

/* Scores gold body against system body (NULL: no system file) as file "a.tml". */
static dln_eval *score(const char *gold_body, const char *system_body)
{
	dln_document *gold = timeml("gold/a.tml", gold_body);
	dln_document *system = system_body ? timeml("system/a.tml", system_body) : NULL;
	dln_eval *ev = NULL;

	assert_int_equal(dln_eval_new(&ev), 0);
	if (dln_eval_add(ev, "a.tml", gold, system) != 0)
		fail_msg("%s", dln_error_last());
	dln_document_free(gold);
	dln_document_free(system);
	return ev;
}

static void assert_counts(const dln_eval *ev, size_t gold, size_t system, size_t strict,
			  size_t relaxed, size_t value, size_t type)
{
	const struct dln_eval_counts *c = dln_eval_counts(ev);

	assert_int_equal(c->gold, gold);
	assert_int_equal(c->system, system);
	assert_int_equal(c->strict, strict);
	assert_int_equal(c->relaxed, relaxed);
	assert_int_equal(c->value, value);
	assert_int_equal(c->type, type);
}

static void assert_error(const dln_eval *ev, size_t i, enum dln_eval_error_kind kind,
			 const char *gold_text, const char *gold_value, const char *system_text,
			 const char *system_value)
{
	const struct dln_eval_error *e = dln_eval_error(ev, i);

	assert_non_null(e);
	assert_int_equal(e->kind, kind);
	assert_string_equal(e->file, "a.tml");
	assert_string_equal(e->gold_text, gold_text);
	assert_string_equal(e->gold_value, gold_value);
	assert_string_equal(e->system_text, system_text);
	assert_string_equal(e->system_value, system_value);
}

#define X(text, type, value) "<TIMEX3 tid=\"t1\" type=\"" type "\" value=\"" value "\">" text \
	"</TIMEX3>"

static void strict_and_relaxed(void **state)
{
	(void)state;
	dln_eval *ev = score("It met " X("on Monday morning", "TIME", "2001-05-07TMO") ".",
			     "It met on " X("Monday", "DATE", "2001-05-07") " morning.");

	assert_counts(ev, 1, 1, 0, 1, 0, 0);
	assert_int_equal(dln_eval_error_count(ev), 1);
	assert_error(ev, 0, DLN_EVAL_VALUE, "on Monday morning", "2001-05-07TMO", "Monday",
		     "2001-05-07");
	dln_eval_free(ev);

	ev = score("It met " X("on Monday", "DATE", "2001-05-07") ".",
		   "It met " X("on Monday", "DATE", "2001-05-07") ".");
	assert_counts(ev, 1, 1, 1, 1, 1, 1);
	assert_int_equal(dln_eval_error_count(ev), 0);
	dln_eval_free(ev);

	/* The right value over another span is an extent error, not a value error. */
	ev = score("It met " X("on Monday", "DATE", "2001-05-07") ".",
		   "It met on " X("Monday", "DATE", "2001-05-07") ".");
	assert_counts(ev, 1, 1, 0, 1, 1, 1);
	assert_int_equal(dln_eval_error_count(ev), 1);
	assert_error(ev, 0, DLN_EVAL_EXTENT, "on Monday", "2001-05-07", "Monday", "2001-05-07");
	dln_eval_free(ev);
}

static void one_to_one(void **state)
{
	(void)state;
	dln_eval *ev = score("From " X("May 3 to May 9", "DURATION", "P7D") ".",
			     "From " X("May 3", "DATE", "2001-05-03") " to "
			     X("May 9", "DATE", "2001-05-09") ".");

	/* Both overlap the gold span by 5; the later system span takes it. */
	assert_counts(ev, 1, 2, 0, 1, 0, 0);
	assert_int_equal(dln_eval_error_count(ev), 2);
	assert_error(ev, 0, DLN_EVAL_VALUE, "May 3 to May 9", "P7D", "May 9", "2001-05-09");
	assert_error(ev, 1, DLN_EVAL_SPURIOUS, "", "", "May 3", "2001-05-03");
	dln_eval_free(ev);
}

static void largest_overlap_first(void **state)
{
	(void)state;
	dln_eval *ev = score(X("June", "DATE", "2001-06") " "
			     X("3, 2001 at noon", "TIME", "2001-06-03T12:00"),
			     X("June 3, 2001 at noon", "TIME", "2001-06-03T12:00"));

	assert_counts(ev, 2, 1, 0, 1, 1, 1);
	assert_int_equal(dln_eval_error_count(ev), 2);
	assert_error(ev, 0, DLN_EVAL_EXTENT, "3, 2001 at noon", "2001-06-03T12:00",
		     "June 3, 2001 at noon", "2001-06-03T12:00");
	assert_error(ev, 1, DLN_EVAL_MISSED, "June", "2001-06", "", "");
	dln_eval_free(ev);
}

/* The reference sorts (overlap, gold, system) tuples in reverse: equal overlaps go to the
 * later gold span, then to the later system span. */
static void ties_go_to_later_spans(void **state)
{
	(void)state;
	dln_eval *ev = score(X("ab", "DATE", "2001-06") X("cd", "DATE", "x"),
			     "a" X("bc", "DATE", "x") "d");

	assert_counts(ev, 2, 1, 0, 1, 1, 1);
	assert_error(ev, 0, DLN_EVAL_EXTENT, "cd", "x", "bc", "x");
	assert_error(ev, 1, DLN_EVAL_MISSED, "ab", "2001-06", "", "");
	dln_eval_free(ev);

	ev = score("a" X("bc", "DATE", "2001-06") "d",
		   X("ab", "DATE", "1") X("cd", "DATE", "2"));
	assert_counts(ev, 1, 2, 0, 1, 0, 1);
	assert_int_equal(dln_eval_error_count(ev), 2);
	assert_error(ev, 0, DLN_EVAL_VALUE, "bc", "2001-06", "cd", "2");
	assert_error(ev, 1, DLN_EVAL_SPURIOUS, "", "", "ab", "1");
	dln_eval_free(ev);
}

/* Spans are numbered in the order their end tags come: the inner one first. */
static void nested_spans_in_end_tag_order(void **state)
{
	(void)state;
	dln_eval *ev = score("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-06-XX\">the "
			     X("June", "DATE", "2001-06") " meeting</TIMEX3>",
			     "the " X("June", "DATE", "2001-06") " meeting");

	assert_counts(ev, 2, 1, 0, 1, 0, 1);
	assert_int_equal(dln_eval_error_count(ev), 2);
	assert_error(ev, 0, DLN_EVAL_VALUE, "the June meeting", "2001-06-XX", "June", "2001-06");
	assert_error(ev, 1, DLN_EVAL_MISSED, "June", "2001-06", "", "");
	dln_eval_free(ev);
}

/* Python's white space, U+00A0 and U+2003 among it, is trimmed; U+200B is not white space;
 * a span of white space alone does not count. */
static void white_space_trimmed(void **state)
{
	(void)state;
	dln_eval *ev = score(X(" June ", "DATE", "2001-06") " and "
			     X("\u00a0July\u2003", "DATE", "2001-07") " " X(" ", "DATE", "x") " "
			     X("\u200bAugust", "DATE", "2001-08"),
			     " " X("June", "DATE", "2001-06") "  and \u00a0"
			     X("July", "DATE", "2001-07") "\u2003   \u200b"
			     X("August", "DATE", "2001-08"));

	assert_counts(ev, 3, 3, 2, 3, 3, 3);
	assert_int_equal(dln_eval_error_count(ev), 1);
	assert_error(ev, 0, DLN_EVAL_EXTENT, "\u200bAugust", "2001-08", "August", "2001-08");
	dln_eval_free(ev);
}

/* Overlaps and spans are counted in characters, not bytes. */
static void code_points_not_bytes(void **state)
{
	(void)state;
	/* 3 characters (6 bytes) of overlap lose to 4 characters (4 bytes). */
	dln_eval *ev = score(X("ééé", "DATE", "A") X("abcd", "DATE", "B"),
			     X("éééabcd", "DATE", "B"));

	assert_counts(ev, 2, 1, 0, 1, 1, 1);
	assert_error(ev, 0, DLN_EVAL_EXTENT, "abcd", "B", "éééabcd", "B");
	assert_error(ev, 1, DLN_EVAL_MISSED, "ééé", "A", "", "");
	dln_eval_free(ev);

	/* The same bytes but not the same characters: no strict match. */
	ev = score("é " X("June", "DATE", "2001-06"), "ee " X("June", "DATE", "2001-06"));
	assert_counts(ev, 1, 1, 0, 1, 1, 1);
	assert_error(ev, 0, DLN_EVAL_EXTENT, "June", "2001-06", "June", "2001-06");
	dln_eval_free(ev);
}

static void wrong_value_and_type(void **state)
{
	(void)state;
	dln_eval *ev = score("In " X("June", "DATE", "2001-06") " and "
			     X("July", "DATE", "2001-07"),
			     "In " X("June", "DATE", "2000-06") " and "
			     X("July", "TIME", "2001-07"));

	assert_counts(ev, 2, 2, 2, 2, 1, 1);
	assert_int_equal(dln_eval_error_count(ev), 1);
	assert_error(ev, 0, DLN_EVAL_VALUE, "June", "2001-06", "June", "2000-06");
	dln_eval_free(ev);
}

/* Attribute values are compared as written (entities too); only name="value" pairs with
 * double quotes count, and a missing value is "". */
static void attributes_as_written(void **state)
{
	(void)state;
	dln_eval *ev = score("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"a&amp;b\">x</TIMEX3> "
			     "<TIMEX3 tid=\"t2\" value=\"1\" type=\"SET\">y</TIMEX3> "
			     "<TIMEX3 tid=\"t3\" type=\"DATE\">z</TIMEX3> "
			     "<TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2\">w</TIMEX3>",
			     "<TIMEX3 tid='t1' type=\"DATE\" value=\"a&amp;b\">x</TIMEX3> "
			     "<TIMEX3 tid=\"t2\" xvalue=\"1\" type = \"SET\">y</TIMEX3> "
			     "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"\">z</TIMEX3> "
			     "<TIMEX3 tid=\"t4\" type=\"DATE\" value='2'>w</TIMEX3>");

	assert_counts(ev, 4, 4, 4, 4, 2, 4);
	assert_int_equal(dln_eval_error_count(ev), 2);
	/* In matching order: equal overlaps, the later gold span first. */
	assert_error(ev, 0, DLN_EVAL_VALUE, "w", "2", "w", "");
	assert_error(ev, 1, DLN_EVAL_VALUE, "y", "1", "y", "");
	dln_eval_free(ev);
}

static void missing_system_file(void **state)
{
	(void)state;
	dln_eval *ev = score("In " X("June", "DATE", "2001-06") " and "
			     X("July", "DATE", "2001-07"), NULL);

	assert_counts(ev, 2, 0, 0, 0, 0, 0);
	assert_int_equal(dln_eval_error_count(ev), 2);
	assert_error(ev, 0, DLN_EVAL_MISSED, "June", "2001-06", "", "");
	assert_error(ev, 1, DLN_EVAL_MISSED, "July", "2001-07", "", "");
	assert_null(dln_eval_error(ev, 2));
	dln_eval_free(ev);
}

static void documents_add_up(void **state)
{
	(void)state;
	dln_document *g1 = timeml("g/1.tml", X("June", "DATE", "2001-06"));
	dln_document *s1 = timeml("s/1.tml", X("June", "DATE", "2001-06"));
	dln_document *g2 = timeml("g/2.tml", "no dates");
	dln_document *s2 = timeml("s/2.tml", X("today", "DATE", "2001-05-04"));
	dln_eval *ev = NULL;

	assert_int_equal(dln_eval_new(&ev), 0);
	assert_int_equal(dln_eval_add(ev, "1.tml", g1, s1), 0);
	assert_int_equal(dln_eval_add(ev, "2.tml", g2, s2), 0);
	assert_counts(ev, 1, 2, 1, 1, 1, 1);
	assert_int_equal(dln_eval_error_count(ev), 1);
	assert_string_equal(dln_eval_error(ev, 0)->file, "2.tml");
	assert_int_equal(dln_eval_error(ev, 0)->kind, DLN_EVAL_SPURIOUS);
	dln_eval_free(ev);
	dln_document_free(g1);
	dln_document_free(s1);
	dln_document_free(g2);
	dln_document_free(s2);
}

/* A plain-text document is refused and nothing is counted. */
static void only_timeml(void **state)
{
	(void)state;
	dln_document *gold = timeml("g/a.tml", X("June", "DATE", "2001-06"));
	dln_document *text = NULL;
	dln_eval *ev = NULL;

	assert_int_equal(dln_document_read("s/a.txt", "June", 4, NULL, &text), 0);
	assert_int_equal(dln_eval_new(&ev), 0);
	assert_int_equal(dln_eval_add(ev, "a.tml", gold, text), DLN_EARG);
	assert_non_null(strstr(dln_error_last(), "s/a.txt"));
	assert_counts(ev, 0, 0, 0, 0, 0, 0);
	assert_int_equal(dln_eval_error_count(ev), 0);
	dln_eval_free(ev);
	dln_eval_free(NULL);
	dln_document_free(gold);
	dln_document_free(text);
}

static void scores(void **state)
{
	(void)state;
	struct dln_eval_counts c = { .gold = 1243, .system = 1286, .strict = 1019,
				     .relaxed = 1164, .value = 961, .type = 1109 };
	struct dln_eval_scores s;
	char buf[64];

	dln_eval_score(&c, &s);
	snprintf(buf, sizeof(buf), "%.2f %.2f %.2f", 100 * s.strict_precision,
		 100 * s.strict_recall, 100 * s.strict_f1);
	assert_string_equal(buf, "79.24 81.98 80.59");
	snprintf(buf, sizeof(buf), "%.2f %.2f %.2f", 100 * s.relaxed_precision,
		 100 * s.relaxed_recall, 100 * s.relaxed_f1);
	assert_string_equal(buf, "90.51 93.64 92.05");
	snprintf(buf, sizeof(buf), "%.2f %.2f", 100 * s.value_f1, 100 * s.type_f1);
	assert_string_equal(buf, "76.00 87.70");

	/* Nothing to divide by: every figure is 0. */
	c = (struct dln_eval_counts){ .gold = 3 };
	dln_eval_score(&c, &s);
	assert_true(s.strict_precision == 0 && s.strict_recall == 0 && s.strict_f1 == 0);
	assert_true(s.relaxed_f1 == 0 && s.value_f1 == 0 && s.type_f1 == 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(strict_and_relaxed),
		cmocka_unit_test(one_to_one),
		cmocka_unit_test(largest_overlap_first),
		cmocka_unit_test(ties_go_to_later_spans),
		cmocka_unit_test(nested_spans_in_end_tag_order),
		cmocka_unit_test(white_space_trimmed),
		cmocka_unit_test(code_points_not_bytes),
		cmocka_unit_test(wrong_value_and_type),
		cmocka_unit_test(attributes_as_written),
		cmocka_unit_test(missing_system_file),
		cmocka_unit_test(documents_add_up),
		cmocka_unit_test(only_timeml),
		cmocka_unit_test(scores),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
