/* The resolver: the only place where an underspecified value becomes a TIMEX3 value and an
 * interval on the calendar. */
#ifndef DLN_RESOLVER_H
#define DLN_RESOLVER_H

#include "datelines/tagger.h"
#include "recognizer.h"

/* How precise a resolved date is; narrative offsets need an anchor at least as precise. */
enum dln_gran {
	DLN_GRAN_NONE, DLN_GRAN_CENTURY, DLN_GRAN_DECADE, DLN_GRAN_YEAR, DLN_GRAN_HALF,
	DLN_GRAN_QUARTER, DLN_GRAN_SEASON, DLN_GRAN_MONTH, DLN_GRAN_WEEK, DLN_GRAN_DAY,
	DLN_GRAN_TIME,
};

/* AHEAD is the future that the words right before an expression tell ("effective Feb. 1",
 * "ahead of Sunday's vote"): it puts even an event the text names ahead, which a future verb
 * does not ("will appeal Monday's ruling"). EITHER is what someone was told to do, which may
 * be done by now ("ordered crews to work through the weekend"): the nearest, even for a
 * deadline. */
enum dln_tense {
	DLN_TENSE_UNKNOWN, DLN_TENSE_PAST, DLN_TENSE_PRESENT, DLN_TENSE_FUTURE, DLN_TENSE_AHEAD,
	DLN_TENSE_EITHER,
};

struct dln_resolve_ctx {
	const struct dln_dct *dct;
	/* The last date the text fixed, for "two days earlier"; gran NONE when there is none. */
	struct dln_point anchor;
	struct dln_point anchor_end; /* the end of the anchor's interval */
	enum dln_gran anchor_gran;
	bool anchor_clock;         /* the anchor is a clock time ("9:02 a.m."), not a part of a day */
	bool anchor_ampm;          /* told with a.m. or p.m. (not "19:10") */
	int anchor_pod;            /* the anchor's part of the day ("last night"), 0 for none */
	/* The last day the text fixed, when a coarser date ("in 1992", "mid-February") came
	 * after it: "the following day" and "at 7 p.m." still count from it. */
	bool has_day_anchor;
	struct dln_point day_anchor;
	/* The day of the events told, when a later day only dates what was said of them
	 * ("crashed late Friday ... authorities said Saturday ... took off at 11:18 p.m."): a
	 * time of day alone is on it. */
	bool has_event_day;
	struct dln_point event_day;
	/* The last day the text fixed on or before publication: what a clause tells in the
	 * past happened on it when the last day is still to come and it is of the week before
	 * publication ("sentenced him Thursday and ordered him to surrender by Oct. 1 ... read
	 * the sentence at 11:40 a.m."). */
	bool has_past_day;
	struct dln_point past_day;
	/* The expression dates what was said ("said Monday", "announced on Monday"), follows a
	 * verb of saying in its sentence, or comes after a day the text placed near
	 * publication: a weekday or a month so told is news of now, not of a story retold. */
	bool news_of_now;
	enum dln_tense tense;      /* of the clause around the expression */
	bool tense_near;           /* told by a word close to the expression (tense.h) */
	/* The last quarter the text named ("the third quarter"), for comparison periods; and
	 * the month it named, when it named one since ("rose in April from a year earlier"). */
	bool has_quarter, month_last;
	int quarter_year, quarter, month_year, month;
};

/* False when u's clock time or hour is none of the clock ("WIMA 1150 AM", "13 p.m."). */
bool dln__names_a_clock_time(const struct dln_uval *u);
/* Fills type, value, mod, freq, quant, resolved, start and end of *x; returns the
 * granularity of a resolved DATE or TIME, else DLN_GRAN_NONE. */
enum dln_gran dln__resolve(const struct dln_uval *u, const struct dln_resolve_ctx *ctx,
			   struct dln_timex *x);

#endif
