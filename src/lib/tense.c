/* The nearest tense cue to the expression decides: an auxiliary or a past form from the
 * lexicon, or a word ending in -ed that no auxiliary governs. Cues before the expression come
 * first, since English puts the verb first more often than not; cues further off in the
 * sentence count only when none is near. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "clause.h"
#include "rule_tables.h"
#include "tense.h"

enum { WINDOW = 16 };  /* tokens searched on each side first */
enum { NEAR = 4 };     /* a cue this close governs the expression itself ("met in June") */
enum { FRONTED_REACH = 6 }; /* subject and verb after a fronted date ("on Friday the board will") */

static bool has_class(const struct dln_token *t, unsigned cls)
{
	return t->lex && (dln__lexemes[t->lex].classes & (1ull << cls));
}

/* Lexicon classes of words that are no verbs ("to the", "to March", "to two"). */
#define NOT_VERBS                                                                             \
	((1ull << DLN_C_DET) | (1ull << DLN_C_NUMWORD) | (1ull << DLN_C_ORDINAL) |           \
	 (1ull << DLN_C_UNIT) | (1ull << DLN_C_UNITS) | (1ull << DLN_C_MONTH) |               \
	 (1ull << DLN_C_WEEKDAY) | (1ull << DLN_C_POD) | (1ull << DLN_C_SEASON))

static bool ends_in_ed(const struct dln_token *t, const char *text)
{
	const char *w = text + t->off;

	if (t->kind != DLN_TOK_WORD || t->len < 4 || (t->flags & DLN_TOKF_CAP))
		return false;
	/* "hundred", "preferred": words the lexicon knows as no verb. */
	if (t->lex && (dln__lexemes[t->lex].classes & (NOT_VERBS | (1ull << DLN_C_ADJECTIVE))))
		return false;
	/* "need", "speed", "proceed": -eed is not a past form. */
	return w[t->len - 2] == 'e' && w[t->len - 1] == 'd' && w[t->len - 3] != 'e';
}

/* Whether t is a word of five letters or more in -ing ("planning", "bringing"; not "king",
 * nor the verbs whose plain form ends so: "to bring", "to swing"). */
static bool ends_in_ing(const struct dln_token *t, const char *text)
{
	static const struct dln_word plain[] = {
		DLN_WORD("bring"), DLN_WORD("swing"),  DLN_WORD("sting"), DLN_WORD("string"),
		DLN_WORD("fling"), DLN_WORD("cling"),  DLN_WORD("wring"),
	};
	return t->kind == DLN_TOK_WORD && t->len > 4 &&
	       memcmp(text + t->off + t->len - 3, "ing", 3) == 0 &&
	       !dln__token_among(t, text, plain, sizeof plain / sizeof *plain);
}

/* Whether a word the lexicon knows as a verb ends in -ed ("agreed", "expected"), in any
 * case. */
static bool past_form(const struct dln_token *t, const char *text)
{
	const char *w = text + t->off;
	return t->len > 2 && (w[t->len - 2] | 0x20) == 'e' && (w[t->len - 1] | 0x20) == 'd';
}

/* Whether tok[i] is "to" and a verb's plain form follows: a lower-case word without a
 * plural (not "-ss": "to address"), past or -ing ending that the lexicon does not know as
 * something else ("to be", "to end"). */
static bool infinitive_at(const struct dln_token *tok, size_t n, size_t i, const char *text)
{
	if (i + 1 >= n || tok[i].lex != DLN_LEX_TO)
		return false;
	const struct dln_token *t = &tok[i + 1];
	const char *w = text + t->off;

	if (t->kind != DLN_TOK_WORD || (t->flags & DLN_TOKF_CAP) || t->len < 2)
		return false;
	if (t->lex && (dln__lexemes[t->lex].classes & NOT_VERBS))
		return false;
	if ((w[t->len - 1] == 's' && w[t->len - 2] != 's') ||
	    (w[t->len - 2] == 'e' && w[t->len - 1] == 'd'))
		return false;
	return !ends_in_ing(t, text);
}

/* Whether tok[i] follows a determiner or a possessive "'s", where a word is a noun. */
static bool after_determiner(const struct dln_token *tok, size_t i)
{
	if (i == 0)
		return false;
	const struct dln_token *p = &tok[i - 1];
	return has_class(p, DLN_C_DET) || p->kind == DLN_TOK_POSSESSIVE;
}

/* Whether tok[i] follows a preposition, where a timetable verb's plain form is a noun
 * ("named as host", "put on hold", "in play") and a form in -ed an adjective ("calling for
 * scattered storms", "strikes on selected flights"). */
static bool after_preposition(const struct dln_token *tok, size_t i)
{
	if (i == 0)
		return false;
	unsigned lex = tok[i - 1].lex;
	return lex == DLN_LEX_AS || lex == DLN_LEX_OF || lex == DLN_LEX_IN || lex == DLN_LEX_ON ||
	       lex == DLN_LEX_AT || lex == DLN_LEX_FOR || lex == DLN_LEX_WITH ||
	       lex == DLN_LEX_ABOUT || lex == DLN_LEX_FROM || lex == DLN_LEX_BY;
}

/* Whether the -ed word at tok[i] stands between a count and a plural noun, where it is an
 * adjective: "eight industrialised nations", "two elected officials" (not "12 died on
 * Sunday"). */
static bool counted_adjective(const struct dln_token *tok, size_t n, size_t i, const char *text)
{
	if (i == 0 || i + 1 >= n ||
	    !(tok[i - 1].kind == DLN_TOK_NUMBER || has_class(&tok[i - 1], DLN_C_NUMWORD)))
		return false;
	const struct dln_token *noun = &tok[i + 1];
	return noun->kind == DLN_TOK_WORD && !noun->lex && !(noun->flags & DLN_TOKF_CAP) &&
	       noun->len > 3 && text[noun->off + noun->len - 1] == 's' &&
	       text[noun->off + noun->len - 2] != 's';
}

bool dln__adverb_in_ly(const struct dln_token *t, const char *text)
{
	return t->kind == DLN_TOK_WORD && t->len > 3 &&
	       strncmp(text + t->off + t->len - 2, "ly", 2) == 0;
}

/* Whether the -ed word at tok[i] opens the object of a verb after "to", where it is an
 * adjective before a noun: "agreed to supply modified wheel sets by mid-September" (not "his
 * visit to China ended Friday", "the march to parliament ended peacefully"). */
static bool object_of_infinitive(const struct dln_token *tok, size_t n, size_t i,
				 const char *text)
{
	if (i < 2 || i + 1 >= n || tok[i - 2].lex != DLN_LEX_TO)
		return false;
	const struct dln_token *verb = &tok[i - 1], *noun = &tok[i + 1];
	return verb->kind == DLN_TOK_WORD && !(verb->flags & DLN_TOKF_CAP) &&
	       !(verb->lex && (dln__lexemes[verb->lex].classes & NOT_VERBS)) &&
	       !has_class(verb, DLN_C_AUX) && !has_class(verb, DLN_C_PERFECT) &&
	       noun->kind == DLN_TOK_WORD &&
	       !(noun->lex && (dln__lexemes[noun->lex].classes & NOT_VERBS)) &&
	       !has_class(noun, DLN_C_LEAD) && !dln__adverb_in_ly(noun, text);
}

/* Whether the -ed word at tok[i] opens the object of a verb in -ing, where it is an adjective:
 * "possibly bringing scattered storms Friday night" (not "having signed it Friday", nor after
 * a noun in -ing: "a scan on Tuesday morning confirmed", "the ruling confirmed"). */
static bool object_of_gerund(const struct dln_token *tok, size_t i, const char *text)
{
	if (i == 0)
		return false;
	const struct dln_token *verb = &tok[i - 1];
	return ends_in_ing(verb, text) && !(verb->flags & DLN_TOKF_CAP) &&
	       !(verb->lex && (dln__lexemes[verb->lex].classes & (NOT_VERBS | (1ull << DLN_C_AUX)))) &&
	       !after_determiner(tok, i - 1) &&
	       !(verb->len == 6 && strncasecmp(text + verb->off, "having", 6) == 0);
}

/* Whether the -ed word at tok[i] follows a word of degree, where it is an adjective: "the
 * most anticipated premiere", "a highly regarded coach". */
static bool after_degree(const struct dln_token *tok, size_t i, const char *text)
{
	static const struct dln_word degrees[] = {
		DLN_WORD("most"),   DLN_WORD("more"),	DLN_WORD("least"), DLN_WORD("less"),
		DLN_WORD("highly"), DLN_WORD("widely"), DLN_WORD("much"),  DLN_WORD("long"),
	};
	return i > 0 && dln__token_among(&tok[i - 1], text, degrees, sizeof degrees / sizeof *degrees);
}

/* Whether the -ed word at tok[i] follows a form of "get", whose passive it makes: "urged
 * residents to get vaccinated before Thanksgiving"; the tense is the verb's before it. */
static bool after_get(const struct dln_token *tok, size_t i, const char *text)
{
	static const struct dln_word gets[] = {
		DLN_WORD("get"), DLN_WORD("gets"), DLN_WORD("getting"), DLN_WORD("got"),
		DLN_WORD("gotten"),
	};
	return i > 0 && dln__token_among(&tok[i - 1], text, gets, sizeof gets / sizeof *gets);
}

/* Whether tok[i] is a form of "order" or "want", which take an object and a participle:
 * "ordered the building evacuated" (not "told reporters gathered Monday"). */
static bool orders_done(const struct dln_token *t, const char *text)
{
	static const struct dln_word verbs[] = {
		DLN_WORD("order"), DLN_WORD("orders"), DLN_WORD("ordered"),
		DLN_WORD("want"),  DLN_WORD("wants"),  DLN_WORD("wanted"),
	};
	return dln__token_among(t, text, verbs, sizeof verbs / sizeof *verbs);
}

/* Whether the -ed word at tok[i] completes what "order" or "want" asks done, after the one to
 * three words of its object: "ordered flags lowered", "wants the disputes resolved by early
 * March". The ordering verb tells the time. */
static bool ordered_participle(const struct dln_token *tok, size_t i, const char *text)
{
	for (size_t k = i - 1; k + 4 >= i && k > 0 && k < i; k--) {
		if (tok[k].kind != DLN_TOK_WORD)
			return false;
		if (k + 1 < i && orders_done(&tok[k - 1], text))
			return true;
	}
	return false;
}

/* Whether the -ed word at tok[i] opens a participle phrase after a comma: ", followed by
 * temperatures in the single digits Sunday", ", led by ...": it describes, it tells no time. */
static bool participle_after_comma(const struct dln_token *tok, size_t n, size_t i)
{
	return i > 0 && i + 1 < n && dln__is_comma(&tok[i - 1]) && tok[i + 1].lex == DLN_LEX_BY;
}

/* A capital inside a sentence makes a name of a cue word: "Theresa May", "The Met". */
static bool inner_capital(const struct dln_token *tok, size_t i)
{
	return (tok[i].flags & DLN_TOKF_CAP) && i > 0 && tok[i - 1].kind != DLN_TOK_PUNCT;
}

/* Whether tok[i] ends a word joined by a hyphen before a noun, an adjective: "the worst-hit
 * state", "long-awaited talks" (not "test-fired a missile", "re-elected Obama"). */
static bool hyphenated_adjective(const struct dln_token *tok, size_t n, size_t i)
{
	if (i == 0 || i + 1 >= n || (tok[i].flags & DLN_TOKF_SPACE) ||
	    tok[i - 1].kind != DLN_TOK_PUNCT || tok[i - 1].num != '-')
		return false;
	const struct dln_token *noun = &tok[i + 1];
	return noun->kind == DLN_TOK_WORD && !noun->lex && !(noun->flags & DLN_TOKF_CAP);
}

/* Whether tok[i] opens a word joined by a hyphen, a noun or an adjective whatever its
 * first part: "the play-off final", "a start-up", "left-wing". */
static bool opens_compound(const struct dln_token *tok, size_t n, size_t i)
{
	return i + 2 < n && tok[i + 1].kind == DLN_TOK_PUNCT && tok[i + 1].num == '-' &&
	       !(tok[i + 1].flags & DLN_TOKF_SPACE) && tok[i + 2].kind == DLN_TOK_WORD &&
	       !(tok[i + 2].flags & DLN_TOKF_SPACE);
}

/* The auxiliary right before tok[i], or before an adverb in -ly there ("will be severely
 * disrupted"); NULL when there is none. */
static const struct dln_token *aux_before(const struct dln_token *tok, size_t i, const char *text)
{
	if (i > 1 && !tok[i - 1].lex && dln__adverb_in_ly(&tok[i - 1], text))
		i--;
	return i > 0 && has_class(&tok[i - 1], DLN_C_AUX) && !inner_capital(tok, i - 1) ?
		       &tok[i - 1] :
		       NULL;
}

/* Whether t is the "has" or "have" of the present perfect, which tells of what was just done
 * for what lies ahead: "has asked both sides to meet Monday". */
static bool present_perfect(const struct dln_token *t)
{
	return t && (t->lex == DLN_LEX_HAS || t->lex == DLN_LEX_HAVE);
}

/* Whether aux is an auxiliary of the past ("was", "had", "been"), which tells that an
 * arrangement was made then: "had been set to begin", "was postponed to". */
static bool past_aux(const struct dln_token *aux)
{
	return aux && (has_class(aux, DLN_C_PAST) || has_class(aux, DLN_C_PARTICIPLE));
}

/* Whether t is the "'ve" of "I've", "we've" (split off as "ve" after an apostrophe). */
static bool contracted_have(const struct dln_token *t, const char *text)
{
	static const struct dln_word ve[] = { DLN_WORD("ve") };

	return dln__token_among(t, text, ve, 1);
}

/* The modal "may" looks ahead like "might"; the lexicon has the word as the month ("may"
 * counts there only with a capital), so it is known here by its letters. */
static bool modal_may(const struct dln_token *t, const char *text)
{
	return t->kind == DLN_TOK_WORD && !t->lex && t->len == 3 && !(t->flags & DLN_TOKF_CAP) &&
	       memcmp(text + t->off, "may", 3) == 0;
}

bool dln__past_verb(const struct dln_token *tok, size_t i, const char *text)
{
	if (inner_capital(tok, i) || after_determiner(tok, i) || aux_before(tok, i, text))
		return false;
	return has_class(&tok[i], DLN_C_PAST) || ends_in_ed(&tok[i], text);
}

/* The tense of a day arranged for by the participle at tok[i] after a past form of "to be",
 * an adverb in -ly allowed between: "was originally set for late October", "were scheduled
 * for" tell of an arrangement then, for a day either side of now; "had (originally) been
 * planned for Tuesday" of one overtaken since, no deadline ahead. UNKNOWN when no such form
 * stands before it. */
static enum dln_tense arranged_in_past(const struct dln_token *tok, size_t i, const char *text)
{
	if (i > 1 && !tok[i - 1].lex && dln__adverb_in_ly(&tok[i - 1], text))
		i--;
	if (i > 1 && tok[i - 1].lex == DLN_LEX_BEEN) {
		size_t had = i - 2;
		if (had > 0 && !tok[had].lex && dln__adverb_in_ly(&tok[had], text))
			had--;
		return tok[had].lex == DLN_LEX_HAD ? DLN_TENSE_EITHER : DLN_TENSE_UNKNOWN;
	}
	return i > 0 && (tok[i - 1].lex == DLN_LEX_WAS || tok[i - 1].lex == DLN_LEX_WERE ||
			 tok[i - 1].lex == DLN_LEX_HAD)
		       ? DLN_TENSE_PRESENT
		       : DLN_TENSE_UNKNOWN;
}

/* The tense tok[i] tells of an expression; `after` when tok[i] follows it. */
static enum dln_tense cue(const struct dln_token *tok, size_t n, size_t i, const char *text,
			  bool after)
{
	const struct dln_token *t = &tok[i];

	if (inner_capital(tok, i) || hyphenated_adjective(tok, n, i) || opens_compound(tok, n, i))
		return DLN_TENSE_UNKNOWN;
	/* "Play on Sunday is scheduled to begin": after the expression, an auxiliary tells what
	 * the arrangement after it tells. */
	if (after && has_class(t, DLN_C_AUX) && i + 1 < n && has_class(&tok[i + 1], DLN_C_FUTURE) &&
	    !inner_capital(tok, i + 1))
		return cue(tok, n, i + 1, text, after);
	/* "a day earlier than usual", "slowed more than expected in October": a comparison,
	 * no time before or after now. */
	if (t->lex == DLN_LEX_EARLIER && i + 1 < n && tok[i + 1].lex == DLN_LEX_THAN)
		return DLN_TENSE_UNKNOWN;
	if (i > 0 && tok[i - 1].lex == DLN_LEX_THAN)
		return DLN_TENSE_UNKNOWN;
	/* "the plan", "its plans", "the hit": a noun, however often the word is a verb; "the
	 * scheduled close": an adjective. */
	if ((has_class(t, DLN_C_NOUN) || has_class(t, DLN_C_PAST) || has_class(t, DLN_C_SCHEDULED) ||
	     has_class(t, DLN_C_FUTURE)) &&
	    after_determiner(tok, i))
		return DLN_TENSE_UNKNOWN;
	/* "will be paid", "has agreed": a participle after an auxiliary takes its tense from
	 * the auxiliary, which is a cue of its own. */
	const struct dln_token *aux = aux_before(tok, i, text);
	bool participle = aux && !has_class(t, DLN_C_AUX);

	/* "is to resume", "set to begin": an arrangement for what lies ahead; but "In
	 * February, it agreed to buy": the date before the verb tells when it was agreed. */
	if (has_class(t, DLN_C_AHEAD) && infinitive_at(tok, n, i + 1, text)) {
		if (after && past_form(t, text))
			return DLN_TENSE_PAST;
		/* "had been set to begin on March 4": arranged then, either side of now. */
		return participle && past_aux(aux) ? DLN_TENSE_EITHER : DLN_TENSE_FUTURE;
	}
	/* "a summit set for April" lies ahead; "was originally set for late October" was
	 * arranged then, for a time either side of now. */
	if (has_class(t, DLN_C_ARRANGED) && i + 1 < n && tok[i + 1].lex == DLN_LEX_FOR) {
		enum dln_tense arranged = arranged_in_past(tok, i, text);
		return arranged == DLN_TENSE_UNKNOWN ? DLN_TENSE_FUTURE : arranged;
	}
	/* "was to meet on Monday": arranged then, for a day either side of now, as "was due
	 * to" is. */
	if ((t->lex == DLN_LEX_WAS || t->lex == DLN_LEX_WERE) && infinitive_at(tok, n, i + 1, text))
		return DLN_TENSE_PRESENT;
	/* "have got to be back Monday", "I've got to": what must come. */
	if (t->lex == DLN_LEX_GOT && i > 0 && infinitive_at(tok, n, i + 1, text) &&
	    (has_class(&tok[i - 1], DLN_C_PERFECT) || contracted_have(&tok[i - 1], text)))
		return DLN_TENSE_FUTURE;
	/* "have gathered", "has been": the present perfect tells of the past. */
	if (has_class(t, DLN_C_PERFECT) && i + 1 < n &&
	    (has_class(&tok[i + 1], DLN_C_PAST) || has_class(&tok[i + 1], DLN_C_PARTICIPLE) ||
	     ends_in_ed(&tok[i + 1], text)))
		return DLN_TENSE_PAST;
	if (has_class(t, DLN_C_POSSIBLE) && i + 1 < n)
		return tok[i + 1].lex == DLN_LEX_NOT   ? DLN_TENSE_PAST :
		       has_class(&tok[i + 1], DLN_C_AUX) ? DLN_TENSE_UNKNOWN :
							   DLN_TENSE_FUTURE;
	if (modal_may(t, text))
		return DLN_TENSE_FUTURE;
	/* "had been planned", "were scheduled": arranged in the past; "was due to testify", "was
	 * expected to address": arranged then, for a day either side of now; "were planning to"
	 * still looks ahead. "would not comment Tuesday": a refusal, said on the day. */
	if (has_class(t, DLN_C_FUTURE)) {
		if (i + 1 < n && tok[i + 1].lex == DLN_LEX_NOT && t->lex == DLN_LEX_WOULD)
			return DLN_TENSE_PRESENT;
		/* "A judge on Friday scheduled a January trial": after the date, the past form
		 * with its object tells when the scheduling was done. */
		if (after && !participle && past_form(t, text) && i + 1 < n &&
		    has_class(&tok[i + 1], DLN_C_DET))
			return DLN_TENSE_PAST;
		if (!participle || !past_aux(aux))
			return DLN_TENSE_FUTURE;
		if (ends_in_ing(t, text))
			return DLN_TENSE_FUTURE;
		return past_form(t, text) && !infinitive_at(tok, n, i + 1, text) ?
			       DLN_TENSE_PAST :
			       DLN_TENSE_PRESENT;
	}
	/* "is retroactive to Jan. 1": reaching back, whatever the verb before. */
	if (t->lex == DLN_LEX_RETROACTIVE || t->lex == DLN_LEX_RETROACTIVELY)
		return DLN_TENSE_PAST;
	/* "a shortened last day": "last" before a unit is an ordinal, no verb. */
	if (t->lex == DLN_LEX_LAST && i + 1 < n && has_class(&tok[i + 1], DLN_C_UNIT))
		return DLN_TENSE_UNKNOWN;
	/* "with less than four weeks left before Election Day": what remains, no past. */
	if (t->lex == DLN_LEX_LEFT && i > 0 && has_class(&tok[i - 1], DLN_C_UNITS))
		return DLN_TENSE_UNKNOWN;
	/* "to cut", "may hit": after "to" or "may" a form like "cut" is the plain verb, no
	 * past. */
	if (has_class(t, DLN_C_PAST))
		return participle || (i > 0 && (tok[i - 1].lex == DLN_LEX_TO ||
						modal_may(&tok[i - 1], text))) ?
			       DLN_TENSE_UNKNOWN :
			       DLN_TENSE_PAST;
	/* "a slow start", "a strong opening": after an article and an adjective, a noun. */
	if (has_class(t, DLN_C_SCHEDULED) && i > 1 &&
	    (tok[i - 2].lex == DLN_LEX_A || tok[i - 2].lex == DLN_LEX_AN) &&
	    tok[i - 1].kind == DLN_TOK_WORD)
		return DLN_TENSE_UNKNOWN;
	/* "suspended play on March 13": after a verb in the past, the object; "Play on Sunday
	 * began": opening the sentence, the subject. */
	if (has_class(t, DLN_C_SCHEDULED))
		return aux || after_preposition(tok, i) || i == 0 ||
			       tok[i - 1].lex == DLN_LEX_NOT || tok[i - 1].lex == DLN_LEX_TO ||
			       dln__past_verb(tok, i - 1, text) ?
			       DLN_TENSE_UNKNOWN :
			       DLN_TENSE_FUTURE;
	/* "will be today and Tuesday": "today" listed with the date is a date, no present. */
	if ((t->lex == DLN_LEX_TODAY || t->lex == DLN_LEX_NOW) && i + 1 < n &&
	    (tok[i + 1].lex == DLN_LEX_AND || tok[i + 1].lex == DLN_LEX_OR))
		return DLN_TENSE_UNKNOWN;
	if (has_class(t, DLN_C_PRESENT))
		return DLN_TENSE_PRESENT;
	/* "the proposed merger", "its planned sale": an -ed word after a determiner is an
	 * adjective. */
	if (ends_in_ed(t, text) && !participle && !after_determiner(tok, i) &&
	    !after_preposition(tok, i) &&
	    !counted_adjective(tok, n, i, text) && !object_of_infinitive(tok, n, i, text) &&
	    !object_of_gerund(tok, i, text) && !participle_after_comma(tok, n, i) &&
	    !after_degree(tok, i, text) && !after_get(tok, i, text) &&
	    !ordered_participle(tok, i, text))
		return DLN_TENSE_PAST;
	return DLN_TENSE_UNKNOWN;
}

/* Whether tok[i] directs someone to do what the expression at `first` tells of: "ordered him
 * to surrender his passport by Friday" (one to three words for the one directed, or none in
 * the passive, and "to" with its verb before the expression); not "asked to comment
 * Tuesday". */
static bool directs(const struct dln_token *tok, size_t n, size_t i, size_t first,
		    const char *text)
{
	if (!has_class(&tok[i], DLN_C_DIRECTIVE) || inner_capital(tok, i))
		return false;
	/* In the passive the one directed is the subject: "were told to clear their desks". */
	if (i > 0 && has_class(&tok[i - 1], DLN_C_AUX) && i + 2 < first &&
	    infinitive_at(tok, n, i + 1, text))
		return true;
	for (size_t j = i + 2; j + 1 < first && j <= i + 4; j++) {
		if (tok[j - 1].kind != DLN_TOK_WORD && tok[j - 1].kind != DLN_TOK_POSSESSIVE)
			return false;
		if (infinitive_at(tok, n, j, text) ||
		    (ends_in_ed(&tok[j], text) && orders_done(&tok[i], text)))
			return true;
	}
	return false;
}

/* Whether tok[i] arranges or promises ("agreed", "vowed") with words between it and its "to"
 * ("agreed last Sunday to cut output in May", "vowed on Wednesday morning to stay until
 * Saturday"), an infinitive that the expression at `first` follows: what is promised lies
 * ahead (the day between tells when it was promised). */
static bool promises_across(const struct dln_token *tok, size_t n, size_t i, size_t first,
			    const char *text)
{
	if (!has_class(&tok[i], DLN_C_AHEAD) || tok[i].lex == DLN_LEX_IS ||
	    tok[i].lex == DLN_LEX_ARE || tok[i].lex == DLN_LEX_AM || inner_capital(tok, i) ||
	    infinitive_at(tok, n, i + 1, text))
		return false;
	for (size_t j = i + 2; j < first && j <= i + 6; j++) {
		if (tok[j - 1].kind == DLN_TOK_PUNCT)
			return false;
		if (infinitive_at(tok, n, j, text))
			return true;
	}
	return false;
}

/* Whether tok[i] puts off what the expression right after "to" or "until" names: "postponed
 * the festival from April to October", "delayed the vote until Friday", "moved the trial
 * from Sept. 21 to Jan. 11"; a date put off to lies ahead of the putting off, whatever its
 * tense ("did not adjourn until 12:40 a.m." puts nothing off). The stems are matched on the
 * text: the lexicon holds only the words that rules or cues name. */
static bool postpones(const struct dln_token *tok, size_t i, const char *text)
{
	static const char *const stems[] = { "postpone", "delay", "defer", "reschedule",
					     "adjourn", "move", "push" };

	if (tok[i].kind != DLN_TOK_WORD || (i > 0 && tok[i - 1].lex == DLN_LEX_NOT))
		return false;
	for (size_t k = 0; k < sizeof stems / sizeof *stems; k++) {
		size_t len = strlen(stems[k]);
		if (tok[i].len >= len && strncasecmp(text + tok[i].off, stems[k], len) == 0)
			return true;
	}
	return false;
}

/* Whether tok[i] imposes a state that lasts until the expression after "until" or
 * "through": "extended the curfew until Sunday", "canceled all flights through Friday",
 * "were booked through Sunday"; the imposing is news, so the day lies ahead ("the strike
 * lasted until Sunday" imposes nothing). */
static bool imposes(const struct dln_token *tok, size_t i, const char *text)
{
	static const struct dln_word verbs[] = {
		DLN_WORD("extended"), DLN_WORD("extends"), DLN_WORD("extend"),
		DLN_WORD("canceled"), DLN_WORD("cancelled"), DLN_WORD("cancels"),
		DLN_WORD("cancel"), DLN_WORD("closed"), DLN_WORD("closes"), DLN_WORD("close"),
		DLN_WORD("suspended"), DLN_WORD("suspends"), DLN_WORD("suspend"),
		DLN_WORD("banned"), DLN_WORD("bans"), DLN_WORD("ban"), DLN_WORD("halted"),
		DLN_WORD("halts"), DLN_WORD("halt"), DLN_WORD("grounded"), DLN_WORD("shut"),
		DLN_WORD("shuts"), DLN_WORD("booked"), DLN_WORD("ordered"), DLN_WORD("orders"),
		DLN_WORD("barred"), DLN_WORD("imposed"), DLN_WORD("imposes"),
	};

	return tok[i].kind == DLN_TOK_WORD && !(i > 0 && tok[i - 1].lex == DLN_LEX_NOT) &&
	       dln__token_among(&tok[i], text, verbs, sizeof verbs / sizeof *verbs);
}

/* Whether tok[i] warns of what the expression at `first` dates: "warned of a hard freeze on
 * Wednesday night", "issued warnings for Iowa from noon Monday"; what is warned of lies
 * ahead of the warning. Not the day of the warning: "warned on Monday", "had issued a
 * warning for the region on Monday morning" (a warning's own time runs from, to or until a
 * day). */
static bool warns_of(const struct dln_token *tok, size_t i, size_t first, const char *text)
{
	static const struct dln_word verbs[] = {
		DLN_WORD("warned"), DLN_WORD("warns"), DLN_WORD("warn"),
	};
	static const struct dln_word nouns[] = { DLN_WORD("warning"), DLN_WORD("warnings") };

	if (tok[i].kind != DLN_TOK_WORD || (text[tok[i].off] | 0x20) != 'w')
		return false;
	if (dln__token_among(&tok[i], text, nouns, sizeof nouns / sizeof *nouns))
		return tok[first - 1].lex == DLN_LEX_FROM || tok[first - 1].lex == DLN_LEX_TO ||
		       tok[first - 1].lex == DLN_LEX_UNTIL ||
		       tok[first - 1].lex == DLN_LEX_THROUGH || tok[first - 1].lex == DLN_LEX_TILL;
	if (!dln__token_among(&tok[i], text, verbs, sizeof verbs / sizeof *verbs))
		return false;
	for (size_t j = i + 1; j < first; j++)
		if (tok[j].lex == DLN_LEX_OF || tok[j].lex == DLN_LEX_ABOUT || tok[j].lex == DLN_LEX_FOR)
			return true;
	return false;
}

/* Whether tok[i] predicts what the expression at `first` dates, in its object: "predicted 3
 * to 5 inches of snow beginning late Saturday" (not "predicted on Monday that", where the
 * date tells when it was said). */
static bool predicts(const struct dln_token *tok, size_t i, size_t first, const char *text)
{
	static const struct dln_word verbs[] = {
		DLN_WORD("predicted"),	DLN_WORD("predicts"),  DLN_WORD("predict"),
		DLN_WORD("forecast"),	DLN_WORD("forecasts"), DLN_WORD("forecasted"),
	};

	char initial = (char)(text[tok[i].off] | 0x20);

	/* The search asks this of nearly every word: most fail on their first letter. */
	if ((initial != 'p' && initial != 'f') || tok[i].kind != DLN_TOK_WORD || first < i + 2 ||
	    tok[i + 1].lex == DLN_LEX_ON || tok[i + 1].lex == DLN_LEX_IN ||
	    tok[i + 1].lex == DLN_LEX_THAT || tok[i + 1].kind == DLN_TOK_PUNCT ||
	    after_determiner(tok, i))
		return false;
	return dln__token_among(&tok[i], text, verbs, sizeof verbs / sizeof *verbs);
}

/* The tense of what "to begin", "to meet" at tok[i] schedules when no verb stands right
 * before the "to" (after one, "tried to meet" tells of the trying): ahead, unless a verb in
 * the past before it arranged it, when it is as often behind as ahead ("declared three days
 * of mourning, to begin on Thursday"), but not in the present perfect ("has asked both sides
 * to meet Monday"); what the verb before it tells else ("talks had been scheduled, to start
 * on Monday"). */
static enum dln_tense scheduled_by_infinitive(const struct dln_token *tok, size_t n, size_t i,
					      const char *text)
{
	for (size_t j = i - 1; j-- > 0 && i - j <= WINDOW;) {
		enum dln_tense t = cue(tok, n, j, text, false);
		if (t == DLN_TENSE_PAST && present_perfect(&tok[j]))
			return DLN_TENSE_FUTURE;
		if (t != DLN_TENSE_UNKNOWN)
			return t == DLN_TENSE_PAST ? DLN_TENSE_EITHER : t;
	}
	return DLN_TENSE_FUTURE;
}

/* Whether tok[from..first) holds only the words that lead a date after "starting": none,
 * "on", "in", "as early as". */
static bool leads_to(const struct dln_token *tok, size_t from, size_t first)
{
	if (first - from > 3)
		return false;
	for (size_t j = from; j < first; j++)
		if (tok[j].lex != DLN_LEX_ON && tok[j].lex != DLN_LEX_IN && tok[j].lex != DLN_LEX_AS &&
		    tok[j].lex != DLN_LEX_EARLY)
			return false;
	return true;
}

/* Whether the expression at `first` is the period a report covers: "figures for August",
 * "data for the third quarter" (not "sales for December", which may be forecast). */
static bool reports_on(const struct dln_token *tok, size_t first, const char *text)
{
	static const struct dln_word reports[] = {
		DLN_WORD("figures"), DLN_WORD("data"), DLN_WORD("numbers"),
		DLN_WORD("statistics"),
	};

	size_t lead = first > 0 && tok[first - 1].lex == DLN_LEX_THE ? first - 1 : first;
	return lead >= 2 && tok[lead - 1].lex == DLN_LEX_FOR &&
	       dln__token_among(&tok[lead - 2], text, reports, sizeof reports / sizeof *reports);
}

/* Whether the expression at `lead` dates an event a text looks "ahead of" ("ahead of
 * figures on Friday", "ahead of the vote in May"): "on", "in" or "for", at most three words
 * of the event, "of" and a word like "ahead". */
static bool ahead_of_event(const struct dln_token *tok, size_t lead)
{
	if (lead < 4 || (tok[lead - 1].lex != DLN_LEX_ON && tok[lead - 1].lex != DLN_LEX_IN &&
			 tok[lead - 1].lex != DLN_LEX_FOR))
		return false;
	for (size_t j = lead - 1; j-- > 1 && lead - 1 - j <= 3;) {
		if (tok[j].kind != DLN_TOK_WORD)
			return false;
		if (tok[j].lex == DLN_LEX_OF)
			return j < lead - 2 && has_class(&tok[j - 1], DLN_C_BEFOREHAND);
	}
	return false;
}

/* Whether "said" or "says" at tok[p] reports the clause the expression ending at `end` is in:
 * a comma after it, then one to five words of the speaker, and no clause of its own after
 * the verb ("will go on sale in the autumn, the company said", "..., he said on Monday"; not
 * "On a call Wednesday evening, the CFO said revenue would decline"). */
static bool reports_the_clause(const struct dln_token *tok, size_t n, size_t end, size_t p)
{
	if (tok[p].lex != DLN_LEX_SAID && tok[p].lex != DLN_LEX_SAYS)
		return false;
	if (p + 1 < n && tok[p + 1].kind != DLN_TOK_PUNCT && tok[p + 1].lex != DLN_LEX_ON &&
	    tok[p + 1].lex != DLN_LEX_IN && !has_class(&tok[p + 1], DLN_C_WEEKDAY) &&
	    !has_class(&tok[p + 1], DLN_C_NEARDAY))
		return false;
	for (size_t k = p; k-- > end && p - k <= 6;) {
		if (dln__is_comma(&tok[k]))
			return k + 1 < p;
		if (tok[k].kind != DLN_TOK_WORD)
			return false;
	}
	return false;
}

static bool quote_mark(const struct dln_token *t)
{
	return t->kind == DLN_TOK_PUNCT &&
	       (t->num == '"' || t->num == '\'' || t->num == 0x201D || t->num == 0x2019);
}

/* Whether tok[i] closes a quotation at the end of what was said: `...," said`, `...?''`.
 * The verb after it reports words spoken in their own time, which it does not tell. */
static bool closes_quotation(const struct dln_token *tok, size_t i)
{
	if (i > 1 && quote_mark(&tok[i]) && quote_mark(&tok[i - 1]))
		i--;  /* '' */
	return i > 0 && quote_mark(&tok[i]) && tok[i - 1].kind == DLN_TOK_PUNCT &&
	       (tok[i - 1].num == ',' || tok[i - 1].num == '?' || tok[i - 1].num == '!');
}

/* The first cue d tokens left of the expression, then right of it, for d in [lo, hi], among
 * those the view shows. The verb reporting the clause after it tells the clause's time only
 * when nothing else does (`*reported`, else UNKNOWN). */
static enum dln_tense search(const struct dln_token *tok, size_t n, size_t first, size_t end,
			     const char *text, const struct dln_clause_view *v, size_t lo, size_t hi,
			     size_t *d, enum dln_tense *reported)
{
	bool put_off_to = first > 0 &&
			  (tok[first - 1].lex == DLN_LEX_TO || tok[first - 1].lex == DLN_LEX_UNTIL);
	bool lasts_until = first > 0 && (tok[first - 1].lex == DLN_LEX_UNTIL ||
					 tok[first - 1].lex == DLN_LEX_THROUGH ||
					 tok[first - 1].lex == DLN_LEX_TILL);

	for (*d = lo; *d <= hi && *d <= v->left; ++*d) {
		if (v->hidden_left[*d])
			continue;
		/* "urges Congress to act by Friday" and "has asked both sides to meet Monday" look
		 * ahead; "ordered crews to work through the weekend" may be done by now. */
		if (directs(tok, n, first - *d, first, text)) {
			bool perfect = present_perfect(aux_before(tok, first - *d, text));
			return past_form(&tok[first - *d], text) && !perfect ? DLN_TENSE_EITHER :
									       DLN_TENSE_FUTURE;
		}
		size_t i = first - *d;
		/* "declared three days of mourning beginning Tuesday", "confirmed a walkout
		 * starting on Christmas Eve": what starts on the day was arranged by the verb
		 * before, ahead of it or either side of now. */
		if (i > 1 && (tok[i].lex == DLN_LEX_BEGINNING || tok[i].lex == DLN_LEX_STARTING) &&
		    leads_to(tok, i + 1, first)) {
			enum dln_tense t = scheduled_by_infinitive(tok, n, i, text);
			if (t == DLN_TENSE_EITHER || t == DLN_TENSE_PAST)
				return DLN_TENSE_EITHER;
		}
		if (promises_across(tok, n, i, first, text))
			return DLN_TENSE_FUTURE;
		/* What is put off to a day, warned of, predicted or imposed until one lies ahead
		 * of the putting off, the warning, the prediction or the imposing; "was postponed to late April" in a
		 * story of the past may be either side of now. */
		if ((put_off_to && postpones(tok, i, text)) || warns_of(tok, i, first, text) ||
		    predicts(tok, i, first, text) ||
		    (lasts_until && imposes(tok, i, text)))
			return past_aux(aux_before(tok, i, text)) ? DLN_TENSE_EITHER : DLN_TENSE_FUTURE;
		if (i > 1 && tok[i - 1].lex == DLN_LEX_TO && has_class(&tok[i], DLN_C_SCHEDULED) &&
		    !inner_capital(tok, i) && cue(tok, n, i - 2, text, false) == DLN_TENSE_UNKNOWN)
			return scheduled_by_infinitive(tok, n, i, text);
		enum dln_tense t = cue(tok, n, i, text, false);
		if (t != DLN_TENSE_UNKNOWN)
			return t;
	}
	for (*d = lo; *d <= hi && *d <= v->right; ++*d) {
		if (v->hidden_right[*d])
			continue;
		if (closes_quotation(tok, end + *d - 1))
			break;
		enum dln_tense t = cue(tok, n, end + *d - 1, text, true);
		if (t != DLN_TENSE_UNKNOWN && reports_the_clause(tok, n, end, end + *d - 1)) {
			*reported = t;
			break;
		}
		if (t != DLN_TENSE_UNKNOWN)
			return t;
	}
	return DLN_TENSE_UNKNOWN;
}

/* Whether tok[i] is a past verb in -ed ("reached", "announced"; not "the last set"). */
static bool regular_past(const struct dln_token *tok, size_t i, const char *text)
{
	return past_form(&tok[i], text) && dln__past_verb(tok, i, text);
}

/* Whether the expression at `first` ends a relative clause told in the past ("a man who
 * admitted robbing three stations in February will be sentenced"): its verb, not the
 * modal after it, tells its time. */
static bool told_in_relative_clause(const struct dln_token *tok, size_t first, const char *text)
{
	size_t opens = dln__relative_clause_before(tok, first, text, 12);
	for (size_t i = opens + 1; opens != SIZE_MAX && i < first; i++) {
		/* "who have already booked flights after May 3": the perfect is no time of the
		 * date's. */
		if (has_class(&tok[i], DLN_C_PERFECT))
			return false;
		if (regular_past(tok, i, text) ||
		    (has_class(&tok[i], DLN_C_PAST) && dln__past_verb(tok, i, text)))
			return true;
	}
	return false;
}

/* Whether the expression in [first, end) names a day: a weekday or a holiday. */
static bool names_a_day(const struct dln_token *tok, size_t first, size_t end)
{
	for (size_t i = first; i < end; i++)
		if (has_class(&tok[i], DLN_C_WEEKDAY) || has_class(&tok[i], DLN_C_HOLIDAY))
			return true;
	return false;
}

/* Whether a verb of naming stands right before the expression at [first, end) and what the
 * day is named follows it: "proclaimed Sept. 21 Adelina Ruiz Day", "declared Monday a day of
 * national mourning", "designated Friday as a holiday". */
static bool names_the_day(const struct dln_token *tok, size_t n, size_t first, size_t end,
			  const char *text)
{
	static const struct dln_word naming[] = {
		DLN_WORD("declared"),   DLN_WORD("declares"),   DLN_WORD("declare"),
		DLN_WORD("proclaimed"), DLN_WORD("proclaims"),  DLN_WORD("proclaim"),
		DLN_WORD("designated"), DLN_WORD("designates"), DLN_WORD("designate"),
	};
	if (first == 0 || end >= n ||
	    !dln__token_among(&tok[first - 1], text, naming, sizeof naming / sizeof *naming))
		return false;
	const struct dln_token *next = &tok[end];
	return next->lex == DLN_LEX_A || next->lex == DLN_LEX_AN || next->lex == DLN_LEX_AS ||
	       (next->kind == DLN_TOK_WORD && (next->flags & DLN_TOKF_CAP)) || quote_mark(next);
}

enum dln_tense dln__tense_around(const struct dln_token *tok, size_t n, size_t first, size_t end,
				 const char *text, bool *near)
{
	size_t d = 1;
	enum dln_tense t;

	/* "effective Feb. 1": a date something takes effect on lies ahead, whatever the verb;
	 * so does what a text looks "ahead of" ("ahead of Sunday's vote", "ahead of the May 6
	 * election") and what may come "as soon as Tuesday". */
	size_t lead = first > 0 && tok[first - 1].lex == DLN_LEX_THE ? first - 1 : first;
	bool as_soon_as = first > 2 && tok[first - 3].lex == DLN_LEX_AS &&
			  tok[first - 2].lex == DLN_LEX_SOON && tok[first - 1].lex == DLN_LEX_AS;
	/* "has proclaimed Sept. 21 Adelina Ruiz Day", "declared Monday a day of mourning": a day
	 * named for what it will be is the nearest one, whatever the tense. */
	if (names_the_day(tok, n, first, end, text)) {
		*near = true;
		return DLN_TENSE_EITHER;
	}
	/* "the committee on Monday chose a chair": a past verb right after a date set between
	 * the subject and it tells the date's time, whatever a clause before says ("At the
	 * meeting it holds each January, the committee on Monday chose"). */
	if (first > 1 && end < n && tok[first - 1].lex == DLN_LEX_ON &&
	    tok[first - 2].kind == DLN_TOK_WORD && !tok[first - 2].lex &&
	    dln__past_verb(tok, end, text)) {
		*near = true;
		return DLN_TENSE_PAST;
	}
	/* "figures for August, due next Thursday": the month a report covers has begun. */
	if (reports_on(tok, first, text)) {
		*near = true;
		return DLN_TENSE_PAST;
	}
	if ((first > 0 && has_class(&tok[first - 1], DLN_C_EFFECTIVE)) || as_soon_as ||
	    (lead > 1 && has_class(&tok[lead - 2], DLN_C_BEFOREHAND) &&
	     (tok[lead - 1].lex == DLN_LEX_OF || tok[lead - 1].lex == DLN_LEX_TO)) ||
	    ahead_of_event(tok, lead)) {
		*near = true;
		return DLN_TENSE_AHEAD;
	}
	/* "sales over Christmas could be weak", "a vote in March would settle it": an
	 * expression right before a modal belongs to that modal's clause. */
	if (end < n && (has_class(&tok[end], DLN_C_FUTURE) || has_class(&tok[end], DLN_C_POSSIBLE)) &&
	    has_class(&tok[end], DLN_C_AUX) && !inner_capital(tok, end) &&
	    !told_in_relative_clause(tok, first, text)) {
		*near = true;
		return DLN_TENSE_FUTURE;
	}
	/* "Good Friday is likely to be the busiest day", "the last set on Sunday night is
	 * scheduled to end": a date that is the subject of a clause looking ahead, or a day in
	 * it, belongs to it; not one that a verb before it governs ("the deal announced Monday
	 * is set to", "The law passed in June is likely to be challenged") nor a month of a
	 * figure ("Retail sales in July are forecast to show"). */
	bool subject = first == 0 || tok[first - 1].kind == DLN_TOK_PUNCT ||
		       tok[first - 1].lex == DLN_LEX_SAID || tok[first - 1].lex == DLN_LEX_SAYS ||
		       tok[first - 1].lex == DLN_LEX_THAT;
	bool governed = dln__relative_clause_before(tok, first, text, 6) != SIZE_MAX ||
			(first > 0 && regular_past(tok, first - 1, text)) ||
			(first > 1 && regular_past(tok, first - 2, text));
	if ((subject || (names_a_day(tok, first, end) && !governed)) && end + 2 < n && (tok[end].lex == DLN_LEX_IS || tok[end].lex == DLN_LEX_ARE) &&
	    (has_class(&tok[end + 1], DLN_C_AHEAD) || has_class(&tok[end + 1], DLN_C_FUTURE)) &&
	    infinitive_at(tok, n, end + 2, text)) {
		*near = true;
		return DLN_TENSE_FUTURE;
	}
	/* "The election is on Nov. 5", "the deadline is Friday": a date the present tense of
	 * "to be" names is one still to come. */
	size_t k = first;
	if (k > 0 && (tok[k - 1].lex == DLN_LEX_ON || tok[k - 1].lex == DLN_LEX_IN))
		k--;
	if (k > 0 && (tok[k - 1].lex == DLN_LEX_IS || tok[k - 1].lex == DLN_LEX_ARE) &&
	    !inner_capital(tok, k - 1)) {
		*near = true;
		return DLN_TENSE_FUTURE;
	}
	/* "and on Friday it will open": a date fronted in a clause that "and" or "but" opens
	 * belongs to the verb after it in that clause, not to the clause before. */
	k = first;
	if (k > 0 && has_class(&tok[k - 1], DLN_C_LEAD))
		k--;
	if (k < first && k > 1 && (tok[k - 1].lex == DLN_LEX_AND || tok[k - 1].lex == DLN_LEX_BUT)) {
		/* A comma may set the date off ("and on Friday, the Senate is expected to
		 * vote"); another mark or a conjunction ends the clause. */
		size_t from = end < n && dln__is_comma(&tok[end]) ? end + 1 : end;
		for (d = 1; d <= FRONTED_REACH && from + d - 1 < n &&
			    tok[from + d - 1].kind != DLN_TOK_PUNCT &&
			    tok[from + d - 1].lex != DLN_LEX_AND && tok[from + d - 1].lex != DLN_LEX_BUT;
		     d++) {
			t = cue(tok, n, from + d - 1, text, true);
			/* "and into the fall, forecasters said": the verb reporting the clause
			 * tells nothing of the date. */
			if (t != DLN_TENSE_UNKNOWN && reports_the_clause(tok, n, end, from + d - 1))
				break;
			if (t != DLN_TENSE_UNKNOWN) {
				*near = true;
				return t;
			}
		}
	}
	/* The verb that governs a time adverbial stands before it more often than not ("said
	 * Monday", "planned a rally on Saturday"): the left side is searched first. A long
	 * clause may put its verb further off ("rising to a high in June from $29.75 in
	 * March"): when no cue is near, the clause's nearest verb still beats no cue at all. */
	struct dln_clause_view view;
	dln__view_clause(tok, n, first, end, text, &view);
	enum dln_tense reported = DLN_TENSE_UNKNOWN;
	t = search(tok, n, first, end, text, &view, 1, WINDOW, &d, &reported);
	if (t == DLN_TENSE_UNKNOWN)
		t = search(tok, n, first, end, text, &view, WINDOW + 1, DLN_CLAUSE_REACH, &d,
			   &reported);
	*near = t != DLN_TENSE_UNKNOWN && d <= NEAR;
	return t == DLN_TENSE_UNKNOWN ? reported : t;
}
