/* dln_timeline: sources and events are copied; events come out sorted by start, then end,
 * resolved before unresolved, then by document (in the order sources were added) and
 * offset; an event must name a source. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/datelines.h"

/* A copy of s from cmocka's checked allocator, to be freed right after it is handed over. */
static char *str_copy(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = test_malloc(n);
	memcpy(p, s, n);
	return p;
}

static struct dln_point pt(int y, int m, int d, int minute)
{
	return (struct dln_point){y, m, d, minute};
}

static dln_timeline *new_timeline(void)
{
	dln_timeline *tl = NULL;

	assert_int_equal(dln_timeline_new(&tl), 0);
	assert_non_null(tl);
	return tl;
}

static void add_source(dln_timeline *tl, const char *name)
{
	struct dln_source src = {.name = name, .title = ""};

	assert_int_equal(dln_timeline_add_source(tl, &src), 0);
}

/* Adds a resolved event [start, end) or, with start.year 0, an unresolved one. */
static void add(dln_timeline *tl, const char *doc, const char *text, size_t offset,
		struct dln_point start, struct dln_point end)
{
	struct dln_event ev = {
	    .doc = doc,
	    .text = text,
	    .value = text,
	    .mod = NULL,
	    .type = DLN_TIMEX_DATE,
	    .title = text,
	    .sentence = text,
	    .offset = offset,
	    .resolved = start.year != 0,
	    .start = start,
	    .end = end,
	};

	if (!ev.resolved) {
		/* Whatever an unresolved event holds there must not matter. */
		ev.start = pt(1000 + (int)offset, 1, 1, -1);
		ev.end = pt(1, 1, 1, -1);
	}
	int rc = dln_timeline_add_event(tl, &ev);
	if (rc)
		fail_msg("add %s: %d %s", text, rc, dln_error_last());
}

/* The events' texts in timeline order, joined with spaces. */
static void order(const dln_timeline *tl, char *buf, size_t size)
{
	size_t used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < dln_timeline_count(tl); i++) {
		const struct dln_event *ev = dln_timeline_event(tl, i);
		assert_non_null(ev);
		used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? " " : "", ev->text);
		assert_true(used < size);
	}
}

/* ---- empty ---- */

static void empty_timeline(void **state)
{
	(void)state;

	dln_timeline *tl = new_timeline();
	assert_int_equal(dln_timeline_count(tl), 0);
	assert_int_equal(dln_timeline_source_count(tl), 0);
	assert_null(dln_timeline_event(tl, 0));
	assert_null(dln_timeline_source(tl, 0));
	dln_timeline_free(tl);
	dln_timeline_free(NULL);
}

/* ---- copies ---- */

static void sources_are_copied(void **state)
{
	(void)state;

	dln_timeline *tl = new_timeline();
	char *name = str_copy("a.txt"), *title = str_copy("North Korea and Iran");
	struct dln_source src = {.name = name, .title = title};
	assert_int_equal(dln_dct_parse("2017-08-09T03:32-04:00", &src.dct), 0);
	assert_int_equal(dln_timeline_add_source(tl, &src), 0);
	memset(name, 'x', strlen(name));
	memset(title, 'x', strlen(title));
	test_free(name);
	test_free(title);

	/* An unknown title is "". */
	struct dln_source untitled = {.name = "b.txt", .title = NULL};
	assert_int_equal(dln_timeline_add_source(tl, &untitled), 0);

	assert_int_equal(dln_timeline_source_count(tl), 2);
	const struct dln_source *s = dln_timeline_source(tl, 0);
	assert_string_equal(s->name, "a.txt");
	assert_string_equal(s->title, "North Korea and Iran");
	assert_true(s->dct.known);
	assert_int_equal(s->dct.at.year, 2017);
	assert_int_equal(s->dct.at.minute, 212);
	assert_int_equal(s->dct.utc_offset_minutes, -240);
	s = dln_timeline_source(tl, 1);
	assert_string_equal(s->name, "b.txt");
	assert_non_null(s->title);
	assert_string_equal(s->title, "");
	assert_false(s->dct.known);
	assert_null(dln_timeline_source(tl, 2));
	dln_timeline_free(tl);
}

static void events_are_copied(void **state)
{
	(void)state;

	dln_timeline *tl = new_timeline();
	add_source(tl, "a.txt");
	char *doc = str_copy("a.txt"), *text = str_copy("last June"), *value = str_copy("2017-06");
	char *mod = str_copy("START"), *title = str_copy("NCRI claimed"),
	     *sentence = str_copy("Another report.");
	struct dln_event ev = {
	    .doc = doc,
	    .text = text,
	    .value = value,
	    .mod = mod,
	    .type = DLN_TIMEX_TIME,
	    .title = title,
	    .sentence = sentence,
	    .offset = 4242,
	    .resolved = true,
	    .is_range = true,
	    .start = pt(2017, 6, 1, -1),
	    .end = pt(2017, 7, 1, -1),
	};
	assert_int_equal(dln_timeline_add_event(tl, &ev), 0);
	char *all[] = {doc, text, value, mod, title, sentence};
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		memset(all[i], 'x', strlen(all[i]));
		test_free(all[i]);
	}

	/* NULL title and sentence are "", a NULL mod stays NULL. */
	struct dln_event bare = {.doc = "a.txt",
				 .text = "2011",
				 .value = "2011",
				 .offset = 1,
				 .resolved = true,
				 .start = pt(2011, 1, 1, -1),
				 .end = pt(2012, 1, 1, -1)};
	assert_int_equal(dln_timeline_add_event(tl, &bare), 0);

	assert_int_equal(dln_timeline_count(tl), 2);
	const struct dln_event *e = dln_timeline_event(tl, 1);
	assert_string_equal(e->doc, "a.txt");
	/* Events share their source's copy of the name. */
	assert_ptr_equal(e->doc, dln_timeline_source(tl, 0)->name);
	assert_string_equal(e->text, "last June");
	assert_string_equal(e->value, "2017-06");
	assert_non_null(e->mod);
	assert_string_equal(e->mod, "START");
	assert_int_equal(e->type, DLN_TIMEX_TIME);
	assert_string_equal(e->title, "NCRI claimed");
	assert_string_equal(e->sentence, "Another report.");
	assert_int_equal(e->offset, 4242);
	assert_true(e->resolved);
	assert_true(e->is_range);
	assert_int_equal(e->start.year, 2017);
	assert_int_equal(e->start.month, 6);
	assert_int_equal(e->end.month, 7);

	e = dln_timeline_event(tl, 0);
	assert_string_equal(e->text, "2011");
	assert_null(e->mod);
	assert_non_null(e->title);
	assert_string_equal(e->title, "");
	assert_non_null(e->sentence);
	assert_string_equal(e->sentence, "");
	assert_false(e->is_range);
	dln_timeline_free(tl);
}

/* ---- events must name a source ---- */

static void event_without_source(void **state)
{
	(void)state;

	dln_timeline *tl = new_timeline();
	struct dln_event ev = {.doc = "nowhere.txt",
			       .text = "2011",
			       .value = "2011",
			       .resolved = true,
			       .start = pt(2011, 1, 1, -1),
			       .end = pt(2012, 1, 1, -1)};

	assert_int_equal(dln_timeline_add_event(tl, &ev), DLN_EARG);
	assert_string_equal(dln_error_last(), "an event names a document that is not a source");
	add_source(tl, "a.txt");
	assert_int_equal(dln_timeline_add_event(tl, &ev), DLN_EARG);
	ev.doc = NULL;
	assert_int_equal(dln_timeline_add_event(tl, &ev), DLN_EARG);
	assert_int_equal(dln_timeline_count(tl), 0);
	assert_null(dln_timeline_event(tl, 0));
	ev.doc = "a.txt";
	assert_int_equal(dln_timeline_add_event(tl, &ev), 0);
	assert_int_equal(dln_timeline_count(tl), 1);
	dln_timeline_free(tl);
}

/* ---- order ---- */

static void sorted_order(void **state)
{
	char got[256];
	struct dln_point none = {0};
	(void)state;

	dln_timeline *tl = new_timeline();
	/* Document order is the order sources were added, not their names. */
	add_source(tl, "b.txt");
	add_source(tl, "a.txt");
	add(tl, "b.txt", "June-b50", 50, pt(2017, 6, 1, -1), pt(2017, 7, 1, -1));
	add(tl, "b.txt", "June1-b80", 80, pt(2017, 6, 1, -1), pt(2017, 6, 2, -1));
	add(tl, "a.txt", "2011-a10", 10, pt(2011, 1, 1, -1), pt(2012, 1, 1, -1));
	add(tl, "b.txt", "X-b5", 5, none, none);
	add(tl, "a.txt", "X-a1", 1, none, none);
	add(tl, "b.txt", "X-b3", 3, none, none);
	add(tl, "a.txt", "June-a0", 0, pt(2017, 6, 1, -1), pt(2017, 7, 1, -1));
	add(tl, "b.txt", "June-b20", 20, pt(2017, 6, 1, -1), pt(2017, 7, 1, -1));
	/* A time of day sorts after the whole day it falls on. */
	add(tl, "a.txt", "June1T10-a5", 5, pt(2017, 6, 1, 600), pt(2017, 6, 1, 601));
	add(tl, "a.txt", "May31T23-a9", 9, pt(2017, 5, 31, 1380), pt(2017, 6, 1, 0));
	/* The same start, a later end: later. */
	add(tl, "a.txt", "since2011-a99", 99, pt(2011, 1, 1, -1), pt(2017, 8, 9, -1));

	assert_int_equal(dln_timeline_count(tl), 11);
	order(tl, got, sizeof(got));
	assert_string_equal(got, "2011-a10 since2011-a99 May31T23-a9 June1-b80 June-b20 June-b50 "
				 "June-a0 June1T10-a5 X-b3 X-b5 X-a1");
	dln_timeline_free(tl);
}

static void adding_after_reading(void **state)
{
	char got[256];
	(void)state;

	dln_timeline *tl = new_timeline();
	add_source(tl, "a.txt");
	add(tl, "a.txt", "2015", 30, pt(2015, 1, 1, -1), pt(2016, 1, 1, -1));
	add(tl, "a.txt", "2013", 20, pt(2013, 1, 1, -1), pt(2014, 1, 1, -1));
	order(tl, got, sizeof(got));
	assert_string_equal(got, "2013 2015");
	const char *value = dln_timeline_event(tl, 0)->value; /* strings live as long as tl */

	add(tl, "a.txt", "2011", 10, pt(2011, 1, 1, -1), pt(2012, 1, 1, -1));
	add(tl, "a.txt", "2014", 40, pt(2014, 1, 1, -1), pt(2015, 1, 1, -1));
	order(tl, got, sizeof(got));
	assert_string_equal(got, "2011 2013 2014 2015");
	assert_string_equal(value, "2013");
	/* Counting needs no sorting, and sorting again changes nothing. */
	assert_int_equal(dln_timeline_count(tl), 4);
	order(tl, got, sizeof(got));
	assert_string_equal(got, "2011 2013 2014 2015");
	dln_timeline_free(tl);
}

static void many_events(void **state)
{
	enum { N = 3000 };
	(void)state;

	dln_timeline *tl = new_timeline();
	add_source(tl, "one.txt");
	add_source(tl, "two.txt");
	/* Days in a scrambled order, some unresolved, over two documents. */
	for (unsigned i = 0; i < N; i++) {
		unsigned k = (i * 7919u) % N;
		char text[32];
		snprintf(text, sizeof(text), "e%u", k);
		long day = 17000 + (long)(k / 3);
		int y, m, d;
		dln_civil_from_days(day, &y, &m, &d);
		const char *doc = k % 2 ? "two.txt" : "one.txt";
		if (k % 11 == 0)
			add(tl, doc, text, k, (struct dln_point){0}, (struct dln_point){0});
		else
			add(tl, doc, text, k, pt(y, m, d, -1), pt(y, m, d + 0, -1));
	}
	assert_int_equal(dln_timeline_count(tl), N);

	const struct dln_event *prev = NULL;
	size_t unresolved = 0;
	for (size_t i = 0; i < N; i++) {
		const struct dln_event *e = dln_timeline_event(tl, i);
		if (!e->resolved)
			unresolved++;
		if (prev) {
			/* resolved first; among resolved, start ascending; then document, offset */
			assert_false(!prev->resolved && e->resolved);
			int c = prev->resolved != e->resolved ? -1
				: prev->resolved ? dln_point_compare(&prev->start, &e->start)
						 : 0;
			assert_true(c <= 0);
			if (c == 0) {
				int doc = strcmp(prev->doc, e->doc); /* "one" was added first */
				assert_true(doc <= 0);
				if (doc == 0)
					assert_true(prev->offset < e->offset);
			}
		}
		prev = e;
	}
	assert_int_equal(unresolved, (N + 10) / 11);
	dln_timeline_free(tl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(empty_timeline),	 cmocka_unit_test(sources_are_copied),
	    cmocka_unit_test(events_are_copied), cmocka_unit_test(event_without_source),
	    cmocka_unit_test(sorted_order),	 cmocka_unit_test(adding_after_reading),
	    cmocka_unit_test(many_events),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
