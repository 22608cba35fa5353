/* datelines — tagging a plain text of any length in bounded memory.
 *
 * A stream reads its input through a callback and hands it over in pieces, each a document
 * of its own, tagged (see struct dln_piece in document.h). A piece ends at a sentence
 * boundary that the whole text has too, and what the tagger knows (the publication date, the
 * last date the text fixed) carries from one piece to the next, so the expressions and values
 * are those dln_tag finds in the text read whole; only a sentence longer than a quarter of
 * the window may be cut. Memory stays within a few windows whatever the input's length.
 *
 * TimeML input, and input that fits in one window, come out as one piece: the document
 * dln_document_read makes of all of it. read.max_bytes bounds every input.
 *
 * Ownership: a dln_stream belongs to the caller and is released with dln_stream_free
 * (NULL-safe). A piece belongs to the stream and lives until the next dln_stream_next call.
 */
#ifndef DATELINES_STREAM_H
#define DATELINES_STREAM_H

#include <stddef.h>
#include "document.h"
#include "tagger.h"

/* Reads up to size bytes into buf: how many, 0 at the end of the input, -1 on failure (with
 * errno set). */
typedef long (*dln_read_fn)(void *ctx, char *buf, size_t size);

struct dln_stream_options {
	struct dln_read_options read;
	struct dln_tag_options tag;
	size_t window;  /* bytes read ahead; 0 = DLN_STREAM_WINDOW, else at least
			 * DLN_STREAM_MIN_WINDOW */
};
#define DLN_STREAM_WINDOW ((size_t)1 << 20)
#define DLN_STREAM_MIN_WINDOW ((size_t)16)
#define DLN_STREAM_OPTIONS_INIT { DLN_READ_OPTIONS_INIT, DLN_TAG_OPTIONS_INIT, 0 }

typedef struct dln_stream dln_stream;

/* `name` identifies the input in messages and output. */
int dln_stream_open(const char *name, dln_read_fn read, void *ctx,
		    const struct dln_stream_options *opt, dln_stream **out);
/* Reads and tags the next piece: 1 with *piece set, 0 after the last one, or an error code
 * (the stream is then done). */
int dln_stream_next(dln_stream *s, const dln_tagging **piece);
void dln_stream_free(dln_stream *s);

#endif
