/* The tense of the clause around an expression, which decides whether "in June" or
 * "on Friday" points back or ahead from the publication date. */
#ifndef DLN_TENSE_H
#define DLN_TENSE_H

#include <stdbool.h>
#include <stddef.h>
#include "resolver.h"
#include "scanner.h"

/* Tense of the sentence tok[0..n) as seen from the expression at tokens [first, end);
 * *near tells whether the cue stands close enough to govern the expression itself ("met in
 * June") rather than only the clause ("declared a dividend, payable Dec. 1"). */
enum dln_tense dln__tense_around(const struct dln_token *tok, size_t n, size_t first, size_t end,
				 const char *text, bool *near);

/* Whether tok is a word in -ly, mostly an adverb ("originally", "peacefully"). */
bool dln__adverb_in_ly(const struct dln_token *t, const char *text);
/* Whether tok[i] is a verb in the past ("came", "reported"), not a participle after an
 * auxiliary ("is held"), an adjective after a determiner ("the proposed budget") or a name
 * ("Ted"). */
bool dln__past_verb(const struct dln_token *tok, size_t i, const char *text);

#endif
