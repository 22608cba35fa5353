/* dln_tag: the pipeline over one document — sentences, recognition, tense, resolution —
 * carrying the narrative anchor from each fixed date to the next expression. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "datelines/error.h"
#include "document_internal.h"
#include "internal.h"
#include "recognizer.h"
#include "resolver.h"
#include "sentences.h"
#include "tag_run.h"
#include "tagger_piece.h"
#include "tagging_internal.h"
#include "tense.h"

/* "in 1929, the year the market crashed": "the year" in apposition to the date before it is
 * that date's year, not the current one. */
static bool in_apposition(const struct tag_run *run, const struct dln_candidate *c)
{
	const struct dln_uval *u = &c->value;

	return c->end - c->first == 2 && c->first >= 2 && run->last_end == c->first - 1 &&
	       run->tok[c->first - 1].kind == DLN_TOK_PUNCT && run->tok[c->first - 1].num == ',' &&
	       u->f[DLN_F_UNIT] != DLN_UNSET && u->f[DLN_F_SHIFT] == 0 &&
	       u->f[DLN_F_ANCHOR] == DLN_ANCHOR_DCT && u->f[DLN_F_MOD] == DLN_UNSET;
}

/* Whether the expression at token first is the day a period ends on: "the quarter ended
 * Dec. 29", "the three months ending Sept. 30", "the year ended June 30, 1997". */
static bool ends_a_period(const struct tag_run *run, size_t first)
{
	const uint64_t units = (1ull << DLN_C_UNIT) | (1ull << DLN_C_UNITS);

	return first >= 2 && (dln__word_is(run, first - 1, "ended") ||
			      dln__word_is(run, first - 1, "ending")) &&
	       ((run->tok[first - 2].lex && (dln__lexemes[run->tok[first - 2].lex].classes & units)) ||
		dln__word_is(run, first - 2, "period"));
}

/* The month holding day: its first day, and the first day of the next. */
static void whole_month(const struct dln_point *day, struct dln_point *start,
			struct dln_point *end)
{
	*start = (struct dln_point){ day->year, day->month, 1, -1 };
	*end = day->month == 12 ? (struct dln_point){ day->year + 1, 1, 1, -1 } :
				  (struct dln_point){ day->year, day->month + 1, 1, -1 };
}

/* Whether the day c names (x, resolved to gran), in a text that fixed a day before, dates
 * only what was said: "said Saturday", "said on Saturday"; not the subject of what was said
 * ("said Good Friday is likely to be the busiest day"). Or how things stood by the day of
 * publication or the one before: "By Tuesday evening, 12 had died", "had burned 9,400 acres
 * by Saturday morning" (but "By 3 a.m. on Aug. 24, 1990, the creek had risen" moves the story
 * on). */
static bool dates_a_report(const struct tag_run *run, const struct dln_candidate *c,
			   enum dln_gran gran, const struct dln_timex *x)
{
	const uint64_t verbs = (1ull << DLN_C_AUX) | (1ull << DLN_C_PAST) |
			       (1ull << DLN_C_PRESENT) | (1ull << DLN_C_FUTURE);
	size_t k = c->first;

	if (!run->ctx.has_day_anchor || gran < DLN_GRAN_DAY || k == 0 ||
	    (c->end < run->n && run->tok[c->end].lex &&
	     (dln__lexemes[run->tok[c->end].lex].classes & verbs)))
		return false;
	if (run->tok[k - 1].lex == DLN_LEX_BY) {
		long days_before = run->doc->dct.known ? dln__point_days(&run->doc->dct.at) -
								 dln__point_days(&x->start) :
							 -1;
		return days_before == 0 || days_before == 1;
	}
	if (run->tok[k - 1].lex == DLN_LEX_ON && k > 1)
		k--;
	return run->tok[k - 1].lex == DLN_LEX_SAID || run->tok[k - 1].lex == DLN_LEX_SAYS;
}

/* Whether the expression at token first comes right after a verb of saying, with or without
 * "on" or an adverb: "said Monday", "announced on Monday", "said privately Thursday". */
static bool dates_saying(const struct tag_run *run, size_t first)
{
	size_t k = first;

	if (k > 0 && run->tok[k - 1].lex == DLN_LEX_ON)
		k--;
	if (k > 0 && dln__adverb_in_ly(&run->tok[k - 1], run->doc->text))
		k--;
	return k > 0 && (run->tok[k - 1].lex == DLN_LEX_SAID || run->tok[k - 1].lex == DLN_LEX_SAYS ||
			 dln__word_is(run, k - 1, "announced") || dln__word_is(run, k - 1, "told") ||
			 dln__word_is(run, k - 1, "added"));
}

/* Whether c is a holiday without a year right before a word in lower case that is no verb in
 * -ed, no pronoun or joining word, and no word of the lexicon but a noun: "Christmas
 * traffic", "Thanksgiving travel" (not "Last Fourth of July we thought was bad"). */
static bool holiday_modifies(const struct tag_run *run, const struct dln_candidate *c)
{
	static const struct dln_word function_words[] = {
		DLN_WORD("i"), DLN_WORD("we"), DLN_WORD("you"), DLN_WORD("he"),
		DLN_WORD("she"), DLN_WORD("it"), DLN_WORD("they"), DLN_WORD("there"),
		DLN_WORD("this"), DLN_WORD("that"), DLN_WORD("these"), DLN_WORD("those"),
		DLN_WORD("and"), DLN_WORD("or"), DLN_WORD("but"), DLN_WORD("when"),
		DLN_WORD("while"), DLN_WORD("as"), DLN_WORD("with"), DLN_WORD("from"),
		DLN_WORD("than"), DLN_WORD("then"), DLN_WORD("so"), DLN_WORD("if"),
	};

	if (c->value.f[DLN_F_HOLIDAY] == DLN_UNSET || c->value.f[DLN_F_YEAR] != DLN_UNSET ||
	    c->end >= run->n)
		return false;
	const struct dln_token *t = &run->tok[c->end];
	const char *w = run->doc->text + t->off;
	if (t->kind != DLN_TOK_WORD || (t->flags & DLN_TOKF_CAP) ||
	    (t->len > 2 && memcmp(w + t->len - 2, "ed", 2) == 0) ||
	    dln__token_among(t, run->doc->text, function_words, DLN_ARRAY_SIZE(function_words)))
		return false;
	return !t->lex || (dln__lexemes[t->lex].classes & (1ull << DLN_C_NOUN));
}

/* Whether a verb of saying comes before token first in its sentence: "a spokesman said the
 * FBI arrested him Thursday morning" is news of now. */
static bool reported_before(const struct tag_run *run, size_t first)
{
	for (size_t k = 0; k < first; k++)
		if (run->tok[k].lex == DLN_LEX_SAID || run->tok[k].lex == DLN_LEX_SAYS)
			return true;
	return false;
}

/* Notes whether x is one day within a week of publication: after it, a bare weekday or
 * month is news of now as well, whatever story was told between ("began canceling flights
 * Thursday ... At the airport Thursday afternoon", "died Tuesday ... was born on May 2, 1931
 * ... suffered a stroke Sunday"). */
static void note_day_near(struct tag_run *run, const struct dln_timex *x)
{
	if (!x->resolved || !run->doc->dct.known ||
	    (x->type != DLN_TIMEX_DATE && x->type != DLN_TIMEX_TIME))
		return;
	long day = dln__point_days(&x->start);
	if (dln__point_days(&x->end) - day <= 1 &&
	    labs(day - dln__point_days(&run->doc->dct.at)) <= 7)
		run->day_near = true;
}

/* Puts into ctx the anchor the sentence's own day left, before a day named for its event
 * took over. */
static void own_anchor_into(struct dln_resolve_ctx *ctx, const struct dln_resolve_ctx *own)
{
	ctx->anchor = own->anchor;
	ctx->anchor_end = own->anchor_end;
	ctx->anchor_gran = own->anchor_gran;
	ctx->anchor_clock = own->anchor_clock;
	ctx->anchor_ampm = own->anchor_ampm;
	ctx->anchor_pod = own->anchor_pod;
	ctx->has_day_anchor = own->has_day_anchor;
	ctx->day_anchor = own->day_anchor;
	ctx->has_past_day = own->has_past_day;
	ctx->past_day = own->past_day;
}

/* Whether a past verb close to the expression governs it ("died shortly before
 * Christmas"). */
static bool told_in_past(const struct tag_run *run)
{
	return run->ctx.tense == DLN_TENSE_PAST && run->ctx.tense_near;
}

/* "born in '47" told in 2024: a year of two digits after publication in a clause told in the
 * past, or more than ten years after it in one that does not look ahead, is a century
 * earlier ("'94", "May '98" and "the deal expires in '07" told in 1995 stay as read). */
static void century_of_short_year(const struct tag_run *run, const struct dln_candidate *c,
				  struct dln_timex *x)
{
	enum dln_tense tense = run->ctx.tense;
	bool ahead = tense == DLN_TENSE_FUTURE || tense == DLN_TENSE_AHEAD;
	int latest = run->doc->dct.at.year + (tense == DLN_TENSE_PAST ? 0 : ahead ? 50 : 10);

	if (!run->doc->dct.known || !x->resolved || c->value.f[DLN_F_YEAR] == DLN_UNSET ||
	    x->start.year <= latest)
		return;
	for (size_t i = c->first; i < c->end; i++) {
		const struct dln_token *t = &run->tok[i];
		if (t->kind != DLN_TOK_NUMBER || !(t->flags & DLN_TOKF_APOS) || t->digits != 2 ||
		    (t->flags & DLN_TOKF_PLURAL))
			continue;
		if (x->value[4] == '-') {
			dln__move_years(x, -100);
		} else if (x->value[4] == '\0') {
			snprintf(x->value, sizeof(x->value), "%04d", x->start.year - 100);
			x->start.year -= 100;
			x->end.year -= 100;
		}
		return;
	}
}

static bool is_apostrophe(const struct dln_token *t)
{
	return t->kind == DLN_TOK_PUNCT && (t->num == '\'' || t->num == 0x2019);
}

/* Whether word k goes on a word after an apostrophe, no space between: the "t" of "wasn't"
 * (a word the lexicon does not hold whole), the "easter" of "nor'easter". */
static bool joined_after_apostrophe(const struct tag_run *run, size_t k)
{
	const struct dln_token *t = run->tok;

	return k > 1 && t[k].kind == DLN_TOK_WORD && !(t[k].flags & DLN_TOKF_SPACE) &&
	       is_apostrophe(&t[k - 1]) && !(t[k - 1].flags & DLN_TOKF_SPACE) &&
	       t[k - 2].kind == DLN_TOK_WORD;
}

/* Whether a "not" or "never" comes before token lead in its clause: "was not recognized until
 * March", "didn't arrive until Friday" tell when it happened at last. */
static bool negated_before(const struct tag_run *run, size_t lead)
{
	for (size_t k = lead; k-- > 0 && lead - k <= 8;) {
		const struct dln_token *t = &run->tok[k];
		if (t->kind == DLN_TOK_PUNCT && !is_apostrophe(t))
			return false;
		const char *end = run->doc->text + t->off + t->len;
		bool nt = t->kind == DLN_TOK_WORD && t->len > 3 &&
			  (memcmp(end - 3, "n't", 3) == 0 ||
			   (t->len > 5 && memcmp(end - 5, "n\xE2\x80\x99t", 5) == 0));
		if (nt || (dln__word_is(run, k, "t") && joined_after_apostrophe(run, k)) ||
		    dln__word_is(run, k, "not") || dln__word_is(run, k, "never"))
			return true;
	}
	return false;
}

/* Whether the words before an expression make it a deadline ("until Friday", "until at least
 * Wednesday", "extended to Nov. 16", "no later than March 1", "no earlier than Nov. 14") or a
 * day something is planned for ("a prayer service for Friday", "extra trains for the
 * weekend", "sold out for Christmas Eve"); not what was done by a day in the past ("had arrived by Thursday") or what a
 * past verb right before it did before one ("died shortly before Christmas"; "was put out
 * shortly before midnight" is the end of its day, T24:00), nor when it happened at last
 * ("was not recognized until March"). */
static bool deadline(const struct tag_run *run, const struct dln_candidate *c)
{
	size_t lead = c->first;

	if (lead >= 2 && dln__word_is(run, lead - 2, "at") && dln__word_is(run, lead - 1, "least"))
		lead -= 2;
	if (lead >= 3 && dln__word_is(run, lead - 1, "than") &&
	    (dln__word_is(run, lead - 2, "later") || dln__word_is(run, lead - 2, "earlier") ||
	     dln__word_is(run, lead - 2, "sooner")) &&
	    (dln__word_is(run, lead - 3, "no") || dln__word_is(run, lead - 3, "not")))
		return true;
	if (lead == 0)
		return false;
	if (dln__word_is(run, lead - 1, "by"))
		return run->ctx.tense != DLN_TENSE_PAST;
	if (dln__word_is(run, lead - 1, "before"))
		return !told_in_past(run) || (c->value.f[DLN_F_CLOCK] == 24 * 60 &&
					       !dln__names_a_day(&c->value));
	/* "in the four days to Sunday", "the past 12 months to July": a period's end, no
	 * deadline (but "extended by a week to Friday", "postponed two weeks to Friday" are). */
	const uint64_t units = (1ull << DLN_C_UNIT) | (1ull << DLN_C_UNITS);
	if (lead >= 3 && dln__word_is(run, lead - 1, "to") && run->tok[lead - 2].lex &&
	    (dln__lexemes[run->tok[lead - 2].lex].classes & units)) {
		for (size_t k = lead - 3; k + 5 > lead && k < lead; k--)
			if (dln__word_is(run, k, "the") || dln__word_is(run, k, "past") ||
			    dln__word_is(run, k, "last"))
				return false;
	}
	bool until = dln__word_is(run, lead - 1, "until") || dln__word_is(run, lead - 1, "till");
	if (until && told_in_past(run) && negated_before(run, lead - 1))
		return false;
	return dln__word_is(run, lead - 1, "to") || until || dln__word_is(run, lead - 1, "through") ||
	       (dln__word_is(run, lead - 1, "for") &&
		(((c->value.f[DLN_F_WEEKDAY] != DLN_UNSET || c->value.f[DLN_F_DAY] != DLN_UNSET ||
		   c->value.f[DLN_F_HOLIDAY] != DLN_UNSET) &&
		  c->value.f[DLN_F_UNIT] == DLN_UNSET) ||
		 c->value.f[DLN_F_UNIT] == DLN_UNIT_WEEKEND));
}

/* Whether an expression means one day: a day of the month, a weekday, a holiday, or days
 * counted ("tomorrow", "two days later"). */
static bool names_one_day(const struct dln_uval *u)
{
	return u->f[DLN_F_DAY] != DLN_UNSET || u->f[DLN_F_WEEKDAY] != DLN_UNSET ||
	       u->f[DLN_F_HOLIDAY] != DLN_UNSET || u->f[DLN_F_NUMDATE] != DLN_UNSET ||
	       (u->f[DLN_F_SHIFT] != DLN_UNSET && u->f[DLN_F_UNIT] == DLN_UNIT_DAY);
}

int dln__room_for_one(const struct tag_run *run)
{
	if (run->doc->piece.timexes_before + run->tagging->count >= run->max)
		return dln__fail(DLN_ELIMIT, "%s: more than %zu temporal expressions (raise the limit)",
				 run->doc->name, run->max);
	return 0;
}

/* Whether c comes right after the day it is on, or after a time of day on one, alone or
 * after "from", "at", "between" or "to": "will offer flu shots Saturday from 9 a.m. to noon"
 * keeps its day in a sentence that goes on to tell of what recurs. */
static bool follows_its_day(const struct tag_run *run, const struct dln_candidate *c)
{
	static const struct dln_word joints[] = { DLN_WORD("from"), DLN_WORD("at"),
						  DLN_WORD("between"), DLN_WORD("to") };
	const struct dln_tagging *t = run->tagging;
	size_t k = c->first;

	if (t->count <= run->sentence_first || k == 0)
		return false;
	if (dln__token_among(&run->tok[k - 1], run->doc->text, joints, DLN_ARRAY_SIZE(joints)))
		k--;
	const struct dln_timex *prev = &t->timexes[t->count - 1];
	return run->last_end == k && dln__names_calendar_day(prev);
}

/* Whether the word before token k is joined to the word before it by a hyphen, or token k to
 * it: "100-degree days", "half-days". */
static bool hyphened_before(const struct tag_run *run, size_t k)
{
	const struct dln_token *t = run->tok;

	if (k == 0)
		return false;
	if (t[k - 1].kind == DLN_TOK_PUNCT && t[k - 1].num == '-' &&
	    !(t[k - 1].flags & DLN_TOKF_SPACE) && !(t[k].flags & DLN_TOKF_SPACE))
		return true;
	return k > 1 && t[k - 1].kind == DLN_TOK_WORD && !(t[k - 1].flags & DLN_TOKF_SPACE) &&
	       t[k - 2].kind == DLN_TOK_PUNCT && t[k - 2].num == '-';
}

/* Whether c is in capitals after a word in capitals: a name, as a programme's ("ABC WORLD
 * NEWS SUNDAY", "CBS THIS MORNING"). A name puts no preposition before its date: after one
 * the capitals are a headline's ("TALKS TO RESUME ON MONDAY"). */
static bool in_a_capitals_name(const struct tag_run *run, const struct dln_candidate *c)
{
	static const struct dln_word prepositions[] = {
		DLN_WORD("on"),     DLN_WORD("in"),    DLN_WORD("at"),      DLN_WORD("by"),
		DLN_WORD("since"),  DLN_WORD("until"), DLN_WORD("from"),    DLN_WORD("through"),
		DLN_WORD("before"), DLN_WORD("after"), DLN_WORD("during"),  DLN_WORD("for"),
	};

	if (c->first == 0 || !(run->tok[c->first - 1].flags & DLN_TOKF_UPPER) ||
	    run->tok[c->first - 1].kind != DLN_TOK_WORD ||
	    dln__token_among(&run->tok[c->first - 1], run->doc->text, prepositions,
			     DLN_ARRAY_SIZE(prepositions)))
		return false;
	for (size_t k = c->first; k < c->end; k++)
		if (run->tok[k].kind == DLN_TOK_WORD && !(run->tok[k].flags & DLN_TOKF_UPPER))
			return false;
	return true;
}

/* "at 11:34:42 p.m.": a clock told to the second keeps its seconds in the value (T23:34:42);
 * the span stays the minute's. */
static void clock_seconds(const struct tag_run *run, const struct dln_candidate *c,
			  struct dln_timex *x)
{
	size_t len = strlen(x->value);

	if (x->type != DLN_TIMEX_TIME || len < 6 || x->value[len - 6] != 'T' ||
	    x->value[len - 3] != ':' || len + 3 >= sizeof(x->value))
		return;
	for (size_t k = c->first; k < c->end; k++) {
		const struct dln_token *t = &run->tok[k];
		const char *clock = run->doc->text + t->off;
		if (t->kind != DLN_TOK_CLOCK || t->len < 7 || clock[t->len - 3] != ':')
			continue;
		/* The seconds of the clock whose minutes the value ends with, if they are any. */
		const char *ss = clock + t->len - 2;
		if (memcmp(clock + t->len - 5, x->value + len - 2, 2) == 0 && ss[0] >= '0' &&
		    ss[0] <= '5' && ss[1] >= '0' && ss[1] <= '9')
			snprintf(x->value + len, sizeof(x->value) - len, ":%.2s", clock + t->len - 2);
		return;
	}
}

static int emit(void *arg, const struct dln_candidate *c)
{
	struct tag_run *run = arg;
	const struct dln_token *first = &run->tok[c->first], *last = &run->tok[c->end - 1];
	const struct dln_token *end = &run->tok[run->n - 1];
	struct dln_timex x = { .offset = first->off, .length = last->off + last->len - first->off,
			       .sentence_start = run->tok[0].off,
			       .sentence_end = end->off + end->len };

	if (x.offset < run->doc->byline_end && x.offset + x.length > run->doc->byline_start)
		return 0;  /* the byline's date is the publication date, not an event */
	if (dln__game_period(run, c) || dln__temperature_range(run, c) || in_a_capitals_name(run, c) ||
	    joined_after_apostrophe(run, c->first) ||  /* "a nor'easter" is no Easter */
	    !dln__names_a_clock_time(&c->value) || x.offset < run->covered_end)
		return 0;
	/* "16-hour days", "four-day weeks": the plural names what the length measures; so it does
	 * after any word joined by a hyphen ("100-degree days", "half-days"). */
	if (c->end - c->first == 1 && c->value.f[DLN_F_AMOUNT] == DLN_VAGUE && c->first > 0 &&
	    ((run->last_end == c->first && run->tagging->count > run->sentence_first &&
	      run->tagging->timexes[run->tagging->count - 1].type == DLN_TIMEX_DURATION) ||
	     hyphened_before(run, c->first)))
		return 0;
	int rc = dln__room_for_one(run);
	if (rc < 0)
		return rc;
	dln__range_role(run, c->first, &x);
	run->ctx.tense = dln__tense_around(run->tok, run->n, c->first, c->end, run->doc->text,
					   &run->ctx.tense_near);
	run->ctx.news_of_now = dates_saying(run, c->first) || run->day_near ||
			       reported_before(run, c->first);
	/* "have not dented Christmas traffic": a holiday before a noun names a kind of thing,
	 * which the verb governs, not the holiday. */
	if (holiday_modifies(run, c))
		run->ctx.tense_near = false;
	/* What a span runs since has begun, whatever the verb ("drought since mid-February
	 * could threaten yields"). */
	if (x.range == DLN_RANGE_SINCE) {
		run->ctx.tense = DLN_TENSE_PAST;
		run->ctx.tense_near = true;
	}
	/* A deadline lies ahead unless a past verb tells otherwise, and then it is as often
	 * ahead as behind ("sales for Thursday rose"), except what was done by a day ("had
	 * arrived by Thursday"); the end of a range ("bought from Sept. 14 to Thursday") is no
	 * deadline. */
	if (x.range != DLN_RANGE_TO && deadline(run, c) && run->ctx.tense != DLN_TENSE_EITHER)
		run->ctx.tense = run->ctx.tense == DLN_TENSE_PAST ? DLN_TENSE_UNKNOWN
								  : DLN_TENSE_FUTURE;
	/* "talks went on until midnight", "ran past midnight": the end of the day, whatever the
	 * tense ("shot shortly after midnight" is the start of one). */
	if (c->value.f[DLN_F_CLOCK] == 24 * 60 && c->first > 0 && !dln__names_a_day(&c->value) &&
	    (dln__word_is(run, c->first - 1, "until") || dln__word_is(run, c->first - 1, "till") ||
	     dln__word_is(run, c->first - 1, "past")))
		run->ctx.tense = DLN_TENSE_UNKNOWN;
	struct dln_uval value = c->value;
	if (in_apposition(run, c))
		value.f[DLN_F_ANCHOR] = DLN_ANCHOR_TEXT;
	if (value.f[DLN_F_ANCHOR] == DLN_ANCHOR_SENTENCE)
		value.f[DLN_F_ANCHOR] = run->day_fixed ? DLN_ANCHOR_TEXT : DLN_ANCHOR_DCT;
	if ((value.f[DLN_F_CLOCK] != DLN_UNSET || value.f[DLN_F_HOUR] != DLN_UNSET) &&
	    !dln__names_a_day(&value) && !follows_its_day(run, c) &&
	    (dln__recurring(run) || dln__in_reach_of_habit(run, c->first)))
		value.f[DLN_F_ANCHOR] = DLN_UNSET;  /* XXXX-XX-XXT08:00 */
	if (dln__in_habit(run, c))
		value.f[DLN_F_DIR] = DLN_DIR_RECURRING;
	else if (dln__names_a_fixture(run, c))
		/* As the subject opening its sentence, the fixture takes its verb's tense. */
		value.f[DLN_F_DIR] = c->first == 0 ? DLN_DIR_TENSE : DLN_DIR_EVENT_OR_AHEAD;
	/* A day named for its event lends its sentence the anchor for a time of day ("said on
	 * Sunday that Saturday's crash happened at 11 p.m."), not for days counted from it
	 * ("arrested him on Sunday after Saturday's attack and charged him the next day"). */
	struct dln_resolve_ctx ctx = run->ctx;
	if (run->anchor_lent && value.f[DLN_F_CLOCK] == DLN_UNSET &&
	    value.f[DLN_F_HOUR] == DLN_UNSET && value.f[DLN_F_POD] == DLN_UNSET)
		own_anchor_into(&ctx, &run->own_anchor);
	enum dln_gran gran = dln__resolve(&value, &ctx, &x);
	dln__fronted_year(run, c, &x);
	dln__day_of_anchor_month(run, c, gran, &x);
	century_of_short_year(run, c, &x);
	if (x.range == DLN_RANGE_TO && gran >= DLN_GRAN_DAY)
		dln__order_range(run, &c->value, &x);
	if (x.range == DLN_RANGE_TO && gran >= DLN_GRAN_MONTH)
		dln__range_year(run, &c->value, &x);
	dln__weekday_restates(run, c, gran, &x);
	dln__that_weekday_recalls(run, c, gran, &x);
	dln__follow_weekday(run, c, gran, &x);
	bool listed = dln__listed_after_last(run, c->first);
	bool bare_month = x.type == DLN_TIMEX_DATE && dln__bare_month(&c->value) &&
			  !dln__follow_month(run, c, gran, &x);
	dln__follow_season(run, c, &x);
	dln__list_takes_year(run, c, &x);
	bool restating = dln__restates_clock(run, c, &x);
	const struct dln_timex *clock_on_day = dln__clock_takes_day(run, c, gran, &x);
	bool clock_ampm = run->ctx.anchor_ampm;  /* the clock's, set when it was appended */
	run->clock_restated = restating;
	run->last_end = c->end;
	run->clock_only = x.type == DLN_TIMEX_TIME && !dln__names_a_day(&c->value);
	bool start_alone = run->from_clock_only;
	run->from_clock_only = x.range == DLN_RANGE_FROM && x.type == DLN_TIMEX_TIME &&
			       !dln__names_a_day(&c->value);
	run->from_month_only = x.range == DLN_RANGE_FROM && x.type == DLN_TIMEX_DATE &&
			       c->value.f[DLN_F_MONTH] != DLN_UNSET &&
			       c->value.f[DLN_F_YEAR] == DLN_UNSET &&
			       c->value.f[DLN_F_UNIT] == DLN_UNSET;
	/* A time restated in another zone leaves the anchor at the local time. A day named for
	 * its event after the sentence fixed its own ("swept into Downing Street on Friday after
	 * winning Thursday's election") is the anchor for the rest of the sentence only, and
	 * there only for a time of day (see above). The day a period ends on ("in the quarter
	 * ended Dec. 29") gives the text its month and year, no day to put a time of day on. */
	bool lent = c->end < run->n && run->tok[c->end].kind == DLN_TOK_POSSESSIVE && run->day_fixed;
	bool period_end = gran > DLN_GRAN_MONTH && ends_a_period(run, c->first);
	enum dln_gran anchor_gran = period_end ? DLN_GRAN_MONTH : gran;
	bool reporting = dates_a_report(run, c, gran, &x);
	if (reporting && !run->ctx.has_event_day) {
		run->ctx.has_event_day = true;
		run->ctx.event_day = run->ctx.day_anchor;
	} else if (!reporting && gran >= DLN_GRAN_DAY && !restating) {
		run->ctx.has_event_day = false;
	}
	if (gran != DLN_GRAN_NONE && !restating) {
		if (lent && !run->anchor_lent)
			run->own_anchor = run->ctx;
		run->anchor_lent = lent;
		run->ctx.anchor = x.start;
		/* "midnight" ending a day (T24:00) is told of as that day's end, not the
		 * next day's start: "the next afternoon" is the day after it. */
		if (gran == DLN_GRAN_TIME && x.start.minute == 0 && strstr(x.value, "T24:00")) {
			long day = dln__point_days(&x.start) - 1;
			dln_civil_from_days(day, &run->ctx.anchor.year, &run->ctx.anchor.month,
					    &run->ctx.anchor.day);
			run->ctx.anchor.minute = 24 * 60 - 1;
		}
		run->ctx.anchor_end = x.end;
		if (period_end)
			whole_month(&x.start, &run->ctx.anchor, &run->ctx.anchor_end);
		run->ctx.anchor_gran = anchor_gran;
		run->ctx.anchor_clock = gran == DLN_GRAN_TIME && c->value.f[DLN_F_POD] == DLN_UNSET;
		run->ctx.anchor_ampm = c->value.f[DLN_F_AMPM] != DLN_UNSET;
		run->ctx.anchor_pod = c->value.f[DLN_F_POD] == DLN_UNSET ? 0 : c->value.f[DLN_F_POD];
		if (anchor_gran >= DLN_GRAN_DAY) {
			run->day_fixed = true;
			run->ctx.has_day_anchor = true;
			run->ctx.day_anchor = x.start;
			if (run->doc->dct.known &&
			    dln__point_days(&x.start) <= dln__point_days(&run->doc->dct.at)) {
				run->ctx.has_past_day = true;
				run->ctx.past_day = x.start;
			}
		}
		/* "Polls open at 8 a.m. on Sunday and close 10 hours later": the time of day
		 * that took the day is the anchor, on it. */
		if (clock_on_day) {
			run->ctx.anchor = clock_on_day->start;
			run->ctx.anchor_end = clock_on_day->end;
			run->ctx.anchor_gran = DLN_GRAN_TIME;
			run->ctx.anchor_clock = true;
			run->ctx.anchor_ampm = clock_ampm;
			run->ctx.anchor_pod = 0;
		}
	}
	/* A day the text names but no one can place ("tomorrow" without a date of
	 * publication) leaves no earlier day to count from. */
	if (gran < DLN_GRAN_DAY && (x.type == DLN_TIMEX_DATE || x.type == DLN_TIMEX_TIME) &&
	    names_one_day(&c->value))
		run->ctx.has_day_anchor = false;
	/* Only a period the text names sets the context, not a comparison with one: a quarter
	 * makes "a year earlier" a quarter, a month named since a month; a span of months ("the
	 * nine months") makes it a year again, and so does a year after a month ("in 2018",
	 * though reports name the year of a quarter). */
	if (c->value.f[DLN_F_COMPARE] == DLN_UNSET) {
		if (gran == DLN_GRAN_QUARTER) {
			run->ctx.has_quarter = true;
			run->ctx.month_last = false;
			run->ctx.quarter_year = x.start.year;
			run->ctx.quarter = (x.start.month - 1) / 3 + 1;
		} else if (gran == DLN_GRAN_MONTH) {
			run->ctx.month_last = true;
			run->ctx.month_year = x.start.year;
			run->ctx.month = x.start.month;
		} else if (x.type == DLN_TIMEX_DURATION && c->value.f[DLN_F_UNIT] == DLN_UNIT_MONTH) {
			run->ctx.has_quarter = run->ctx.month_last = false;
		} else if (gran == DLN_GRAN_YEAR) {
			run->ctx.month_last = false;
		}
	}
	clock_seconds(run, c, &x);
	size_t count = run->tagging->count;
	if ((rc = dln__days_before(run, c, &x)) || (rc = dln__hour_before(run, c, &x)) ||
	    (rc = dln__room_for_one(run)) || (rc = dln__tagging_append(run->tagging, &x)) ||
	    (rc = dln__day_range_end(run, c, &x)))
		return rc;
	note_day_near(run, &run->tagging->timexes[run->tagging->count - 1]);
	if (dln__opens_with_year(run, c, &x)) {
		run->fronted_year = x.start.year;
		/* A year opening the sentence frames all of it, "when" clause or not. */
		run->fronted_when = c->first > 1 ? dln__when_after(run, c) : 0;
	}
	/* Only a month that stands alone is placed anew with the next one. */
	run->bare_month = bare_month && run->tagging->count == count + 1;
	if (x.type != DLN_TIMEX_DATE || !dln__bare_month(&c->value) ||
	    run->tagging->count != count + 1)
		run->months_listed = 0;
	else
		run->months_listed = listed ? run->months_listed + 1 : 1;
	/* "from 9 p.m. to 11 p.m.", "between 9 and 11 p.m.": the start of the range a time of
	 * day alone ends is one too. */
	run->clock_from_alone = run->clock_only &&
				(restating ? run->clock_from_alone
					   : x.range == DLN_RANGE_TO &&
						     (start_alone || run->tagging->count == count + 2));
	return 0;
}

int dln__tag_piece(const dln_document *doc, const struct dln_tag_options *opt,
		   struct dln_tag_carry *carry, size_t stop, dln_tagging **out, size_t *cut)
{
	struct dln_sentences sentences;
	struct dln_tokbuf buf = { 0 };
	struct tag_run run = { .doc = doc };
	int rc;

	*out = NULL;
	*cut = doc->text_len;
	run.tagging = calloc(1, sizeof(*run.tagging));
	if (!run.tagging)
		return dln__nomem();
	run.tagging->doc = doc;
	if (carry->started) {
		run.ctx = carry->ctx;
		run.day_near = carry->day_near;
	}
	run.ctx.dct = &doc->dct;
	run.max = opt && opt->max_timexes ? opt->max_timexes : DLN_DEFAULT_MAX_TIMEXES;

	dln__sentences_init(&sentences, doc->text, doc->text_len);
	while ((rc = dln__sentence_next(&sentences, &buf)) > 0) {
		run.tok = buf.tok;
		run.n = buf.count;
		run.sentence_first = run.tagging->count;
		run.weekday_day = LONG_MIN;
		run.last_end = 0;
		run.clock_only = run.clock_from_alone = run.clock_restated = run.bare_month = false;
		run.months_listed = 0;
		run.fronted_year = 0;
		run.fronted_when = 0;
		run.day_fixed = run.anchor_lent = false;
		if ((rc = dln__recognize(buf.tok, buf.count, emit, &run)) < 0)
			break;
		if (run.anchor_lent)
			own_anchor_into(&run.ctx, &run.own_anchor);
		const struct dln_token *next = &sentences.next, *last = &buf.tok[buf.count - 1];
		if (sentences.has_next && next->off >= stop && next->off + next->len < doc->text_len) {
			*cut = last->off + last->len;
			break;
		}
	}
	dln__tokbuf_release(&buf);
	if (rc < 0) {
		dln_tagging_free(run.tagging);
		return rc;
	}
	carry->ctx = run.ctx;
	carry->day_near = run.day_near;
	carry->started = true;
	*out = run.tagging;
	return 0;
}

int dln_tag(const dln_document *doc, const struct dln_tag_options *opt, dln_tagging **out)
{
	struct dln_tag_carry carry = { 0 };
	size_t cut;

	return dln__tag_piece(doc, opt, &carry, SIZE_MAX, out, &cut);
}
