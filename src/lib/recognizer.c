/* Matching the compiled grammar (rule_tables.c) against tokens.
 *
 * Only tokens that some rule can start with are tried: most words are not in the lexicon
 * (lexeme 0) and cost one table look-up. Patterns are short, so a backtracking match over
 * optional elements is cheap; among the rules that match at a token the longest wins, and
 * between equally long ones the rule numbered first (rulegen.py numbers rejects first, then
 * the rest as written). */
#include <string.h>

#include "recognizer.h"

#define MAX_CAPTURES 8

struct match {
	int32_t cap[MAX_CAPTURES];
	uint8_t cap_set;
	/* Captures that are a decimal count ("2.5 hours") and the hundredths it has. */
	uint8_t decimal_set;
	uint8_t hundredths[MAX_CAPTURES];
};

static int32_t lexeme_value(uint16_t lex, unsigned cls)
{
	const struct dln_lexeme *l = &dln__lexemes[lex];
	uint64_t below = l->classes & ((1ull << cls) - 1);
	return dln__lex_values[l->first_value + __builtin_popcountll(below)];
}

static bool in_class(const struct dln_token *t, unsigned cls)
{
	return t->lex && (dln__lexemes[t->lex].classes & (1ull << cls));
}

static bool plain_number(const struct dln_token *t)
{
	return t->kind == DLN_TOK_NUMBER &&
	       !(t->flags & (DLN_TOKF_PLURAL | DLN_TOKF_APOS | DLN_TOKF_ORDINAL |
			     DLN_TOKF_DECIMAL | DLN_TOKF_SIGNED | DLN_TOKF_GROUPED));
}

/* A capitalized word in no lexicon class: "Theresa", "Ryan", "Times" (not "NATO", which a
 * headline in capitals may put anywhere, nor the pronoun "I": "Before November I sold"). */
static bool name_token(const struct dln_token *t)
{
	return t->kind == DLN_TOK_WORD && t->len > 1 &&
	       (t->flags & (DLN_TOKF_CAP | DLN_TOKF_UPPER)) == DLN_TOKF_CAP &&
	       !(t->lex && dln__lexemes[t->lex].classes);
}

static bool is_hyphen(const struct dln_token *t)
{
	return t->kind == DLN_TOK_PUNCT && t->num == '-';
}

/* "couple of" counts like "couple": 1 for the "of" that follows t[0], else 0. */
static size_t couple_of(const struct dln_token *t, size_t n)
{
	return t[0].lex == DLN_LEX_COUPLE && n > 1 && t[1].lex == DLN_LEX_OF ? 1 : 0;
}

/* "two thousand", "100 million", "1.4 billion" (the whole part of a decimal): a count times
 * the word after it, while it fits. */
static size_t scaled(const struct dln_token *t, size_t n, size_t used, int32_t *v)
{
	int32_t by = 0;

	if (*v > 0 && used < n)
		by = t[used].lex == DLN_LEX_HUNDRED  ? 100 :
		     t[used].lex == DLN_LEX_THOUSAND ? 1000 :
		     t[used].lex == DLN_LEX_MILLION  ? 1000000 :
		     t[used].lex == DLN_LEX_BILLION  ? 1000000000 : 0;
	int64_t scaled = (int64_t)*v * by + (used == 1 ? t[0].hundredths * (by / 100) : 0);
	if (!by || scaled > INT32_MAX)
		return used;
	*v = (int32_t)scaled;
	return used + 1;
}

/* A count: "3", "1,000", "twenty-four", "a dozen", "a few"; -1 for a vague amount. */
static size_t match_count(const struct dln_token *t, size_t n, int32_t *value)
{
	if (t[0].kind == DLN_TOK_NUMBER && !(t[0].flags & (DLN_TOKF_PLURAL | DLN_TOKF_APOS |
							   DLN_TOKF_ORDINAL | DLN_TOKF_SIGNED))) {
		*value = t[0].num;
		return scaled(t, n, 1, value);
	}
	if (!in_class(&t[0], DLN_C_NUMWORD))
		return 0;
	int32_t v = lexeme_value(t[0].lex, DLN_C_NUMWORD);
	size_t used = 1;
	const struct dln_token *next = used < n ? &t[used] : NULL;

	if ((t[0].lex == DLN_LEX_A || t[0].lex == DLN_LEX_AN) && next) {
		/* "a dozen", "a few", "a couple", "a hundred": the article counts nothing. */
		if (next->lex == DLN_LEX_FEW) {
			*value = DLN_VAGUE;
			return 2;
		}
		if (next->lex == DLN_LEX_COUPLE || next->lex == DLN_LEX_DOZEN ||
		    next->lex == DLN_LEX_HUNDRED || next->lex == DLN_LEX_THOUSAND ||
		    next->lex == DLN_LEX_MILLION) {
			*value = lexeme_value(next->lex, DLN_C_NUMWORD);
			return 2 + couple_of(t + 1, n - 1);
		}
		*value = 1;
		return 1;
	}
	if (v >= 20 && v <= 90 && v % 10 == 0) {
		size_t k = used;
		if (k < n && is_hyphen(&t[k]))
			k++;
		if (k < n && in_class(&t[k], DLN_C_NUMWORD)) {
			int32_t unit = lexeme_value(t[k].lex, DLN_C_NUMWORD);
			if (unit >= 1 && unit <= 9 && t[k].lex != DLN_LEX_A && t[k].lex != DLN_LEX_AN) {
				v += unit;
				used = k + 1;
			}
		}
	}
	used = scaled(t, n, used, &v);
	*value = v == -1 ? DLN_VAGUE : v;
	return used + (used == 1 ? couple_of(t, n) : 0);
}

/* A year said in words: "nineteen ninety-seven", "two thousand", "two thousand and one". */
static size_t match_spoken_year(const struct dln_token *t, size_t n, int32_t *value)
{
	int32_t hundreds, rest;
	size_t used;

	if (!in_class(&t[0], DLN_C_NUMWORD) || n < 2)
		return 0;
	hundreds = lexeme_value(t[0].lex, DLN_C_NUMWORD);
	if (hundreds == 2 && t[1].lex == DLN_LEX_THOUSAND) {
		size_t k = 2;
		if (k < n && t[k].lex == DLN_LEX_AND)
			k++;
		if (k < n && (used = match_count(&t[k], n - k, &rest)) && rest >= 1 && rest <= 99 &&
		    !(t[k].kind == DLN_TOK_NUMBER)) {
			*value = 2000 + rest;
			return k + used;
		}
		*value = 2000;
		return 2;
	}
	if (hundreds < 10 || hundreds > 20 || t[1].kind == DLN_TOK_NUMBER)
		return 0;
	used = match_count(&t[1], n - 1, &rest);
	if (!used || rest < 10 || rest > 99)
		return 0;
	*value = hundreds * 100 + rest;
	return 1 + used;
}

/* Tokens matched by class cls at t (0 when none), with the value a capture would take. */
static size_t match_class(const struct dln_token *t, size_t n, unsigned cls, int32_t *value)
{
	switch (cls) {
	case DLN_C_NUM:
		if (!plain_number(t))
			return 0;
		*value = t->num;
		return 1;
	case DLN_C_YEAR:
		if (plain_number(t) && t->digits == 4 && t->num >= 1000) {
			*value = t->num;
			return 1;
		}
		return match_spoken_year(t, n, value);
	case DLN_C_YEAR2:
		if (t->kind != DLN_TOK_NUMBER || (t->flags & ~(DLN_TOKF_APOS | 0xF)) ||
		    !(t->flags & DLN_TOKF_APOS) || t->digits != 2)
			return 0;
		*value = t->num < 50 ? 2000 + t->num : 1900 + t->num;
		return 1;
	case DLN_C_DAY:
		if (t->kind != DLN_TOK_NUMBER || t->digits > 2 || t->num < 1 || t->num > 31 ||
		    (t->flags & (DLN_TOKF_PLURAL | DLN_TOKF_APOS | DLN_TOKF_DECIMAL |
				 DLN_TOKF_SIGNED | DLN_TOKF_GROUPED)))
			return 0;
		*value = t->num;
		return 1;
	case DLN_C_DECADE:
		if (t->kind != DLN_TOK_NUMBER || !(t->flags & DLN_TOKF_PLURAL) || t->num % 10 ||
		    match_class(t, n, DLN_C_CENTURIES, value))
			return 0;
		if (t->digits == 4)
			*value = t->num / 10;
		else if (t->digits == 2)
			*value = (t->num < 20 ? 2000 + t->num : 1900 + t->num) / 10;
		else
			return 0;
		return 1;
	case DLN_C_CENTURIES:
		/* "the 1800s": the century, named as TIMEX3 counts it (the 19th); "the 2000s" is
		 * a decade. */
		if (t->kind != DLN_TOK_NUMBER || !(t->flags & DLN_TOKF_PLURAL) || t->digits != 4 ||
		    t->num % 100 || t->num >= 2000)
			return 0;
		*value = t->num / 100 + 1;
		return 1;
	case DLN_C_ORD:
		if (t->kind == DLN_TOK_NUMBER && (t->flags & DLN_TOKF_ORDINAL)) {
			*value = t->num;
			return 1;
		}
		if (!in_class(t, DLN_C_ORDINAL))
			return 0;
		*value = lexeme_value(t->lex, DLN_C_ORDINAL);
		return 1;
	case DLN_C_COUNT:
		return match_count(t, n, value);
	case DLN_C_CLOCK:
	case DLN_C_NUMDATE:
	case DLN_C_NUMBER:
		/* The token's kind is the class: its value is the number the scanner read. */
		if (t->kind != (cls == DLN_C_CLOCK     ? DLN_TOK_CLOCK :
				cls == DLN_C_NUMDATE ? DLN_TOK_NUMDATE : DLN_TOK_NUMBER))
			return 0;
		*value = t->num;
		return 1;
	case DLN_C_HHMM:
		/* "1015 GMT": four digits of a 24-hour clock, as the minute of the day. */
		if (!plain_number(t) || t->digits != 4 || t->num / 100 > 23 || t->num % 100 > 59)
			return 0;
		*value = t->num / 100 * 60 + t->num % 100;
		return 1;
	case DLN_C_WORD:
		if (t->kind != DLN_TOK_WORD)
			return 0;
		*value = 0;
		return 1;
	case DLN_C_NAME:
		if (!name_token(t))
			return 0;
		*value = 0;
		return 1;
	default:
		if (!in_class(t, cls))
			return 0;
		*value = lexeme_value(t->lex, cls);
		return 1;
	}
}

static size_t match_alt(const struct dln_alt *a, const struct dln_token *t, size_t n,
			int32_t *value)
{
	if (a->kind == DLN_ALT_LEXEME) {
		*value = 0;
		return t->lex == a->id ? 1 : 0;
	}
	return match_class(t, n, a->id, value);
}

/* Matches elements e.. of rule r from token i; on success *end is one past the last token. */
static bool match_from(const struct dln_rule *r, unsigned e, const struct dln_token *tok,
		       size_t n, size_t i, struct match *m, size_t *end)
{
	if (e == r->elems) {
		*end = i;
		return true;
	}
	const struct dln_elem *el = &dln__elems[r->first_elem + e];
	if (el->look != DLN_LOOK_NONE) {
		/* A look-behind comes first in its rule: i is where the match starts. */
		bool behind = el->look == DLN_LOOK_BEHIND || el->look == DLN_LOOK_NOT_BEHIND;
		size_t at = behind ? i - 1 : i;
		bool seen = false;
		for (unsigned a = 0; (behind ? i > 0 : i < n) && a < el->alts && !seen; a++) {
			int32_t v;
			seen = match_alt(&dln__alts[el->first_alt + a], &tok[at], n - at, &v) > 0;
		}
		if (seen != (el->look == DLN_LOOK_AHEAD || el->look == DLN_LOOK_BEHIND))
			return false;
		return match_from(r, e + 1, tok, n, i, m, end);
	}
	if (i < n) {
		for (unsigned a = 0; a < el->alts; a++) {
			int32_t v;
			size_t used = match_alt(&dln__alts[el->first_alt + a], &tok[i], n - i, &v);
			if (!used)
				continue;
			if (el->capture >= 0) {
				uint8_t bit = (uint8_t)(1u << el->capture);
				m->cap[el->capture] = v;
				m->cap_set |= bit;
				m->decimal_set &= (uint8_t)~bit;
				if (used == 1 && tok[i].hundredths && tok[i].kind == DLN_TOK_NUMBER) {
					m->decimal_set |= bit;
					m->hundredths[el->capture] = tok[i].hundredths;
				}
			}
			if (match_from(r, e + 1, tok, n, i + used, m, end))
				return true;
			if (el->capture >= 0)
				m->cap_set &= (uint8_t)~(1u << el->capture);
		}
	}
	return el->optional && match_from(r, e + 1, tok, n, i, m, end);
}

static void apply_actions(const struct dln_rule *r, const struct match *m, struct dln_uval *u)
{
	u->type = r->type;
	for (unsigned f = 0; f < DLN_FIELDS; f++)
		u->f[f] = DLN_UNSET;
	for (unsigned k = 0; k < r->actions; k++) {
		const struct dln_action *a = &dln__actions[r->first_action + k];
		if (a->src == DLN_SRC_CONST) {
			u->f[a->field] = a->value;
		} else if (m->cap_set & (1u << a->value)) {
			int32_t v = m->cap[a->value];
			u->f[a->field] = a->src == DLN_SRC_NEG_CAPTURE && v != DLN_VAGUE ? -v : v;
			/* "2.5 hours": the hundredths are a fraction of the amount. */
			if (a->field == DLN_F_AMOUNT && (m->decimal_set & (1u << a->value))) {
				u->f[DLN_F_FRAC_NUM] = m->hundredths[a->value];
				u->f[DLN_F_FRAC_DEN] = 100;
			}
		}
	}
}

static void try_rule(uint16_t ri, const struct dln_token *tok, size_t n, size_t i,
		     struct dln_candidate *best, struct match *best_m)
{
	struct match m;  /* only the captures cap_set marks are read */
	size_t end;

	m.cap_set = m.decimal_set = 0;
	if (!match_from(&dln__rules[ri], 0, tok, n, i, &m, &end) || end <= i)
		return;
	if (end > best->end || (end == best->end && ri < best->rule)) {
		best->rule = ri;
		best->end = (uint32_t)end;
		*best_m = m;
	}
}

/* The number classes (bits of dln__rule_number_starts) that take the number tok[i] alone. */
static uint16_t number_classes(const struct dln_token *t)
{
	uint16_t classes = 0;

	for (unsigned k = 0; k < DLN_NUMBER_CLASSES; k++) {
		int32_t v;
		if (match_class(t, 1, dln__number_classes[k], &v))
			classes |= (uint16_t)(1u << k);
	}
	return classes;
}

/* The rules of a span that tok[k] lets through, as the second or third token of a match
 * (f is the span's filter for that place); past the end, those that need no token there. */
static uint64_t follow(const struct dln_follow *f, const struct dln_token *tok, size_t n,
		       size_t k)
{
	uint64_t pass = f->any;

	if (k < n) {
		pass |= dln__follow_pass[f->pass + dln__follow_group[tok[k].lex]];
		if (tok[k].kind == DLN_TOK_NUMBER || tok[k].kind == DLN_TOK_CLOCK ||
		    tok[k].kind == DLN_TOK_NUMDATE)
			pass |= f->numbers;
	}
	return pass;
}

/* Tries the span's rules that the next two tokens let through, in any order: ties go to the
 * rule numbered first whatever the order. The third token's filter holds unless the first
 * token is a count that may go on over the second (`counted`). At a number, only the rules
 * whose first element takes one of its number classes (`numbers`; 0 elsewhere) are tried. */
static void try_rules(const struct dln_span *span, const struct dln_token *tok, size_t n,
		      size_t i, uint16_t numbers, bool counted, struct dln_candidate *best,
		      struct match *best_m)
{
	for (;;) {
		uint64_t pass = follow(&span->second, tok, n, i + 1);

		/* Without a third token, only the rules that need none are left, even after a
		 * count over two tokens: a rule that needs a third token after two single ones
		 * needs a fourth after a count of two. */
		if (!counted || i + 2 >= n)
			pass &= follow(&span->third, tok, n, i + 2);
		for (; pass; pass &= pass - 1) {
			uint16_t ri = dln__start_rules[span->first + __builtin_ctzll(pass)];
			if (!numbers || (dln__rule_number_starts[ri] & numbers))
				try_rule(ri, tok, n, i, best, best_m);
		}
		if (!span->more)
			return;
		span = &dln__more_starts[span->more - 1];
	}
}

int dln__recognize(const struct dln_token *tok, size_t n, dln__emit_fn emit, void *ctx)
{
	size_t i = 0;

	while (i < n) {
		const struct dln_token *t = &tok[i];
		/* No expression starts with a punctuation mark; most words start none either,
		 * and are passed over before a match is set up. */
		if (t->kind == DLN_TOK_PUNCT || (t->kind == DLN_TOK_WORD &&
						 !dln__lex_starts[t->lex].count && !name_token(t))) {
			i++;
			continue;
		}
		/* The value is filled in only for the winner: clearing it per token would cost
		 * more than all the matching. */
		struct dln_candidate best;
		struct match m;

		best.rule = UINT16_MAX;
		best.first = best.end = (uint32_t)i;
		/* Nor does one start with the digits of a word such as "X2000" or "A380" (a rule
		 * may take them after its own word: "FY2016"). */
		bool glued = t->kind == DLN_TOK_NUMBER && !(t->flags & DLN_TOKF_SPACE) && i > 0 &&
			     tok[i - 1].kind == DLN_TOK_WORD;
		/* "1.4 billion", "twenty-four", "a couple of": a count over two tokens. */
		unsigned goes_on = t->kind == DLN_TOK_NUMBER	    ? DLN_LEXF_SCALE :
				   in_class(t, DLN_C_NUMWORD) ? DLN_LEXF_GOES_ON :
								0;
		bool counted = goes_on && i + 1 < n &&
			       (dln__lexemes[tok[i + 1].lex].flags & goes_on);
		if (!glued) {
			if (dln__lex_starts[t->lex].count)
				try_rules(&dln__lex_starts[t->lex], tok, n, i, 0, counted, &best,
					  &m);
			if (t->kind == DLN_TOK_NUMBER)
				try_rules(&dln__kind_starts[DLN_KIND_NUMBER], tok, n, i,
					  number_classes(t), counted, &best, &m);
			else if (t->kind == DLN_TOK_CLOCK)
				try_rules(&dln__kind_starts[DLN_KIND_CLOCK], tok, n, i, 0, false,
					  &best, &m);
			else if (t->kind == DLN_TOK_NUMDATE)
				try_rules(&dln__kind_starts[DLN_KIND_NUMDATE], tok, n, i, 0, false,
					  &best, &m);
			else if (name_token(t))
				try_rules(&dln__kind_starts[DLN_KIND_NAME], tok, n, i, 0, false,
					  &best, &m);
		}
		if (best.end == i) {
			i++;
			continue;
		}
		const struct dln_rule *r = &dln__rules[best.rule];
		/* "Jan", "Sun", "Mar" alone are names ("Jan Egeland", "The Sun"); written as a
		 * date they carry their dot or stand next to a day or year. */
		if (best.end == i + 1 && t->lex && (dln__lexemes[t->lex].flags & DLN_LEXF_ABBR) &&
		    !(i + 1 < n && tok[i + 1].kind == DLN_TOK_PUNCT && tok[i + 1].num == '.')) {
			i++;
			continue;
		}
		/* A trailing comma belongs to the sentence, not to the expression. */
		while (best.end > i + 1 && tok[best.end - 1].kind == DLN_TOK_PUNCT &&
		       tok[best.end - 1].num == ',')
			best.end--;
		if (r->type != DLN_TYPE_REJECT) {
			apply_actions(r, &m, &best.value);
			int rc = emit(ctx, &best);
			if (rc)
				return rc;
		}
		i = best.end;
	}
	return 0;
}
