/* datelines — documents: one article's text, name and publication date.
 *
 * Ownership: a dln_document returned through **out belongs to the caller and is released
 * with dln_document_free (NULL-safe). Strings returned by getters are borrowed and live as
 * long as the document.
 */
#ifndef DATELINES_DOCUMENT_H
#define DATELINES_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>
#include "date.h"

typedef struct dln_document dln_document;

enum dln_input_format {
	DLN_INPUT_AUTO = 0,  /* TimeML when the bytes start with an XML prolog or <TimeML>, else text */
	DLN_INPUT_TEXT,
	DLN_INPUT_TIMEML,
};

struct dln_read_options {
	enum dln_input_format format;
	/* Publication date to use; when .known is false the reader looks for one in the
	 * input (a TimeML <DCT>, a byline near the top of an article). */
	struct dln_dct dct;
	size_t max_bytes;    /* largest document accepted; 0 = DLN_DEFAULT_MAX_BYTES */
};
#define DLN_DEFAULT_MAX_BYTES ((size_t)1 << 30)
#define DLN_READ_OPTIONS_INIT { DLN_INPUT_AUTO, { 0 }, 0 }

/* Builds a document from `len` bytes of `data` (copied). `name` identifies it in messages
 * and output (a path, or "-"). */
int dln_document_read(const char *name, const char *data, size_t len,
		      const struct dln_read_options *opt, dln_document **out);
void dln_document_free(dln_document *doc);

const char *dln_document_name(const dln_document *doc);
/* The text that dates are found in: for TimeML the entity-decoded, tag-free <TEXT>. */
const char *dln_document_text(const dln_document *doc);
size_t dln_document_text_length(const dln_document *doc);
/* The article's headline when the reader found one, else "". */
const char *dln_document_title(const dln_document *doc);
const struct dln_dct *dln_document_dct(const dln_document *doc);
enum dln_input_format dln_document_format(const dln_document *doc);
/* The bytes as read (TimeML writers re-emit them with new tags). */
const char *dln_document_raw(const dln_document *doc);
size_t dln_document_raw_length(const dln_document *doc);
/* The raw byte offset of text offset `text_off` (TimeML: where that text byte sits in the
 * markup; text: the same offset). text_off may equal the text length. */
size_t dln_document_raw_offset(const dln_document *doc, size_t text_off);
/* Where a document sits in the text it was read from. A document read whole is the only
 * piece of its text; a stream (stream.h) cuts a long text into pieces at sentence
 * boundaries, each a document of its own whose offsets count from the piece's start. */
struct dln_piece {
	size_t index;          /* 0 for the first piece */
	size_t text_offset;    /* offset of the piece's text in the whole text */
	size_t timexes_before; /* expressions tagged in the pieces before it */
	bool last;
};
const struct dln_piece *dln_document_piece(const dln_document *doc);
/* Byte range [start, end) of the byline or DCT line in the text, when one was used; both 0
 * otherwise. Dates inside it are the publication date, not events. */
void dln_document_byline(const dln_document *doc, size_t *start, size_t *end);

#endif
