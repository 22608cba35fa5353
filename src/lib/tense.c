/* The nearest tense cue to the expression decides: an auxiliary or a past form from the
 * lexicon, or a word ending in -ed. Cues before the expression win ties, since English
 * puts the verb first more often than not. */
#include <string.h>

#include "rule_tables.h"
#include "tense.h"

static bool ends_in_ed(const struct dln_token *t, const char *text)
{
	const char *w = text + t->off;

	if (t->kind != DLN_TOK_WORD || t->len < 5 || (t->flags & DLN_TOKF_CAP))
		return false;
	/* "need", "speed", "proceed": -eed is not a past form. */
	return w[t->len - 2] == 'e' && w[t->len - 1] == 'd' && w[t->len - 3] != 'e';
}

static enum dln_tense cue(const struct dln_token *t, const char *text)
{
	if (t->lex) {
		uint64_t c = dln__lexemes[t->lex].classes;
		if (c & (1ull << DLN_C_FUTURE))
			return DLN_TENSE_FUTURE;
		if (c & (1ull << DLN_C_PAST))
			return DLN_TENSE_PAST;
		if (c & (1ull << DLN_C_PRESENT))
			return DLN_TENSE_PRESENT;
	}
	return ends_in_ed(t, text) ? DLN_TENSE_PAST : DLN_TENSE_UNKNOWN;
}

enum dln_tense dln__tense_around(const struct dln_token *tok, size_t n, size_t first, size_t end,
				 const char *text)
{
	for (size_t d = 1; d <= n; d++) {
		if (d <= first) {
			enum dln_tense t = cue(&tok[first - d], text);
			if (t != DLN_TENSE_UNKNOWN)
				return t;
		}
		if (end + d - 1 < n) {
			enum dln_tense t = cue(&tok[end + d - 1], text);
			if (t != DLN_TENSE_UNKNOWN)
				return t;
		}
		if (d > first && end + d - 1 >= n)
			break;
	}
	return DLN_TENSE_UNKNOWN;
}
