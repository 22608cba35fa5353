/* Tagging a text piece by piece (stream.c): what the tagger carries from one piece to the
 * next, and where a piece may end. */
#ifndef DLN_TAGGER_PIECE_H
#define DLN_TAGGER_PIECE_H

#include "datelines/tagger.h"
#include "resolver.h"

struct dln_tag_carry {
	struct dln_resolve_ctx ctx;  /* the narrative anchor and the quarter the text named */
	bool day_near;               /* a day placed within a week of publication */
	bool started;                /* ctx holds what an earlier piece left */
};

/* Tags doc's text sentence by sentence, starting from what *carry holds and leaving there
 * what the next piece needs. Once a sentence ends with the next one starting at or after
 * offset `stop` (whole, before the end of the text), it stops there: *cut is the end of that
 * sentence's last token, where the next piece begins. Without such a sentence it tags all of
 * the text and *cut is its length. */
int dln__tag_piece(const dln_document *doc, const struct dln_tag_options *opt,
		   struct dln_tag_carry *carry, size_t stop, dln_tagging **out, size_t *cut);

#endif
