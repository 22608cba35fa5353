/* What the tagger keeps while it goes through a document (tagger.c), what the sentence tells
 * of an expression (tagger_context.c), and what it does with an expression's neighbours:
 * ranges, coordinated weekdays and months (tagger_ranges.c), days and hours joined to a date
 * (tagger_days.c). */
#ifndef DLN_TAG_RUN_H
#define DLN_TAG_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "clause.h"
#include "document_internal.h"
#include "recognizer.h"
#include "resolver.h"
#include "tagging_internal.h"

struct tag_run {
	const struct dln_document *doc;
	struct dln_tagging *tagging;
	struct dln_resolve_ctx ctx;
	const struct dln_token *tok;   /* the current sentence */
	size_t n;
	size_t max;                    /* expressions allowed in the whole text */
	size_t sentence_first;         /* index of the sentence's first timex */
	bool from_clock_only;          /* the last range's start is a time of day alone */
	bool from_month_only;          /* it is a month or a day of one without a year */
	/* The day of the sentence's last expression when it was a weekday placed by its own
	 * words ("next Tuesday"), else LONG_MIN. */
	long weekday_day;
	size_t last_end;               /* the token after the sentence's last expression, or 0 */
	bool clock_only;               /* that expression is a time of day that names no day, */
	bool clock_from_alone;         /* ending a range whose start (before it) is one too */
	bool clock_restated;           /* restating the one before it in parentheses */
	bool bare_month;               /* or a month (or a day of one) the tense placed alone */
	/* How many months (or days of one) without a year end the sentence's expressions so far,
	 * each joined to the next as a list ("in September, October and"). */
	size_t months_listed;
	bool day_near;                 /* a day placed within a week of publication */
	int fronted_year;              /* the year the sentence opens with ("In 1995, ..."), or 0 */
	size_t fronted_when;           /* the "when" after it that opens a clause of it, or 0 */
	bool day_fixed;                /* an expression of the sentence has fixed a day */
	/* The anchor as the sentence's own day left it, put back at the sentence's end when a
	 * day named for its event took over from it ("on Friday after Thursday's election"). */
	bool anchor_lent;
	struct dln_resolve_ctx own_anchor;
	size_t covered_end;            /* bytes before this belong to an expression already */
};

/* Whether token i of the sentence is the word w, in any case. Inline, so that w's length
 * is known where w is a literal: the tagger asks this of every expression. */
static inline bool dln__word_is(const struct tag_run *run, size_t i, const char *w)
{
	const struct dln_token *t = &run->tok[i];
	return t->kind == DLN_TOK_WORD && t->len == strlen(w) &&
	       strncasecmp(run->doc->text + t->off, w, t->len) == 0;
}
bool dln__is_dash(const struct dln_token *t);
/* What the sentence around an expression tells of it (tagger_context.c). Whether the
 * sentence holds one of the words, in any case: */
bool dln__sentence_has(const struct tag_run *run, const struct dln_word *words, size_t count);
/* whether it tells of what recurs ("open daily", "every 15 minutes"), where a time of day
 * alone names no one day; */
bool dln__recurring(const struct tag_run *run);
/* whether a word of habit ("usually", "each year") reaches the expression at token first; */
bool dln__in_reach_of_habit(const struct tag_run *run, size_t first);
/* whether c is a month, season or holiday without a year in that reach (XXXX-02); */
bool dln__in_habit(const struct tag_run *run, const struct dln_candidate *c);
/* whether c is a half or quarter of a game ("scored in the second half"); */
bool dln__game_period(const struct tag_run *run, const struct dln_candidate *c);
/* whether c is a range of degrees ("temperatures will climb into the 40s"); */
bool dln__temperature_range(const struct tag_run *run, const struct dln_candidate *c);
/* whether c is a weekday whose event is held on its day ("Monday's game"). */
bool dln__names_a_fixture(const struct tag_run *run, const struct dln_candidate *c);
/* How tok[k] joins two dates: as a range's ends ("to", "through", "until", a dash) or as the
 * items of a list ("and", "or"). */
enum dln_joint { DLN_JOINT_NONE, DLN_JOINT_RANGE, DLN_JOINT_LIST };
enum dln_joint dln__joint_at(const struct tag_run *run, size_t k);
/* Whether x is resolved to a day of the calendar ("2024-07-08", "2024-07-08T09:00"; not a
 * week, "2024-W05-WE"). */
static inline bool dln__names_calendar_day(const struct dln_timex *x)
{
	return x->resolved && strlen(x->value) >= 10 && x->value[4] == '-' && x->value[7] == '-';
}
/* Moves a resolved date by whole years, when its day is in the other year too; its end stays
 * as many days after its start ("Feb. 28" ends on Feb. 29 in a leap year, on March 1 else). */
void dln__move_years(struct dln_timex *x, int years);
/* 0 when the document may hold one more expression, else DLN_ELIMIT (tagger.c). */
int dln__room_for_one(const struct tag_run *run);

/* Whether a time of day or date names its own day, not the anchor's. */
bool dln__names_a_day(const struct dln_uval *u);
/* "since X", "from X", "to Y": the part x plays in a range, from the words before token
 * first. */
void dln__range_role(struct tag_run *run, size_t first, struct dln_timex *x);
/* A range runs forward: moves a range's start or end (x, just resolved) into order. */
void dln__order_range(struct tag_run *run, const struct dln_uval *to_value, struct dln_timex *to);
/* "from March to November 2008": the year the range's end names holds for a start that
 * names none. */
void dln__range_year(struct tag_run *run, const struct dln_uval *to_value,
		     const struct dln_timex *to);
/* Places a bare weekday joined to one placed by its own words after it (run->last_end is
 * still the end of the expression before). */
void dln__follow_weekday(struct tag_run *run, const struct dln_candidate *c,
			 enum dln_gran gran, struct dln_timex *x);
/* "head back to class Tuesday, Sept. 2 ... leave that Tuesday": "that" and a weekday (x,
 * resolved from c to gran), with or without a part of the day, recall the last day of that
 * weekday the text gave, if any. */
void dln__that_weekday_recalls(const struct tag_run *run, const struct dln_candidate *c,
				enum dln_gran gran, struct dln_timex *x);
/* "prepared for Thanksgiving on Thursday": a bare weekday after "on" right after a day that
 * falls on it restates that day. */
void dln__weekday_restates(const struct tag_run *run, const struct dln_candidate *c,
			   enum dln_gran gran, struct dln_timex *x);
/* Whether u is a month (or a day of one) without a year, which the tense places. */
bool dln__bare_month(const struct dln_uval *u);
/* "In 1995, ... from Dec. 16 to Jan. 6": a month, day or holiday without a year in a sentence
 * that opens with a year is in that year (a range's end after its start). */
void dln__fronted_year(struct tag_run *run, const struct dln_candidate *c, struct dln_timex *x);
/* "The union last struck in December 1985. That walkout ended Dec. 21": a day or a time of a
 * day without a year ("the afternoon of Dec. 21"; x, resolved from c to gran) in the month of
 * the date the text last fixed is in that month, unless its clause looks ahead. */
void dln__day_of_anchor_month(const struct tag_run *run, const struct dln_candidate *c,
			       enum dln_gran gran, struct dln_timex *x);
/* The "when" that opens a clause after c ("since 2010, when", "the 1983 bombings in Beirut,
 * when"), 0 when there is none. */
size_t dln__when_after(const struct tag_run *run, const struct dln_candidate *c);
/* Whether the expression c just appended is such an opening year ("In 1995,", "Last year"). */
bool dln__opens_with_year(const struct tag_run *run, const struct dln_candidate *c,
			  const struct dln_timex *x);
/* Whether the expression at token j follows the last one as the next item of a list. */
bool dln__listed_after_last(const struct tag_run *run, size_t j);
/* "in September and November 2010": the months listed without a year before x, a month of a
 * year c names, take that year (the one before for a month later in the year). */
void dln__list_takes_year(struct tag_run *run, const struct dln_candidate *c,
			  const struct dln_timex *x);
/* "in May and June", "from July through September": puts a month (or a day of one) without a
 * year (x, resolved from c to gran) joined to the date before it in that date's year, or the
 * next when a range runs into it; two such months the tense placed alone are placed together.
 * Whether it placed x. */
bool dln__follow_month(struct tag_run *run, const struct dln_candidate *c, enum dln_gran gran,
		       struct dln_timex *x);
/* "next spring and summer", "this winter and spring": puts a season without a year (x,
 * resolved from c) joined to the season before it in the first year it follows that one. */
void dln__follow_season(const struct tag_run *run, const struct dln_candidate *c,
			struct dln_timex *x);
/* Whether c, resolved to x, is a time of day in parentheses that restates the time of day
 * just appended in another zone ("10:35 a.m. (0735 GMT)"); if so it takes that one's day. */
bool dln__restates_clock(struct tag_run *run, const struct dln_candidate *c,
			 struct dln_timex *x);
/* "at 7:54 p.m. local time (2254 GMT) on Wednesday", "at 5 a.m. on Black Friday": gives the
 * time of day just appended (and its restatement) the day of x (resolved from c to gran),
 * which follows them; returns that time of day (the local one), or NULL when none took it. */
const struct dln_timex *dln__clock_takes_day(struct tag_run *run, const struct dln_candidate *c,
					      enum dln_gran gran, const struct dln_timex *x);
/* Appends the day joined to the date just appended: a range's end ("Aug. 19-22") or another
 * day ("Oct. 24 and 25"); 0 or an error. */
int dln__day_range_end(struct tag_run *run, const struct dln_candidate *c,
		       struct dln_timex *from);
/* "24 and 25 October", "between 5 and 7 May", "3, 4 and 5 June": appends the days joined
 * before a date whose day comes first (x, resolved, not yet appended), in its month; makes x
 * the end of a range they start. 0 or an error. */
int dln__days_before(struct tag_run *run, const struct dln_candidate *c, struct dln_timex *x);
/* "from 5 to 7 p.m.", "between 4 and 9 p.m.": appends the hour that starts a range whose end
 * is the time of day x (resolved, not yet appended), in the same half of the day or the one
 * before ("11 to 1 p.m."). 0 or an error. */
int dln__hour_before(struct tag_run *run, const struct dln_candidate *c, struct dln_timex *x);

#endif
