/* Timeline image geometry: where the heading, axis, ticks, bars, markers, leaders and labels
 * go, in px (1 unit = 1 px at scale 1). Pure arithmetic over a text-measuring callback, so
 * it can be tested exactly without fonts; render.c measures with pango and draws it.
 *
 * Ownership: a layout filled by dln__layout_build owns its strings and marks and is
 * released with dln__layout_release; its marks borrow the events they were built from.
 */
#ifndef DLN_RENDER_LAYOUT_H
#define DLN_RENDER_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "datelines/timeline.h"
#include "datelines/writers.h"
#include "arena.h"

enum dln__text_style {
	DLN__TEXT_HEADING,  /* the image title */
	DLN__TEXT_DATE,     /* first label line, bold */
	DLN__TEXT_BODY,     /* the event title under it; also the empty-image note */
	DLN__TEXT_TICK,     /* axis tick labels */
};

/* Sets *w and *h to the size in px of one line of UTF-8 text in the given style. */
typedef void (*dln__measure_fn)(void *ctx, enum dln__text_style style, const char *text,
				double *w, double *h);

struct dln__rect {
	double x, y, w, h;
};

struct dln__tick {
	double x;               /* where the tick meets the axis */
	char label[32];
	struct dln__rect box;   /* the label, below the axis */
};

/* One event: a bar (long interval) or a round marker, a leader and a label of a date line
 * and up to two title lines. */
struct dln__mark {
	const struct dln_event *ev;
	bool bar;
	struct dln__rect shape;  /* the bar, or the marker's bounding square */
	double leader_x;         /* the leader runs vertically at leader_x ... */
	double leader_top;       /* ... from leader_top (at the label) ... */
	double leader_bottom;    /* ... down to leader_bottom (the marker or bar) */
	const char *date;        /* first label line, fitted to the label width */
	const char *title[2];    /* the title wrapped and fitted; "" for lines not needed */
	double title_y[2];       /* tops of the title lines */
	struct dln__rect label;  /* all lines */
	bool flush_right;        /* the label sits left of its leader: align text right */
	bool crossed;            /* another event's leader passes through this label */
	int row;                 /* label row, 0 nearest the axis */
};

#define DLN__MAX_TICKS 16
#define DLN__MAX_MINOR_TICKS 128

struct dln__layout {
	double width, height;         /* whole px */
	const char *heading;          /* NULL when none */
	struct dln__rect heading_box;
	const char *message;          /* "No dated events" for an empty timeline, else NULL */
	struct dln__rect message_box;
	double axis_y, axis_x0, axis_x1;
	double t0, t1;                /* days since 1970-01-01 at axis_x0 and axis_x1 */
	struct dln__tick ticks[DLN__MAX_TICKS];
	size_t tick_count;
	double minor_x[DLN__MAX_MINOR_TICKS];  /* unlabelled ticks between the others */
	size_t minor_count;
	double tick_len, minor_len;
	struct dln__mark *marks;      /* in timeline order */
	size_t mark_count;
	int rows;                     /* label rows above the axis */
	size_t crossings;             /* leaders passing through another label; 0 unless crowded */
	struct dln_arena arena;
};

/* Lays out the resolved DATE and TIME events among `events` (the others are skipped) on a
 * canvas `width` px wide (0 = automatic), with an optional heading. 0 or DLN_ENOMEM. */
int dln__layout_build(struct dln__layout *out, const struct dln_event *const *events,
		      size_t count, double width, const char *heading, dln__measure_fn measure,
		      void *ctx);
void dln__layout_release(struct dln__layout *l);

/* Days since 1970-01-01 of a point, with the minutes as a fraction of a day. */
double dln__layout_days(const struct dln_point *p);
/* The x of a day count on the layout's axis. */
double dln__layout_x(const struct dln__layout *l, double days);

/* Implemented in render.c: the layout dln_render draws for this timeline and these options,
 * measured with the fonts it draws with. */
int dln__render_layout(const dln_timeline *tl, const struct dln_render_options *opt,
		       struct dln__layout *out);

#endif
