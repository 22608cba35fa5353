/* The nearest tense cue to the expression decides: an auxiliary or a past form from the
 * lexicon, or a word ending in -ed that no auxiliary governs. Cues before the expression win
 * ties, since English puts the verb first more often than not; cues far away say nothing. */
#include <string.h>

#include "rule_tables.h"
#include "tense.h"

enum { WINDOW = 12 };  /* tokens searched on each side */

static bool has_class(const struct dln_token *t, unsigned cls)
{
	return t->lex && (dln__lexemes[t->lex].classes & (1ull << cls));
}

static bool ends_in_ed(const struct dln_token *t, const char *text)
{
	const char *w = text + t->off;

	if (t->kind != DLN_TOK_WORD || t->len < 5 || (t->flags & DLN_TOKF_CAP))
		return false;
	/* "need", "speed", "proceed": -eed is not a past form. */
	return w[t->len - 2] == 'e' && w[t->len - 1] == 'd' && w[t->len - 3] != 'e';
}

static enum dln_tense cue(const struct dln_token *tok, size_t i, const char *text)
{
	const struct dln_token *t = &tok[i];
	/* "will be paid", "has agreed": a participle after an auxiliary takes its tense from
	 * the auxiliary, which is a cue of its own. */
	bool participle = i > 0 && has_class(&tok[i - 1], DLN_C_AUX) && !has_class(t, DLN_C_AUX);

	if (has_class(t, DLN_C_FUTURE))
		return DLN_TENSE_FUTURE;
	if (has_class(t, DLN_C_PAST))
		return participle ? DLN_TENSE_UNKNOWN : DLN_TENSE_PAST;
	if (has_class(t, DLN_C_PRESENT))
		return DLN_TENSE_PRESENT;
	if (ends_in_ed(t, text) && !participle)
		return DLN_TENSE_PAST;
	return DLN_TENSE_UNKNOWN;
}

enum dln_tense dln__tense_around(const struct dln_token *tok, size_t n, size_t first, size_t end,
				 const char *text)
{
	for (size_t d = 1; d <= WINDOW; d++) {
		if (d <= first) {
			enum dln_tense t = cue(tok, first - d, text);
			if (t != DLN_TENSE_UNKNOWN)
				return t;
		}
		if (end + d - 1 < n) {
			enum dln_tense t = cue(tok, end + d - 1, text);
			if (t != DLN_TENSE_UNKNOWN)
				return t;
		}
	}
	return DLN_TENSE_UNKNOWN;
}
