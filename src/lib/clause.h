/* The clause around an expression, as far as its tense goes: what a semicolon bounds and
 * what a relative clause set off by commas keeps to itself. */
#ifndef DLN_CLAUSE_H
#define DLN_CLAUSE_H

#include <stdbool.h>
#include <stddef.h>
#include "scanner.h"

enum { DLN_CLAUSE_REACH = 60 };  /* tokens looked at on each side at most */

/* The tokens around an expression that may tell its tense: up to `left` and `right` tokens
 * away on each side, within the clause a semicolon bounds ("NOAA will release its outlook on
 * Thursday; in May, it predicted 13 storms"), and not those of a relative clause set off by
 * commas, which tells of its own time ("The 76ers, who have won six of their last seven,
 * visit the Knicks on Friday"). Index d is d tokens away. */
struct dln_clause_view {
	size_t left, right;
	bool hidden_left[DLN_CLAUSE_REACH + 1], hidden_right[DLN_CLAUSE_REACH + 1];
};

/* The view of the sentence tok[0..n) from the expression at tokens [first, end). */
void dln__view_clause(const struct dln_token *tok, size_t n, size_t first, size_t end,
		      const char *text, struct dln_clause_view *v);

/* The "that", "who" or "which" opening a relative clause at most `reach` words before
 * tok[first], no mark between ("the hurricane that hit Texas on Friday"), or SIZE_MAX. */
size_t dln__relative_clause_before(const struct dln_token *tok, size_t first, const char *text,
				   size_t reach);

bool dln__is_comma(const struct dln_token *t);

/* A word to look for on the text, with its length. */
struct dln_word {
	const char *text;
	size_t len;
};
#define DLN_WORD(w) { w, sizeof(w) - 1 }

/* Whether t is one of the words, in any case: for the few cue words the lexicon does not hold
 * (it holds only the words that rules or cues name), compared on the text. */
bool dln__token_among(const struct dln_token *t, const char *text, const struct dln_word *words,
		      size_t count);

#endif
