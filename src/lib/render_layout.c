/* Timeline image geometry. Labels are flags on vertical leaders: text beside the leader, in
 * rows above the axis. A leader should not pass through another label, which orders the rows
 * (a label covering another event's x sits above that event's label). Several arrangements
 * are tried, each splitting the events into labels left and right of their leaders; the one
 * kept is lowest, counting each unavoidable crossing (dense timelines) as a few rows. */
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datelines/error.h"
#include "calendar.h"
#include "internal.h"
#include "render_layout.h"
#include "utf8.h"

/* Sizes in px. */
#define DEFAULT_WIDTH 1200.0
#define EMPTY_WIDTH 480.0
#define MARGIN 24.0         /* canvas edge to any text */
#define AXIS_INSET 48.0     /* canvas edge to the axis ends: room for centred tick labels */
#define HEADING_GAP 18.0
#define LABEL_MAX_W 260.0
#define LINE_GAP 2.0        /* between a label's date and title lines */
#define ROW_GAP 10.0
#define FLAG_GAP 6.0        /* leader to its label text */
#define LABEL_PAD 14.0      /* least room between two labels of a row */
#define POLE_PAD 4.0        /* least room between a leader and another label */
#define LEADER_MIN 20.0     /* lowest label row to the highest bar or marker */
#define BAR_MIN_W 12.0      /* intervals at least this wide are bars, narrower ones markers */
#define BAR_H 8.0
#define BAR_INSET 8.0       /* bar start to where its leader meets it */
#define LANE_GAP 4.0
#define MARKER_R 5.0
#define BAR_AXIS_GAP 9.0    /* axis to the lowest bar lane: clears the markers */
#define TICK_LEN 5.0
#define MINOR_LEN 3.0
#define MINOR_SPACE 6.0     /* least room between two minor ticks */
#define TICK_TEXT_GAP 4.0
#define TICK_SPACE 16.0     /* least room between two tick labels */
#define MAX_TICK_LABELS 12
#define CROSSING_ROWS 3      /* label rows worth as much as one leader through a label */
#define MIN_SPAN_DAYS 7.0
#define SPAN_PAD 0.04       /* of the span, on each side */

#define ELLIPSIS "\xe2\x80\xa6"
#define EN_DASH "\xe2\x80\x93"

static const char *const month_abbr[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

struct build {
	struct dln__layout *l;
	dln__measure_fn measure;
	void *ctx;
	long tick_days[DLN__MAX_TICKS];
};

/* ---- text ---- */

/* A copy of s that pango accepts and that stays on one line: invalid UTF-8 becomes U+FFFD,
 * control characters become spaces. */
static char *clean_text(struct dln_arena *a, const char *s)
{
	size_t len = strlen(s);
	char *out = dln__arena_alloc(a, len * 3 + 1);
	size_t o = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < len;) {
		size_t n = dln__utf8_valid_prefix(s + i, len - i);
		if (n == 0) {
			memcpy(out + o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
		} else if (n == 1 && ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)) {
			out[o++] = ' ';
			i++;
		} else {
			memcpy(out + o, s + i, n);
			o += n;
			i += n;
		}
	}
	out[o] = '\0';
	return out;
}

/* Writes the first `cut` bytes of text, without trailing blanks and separators, and an
 * ellipsis into buf. */
static void shorten(char *buf, const char *text, size_t cut)
{
	while (cut > 0 && strchr(" ,;:-.", text[cut - 1]))
		cut--;
	memcpy(buf, text, cut);
	memcpy(buf + cut, ELLIPSIS, sizeof(ELLIPSIS));
}

/* text (clean, in the arena) as it fits max_w: whole, or cut with an ellipsis, at a word
 * boundary when one is near. NULL when out of memory. */
static const char *fit_text(struct build *b, enum dln__text_style style, const char *text,
			    double max_w, double *w, double *h)
{
	size_t len = strlen(text);

	b->measure(b->ctx, style, text, w, h);
	if (*w <= max_w)
		return text;
	char *buf = dln__arena_alloc(&b->l->arena, len + sizeof(ELLIPSIS));
	if (!buf)
		return NULL;
	/* The longest prefix that fits, cut at a character boundary. */
	size_t lo = 0, hi = len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;
		while (mid > lo && ((unsigned char)text[mid] & 0xc0) == 0x80)
			mid--;
		if (mid == lo) {
			hi = lo;
			break;
		}
		double mw, mh;
		shorten(buf, text, mid);
		b->measure(b->ctx, style, buf, &mw, &mh);
		if (mw <= max_w)
			lo = mid;
		else
			hi = mid - 1;
	}
	size_t cut = lo;
	for (size_t i = lo; i > lo * 2 / 3; i--) {
		if (text[i - 1] == ' ') {
			cut = i - 1;
			break;
		}
	}
	shorten(buf, text, cut);
	b->measure(b->ctx, style, buf, w, h);
	return buf;
}

/* ---- what a label says about when ---- */

enum precision { P_DAY, P_MONTH, P_YEAR, P_DECADE, P_CENTURY, P_OTHER };

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static enum precision value_precision(const char *v)
{
	size_t n = strlen(v);

	if (n >= 10 && all_digits(v, 4) && v[4] == '-' && all_digits(v + 5, 2) && v[7] == '-' &&
	    all_digits(v + 8, 2))
		return P_DAY;
	if (n == 7 && all_digits(v, 4) && v[4] == '-' && all_digits(v + 5, 2))
		return P_MONTH;
	if (n >= 2 && n <= 4 && all_digits(v, n))
		return n == 4 ? P_YEAR : n == 3 ? P_DECADE : P_CENTURY;
	return P_OTHER;
}

static size_t add(char *buf, size_t size, size_t at, const char *fmt, ...) DLN_PRINTF(4, 5);

static size_t add(char *buf, size_t size, size_t at, const char *fmt, ...)
{
	va_list ap;

	if (at >= size)
		return at;
	va_start(ap, fmt);
	int n = vsnprintf(buf + at, size - at, fmt, ap);
	va_end(ap);
	return n < 0 ? at : at + (size_t)n;
}

static size_t add_day(char *buf, size_t size, size_t at, long days)
{
	int y, m, d;

	dln_civil_from_days(days, &y, &m, &d);
	return add(buf, size, at, "%d %s %d", d, month_abbr[m - 1], y);
}

/* "13 Feb 2017", "5" EN_DASH "6 Aug 2017", "31 Jul" EN_DASH "6 Aug 2017", ... */
static size_t add_days(char *buf, size_t size, size_t at, long first, long last)
{
	int y0, m0, d0, y1, m1, d1;

	if (last <= first)
		return add_day(buf, size, at, first);
	dln_civil_from_days(first, &y0, &m0, &d0);
	dln_civil_from_days(last, &y1, &m1, &d1);
	if (y0 == y1 && m0 == m1)
		return add(buf, size, at, "%d" EN_DASH "%d %s %d", d0, d1, month_abbr[m1 - 1], y1);
	if (y0 == y1)
		return add(buf, size, at, "%d %s " EN_DASH " %d %s %d", d0, month_abbr[m0 - 1],
			   d1, month_abbr[m1 - 1], y1);
	at = add_day(buf, size, at, first);
	at = add(buf, size, at, " " EN_DASH " ");
	return add_day(buf, size, at, last);
}

/* The last day an interval covers (its end is exclusive). */
static long last_day(const struct dln_event *ev)
{
	long s = dln__point_days(&ev->start), e = dln__point_days(&ev->end);

	if (ev->end.minute <= 0 && e > s)
		e--;
	return e;
}

static const char *ordinal_suffix(int n)
{
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	switch (n % 10) {
	case 1: return "st";
	case 2: return "nd";
	case 3: return "rd";
	default: return "th";
	}
}

static const char *mod_prefix(const char *mod)
{
	static const char *const mods[][2] = {
		{ "START", "early " }, { "MID", "mid-" }, { "END", "late " },
		{ "APPROX", "about " }, { "BEFORE", "before " }, { "AFTER", "after " },
		{ "ON_OR_BEFORE", "by " }, { "ON_OR_AFTER", "on or after " },
	};
	for (size_t i = 0; mod && i < DLN_ARRAY_SIZE(mods); i++)
		if (strcmp(mod, mods[i][0]) == 0)
			return mods[i][1];
	return "";
}

static size_t add_time_of_day(char *buf, size_t size, size_t at, const char *t)
{
	static const char *const parts[][2] = {
		{ "MO", "morning" }, { "AF", "afternoon" }, { "EV", "evening" },
		{ "NI", "night" }, { "DT", "daytime" },
	};

	if (all_digits(t, 2) && t[2] == ':' && all_digits(t + 3, 2))
		return add(buf, size, at, ", %.5s", t);
	for (size_t i = 0; i < DLN_ARRAY_SIZE(parts); i++)
		if (strncmp(t, parts[i][0], 2) == 0)
			return add(buf, size, at, ", %s", parts[i][1]);
	return at;
}

/* Quarters, halves and seasons; false for anything else. */
static bool add_part_of_year(char *buf, size_t size, size_t *at, const char *v)
{
	static const char *const seasons[][2] = {
		{ "SP", "spring" }, { "SU", "summer" }, { "FA", "autumn" }, { "WI", "winter" },
	};

	if (strlen(v) != 7 || !all_digits(v, 4) || v[4] != '-')
		return false;
	int year = atoi(v);
	if ((v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') || (v[5] == 'H' && v[6] >= '1' &&
							     v[6] <= '2')) {
		*at = add(buf, size, *at, "%c%c %d", v[5], v[6], year);
		return true;
	}
	for (size_t i = 0; i < DLN_ARRAY_SIZE(seasons); i++) {
		if (strcmp(v + 5, seasons[i][0]) == 0) {
			*at = add(buf, size, *at, "%s %d", seasons[i][1], year);
			return true;
		}
	}
	return false;
}

/* The first label line: when the event happened, as precisely as its value says. */
static void describe(const struct dln_event *ev, char *buf, size_t size)
{
	const char *v = ev->value ? ev->value : "";
	enum precision p = value_precision(v);
	long first = dln__point_days(&ev->start), last = last_day(ev);
	int y, m, d;
	size_t at = add(buf, size, 0, "%s", mod_prefix(ev->mod));

	dln_civil_from_days(first, &y, &m, &d);
	switch (p) {
	case P_DAY:
		at = add_day(buf, size, at, first);
		if (v[10] == 'T')
			at = add_time_of_day(buf, size, at, v + 11);
		break;
	case P_MONTH:
		at = add(buf, size, at, "%s %d", month_abbr[m - 1], y);
		break;
	case P_YEAR:
		at = add(buf, size, at, "%d", y);
		break;
	case P_DECADE:
		at = add(buf, size, at, "%d0s", atoi(v));
		break;
	case P_CENTURY:
		at = add(buf, size, at, "%d%s century", atoi(v) + 1, ordinal_suffix(atoi(v) + 1));
		break;
	case P_OTHER:
		if (!add_part_of_year(buf, size, &at, v))
			at = add_days(buf, size, at, first, ev->is_range ? first : last);
		break;
	}
	if (!ev->is_range)
		return;
	at = add(buf, size, at, " " EN_DASH " ");
	dln_civil_from_days(last, &y, &m, &d);
	if (p == P_YEAR || p == P_DECADE || p == P_CENTURY)
		add(buf, size, at, "%d", y);
	else if (p == P_MONTH)
		add(buf, size, at, "%s %d", month_abbr[m - 1], y);
	else
		add_day(buf, size, at, last);
}

/* ---- time axis ---- */

double dln__layout_days(const struct dln_point *p)
{
	return (double)dln__point_days(p) + (p->minute > 0 ? p->minute / 1440.0 : 0.0);
}

double dln__layout_x(const struct dln__layout *l, double days)
{
	return l->axis_x0 + (days - l->t0) * (l->axis_x1 - l->axis_x0) / (l->t1 - l->t0);
}

struct step {
	char unit;  /* 'd'ay, 'm'onth or 'y'ear */
	int n;
	double days;
	int minor;  /* index of the step that subdivides this one, or -1 */
};

static const struct step steps[] = {
	{ 'd', 1, 1, -1 }, { 'd', 2, 2, 0 }, { 'd', 7, 7, 0 }, { 'd', 14, 14, 2 },
	{ 'm', 1, 30.4, -1 }, { 'm', 2, 60.9, 4 }, { 'm', 3, 91.3, 4 }, { 'm', 6, 182.6, 4 },
	{ 'y', 1, 365.2, 4 }, { 'y', 2, 730.5, 8 }, { 'y', 5, 1826, 8 }, { 'y', 10, 3652, 8 },
	{ 'y', 20, 7305, 10 }, { 'y', 25, 9131, 10 }, { 'y', 50, 18262, 11 },
	{ 'y', 100, 36524, 11 }, { 'y', 200, 73049, 14 }, { 'y', 250, 91311, 14 },
	{ 'y', 500, 182621, 15 }, { 'y', 1000, 365242, 15 }, { 'y', 2000, 730485, 18 },
};

static long mod_floor(long a, long n)
{
	long r = a % n;
	return r < 0 ? r + n : r;
}

/* The first tick at or after day t of a step. */
static long first_tick(const struct step *s, double t)
{
	long d = (long)ceil(t);
	int y, m, day;

	switch (s->unit) {
	case 'd':
		if (s->n < 7)
			return d + mod_floor(-d, s->n);
		/* Mondays; 1970-01-05 (day 4) was one. */
		d += mod_floor(4 - d, 7);
		return d + mod_floor(4 - d, s->n);
	case 'm': {
		dln_civil_from_days(d, &y, &m, &day);
		long idx = (long)y * 12 + (m - 1) + (day > 1);
		idx += mod_floor(-idx, s->n);
		return dln_days_from_civil((int)(idx / 12), (int)(idx % 12) + 1, 1);
	}
	default:
		dln_civil_from_days(d, &y, &m, &day);
		y += (m > 1 || day > 1);
		y += (int)mod_floor(-y, s->n);
		return dln_days_from_civil(y, 1, 1);
	}
}

static long next_tick(const struct step *s, long d)
{
	int y, m, day;

	if (s->unit == 'd')
		return d + s->n;
	dln_civil_from_days(d, &y, &m, &day);
	if (s->unit == 'y')
		return dln_days_from_civil(y + s->n, 1, 1);
	long idx = (long)y * 12 + (m - 1) + s->n;
	return dln_days_from_civil((int)(idx / 12), (int)(idx % 12) + 1, 1);
}

static void tick_label(const struct step *s, long d, long prev, char *buf, size_t size)
{
	int y, m, day, py, pm, pd;

	dln_civil_from_days(d, &y, &m, &day);
	if (s->unit == 'y') {
		snprintf(buf, size, "%d", y);
		return;
	}
	if (s->unit == 'm') {
		snprintf(buf, size, "%s %d", month_abbr[m - 1], y);
		return;
	}
	/* Day ticks name the year on the first tick and where it changes. */
	if (prev != LONG_MIN)
		dln_civil_from_days(prev, &py, &pm, &pd);
	if (prev == LONG_MIN || py != y)
		snprintf(buf, size, "%d %s %d", day, month_abbr[m - 1], y);
	else
		snprintf(buf, size, "%d %s", day, month_abbr[m - 1]);
}

/* Fills the layout's ticks for one step; false when they are too many or their labels
 * would touch. */
static bool try_ticks(struct build *b, const struct step *s, double tick_y)
{
	struct dln__layout *l = b->l;
	long prev = LONG_MIN;
	size_t n = 0;

	if ((l->t1 - l->t0) / s->days > 3 * MAX_TICK_LABELS)
		return false;
	for (long d = first_tick(s, l->t0); d <= l->t1; prev = d, d = next_tick(s, d)) {
		if (n == MAX_TICK_LABELS)
			return false;
		struct dln__tick *t = &l->ticks[n++];
		double w, h;

		t->x = dln__layout_x(l, (double)d);
		b->tick_days[n - 1] = d;
		tick_label(s, d, prev, t->label, sizeof(t->label));
		b->measure(b->ctx, DLN__TEXT_TICK, t->label, &w, &h);
		double x = fmin(fmax(t->x - w / 2, MARGIN / 2), l->width - MARGIN / 2 - w);
		t->box = (struct dln__rect){ x, tick_y, w, h };
		if (n > 1 && l->ticks[n - 2].box.x + l->ticks[n - 2].box.w + TICK_SPACE > x)
			return false;
	}
	l->tick_count = n;
	return true;
}

/* Unlabelled ticks of the next finer unit, where they are not too dense. */
static void place_minor_ticks(struct build *b, const struct step *major)
{
	struct dln__layout *l = b->l;
	size_t n = 0;

	if (major->minor < 0)
		return;
	const struct step *s = &steps[major->minor];
	if (s->days * (l->axis_x1 - l->axis_x0) / (l->t1 - l->t0) < MINOR_SPACE)
		return;
	for (long d = first_tick(s, l->t0); d <= l->t1; d = next_tick(s, d)) {
		bool on_major = false;
		for (size_t i = 0; i < l->tick_count; i++)
			on_major |= b->tick_days[i] == d;
		if (on_major)
			continue;
		if (n == DLN__MAX_MINOR_TICKS)
			return;
		l->minor_x[n++] = dln__layout_x(l, (double)d);
	}
	l->minor_count = n;
}

static void place_ticks(struct build *b, double tick_y)
{
	for (size_t i = 0; i < DLN_ARRAY_SIZE(steps); i++) {
		if (try_ticks(b, &steps[i], tick_y)) {
			place_minor_ticks(b, &steps[i]);
			return;
		}
	}
	/* No spacing fits the width: a bare axis rather than overprinted labels. */
	b->l->tick_count = 0;
}

/* ---- label placement ---- */

struct option {
	double lx;         /* label left edge */
	bool beside;       /* the leader runs beside the text (else it stops under it) */
	bool flush_right;  /* the text is left of its leader */
	bool valid;
};

struct slot {
	double ax, w;              /* leader x, label width */
	struct option pref, alt;   /* alt.valid is false when there is no second choice */
	struct option chosen;
	int row;
	bool crossed;              /* a leader passes through this label */
};

struct placer {
	struct slot *s;
	size_t n;
	size_t *order;   /* slot indices in leader-x order */
	int *indeg;      /* unplaced events whose x this slot's preferred label covers */
	bool *placed;
	/* Per row, n + 1 entries each: */
	bool *blocked;   /* a placed label collides with the one being placed */
	size_t *over;    /* placed leaders through the label, by the highest row they reach */
	size_t *under;   /* placed labels the new leader would pass, by their row */
};

/* The leader at x passes through a label spanning [lx, lx + w]. */
static bool covers(double lx, double w, double x)
{
	return x + POLE_PAD > lx && x - POLE_PAD < lx + w;
}

static bool collide(double ax, double aw, double bx, double bw)
{
	return ax < bx + bw + LABEL_PAD && bx < ax + aw + LABEL_PAD;
}

static void set_options(struct slot *s, bool prefer_right, double width)
{
	struct option left = { round(s->ax - FLAG_GAP - s->w), true, true, false };
	struct option right = { round(s->ax + FLAG_GAP), true, false, false };

	left.valid = left.lx >= MARGIN;
	right.valid = right.lx + s->w <= width - MARGIN;
	s->alt.valid = false;
	if (left.valid && right.valid) {
		s->pref = prefer_right ? right : left;
		s->alt = prefer_right ? left : right;
	} else if (left.valid || right.valid) {
		s->pref = left.valid ? left : right;
	} else {
		/* Wider than either side: centred over the leader, which stops under it. */
		double lx = fmin(fmax(round(s->ax - s->w / 2), MARGIN), width - MARGIN - s->w);
		s->pref = (struct option){ lx, false, false, true };
	}
}

/* The cheapest free row for the label of slot i with option o, in *row; returns the
 * crossings it makes with what is placed: placed leaders through the label, and its own
 * leader through placed labels below it. */
static size_t cheapest_row(struct placer *p, size_t i, const struct option *o, int *row)
{
	const struct slot *si = &p->s[i];
	size_t over_all = 0;

	memset(p->blocked, 0, (p->n + 1) * sizeof(*p->blocked));
	memset(p->over, 0, (p->n + 1) * sizeof(*p->over));
	memset(p->under, 0, (p->n + 1) * sizeof(*p->under));
	for (size_t j = 0; j < p->n; j++) {
		const struct slot *sj = &p->s[j];
		if (!p->placed[j])
			continue;
		/* Leader j reaches up to row top: it crosses this label at any row <= top. */
		int top = sj->chosen.beside ? sj->row : sj->row - 1;
		if (top >= 0 && covers(o->lx, si->w, sj->ax)) {
			p->over[top]++;
			over_all++;
		}
		if (covers(sj->chosen.lx, sj->w, si->ax))
			p->under[sj->row]++;
		if (collide(o->lx, si->w, sj->chosen.lx, sj->w))
			p->blocked[sj->row] = true;
	}
	size_t cost = over_all, best = SIZE_MAX;
	for (size_t r = 0; r <= p->n; r++) {
		if (r > 0)
			cost = cost - p->over[r - 1] + p->under[r - 1];
		if (!p->blocked[r] && cost < best) {
			best = cost;
			*row = (int)r;
		}
	}
	return best;
}

/* Leaders of unplaced events that a label of slot i at o would cover: likely crossings. */
static size_t covers_unplaced(const struct placer *p, size_t i, const struct option *o)
{
	size_t n = 0;

	for (size_t j = 0; j < p->n; j++)
		n += j != i && !p->placed[j] && covers(o->lx, p->s[i].w, p->s[j].ax);
	return n;
}

/* Places slot i on the cheaper side of its leader: crossings with what is placed, plus
 * the leaders of events still to come that its label would hide. */
static void place_one(struct placer *p, size_t i)
{
	struct slot *s = &p->s[i];
	int rp = 0, ra = 0;
	size_t cp = cheapest_row(p, i, &s->pref, &rp) + covers_unplaced(p, i, &s->pref);

	s->chosen = s->pref;
	s->row = rp;
	if (s->alt.valid) {
		size_t ca = cheapest_row(p, i, &s->alt, &ra) + covers_unplaced(p, i, &s->alt);
		if (ca < cp || (ca == cp && ra < rp)) {
			s->chosen = s->alt;
			s->row = ra;
		}
	}
	p->placed[i] = true;
	for (size_t j = 0; j < p->n; j++)
		if (!p->placed[j] && covers(p->s[j].pref.lx, p->s[j].w, s->ax))
			p->indeg[j]--;
}

/* Counts leaders passing through other labels and marks those labels. */
static size_t count_crossings(struct placer *p)
{
	size_t n = 0;

	for (size_t i = 0; i < p->n; i++)
		p->s[i].crossed = false;
	for (size_t i = 0; i < p->n; i++) {
		const struct slot *si = &p->s[i];
		int top = si->chosen.beside ? si->row : si->row - 1;
		for (size_t j = 0; j < p->n; j++) {
			struct slot *sj = &p->s[j];
			if (j != i && sj->row <= top && covers(sj->chosen.lx, sj->w, si->ax)) {
				sj->crossed = true;
				n++;
			}
		}
	}
	return n;
}

static size_t distance(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* The next slot to place: one whose label hides no unplaced leader, else (labels facing each
 * other) any; nearest the split first, so that rows grow outward from it. */
static size_t next_slot(const struct placer *p, size_t split)
{
	size_t best = p->n, best_k = 0;

	for (size_t k = 0; k < p->n; k++) {
		size_t i = p->order[k];
		if (p->placed[i])
			continue;
		bool ready = p->indeg[i] == 0, best_ready = best < p->n && p->indeg[best] == 0;
		if (best == p->n || (ready && !best_ready) ||
		    (ready == best_ready &&
		     distance(2 * k + 1, 2 * split) < distance(2 * best_k + 1, 2 * split))) {
			best = i;
			best_k = k;
		}
	}
	return best;
}

struct score {
	size_t crossings;
	int rows;
	long row_sum;
};

/* Dense timelines cannot avoid every crossing; a few of them are worth many rows less. */
static bool better(const struct score *a, const struct score *b)
{
	size_t cost_a = CROSSING_ROWS * a->crossings + (size_t)a->rows;
	size_t cost_b = CROSSING_ROWS * b->crossings + (size_t)b->rows;

	if (cost_a != cost_b)
		return cost_a < cost_b;
	if (a->crossings != b->crossings)
		return a->crossings < b->crossings;
	if (a->rows != b->rows)
		return a->rows < b->rows;
	return a->row_sum < b->row_sum;
}

/* Places every label with the leftmost `split` events preferring one side of their leader
 * and the others the other side: back to back (left, then right) keeps the leaders of a
 * cluster free; face to face suits clusters near both edges. Labels that do not fit on
 * their preferred side take the other. */
static struct score place_all(struct placer *p, size_t split, bool back_to_back,
			      double width)
{
	struct score sc = { 0, 0, 0 };

	for (size_t k = 0; k < p->n; k++)
		set_options(&p->s[p->order[k]], (k >= split) == back_to_back, width);
	for (size_t i = 0; i < p->n; i++) {
		p->placed[i] = false;
		p->indeg[i] = 0;
		for (size_t j = 0; j < p->n; j++)
			if (j != i && covers(p->s[i].pref.lx, p->s[i].w, p->s[j].ax))
				p->indeg[i]++;
	}
	for (size_t k = 0; k < p->n; k++)
		place_one(p, next_slot(p, split));
	sc.crossings = count_crossings(p);
	for (size_t i = 0; i < p->n; i++) {
		sc.rows = p->s[i].row + 1 > sc.rows ? p->s[i].row + 1 : sc.rows;
		sc.row_sum += p->s[i].row;
	}
	return sc;
}

struct keyed {
	double x;
	size_t i;
};

static int by_x(const void *pa, const void *pb)
{
	const struct keyed *a = pa, *b = pb;

	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	return (a->i > b->i) - (a->i < b->i);
}

/* Chooses rows and sides for all labels; slots[i].chosen and .row hold the result. */
static int place_labels(struct slot *slots, size_t n, double width, size_t *crossings)
{
	struct placer p = { .s = slots, .n = n };
	struct slot *best = malloc(n * sizeof(*best));
	struct keyed *keys = malloc(n * sizeof(*keys));
	int rc = 0;

	p.order = malloc(n * sizeof(*p.order));
	p.indeg = malloc(n * sizeof(*p.indeg));
	p.placed = malloc(n * sizeof(*p.placed));
	p.blocked = malloc((n + 1) * sizeof(*p.blocked));
	p.over = malloc((n + 1) * sizeof(*p.over));
	p.under = malloc((n + 1) * sizeof(*p.under));
	if (!best || !keys || !p.order || !p.indeg || !p.placed || !p.blocked || !p.over ||
	    !p.under) {
		rc = dln__nomem();
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		keys[i] = (struct keyed){ slots[i].ax, i };
	qsort(keys, n, sizeof(*keys), by_x);
	for (size_t i = 0; i < n; i++)
		p.order[i] = keys[i].i;
	/* Each try costs n^2: every split point both ways for small timelines, a sample for
	 * big ones. */
	size_t tries = n <= 40 ? n + 1 : n <= 400 ? 41 : 9;
	struct score top = { 0, 0, 0 };
	for (size_t t = 0; t < 2 * tries; t++) {
		size_t split = tries == n + 1 ? t / 2 : t / 2 * n / (tries - 1);
		struct score sc = place_all(&p, split, t % 2 == 0, width);
		if (t == 0 || better(&sc, &top)) {
			top = sc;
			memcpy(best, slots, n * sizeof(*best));
		}
	}
	memcpy(slots, best, n * sizeof(*best));
	*crossings = top.crossings;
out:
	free(best);
	free(keys);
	free(p.order);
	free(p.indeg);
	free(p.placed);
	free(p.blocked);
	free(p.over);
	free(p.under);
	return rc;
}

/* ---- the whole picture ---- */

struct item {
	const struct dln_event *ev;
	double ts, te;
	size_t seq;
};

static int by_time(const void *pa, const void *pb)
{
	const struct item *a = pa, *b = pb;

	if (a->ts != b->ts)
		return a->ts < b->ts ? -1 : 1;
	if (a->te != b->te)
		return a->te < b->te ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

static bool drawable(const struct dln_event *ev)
{
	return ev->resolved && (ev->type == DLN_TIMEX_DATE || ev->type == DLN_TIMEX_TIME) &&
	       dln_date_valid(ev->start.year, ev->start.month, ev->start.day) &&
	       dln_date_valid(ev->end.year, ev->end.month, ev->end.day);
}

static int add_heading(struct build *b, const char *heading, bool fixed_width, double *y)
{
	struct dln__layout *l = b->l;
	double w, h;

	if (!heading || !*heading)
		return 0;
	char *clean = clean_text(&l->arena, heading);
	if (clean && !fixed_width) {
		/* A small image still shows its whole heading. */
		b->measure(b->ctx, DLN__TEXT_HEADING, clean, &w, &h);
		l->width = fmax(l->width, fmin(ceil(w + 2 * MARGIN), DEFAULT_WIDTH));
	}
	if (!clean || !(l->heading = fit_text(b, DLN__TEXT_HEADING, clean, l->width - 2 * MARGIN,
					      &w, &h)))
		return dln__nomem();
	l->heading_box = (struct dln__rect){ MARGIN, *y, w, h };
	*y += ceil(h) + HEADING_GAP;
	return 0;
}

static void layout_empty(struct build *b, double y)
{
	struct dln__layout *l = b->l;
	double w, h;

	l->message = "No dated events";
	b->measure(b->ctx, DLN__TEXT_BODY, l->message, &w, &h);
	l->message_box = (struct dln__rect){ round((l->width - w) / 2), y, w, h };
	l->height = ceil(y + h + MARGIN);
}

/* Width of title with its byte at `at` (a space) as the end of the first line. */
static double width_before(struct build *b, char *title, size_t at)
{
	double w, h;
	char c = title[at];

	title[at] = '\0';
	b->measure(b->ctx, DLN__TEXT_BODY, title, &w, &h);
	title[at] = c;
	return w;
}

/* The break for a title too wide for one line: the most even two lines when it fits in two,
 * else the longest first line (the second gets an ellipsis). 0 when no space fits. */
static size_t title_break(struct build *b, char *title, double max_w)
{
	size_t greedy = 0, even = 0;
	double best = 0;

	for (char *sp = strchr(title, ' '); sp; sp = strchr(sp + 1, ' ')) {
		size_t at = (size_t)(sp - title);
		double w1 = width_before(b, title, at), w2, h2;
		if (w1 > max_w)
			break;
		greedy = at;
		const char *rest = sp;
		while (*rest == ' ')
			rest++;
		b->measure(b->ctx, DLN__TEXT_BODY, rest, &w2, &h2);
		if (w2 <= max_w && (even == 0 || fmax(w1, w2) < best)) {
			even = at;
			best = fmax(w1, w2);
		}
	}
	return even ? even : greedy;
}

/* The title in at most two lines of max_w. Sets the label's size; -1 when out of memory. */
static int wrap_title(struct build *b, struct dln__mark *m, char *title, double max_w)
{
	double w, h, w2 = 0, h2 = 0;
	size_t brk = 0;

	m->title[0] = m->title[1] = "";
	m->title_y[0] = m->title_y[1] = m->label.h + LINE_GAP;
	if (!*title)
		return 0;
	b->measure(b->ctx, DLN__TEXT_BODY, title, &w, &h);
	if (w > max_w)
		brk = title_break(b, title, max_w);
	if (brk == 0) {
		if (!(m->title[0] = fit_text(b, DLN__TEXT_BODY, title, max_w, &w, &h)))
			return -1;
	} else {
		const char *rest = title + brk;
		while (*rest == ' ')
			rest++;
		if (!(m->title[0] = dln__arena_strndup(&b->l->arena, title, brk)) ||
		    !(m->title[1] = fit_text(b, DLN__TEXT_BODY, rest, max_w, &w2, &h2)))
			return -1;
		b->measure(b->ctx, DLN__TEXT_BODY, m->title[0], &w, &h);
	}
	m->title_y[1] = m->title_y[0] + h;
	m->label.w = fmax(m->label.w, fmax(w, w2));
	m->label.h += LINE_GAP + h + h2;
	return 0;
}

/* Marks in time order with their x extent and label text; -1 when out of memory. */
static int make_marks(struct build *b, struct item *items, size_t n)
{
	struct dln__layout *l = b->l;
	double max_w = fmin(LABEL_MAX_W, l->width - 2 * MARGIN - FLAG_GAP);
	char when[160];

	for (size_t i = 0; i < n; i++) {
		struct dln__mark *m = &l->marks[i];
		double dw, dh;

		m->ev = items[i].ev;
		double x0 = dln__layout_x(l, items[i].ts), x1 = dln__layout_x(l, items[i].te);
		/* A day is a point however wide it is drawn. */
		m->bar = x1 - x0 >= BAR_MIN_W && items[i].te - items[i].ts > 1;
		if (m->bar) {
			m->shape = (struct dln__rect){ x0, 0, x1 - x0, BAR_H };
			m->leader_x = x0 + BAR_INSET;
		} else {
			/* At the start, as ticks mark the start of the period they name. */
			m->shape = (struct dln__rect){ x0 - MARKER_R, 0, 2 * MARKER_R,
						       2 * MARKER_R };
			m->leader_x = x0;
		}
		describe(m->ev, when, sizeof(when));
		char *date = clean_text(&l->arena, when);
		char *title = clean_text(&l->arena, m->ev->title ? m->ev->title : "");
		if (!date || !title)
			return -1;
		if (!(m->date = fit_text(b, DLN__TEXT_DATE, date, max_w, &dw, &dh)))
			return -1;
		/* Positions are relative to the label until its row is known. */
		m->label = (struct dln__rect){ 0, 0, dw, dh };
		if (wrap_title(b, m, title, max_w) < 0)
			return -1;
	}
	return 0;
}

/* Bars in lanes above the axis, lane 0 lowest: each in the first lane free at its start. */
static int assign_lanes(struct dln__layout *l, int *lane_of)
{
	double *lane_end = malloc((l->mark_count + 1) * sizeof(*lane_end));
	int lanes = 0;

	if (!lane_end)
		return -1;
	for (size_t i = 0; i < l->mark_count; i++) {
		const struct dln__mark *m = &l->marks[i];
		int k = 0;
		if (!m->bar)
			continue;
		while (k < lanes && lane_end[k] + LANE_GAP > m->shape.x)
			k++;
		if (k == lanes)
			lanes++;
		lane_end[k] = m->shape.x + m->shape.w;
		lane_of[i] = k;
	}
	free(lane_end);
	return lanes;
}

static void set_span(struct dln__layout *l, const struct item *items, size_t n)
{
	double t0 = items[0].ts, t1 = items[0].te;

	for (size_t i = 1; i < n; i++)
		t1 = fmax(t1, items[i].te);
	if (t1 - t0 < MIN_SPAN_DAYS) {
		double mid = (t0 + t1) / 2;
		t0 = mid - MIN_SPAN_DAYS / 2;
		t1 = mid + MIN_SPAN_DAYS / 2;
	}
	double pad = (t1 - t0) * SPAN_PAD;
	l->t0 = t0 - pad;
	l->t1 = t1 + pad;
	l->axis_x0 = AXIS_INSET;
	l->axis_x1 = l->width - AXIS_INSET;
}

/* Positions everything vertically once rows and lanes are known; row_top has room for
 * one entry per mark. Each row is as tall as its tallest label. */
static void stack(struct build *b, const struct slot *slots, const int *lane_of, int lanes,
		  double top, double *row_top)
{
	struct dln__layout *l = b->l;

	l->rows = 0;
	for (size_t i = 0; i < l->mark_count; i++) {
		int r = slots[i].row;
		if (r >= l->rows) {
			for (int k = l->rows; k <= r; k++)
				row_top[k] = 0;
			l->rows = r + 1;
		}
		row_top[r] = fmax(row_top[r], l->marks[i].label.h);
	}
	/* Heights to tops, from the highest row down. */
	double y = top;
	for (int r = l->rows - 1; r >= 0; r--) {
		double h = row_top[r];
		row_top[r] = y;
		y += ceil(h) + ROW_GAP;
	}
	double rows_bottom = y - ROW_GAP;
	l->axis_y = round(rows_bottom + LEADER_MIN + lanes * (BAR_H + LANE_GAP) + BAR_AXIS_GAP);
	for (size_t i = 0; i < l->mark_count; i++) {
		struct dln__mark *m = &l->marks[i];
		const struct slot *s = &slots[i];

		m->row = s->row;
		m->flush_right = s->chosen.flush_right;
		m->label.x = s->chosen.lx;
		m->crossed = s->crossed;
		m->label.y = row_top[s->row];
		m->title_y[0] += m->label.y;
		m->title_y[1] += m->label.y;
		if (m->bar) {
			m->shape.y = l->axis_y - BAR_AXIS_GAP - BAR_H -
				     lane_of[i] * (BAR_H + LANE_GAP);
		} else {
			m->shape.y = l->axis_y - MARKER_R;
		}
		m->leader_bottom = m->shape.y;
		m->leader_top = s->chosen.beside ? m->label.y : m->label.y + m->label.h + 2;
	}
	l->tick_len = TICK_LEN;
	l->minor_len = MINOR_LEN;
	place_ticks(b, l->axis_y + TICK_LEN + TICK_TEXT_GAP);
	double tick_h = 0;
	for (size_t i = 0; i < l->tick_count; i++)
		tick_h = fmax(tick_h, l->ticks[i].box.h);
	l->height = ceil(l->axis_y + TICK_LEN + TICK_TEXT_GAP + tick_h + MARGIN);
}

int dln__layout_build(struct dln__layout *out, const struct dln_event *const *events,
		      size_t count, double width, const char *heading, dln__measure_fn measure,
		      void *ctx)
{
	struct build b = { .l = out, .measure = measure, .ctx = ctx };
	struct item *items = malloc((count + 1) * sizeof(*items));
	struct slot *slots = NULL;
	int *lane_of = NULL;
	double *row_top = NULL;
	size_t n = 0;
	double y = MARGIN;
	int lanes, rc = 0;

	*out = (struct dln__layout){ .arena = DLN_ARENA_INIT };
	if (!items)
		return dln__nomem();
	for (size_t i = 0; i < count; i++) {
		if (!drawable(events[i]))
			continue;
		items[n] = (struct item){ events[i], dln__layout_days(&events[i]->start),
					  dln__layout_days(&events[i]->end), i };
		items[n].te = fmax(items[n].te, items[n].ts);
		n++;
	}
	out->width = width > 0 ? round(width) : n ? DEFAULT_WIDTH : EMPTY_WIDTH;
	if ((rc = add_heading(&b, heading, width > 0, &y)))
		goto out;
	if (n == 0) {
		layout_empty(&b, y);
		goto out;
	}
	qsort(items, n, sizeof(*items), by_time);
	set_span(out, items, n);
	out->marks = dln__arena_alloc(&out->arena, n * sizeof(*out->marks));
	slots = calloc(n, sizeof(*slots));
	lane_of = calloc(n, sizeof(*lane_of));
	row_top = calloc(n, sizeof(*row_top));
	if (!out->marks || !slots || !lane_of || !row_top) {
		rc = dln__nomem();
		goto out;
	}
	out->mark_count = n;
	if (make_marks(&b, items, n) < 0 || (lanes = assign_lanes(out, lane_of)) < 0) {
		rc = dln__nomem();
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		slots[i] = (struct slot){ .ax = out->marks[i].leader_x,
					  .w = out->marks[i].label.w };
	if ((rc = place_labels(slots, n, out->width, &out->crossings)))
		goto out;
	stack(&b, slots, lane_of, lanes, y, row_top);
out:
	free(items);
	free(row_top);
	free(slots);
	free(lane_of);
	if (rc)
		dln__layout_release(out);
	return rc;
}

void dln__layout_release(struct dln__layout *l)
{
	dln__arena_release(&l->arena);
	l->marks = NULL;
	l->mark_count = 0;
}
