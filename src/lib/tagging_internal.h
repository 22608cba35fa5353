/* The tagging record shared by the tagger and the writers that read it. */
#ifndef DLN_TAGGING_INTERNAL_H
#define DLN_TAGGING_INTERNAL_H

#include "datelines/tagger.h"

struct dln_tagging {
	const dln_document *doc;
	struct dln_timex *timexes;  /* in text order, not overlapping */
	size_t count, cap;
};

/* Appends a copy of *x (used by the tagger, and by tests to build taggings by hand). */
int dln__tagging_append(struct dln_tagging *t, const struct dln_timex *x);

#endif
