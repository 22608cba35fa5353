/* dln_stream: a long plain text read, checked and tagged one window at a time.
 *
 * Each round fills the window, checks the bytes not checked yet, and tags the window as a
 * piece that stops at the first sentence boundary past three quarters of it. The piece's
 * document takes the window's buffer as it is; the bytes after the boundary go to the front of
 * a second buffer, the next window, and the two buffers take turns. Every byte is tagged once,
 * and copied at most once more, with the tail. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "datelines/error.h"
#include "datelines/stream.h"
#include "document_internal.h"
#include "internal.h"
#include "tagger_piece.h"
#include "utf8.h"

struct dln_stream {
	char *name;
	dln_read_fn read;
	void *read_ctx;
	struct dln_stream_options opt;
	char *buf;                /* the window: bytes read and not yet in a piece */
	size_t len, cap;
	char *spare;              /* the other buffer, when no piece holds it */
	size_t checked;           /* bytes at the front of buf checked already */
	bool eof, done;
	size_t raw_before;        /* input bytes before buf, for messages */
	size_t lines_before;      /* and lines */
	struct dln_piece next;    /* where the next piece goes */
	struct dln_tag_carry carry;
	struct dln_dct dct;       /* what the first piece found */
	char *title;              /* NULL until the first piece is made */
	dln_document *doc;        /* the current piece */
	dln_tagging *tagging;
	bool doc_holds_buffer;    /* doc's bytes are a window buffer, to take back */
};

int dln_stream_open(const char *name, dln_read_fn read, void *ctx,
		    const struct dln_stream_options *opt, dln_stream **out)
{
	static const struct dln_stream_options defaults = DLN_STREAM_OPTIONS_INIT;
	size_t window = opt && opt->window ? opt->window : DLN_STREAM_WINDOW;
	struct dln_stream *s;

	*out = NULL;
	/* A window must hold a character or more, and its size one byte more. */
	if (window < DLN_STREAM_MIN_WINDOW || window > SIZE_MAX / 2)
		return dln__fail(DLN_EARG, "%s: a stream window of %zu bytes (%zu to %zu)", name,
				 window, DLN_STREAM_MIN_WINDOW, SIZE_MAX / 2);
	if (!(s = calloc(1, sizeof(*s))))
		return dln__nomem();
	s->opt = opt ? *opt : defaults;
	s->cap = window;
	s->dct = s->opt.read.dct;
	s->read = read;
	s->read_ctx = ctx;
	s->name = strdup(name);
	s->buf = malloc(s->cap + 1);
	if (!s->name || !s->buf) {
		dln_stream_free(s);
		return dln__nomem();
	}
	*out = s;
	return 0;
}

static void drop_piece(struct dln_stream *s)
{
	/* After a failure the spare may be there still: then the document frees its buffer. */
	if (s->doc_holds_buffer && !s->spare) {
		s->spare = s->doc->raw;
		s->doc->raw = NULL;
	}
	s->doc_holds_buffer = false;
	dln_tagging_free(s->tagging);
	dln_document_free(s->doc);
	s->tagging = NULL;
	s->doc = NULL;
}

void dln_stream_free(dln_stream *s)
{
	if (!s)
		return;
	drop_piece(s);
	free(s->buf);
	free(s->spare);
	free(s->title);
	free(s->name);
	free(s);
}

/* Reads until the window is full or the input ends, refusing more than the byte limit. */
static int fill(struct dln_stream *s)
{
	size_t max = s->opt.read.max_bytes ? s->opt.read.max_bytes : DLN_DEFAULT_MAX_BYTES;

	while (!s->eof && s->len < s->cap) {
		long got = s->read(s->read_ctx, s->buf + s->len, s->cap - s->len);
		if (got < 0)
			return dln__fail(DLN_EIO, "%s: %s", s->name, strerror(errno));
		if (got == 0)
			s->eof = true;
		s->len += (size_t)got;
		if (s->raw_before + s->len > max)
			return dln__fail(DLN_ELIMIT, "%s: more than the limit of %zu bytes", s->name,
					 max);
	}
	return 0;
}

/* Reads the rest of the input into the window, grown as needed (fill keeps to the limit). */
static int fill_all(struct dln_stream *s)
{
	size_t max = s->opt.read.max_bytes ? s->opt.read.max_bytes : DLN_DEFAULT_MAX_BYTES;
	int rc;

	while ((rc = fill(s)) == 0 && !s->eof) {
		/* One byte past the limit shows an input over it. */
		size_t cap = s->cap > max / 2 ? max + 1 : 2 * s->cap;
		char *p = realloc(s->buf, cap + 1);
		if (!p)
			return dln__nomem();
		s->buf = p;
		s->cap = cap;
	}
	return rc;
}

/* TimeML, or a text that fits in the window: one document of all of it. */
static int whole(struct dln_stream *s)
{
	int rc = fill_all(s);

	if (rc == 0)
		rc = dln_document_read(s->name, s->buf, s->len, &s->opt.read, &s->doc);
	if (rc == 0)
		rc = dln_tag(s->doc, &s->opt.tag, &s->tagging);
	free(s->buf);
	s->buf = NULL;
	s->done = true;
	return rc;
}

/* Bytes at the end of buf that start a UTF-8 sequence the next read completes. */
static size_t open_sequence(const char *buf, size_t len)
{
	size_t back = 0;

	while (back < 3 && back < len && ((unsigned char)buf[len - 1 - back] & 0xC0) == 0x80)
		back++;
	if (back == len)
		return 0;
	unsigned char lead = (unsigned char)buf[len - 1 - back];
	size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
	return need > back + 1 ? back + 1 : 0;
}

static int next_text_piece(struct dln_stream *s)
{
	size_t usable = s->eof ? s->len : s->len - open_sequence(s->buf, s->len);
	size_t cut;
	int rc;

	rc = dln__check_text_bytes(s->name, s->buf + s->checked, usable - s->checked,
				   s->raw_before + s->checked,
				   s->lines_before + dln__count_lines(s->buf, s->checked));
	if (rc < 0)
		return rc;
	s->checked = usable;
	if (!s->spare && !(s->spare = malloc(s->cap + 1)))
		return dln__nomem();
	/* The document ends its text with a NUL over the first byte of an open sequence. */
	char open_byte = usable < s->len ? s->buf[usable] : 0;
	if ((rc = dln__document_piece(s->name, s->buf, usable, &s->next, &s->dct, s->title,
				      &s->doc)) < 0)
		return rc;
	s->doc_holds_buffer = true;
	s->buf = NULL;
	size_t text_len = s->doc->text_len;
	size_t stop = s->eof ? SIZE_MAX : text_len - text_len / 4;
	if ((rc = dln__tag_piece(s->doc, &s->opt.tag, &s->carry, stop, &s->tagging, &cut)) < 0)
		return rc;

	/* The tail starts the next window, before the piece's end is marked in its bytes. */
	size_t raw_cut = s->doc->text_raw_start + cut;
	memcpy(s->spare, s->doc->raw + raw_cut, s->len - raw_cut);
	if (usable < s->len)
		s->spare[usable - raw_cut] = open_byte;
	s->buf = s->spare;
	s->spare = NULL;
	dln__document_trim(s->doc, cut);
	s->doc->piece.last = s->eof;  /* at the end of the input nothing is left for later */
	if (!s->title) {
		s->dct = s->doc->dct;
		if (!(s->title = strdup(s->doc->title)))
			return dln__nomem();
	}
	s->lines_before += dln__count_lines(s->doc->raw, raw_cut);
	s->raw_before += raw_cut;
	s->len -= raw_cut;
	s->checked -= raw_cut;
	s->next.index++;
	s->next.text_offset += cut;
	s->next.timexes_before += dln_tagging_count(s->tagging);
	s->done = s->doc->piece.last;
	return 0;
}

int dln_stream_next(dln_stream *s, const dln_tagging **piece)
{
	int rc;

	*piece = NULL;
	drop_piece(s);
	if (s->done)
		return 0;
	if ((rc = fill(s)) == 0) {
		enum dln_input_format format = s->opt.read.format;
		if (s->next.index == 0 && format == DLN_INPUT_AUTO)
			format = dln__looks_like_timeml(s->buf, s->len) ? DLN_INPUT_TIMEML
									  : DLN_INPUT_TEXT;
		if (s->next.index == 0 && (s->eof || format == DLN_INPUT_TIMEML))
			rc = whole(s);
		else
			rc = next_text_piece(s);
	}
	if (rc < 0) {
		drop_piece(s);
		s->done = true;
		return rc;
	}
	*piece = s->tagging;
	return 1;
}
