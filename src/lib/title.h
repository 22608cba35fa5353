/* Event titles: a few words from the clause around a dated expression, saying who did
 * what, without the date words. */
#ifndef DLN_TITLE_H
#define DLN_TITLE_H

#include <stddef.h>
#include "datelines/tagger.h"
#include "strbuf.h"

/* Appends to sb the title for xs[k], given all n expressions of its sentence (in text
 * order) and the document text. */
void dln__event_title(const char *text, const struct dln_timex *xs, size_t n, size_t k,
		      struct dln_strbuf *sb);
/* Appends x's sentence with its runs of white space folded; a very long sentence is cut to
 * a window around x, with an ellipsis where it was cut. */
void dln__sentence_text(const char *text, const struct dln_timex *x, struct dln_strbuf *sb);

#endif
