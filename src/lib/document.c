/* dln_document: reading a document's bytes, validating them, and the getters. */
#include <stdlib.h>
#include <string.h>

#include "datelines/document.h"
#include "datelines/error.h"
#include "document_internal.h"
#include "internal.h"
#include "utf8.h"

bool dln__looks_like_timeml(const char *data, size_t len)
{
	size_t i = 0;

	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	return (len - i >= 5 && memcmp(data + i, "<?xml", 5) == 0) ||
	       (len - i >= 7 && memcmp(data + i, "<TimeML", 7) == 0);
}

/* 1-based line of byte offset off, for messages. */
static size_t line_of(const char *text, size_t off)
{
	return 1 + dln__count_lines(text, off);
}

int dln__check_text_bytes(const char *name, const char *data, size_t len, size_t raw_before,
			  size_t lines_before)
{
	const char *nul = memchr(data, '\0', len);

	if (nul)
		return dln__fail(DLN_EINPUT, "%s:%zu: NUL byte at offset %zu: not a text file", name,
				 lines_before + line_of(data, (size_t)(nul - data)),
				 raw_before + (size_t)(nul - data));
	size_t bad = dln__utf8_first_invalid(data, len);
	if (bad < len)
		return dln__fail(DLN_EINPUT, "%s:%zu: invalid UTF-8 at byte offset %zu", name,
				 lines_before + line_of(data, bad), raw_before + bad);
	return 0;
}

static struct dln_document *new_document(const char *name, const char *data, size_t len)
{
	struct dln_document *doc = calloc(1, sizeof(*doc));

	if (!doc || !(doc->name = strdup(name)) || !(doc->raw = malloc(len + 1))) {
		dln_document_free(doc);
		return NULL;
	}
	memcpy(doc->raw, data, len);
	doc->raw[len] = '\0';
	doc->raw_len = len;
	doc->piece.last = true;
	return doc;
}

/* Plain text: the text is the raw bytes after a byte-order mark, when the piece has one. */
static void set_text(struct dln_document *doc)
{
	if (doc->piece.index == 0 && doc->raw_len >= 3 && memcmp(doc->raw, "\xEF\xBB\xBF", 3) == 0)
		doc->text_raw_start = 3;
	doc->text = doc->raw + doc->text_raw_start;
	doc->text_len = doc->raw_len - doc->text_raw_start;
}

int dln_document_read(const char *name, const char *data, size_t len,
		      const struct dln_read_options *opt, dln_document **out)
{
	static const struct dln_read_options defaults = DLN_READ_OPTIONS_INIT;
	struct dln_document *doc = NULL;
	int rc;

	*out = NULL;
	if (!opt)
		opt = &defaults;
	size_t max = opt->max_bytes ? opt->max_bytes : DLN_DEFAULT_MAX_BYTES;
	if (len > max)
		return dln__fail(DLN_ELIMIT, "%s: %zu bytes is more than the limit of %zu", name, len, max);
	if ((rc = dln__check_text_bytes(name, data, len, 0, 0)) < 0)
		return rc;
	if (!(doc = new_document(name, data, len)))
		return dln__nomem();
	doc->dct = opt->dct;
	doc->format = opt->format;
	if (doc->format == DLN_INPUT_AUTO)
		doc->format = dln__looks_like_timeml(data, len) ? DLN_INPUT_TIMEML : DLN_INPUT_TEXT;

	if (doc->format == DLN_INPUT_TIMEML) {
		if ((rc = dln__timeml_read(doc)) < 0)
			goto fail;
	} else {
		set_text(doc);
		dln__byline_detect(doc);
	}
	if (!doc->title && !(doc->title = strdup(""))) {
		rc = dln__nomem();
		goto fail;
	}
	*out = doc;
	return 0;
fail:
	dln_document_free(doc);
	return rc;
}

int dln__document_piece(const char *name, char *raw, size_t len,
			const struct dln_piece *piece, const struct dln_dct *dct,
			const char *title, struct dln_document **out)
{
	struct dln_document *doc = calloc(1, sizeof(*doc));

	*out = NULL;
	if (!doc || !(doc->name = strdup(name))) {
		dln_document_free(doc);
		return dln__nomem();
	}
	doc->raw = raw;
	doc->raw[len] = '\0';
	doc->raw_len = len;
	doc->format = DLN_INPUT_TEXT;
	doc->piece = *piece;
	doc->dct = *dct;
	set_text(doc);
	if (title) {
		doc->title = strdup(title);
	} else {
		dln__byline_detect(doc);
		if (!doc->title)
			doc->title = strdup("");
	}
	if (!doc->title) {
		doc->raw = NULL;  /* still the caller's */
		dln_document_free(doc);
		return dln__nomem();
	}
	*out = doc;
	return 0;
}

void dln__document_trim(struct dln_document *doc, size_t text_len)
{
	doc->text_len = text_len;
	doc->raw_len = doc->text_raw_start + text_len;
	doc->raw[doc->raw_len] = '\0';
}

void dln_document_free(dln_document *doc)
{
	if (!doc)
		return;
	if (doc->text_owned)
		free(doc->text);
	free(doc->raw);
	free(doc->raw_map);
	free(doc->title);
	free(doc->name);
	free(doc);
}

const char *dln_document_name(const dln_document *doc) { return doc->name; }
const char *dln_document_text(const dln_document *doc) { return doc->text; }
size_t dln_document_text_length(const dln_document *doc) { return doc->text_len; }
const char *dln_document_title(const dln_document *doc) { return doc->title; }
const struct dln_dct *dln_document_dct(const dln_document *doc) { return &doc->dct; }
enum dln_input_format dln_document_format(const dln_document *doc) { return doc->format; }
const char *dln_document_raw(const dln_document *doc) { return doc->raw; }
size_t dln_document_raw_length(const dln_document *doc) { return doc->raw_len; }

size_t dln_document_raw_offset(const dln_document *doc, size_t text_off)
{
	if (doc->raw_map)
		return doc->raw_map[text_off];
	return doc->text_raw_start + text_off;
}

const struct dln_piece *dln_document_piece(const dln_document *doc) { return &doc->piece; }

void dln_document_byline(const dln_document *doc, size_t *start, size_t *end)
{
	*start = doc->byline_start;
	*end = doc->byline_end;
}
