/* What the sentence around an expression tells of it: habits and what recurs ("usually opens
 * at 9 a.m.", "open daily"), a game's halves and quarters, temperatures in the 40s, a weekday's
 * game or vote. */
#include <stdint.h>
#include <strings.h>

#include "internal.h"
#include "tag_run.h"
#include "tense.h"

#define W DLN_WORD

/* Whether token i is one of the words, in any case. */
static bool word_among(const struct tag_run *run, size_t i, const struct dln_word *words,
		       size_t count)
{
	return dln__token_among(&run->tok[i], run->doc->text, words, count);
}

/* Whether token i is an adverb of what happens as a rule ("usually opens at 9 a.m."). */
static bool as_a_rule(const struct tag_run *run, size_t i)
{
	return dln__word_is(run, i, "usually") || dln__word_is(run, i, "typically") ||
	       dln__word_is(run, i, "normally") || dln__word_is(run, i, "traditionally") ||
	       dln__word_is(run, i, "customarily") || dln__word_is(run, i, "annually") ||
	       dln__word_is(run, i, "historically") || dln__word_is(run, i, "tend") ||
	       dln__word_is(run, i, "tends");
}

/* Whether the expression at token first lies in the reach of what happens as a rule ("flu
 * typically peaks in February", "each year in August", "usually opens at 9 a.m."): such a
 * word before it in its clause. A comma, "but" or a verb in the past or to come ends the
 * reach: "which usually reports in April, delayed it to June", "the rains that usually arrive
 * in June came in April", "usually held in June will be held in August". */
bool dln__in_reach_of_habit(const struct tag_run *run, size_t first)
{
	for (size_t i = first; i-- > 0;) {
		const struct dln_token *t = &run->tok[i];
		if (t->kind == DLN_TOK_PUNCT && t->num == ',' && i > 0 && as_a_rule(run, i - 1))
			return true;  /* "Usually, the store opens at 9 a.m." */
		if ((t->kind == DLN_TOK_PUNCT && (t->num == ',' || t->num == ';' || t->num == ':')) ||
		    dln__word_is(run, i, "but") || dln__word_is(run, i, "will") ||
		    dln__word_is(run, i, "would") || dln__word_is(run, i, "shall") ||
		    ((i == 0 || !as_a_rule(run, i - 1)) &&  /* "usually held" */
		     dln__past_verb(run->tok, i, run->doc->text)))
			return false;
		if (as_a_rule(run, i) ||
		    ((t->lex == DLN_LEX_EVERY || t->lex == DLN_LEX_EACH) && i + 1 < first &&
		     dln__word_is(run, i + 1, "year")))
			return true;
	}
	return false;
}

/* Whether "every" or "each" at token i counts times ("every 15 minutes", "each morning",
 * "every other day"), not people or things ("each other", "each of the bombs"). */
static bool counts_times(const struct tag_run *run, size_t i)
{
	const uint64_t times = (1ull << DLN_C_UNIT) | (1ull << DLN_C_UNITS) |
			       (1ull << DLN_C_WEEKDAY) | (1ull << DLN_C_POD) | (1ull << DLN_C_SEASON) |
			       (1ull << DLN_C_MONTH) | (1ull << DLN_C_NUMWORD) | (1ull << DLN_C_ORDINAL);

	if (i + 2 < run->n && dln__word_is(run, i + 1, "other"))
		i++;
	if (i + 1 >= run->n)
		return false;
	const struct dln_token *t = &run->tok[i + 1];
	return t->kind == DLN_TOK_NUMBER || (t->lex && (dln__lexemes[t->lex].classes & times));
}

/* Whether token i is "hours" kept as a rule: "opening hours", "peak hours", "will work
 * reduced hours" (not "within hours", "the early hours"). The kinds are those of the
 * reject rule `opening_hours` that tell of a timetable, not of a span ("rush", "waking"). */
static bool hours_kept(const struct tag_run *run, size_t i)
{
	static const struct dln_word kinds[] = {
		W("peak"),     W("opening"),  W("closing"),  W("business"), W("working"),
		W("operating"), W("office"),  W("visiting"), W("reduced"),  W("shorter"),
		W("longer"),   W("extended"), W("normal"),   W("regular"),  W("usual"),
		W("initial"),  W("new"),      W("library"),  W("flexible"), W("daytime"),
		W("quiet"),
	};

	return i > 0 && run->tok[i].lex == DLN_LEX_HOURS &&
	       word_among(run, i - 1, kinds, DLN_ARRAY_SIZE(kinds));
}

/* Whether the sentence tells of what recurs ("open daily from 10 a.m. to 8 p.m.", "weekdays
 * between 8 a.m. and 4:30 p.m.", "every 15 minutes from 6 a.m.", "peak hours, from 5 a.m. to
 * 9 a.m."), where a time of day alone names no one day. */
bool dln__recurring(const struct tag_run *run)
{
	const uint64_t plurals = (1ull << DLN_C_WEEKDAYS) | (1ull << DLN_C_PODS);

	for (size_t i = 0; i < run->n; i++) {
		uint16_t lex = run->tok[i].lex;
		if (lex == DLN_LEX_DAILY || lex == DLN_LEX_NIGHTLY || lex == DLN_LEX_WEEKENDS ||
		    ((lex == DLN_LEX_EVERY || lex == DLN_LEX_EACH) && counts_times(run, i)) ||
		    (lex && (dln__lexemes[lex].classes & plurals)) ||
		    dln__word_is(run, i, "weekdays") || dln__word_is(run, i, "weeknights") ||
		    hours_kept(run, i))
			return true;
	}
	return false;
}

/* Whether c is a month, season or holiday without a year in the reach of a habit, which makes
 * it no one year's (XXXX-02). */
bool dln__in_habit(const struct tag_run *run, const struct dln_candidate *c)
{
	const struct dln_uval *u = &c->value;

	if ((u->f[DLN_F_MONTH] == DLN_UNSET && u->f[DLN_F_SEASON] == DLN_UNSET &&
	     u->f[DLN_F_HOLIDAY] == DLN_UNSET) ||
	    u->f[DLN_F_YEAR] != DLN_UNSET || u->f[DLN_F_WEEKDAY] != DLN_UNSET ||
	    u->f[DLN_F_SHIFT] != DLN_UNSET || u->f[DLN_F_ANCHOR] != DLN_UNSET ||
	    (u->f[DLN_F_DIR] != DLN_UNSET && u->f[DLN_F_DIR] != DLN_DIR_TENSE))
		return false;
	return dln__in_reach_of_habit(run, c->first);
}

/* A score: "won 14-0", "a 12-2 run": small numbers joined by a hyphen, which count nothing
 * ("12-13%", "$5-6 million" and "5-10 years" do). */
static bool score_at(const struct tag_run *run, size_t i)
{
	const struct dln_token *t = &run->tok[i];

	if (i + 2 >= run->n || t->kind != DLN_TOK_NUMBER || t->flags != DLN_TOKF_SPACE ||
	    t->digits > 3 || !dln__is_dash(&t[1]) || (t[1].flags & DLN_TOKF_SPACE) ||
	    t[2].kind != DLN_TOK_NUMBER || t[2].flags || t[2].digits > 3)
		return false;
	if (i + 3 == run->n)
		return true;
	const struct dln_token *after = &t[3];
	return !(after->kind == DLN_TOK_PUNCT && after->num == '%') &&
	       !(after->kind == DLN_TOK_WORD && after->lex &&
		 (dln__lexemes[after->lex].classes &
		  ((1ull << DLN_C_QUANTITY) | (1ull << DLN_C_UNIT) | (1ull << DLN_C_UNITS) |
		   (1ull << DLN_C_NUMWORD))));
}

bool dln__sentence_has(const struct tag_run *run, const struct dln_word *words, size_t count)
{
	for (size_t i = 0; i < run->n; i++)
		if (word_among(run, i, words, count))
			return true;
	return false;
}

/* "scored twice in the second half", "midway through the third quarter": a half or quarter
 * of a game, not of a year, when the sentence speaks of play or gives a score, and not of a
 * company's accounts ("The video game maker expects profit to rise in the fourth quarter"). */
bool dln__game_period(const struct tag_run *run, const struct dln_candidate *c)
{
	static const struct dln_word business[] = {
		W("profit"), W("profits"), W("revenue"), W("revenues"), W("earnings"),
		W("dividend"),
	};
	static const struct dln_word play[] = {
		W("scored"), W("score"), W("scores"), W("scoring"), W("goal"), W("goals"),
		W("touchdown"), W("touchdowns"), W("halftime"), W("inning"), W("innings"),
		W("quarterback"), W("rebounds"), W("assists"), W("basket"), W("baskets"),
		W("possession"), W("penalty"), W("kick"), W("kickoff"), W("whistle"), W("game"),
		W("match"), W("trailed"), W("trailing"), W("equalizer"), W("equaliser"),
		W("striker"), W("goalkeeper"), W("outscored"),
	};
	const struct dln_uval *u = &c->value;

	if ((u->f[DLN_F_QUARTER] == DLN_UNSET && u->f[DLN_F_HALF] == DLN_UNSET) ||
	    u->f[DLN_F_YEAR] != DLN_UNSET || u->f[DLN_F_UNIT] != DLN_UNSET)
		return false;
	for (size_t i = c->first; i < c->end; i++)
		if (dln__word_is(run, i, "fiscal"))
			return false;
	for (size_t i = 0; i < run->n; i++)
		if (score_at(run, i))
			return true;
	return dln__sentence_has(run, play, DLN_ARRAY_SIZE(play)) &&
	       !dln__sentence_has(run, business, DLN_ARRAY_SIZE(business));
}

/* "Temperatures will climb into the 40s": a decade written in two digits, no apostrophe, in
 * a sentence about the weather is a range of degrees. */
bool dln__temperature_range(const struct tag_run *run, const struct dln_candidate *c)
{
	static const struct dln_word weather[] = {
		W("temperature"), W("temperatures"), W("degrees"), W("highs"), W("lows"),
		W("fahrenheit"), W("celsius"), W("thermometer"),
	};

	if (c->value.f[DLN_F_DECADE] == DLN_UNSET)
		return false;
	for (size_t i = c->first; i < c->end; i++) {
		const struct dln_token *t = &run->tok[i];
		if (t->kind == DLN_TOK_NUMBER && t->digits == 2 && !(t->flags & DLN_TOKF_APOS))
			return dln__sentence_has(run, weather, DLN_ARRAY_SIZE(weather));
	}
	return false;
}

/* Whether a modal or a preposition that looks ahead governs the object at token first, at
 * most four words before it ("will miss", "will closely watch", "could also depend on",
 * "preparing for", "before"), not a clause after it ("After Tuesday's vote, the bill will
 * go"). */
static bool looked_ahead_to(const struct tag_run *run, size_t first)
{
	static const struct dln_word ahead[] = {
		W("will"), W("would"), W("could"), W("might"), W("may"),
		W("to"),   W("for"),   W("before"),
	};

	for (size_t i = first; i-- > 0 && first - i <= 4;) {
		if (run->tok[i].kind != DLN_TOK_WORD)
			return false;
		if (word_among(run, i, ahead, DLN_ARRAY_SIZE(ahead)))
			return true;
	}
	return false;
}

/* "will miss Monday's game": a weekday's event held on a set day (a game, a vote, a hearing;
 * names may stand between: "Sunday's FA Cup final") lies ahead as the object of a verb that
 * looks ahead, or as the subject opening a sentence that does ("Sunday's fixtures include"),
 * where a ruling or a report would be past whatever the verb. */
bool dln__names_a_fixture(const struct tag_run *run, const struct dln_candidate *c)
{
	static const struct dln_word fixtures[] = {
		W("game"), W("match"), W("final"), W("race"), W("vote"), W("election"),
		W("primary"), W("runoff"), W("referendum"), W("meeting"), W("summit"),
		W("hearing"), W("debate"), W("deadline"), W("session"), W("talks"), W("launch"),
		W("ceremony"), W("parade"), W("rally"), W("concert"), W("opener"), W("semifinal"),
		W("showdown"), W("fixture"), W("walkout"), W("trip"), W("tie"), W("inauguration"),
		W("games"), W("matches"), W("races"), W("fixtures"), W("elections"), W("primaries"),
		W("clash"), W("derby"), W("qualifier"), W("friendly"), W("bout"), W("caucus"),
		W("caucuses"), W("ballot"), W("auction"), W("leg"), W("lineup"), W("schedule"),
		W("broadcast"), W("telecast"), W("show"), W("premiere"), W("episode"),
		W("service"), W("funeral"), W("wedding"), W("festivities"), W("celebration"),
	};

	if (c->value.f[DLN_F_DIR] != DLN_DIR_EVENT || c->end >= run->n ||
	    run->tok[c->end].kind != DLN_TOK_POSSESSIVE ||
	    (c->first > 0 && !looked_ahead_to(run, c->first)))
		return false;
	/* Up to four words of names or ordinals ("Saturday's Scottish Cup fourth-round tie"). */
	for (size_t i = c->end + 1, words = 0; i < run->n && words <= 4; i++) {
		const struct dln_token *t = &run->tok[i];
		if (word_among(run, i, fixtures, DLN_ARRAY_SIZE(fixtures)))
			return true;
		if (dln__is_dash(t) && !(t->flags & DLN_TOKF_SPACE))
			continue;  /* "fourth-round", "first-leg" */
		if (t->kind != DLN_TOK_WORD ||
		    (t->lex && !(dln__lexemes[t->lex].classes & (1ull << DLN_C_ORDINAL))))
			return false;
		words++;
	}
	return false;
}
#undef W
