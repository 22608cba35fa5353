/* Timeline image geometry with a fake font (7 px per byte, 14 px per line): labels never
 * overlap and stay on the canvas, leaders miss other labels, ticks fit the span, bars and
 * markers sit where their dates are, and labels say when in words. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/date.h"
#include "datelines/timeline.h"
#include "render_layout.h"

#define MAX_EVENTS 64

static void fake_measure(void *ctx, enum dln__text_style style, const char *text, double *w,
			 double *h)
{
	(void)style;
	(*(int *)ctx)++;
	*w = 7.0 * (double)strlen(text);
	*h = 14.0;
}

static struct dln_point day(int y, int m, int d)
{
	return (struct dln_point){ y, m, d, -1 };
}

/* Hand-made events, as a timeline would hand them over. */
struct events {
	struct dln_event ev[MAX_EVENTS];
	const struct dln_event *ptr[MAX_EVENTS];
	char titles[MAX_EVENTS][64];
	size_t n;
};

static struct dln_event *add(struct events *e, const char *value, struct dln_point start,
			     struct dln_point end, const char *title)
{
	assert_true(e->n < MAX_EVENTS);
	struct dln_event *ev = &e->ev[e->n];
	*ev = (struct dln_event){
		.doc = "a", .text = value, .value = value, .type = DLN_TIMEX_DATE,
		.title = title, .sentence = "", .offset = e->n, .resolved = true,
		.start = start, .end = end,
	};
	e->ptr[e->n] = ev;
	e->n++;
	return ev;
}

/* The events of the 2017-08-09 article about North Korea and Iran. */
static void article(struct events *e)
{
	add(e, "1990", day(1990, 1, 1), day(2017, 8, 9),
	    "The two have been collaborating in missile development")->is_range = true;
	add(e, "2011", day(2011, 1, 1), day(2012, 1, 1),
	    "A report by a U.N. panel raised concern about missile cooperation");
	add(e, "2011-07-22", day(2011, 7, 22), day(2011, 7, 23),
	    "Missile Collaboration: Iran Has the Technology, N. Korea Has the Uranium Enrichment");
	add(e, "2015", day(2015, 1, 1), day(2016, 1, 1),
	    "NCRI claimed North Korean warhead experts were visiting Iran");
	add(e, "2015-05-29", day(2015, 5, 29), day(2015, 5, 30),
	    "State Dep't: Claims of Iran-North Korean Nuclear Cooperation Won't Impact Talks");
	add(e, "2017-02-11", day(2017, 2, 11), day(2017, 2, 12),
	    "Missile launch observed by Kim Jong-un");
	add(e, "2017-02-13", day(2017, 2, 13), day(2017, 2, 14),
	    "Rodong Sinmun released the photo");
	add(e, "2017-05", day(2017, 5, 1), day(2017, 6, 1),
	    "Intelligence community told lawmakers about missile exports");
	add(e, "2017-06", day(2017, 6, 1), day(2017, 7, 1),
	    "NCRI report claimed Iran built missile facilities");
	add(e, "2017-06-21", day(2017, 6, 21), day(2017, 6, 22),
	    "Iran's Extensive Missile Facilities ... Highlighted in New Report");
	add(e, "2017-W31-WE", day(2017, 8, 5), day(2017, 8, 7),
	    "Kim Yong-nam attended Rouhani's inauguration");
}

/* Thirty events, one a day through June 2017, and a range over decades. */
static void crowded(struct events *e)
{
	for (int i = 0; i < 30; i++) {
		snprintf(e->titles[e->n], sizeof(e->titles[0]), "Event %d of June", i + 1);
		struct dln_point end = i < 29 ? day(2017, 6, i + 2) : day(2017, 7, 1);
		add(e, "2017-06-xx", day(2017, 6, i + 1), end, e->titles[e->n]);
	}
	struct dln_event *r = add(e, "199", day(1990, 1, 1), day(2017, 8, 9), "Decades of this");
	r->mod = "START";
	r->is_range = true;
}

static void build(struct dln__layout *l, const struct events *e, double width,
		  const char *heading)
{
	int calls = 0;

	assert_int_equal(dln__layout_build(l, e->ptr, e->n, width, heading, fake_measure, &calls),
			 0);
	assert_true(calls > 0);
}

static void assert_near(double a, double b)
{
	if (fabs(a - b) > 1e-9)
		fail_msg("%.12g is not %.12g", a, b);
}

static bool intersect(const struct dln__rect *a, const struct dln__rect *b)
{
	return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h &&
	       b->y < a->y + a->h;
}

static void assert_inside(const struct dln__layout *l, const struct dln__rect *r)
{
	assert_true(r->x >= 0 && r->y >= 0);
	assert_true(r->x + r->w <= l->width && r->y + r->h <= l->height);
}

/* What a picture must always be: labels apart and on the canvas, ticks readable. */
static void assert_clean(const struct dln__layout *l)
{
	for (size_t i = 0; i < l->mark_count; i++) {
		const struct dln__mark *a = &l->marks[i];
		assert_inside(l, &a->label);
		assert_inside(l, &a->shape);
		assert_true(a->row >= 0 && a->row < l->rows);
		assert_true(a->label.y + a->label.h < l->axis_y);
		for (size_t j = i + 1; j < l->mark_count; j++)
			assert_false(intersect(&a->label, &l->marks[j].label));
	}
	for (size_t i = 0; i < l->tick_count; i++) {
		assert_inside(l, &l->ticks[i].box);
		assert_true(l->ticks[i].box.y > l->axis_y);
		if (i > 0)
			assert_true(l->ticks[i - 1].box.x + l->ticks[i - 1].box.w <
				    l->ticks[i].box.x);
	}
}

/* Leaders that pass through a label other than their own. */
static size_t leader_crossings(const struct dln__layout *l)
{
	size_t n = 0;

	for (size_t i = 0; i < l->mark_count; i++) {
		const struct dln__mark *a = &l->marks[i];
		struct dln__rect leader = { a->leader_x, a->leader_top, 0.001,
					    a->leader_bottom - a->leader_top };
		assert_true(leader.h > 0);
		for (size_t j = 0; j < l->mark_count; j++)
			n += j != i && intersect(&leader, &l->marks[j].label);
	}
	return n;
}

/* Whether some other event's leader passes through the label of mark j. */
static bool is_crossed(const struct dln__layout *l, size_t j)
{
	for (size_t i = 0; i < l->mark_count; i++) {
		const struct dln__mark *a = &l->marks[i];
		struct dln__rect leader = { a->leader_x, a->leader_top, 0.001,
					    a->leader_bottom - a->leader_top };
		if (i != j && intersect(&leader, &l->marks[j].label))
			return true;
	}
	return false;
}

static const struct dln__mark *mark_of(const struct dln__layout *l, const char *value)
{
	for (size_t i = 0; i < l->mark_count; i++)
		if (strcmp(l->marks[i].ev->value, value) == 0)
			return &l->marks[i];
	fail_msg("no mark for %s", value);
	return NULL;
}

static void article_layout(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	article(&e);
	build(&l, &e, 0, "North Korea and Iran");
	assert_true(l.width == 1200);
	assert_int_equal(l.mark_count, 11);
	assert_clean(&l);
	assert_int_equal(l.crossings, 0);
	assert_int_equal(leader_crossings(&l), 0);
	assert_string_equal(l.heading, "North Korea and Iran");
	assert_true(l.heading_box.y + l.heading_box.h < l.marks[0].label.y);
	/* The ten events from 2011 on lie within 240 px of the right edge: labels left of
	 * their leaders, each above the leaders it covers, a staircase up in time. */
	assert_int_equal(l.rows, 10);
	assert_int_equal(l.marks[0].row, 0);
	for (size_t i = 1; i < l.mark_count; i++) {
		assert_int_equal(l.marks[i].row, (int)i - 1);
		assert_true(l.marks[i].flush_right);
		assert_true(l.marks[i].label.x + l.marks[i].label.w < l.marks[i].leader_x);
	}
	assert_false(l.marks[0].flush_right);
	assert_true(l.marks[0].label.x > l.marks[0].leader_x);
	assert_string_equal(mark_of(&l, "1990")->date, "1990 \xe2\x80\x93 2017");
	assert_string_equal(mark_of(&l, "2011")->date, "2011");
	assert_string_equal(mark_of(&l, "2011-07-22")->date, "22 Jul 2011");
	assert_string_equal(mark_of(&l, "2017-06")->date, "Jun 2017");
	assert_string_equal(mark_of(&l, "2017-W31-WE")->date, "5\xe2\x80\x93" "6 Aug 2017");
	/* A range and the years are bars; days and months are markers at this scale. */
	assert_true(mark_of(&l, "1990")->bar);
	assert_true(mark_of(&l, "2011")->bar);
	assert_true(mark_of(&l, "2015")->bar);
	assert_false(mark_of(&l, "2017-06")->bar);
	assert_false(mark_of(&l, "2011-07-22")->bar);
	/* Bars nested in time take different lanes. */
	assert_true(mark_of(&l, "2011")->shape.y < mark_of(&l, "1990")->shape.y);
	dln__layout_release(&l);
}

static void crowded_layout(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	crowded(&e);
	build(&l, &e, 0, NULL);
	assert_int_equal(l.mark_count, 31);
	assert_clean(&l);
	assert_int_equal(l.crossings, 0);
	assert_int_equal(leader_crossings(&l), 0);
	/* June is 3 px wide on a 27-year axis: its 30 labels overlap in x, one row each. */
	assert_int_equal(l.rows, 30);
	const struct dln__mark *range = &l.marks[0];
	assert_string_equal(range->date, "early 1990s \xe2\x80\x93 2017");
	assert_int_equal(range->row, 0);
	assert_true(l.height > 30 * 30);
	dln__layout_release(&l);
}

/* A day apart for a month across the whole width: no layout avoids every crossing. Labels
 * fan out both ways instead of one row per event; crossings are counted and flagged. */
static void dense_timeline(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	for (int i = 0; i < 30; i++) {
		struct dln_point end = i < 29 ? day(2017, 6, i + 2) : day(2017, 7, 1);
		add(&e, "2017-06-xx", day(2017, 6, i + 1), end, "Something happened today");
	}
	build(&l, &e, 0, NULL);
	assert_clean(&l);
	/* Two arms rising from where they meet: at most two rows for three events. */
	assert_true(l.rows <= 20);
	assert_true(l.crossings > 0);
	assert_int_equal(l.crossings, leader_crossings(&l));
	for (size_t j = 0; j < l.mark_count; j++)
		assert_int_equal(l.marks[j].crossed, is_crossed(&l, j));
	/* Early labels sit right of their leaders, late ones left. */
	assert_false(l.marks[0].flush_right);
	assert_true(l.marks[29].flush_right);
	dln__layout_release(&l);
}

static void ticks_over_decades(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;
	static const char *const years[] = { "1990", "1995", "2000", "2005", "2010", "2015" };

	crowded(&e);
	build(&l, &e, 0, NULL);
	assert_int_equal(l.tick_count, 6);
	for (size_t i = 0; i < l.tick_count; i++) {
		assert_string_equal(l.ticks[i].label, years[i]);
		int y = atoi(years[i]);
		assert_true(l.ticks[i].x == dln__layout_x(&l, dln_days_from_civil(y, 1, 1)));
	}
	/* Every year between is a minor tick. */
	assert_int_equal(l.minor_count, 30 - 6);
	dln__layout_release(&l);
}

static void ticks_over_a_month(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	for (int d = 1; d <= 30; d += 7)
		add(&e, "2017-06-xx", day(2017, 6, d), day(2017, 6, d + 1), "");
	build(&l, &e, 0, NULL);
	assert_clean(&l);
	/* 2017-06-01 .. 06-30, padded by 1.2 days: Mondays, the year on the first only; days
	 * from 31 May to 1 July between them. */
	assert_int_equal(l.tick_count, 4);
	assert_string_equal(l.ticks[0].label, "5 Jun 2017");
	assert_string_equal(l.ticks[1].label, "12 Jun");
	assert_string_equal(l.ticks[2].label, "19 Jun");
	assert_string_equal(l.ticks[3].label, "26 Jun");
	assert_int_equal(l.minor_count, 32 - 4);
	dln__layout_release(&l);
}

static void markers_follow_time(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	crowded(&e);
	build(&l, &e, 0, NULL);
	double prev = -1;
	for (size_t i = 1; i < l.mark_count; i++) {
		const struct dln__mark *m = &l.marks[i];
		double x = m->shape.x + m->shape.w / 2;
		assert_false(m->bar);
		assert_true(x > prev);
		assert_near(m->leader_x, x);
		assert_near(x, dln__layout_x(&l, dln_days_from_civil(2017, 6, (int)i)));
		assert_true(m->shape.y + m->shape.h / 2 == l.axis_y);
		prev = x;
	}
	dln__layout_release(&l);
}

static void range_bar_spans_its_dates(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	crowded(&e);
	build(&l, &e, 0, NULL);
	const struct dln__mark *bar = &l.marks[0];
	double x0 = dln__layout_x(&l, dln_days_from_civil(1990, 1, 1));
	double x1 = dln__layout_x(&l, dln_days_from_civil(2017, 8, 9));
	assert_true(bar->bar);
	assert_near(bar->shape.x, x0);
	assert_near(bar->shape.x + bar->shape.w, x1);
	assert_true(x0 > l.axis_x0 && x1 < l.axis_x1);
	assert_true(bar->shape.y + bar->shape.h < l.axis_y);
	assert_true(bar->leader_x > x0 && bar->leader_x < x1);
	assert_true(bar->leader_bottom == bar->shape.y);
	dln__layout_release(&l);
}

static void labels_say_when(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;
	struct dln_event *ev;

	add(&e, "199", day(1990, 1, 1), day(1995, 1, 1), "")->mod = "START";
	add(&e, "19", day(1900, 1, 1), day(2000, 1, 1), "");
	add(&e, "2017", day(2017, 7, 1), day(2018, 1, 1), "")->mod = "MID";
	add(&e, "2017-Q2", day(2017, 4, 1), day(2017, 7, 1), "");
	add(&e, "2017-SU", day(2017, 6, 21), day(2017, 9, 23), "");
	add(&e, "2017-W31", day(2017, 7, 31), day(2017, 8, 7), "");
	ev = add(&e, "2017-08-09T03:30", (struct dln_point){ 2017, 8, 9, 210 },
		 (struct dln_point){ 2017, 8, 9, 211 }, "");
	ev->type = DLN_TIMEX_TIME;
	ev = add(&e, "2017-08-04TMO", day(2017, 8, 4), day(2017, 8, 5), "");
	ev->type = DLN_TIMEX_TIME;
	add(&e, "2016-12-30", day(2016, 12, 30), day(2017, 1, 3), "")->is_range = true;
	add(&e, "2017-06", day(2017, 6, 1), day(2017, 9, 1), "")->is_range = true;
	build(&l, &e, 0, NULL);
	assert_clean(&l);
	assert_string_equal(mark_of(&l, "199")->date, "early 1990s");
	assert_string_equal(mark_of(&l, "19")->date, "20th century");
	assert_string_equal(mark_of(&l, "2017")->date, "mid-2017");
	assert_string_equal(mark_of(&l, "2017-Q2")->date, "Q2 2017");
	assert_string_equal(mark_of(&l, "2017-SU")->date, "summer 2017");
	assert_string_equal(mark_of(&l, "2017-W31")->date,
			    "31 Jul \xe2\x80\x93 6 Aug 2017");
	assert_string_equal(mark_of(&l, "2017-08-09T03:30")->date, "9 Aug 2017, 03:30");
	assert_string_equal(mark_of(&l, "2017-08-04TMO")->date, "4 Aug 2017, morning");
	assert_string_equal(mark_of(&l, "2016-12-30")->date,
			    "30 Dec 2016 \xe2\x80\x93 2 Jan 2017");
	assert_string_equal(mark_of(&l, "2017-06")->date, "Jun 2017 \xe2\x80\x93 Aug 2017");
	/* No title: the label is the date line alone. */
	assert_string_equal(mark_of(&l, "19")->title[0], "");
	assert_true(mark_of(&l, "19")->label.h == 14);
	dln__layout_release(&l);
}

/* Long titles take two even lines, then an ellipsis; labels are at most 260 px wide. */
static void titles_wrap_and_shorten(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	article(&e);
	add(&e, "2012", day(2012, 3, 1), day(2012, 3, 2), "Bad\tbytes \xff here");
	build(&l, &e, 0, NULL);
	const struct dln__mark *m = mark_of(&l, "2011-07-22");
	assert_string_equal(m->title[0], "Missile Collaboration: Iran Has the");
	assert_string_equal(m->title[1], "Technology, N. Korea Has the\xe2\x80\xa6");
	assert_true(m->label.w == 7 * strlen(m->title[0]));
	m = mark_of(&l, "2011");
	assert_string_equal(m->title[0], "A report by a U.N. panel raised");
	assert_string_equal(m->title[1], "concern about missile cooperation");
	assert_true(m->label.w == 7 * strlen(m->title[1]));
	assert_true(m->label.h == 14 * 3 + 2);
	assert_true(m->title_y[0] == m->label.y + 16 && m->title_y[1] == m->label.y + 30);
	m = mark_of(&l, "2017-02-13");
	assert_string_equal(m->title[0], "Rodong Sinmun released the photo");
	assert_string_equal(m->title[1], "");
	assert_string_equal(mark_of(&l, "2012")->title[0], "Bad bytes \xef\xbf\xbd here");
	for (size_t i = 0; i < l.mark_count; i++)
		assert_true(l.marks[i].label.w <= 260);
	dln__layout_release(&l);
}

/* Only resolved DATE and TIME events are drawn. */
static void skips_what_has_no_place(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	add(&e, "XXXX-06", day(1, 1, 1), day(1, 1, 1), "")->resolved = false;
	add(&e, "P3Y", day(2017, 1, 1), day(2017, 1, 1), "")->type = DLN_TIMEX_DURATION;
	add(&e, "P1Y", day(2017, 1, 1), day(2017, 1, 1), "")->type = DLN_TIMEX_SET;
	add(&e, "2017-08-08", day(2017, 8, 8), day(2017, 8, 9), "Only this");
	build(&l, &e, 0, NULL);
	assert_int_equal(l.mark_count, 1);
	assert_string_equal(l.marks[0].ev->value, "2017-08-08");
	assert_null(l.message);
	/* One day gets a week of axis, centred on it. */
	assert_true(l.t1 - l.t0 > 7 && l.t1 - l.t0 < 8);
	assert_true(l.marks[0].shape.x + 5 > l.axis_x0 && l.marks[0].shape.x + 5 < l.axis_x1);
	dln__layout_release(&l);
}

static void empty_timeline(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	add(&e, "XXXX", day(1, 1, 1), day(1, 1, 1), "")->resolved = false;
	build(&l, &e, 0, NULL);
	assert_int_equal(l.mark_count, 0);
	assert_string_equal(l.message, "No dated events");
	assert_true(l.width == 480);
	assert_inside(&l, &l.message_box);
	assert_true(l.height < 100);
	dln__layout_release(&l);

	/* A heading wider than the small image widens it. */
	const char *heading = "A heading that is wider than the small image of an empty timeline";
	build(&l, &e, 0, heading);
	assert_true(l.width == 24 + 7 * strlen(heading) + 24);
	assert_string_equal(l.heading, heading);
	assert_inside(&l, &l.heading_box);
	assert_inside(&l, &l.message_box);
	dln__layout_release(&l);
}

/* A narrow canvas still holds every label; a fixed width shortens the heading. */
static void narrow_canvas(void **state)
{
	(void)state;
	struct events e = { .n = 0 };
	struct dln__layout l;

	article(&e);
	build(&l, &e, 320, "North Korea and Iran: decades of missile cooperation");
	assert_true(l.width == 320);
	assert_clean(&l);
	assert_inside(&l, &l.heading_box);
	/* 272 px: 35 bytes and the ellipsis, back to the last word. */
	assert_string_equal(l.heading, "North Korea and Iran: decades of\xe2\x80\xa6");
	dln__layout_release(&l);
}

/* The same events in any order give the same picture. */
static void deterministic(void **state)
{
	(void)state;
	struct events e = { .n = 0 }, r = { .n = 0 };
	struct dln__layout a, b;

	article(&e);
	r = e;
	for (size_t i = 0; i < r.n; i++)
		r.ptr[i] = &r.ev[r.n - 1 - i];
	build(&a, &e, 0, NULL);
	build(&b, &r, 0, NULL);
	assert_true(a.height == b.height);
	for (size_t i = 0; i < a.mark_count; i++) {
		assert_string_equal(a.marks[i].ev->value, b.marks[i].ev->value);
		assert_memory_equal(&a.marks[i].label, &b.marks[i].label, sizeof(a.marks[i].label));
		assert_int_equal(a.marks[i].row, b.marks[i].row);
	}
	dln__layout_release(&a);
	dln__layout_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(article_layout),
		cmocka_unit_test(crowded_layout),
		cmocka_unit_test(dense_timeline),
		cmocka_unit_test(ticks_over_decades),
		cmocka_unit_test(ticks_over_a_month),
		cmocka_unit_test(markers_follow_time),
		cmocka_unit_test(range_bar_spans_its_dates),
		cmocka_unit_test(labels_say_when),
		cmocka_unit_test(titles_wrap_and_shorten),
		cmocka_unit_test(skips_what_has_no_place),
		cmocka_unit_test(empty_timeline),
		cmocka_unit_test(narrow_canvas),
		cmocka_unit_test(deterministic),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
