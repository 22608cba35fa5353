/* dln_document: reading a document's bytes, validating them, and the getters. */
#include <stdlib.h>
#include <string.h>

#include "datelines/document.h"
#include "datelines/error.h"
#include "document_internal.h"
#include "internal.h"
#include "utf8.h"

static bool looks_like_timeml(const char *data, size_t len)
{
	size_t i = 0;

	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	return (len - i >= 5 && memcmp(data + i, "<?xml", 5) == 0) ||
	       (len - i >= 7 && memcmp(data + i, "<TimeML", 7) == 0);
}

/* 1-based line of byte offset off, for messages. */
static size_t line_of(const char *data, size_t off)
{
	size_t line = 1;
	for (size_t i = 0; i < off; i++)
		line += data[i] == '\n';
	return line;
}

static int check_bytes(const char *name, const char *data, size_t len)
{
	const char *nul = memchr(data, '\0', len);

	if (nul)
		return dln__fail(DLN_EINPUT, "%s:%zu: NUL byte at offset %zu: not a text file", name,
				 line_of(data, (size_t)(nul - data)), (size_t)(nul - data));
	size_t bad = dln__utf8_first_invalid(data, len);
	if (bad < len)
		return dln__fail(DLN_EINPUT, "%s:%zu: invalid UTF-8 at byte offset %zu", name,
				 line_of(data, bad), bad);
	return 0;
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
	if ((rc = check_bytes(name, data, len)) < 0)
		return rc;

	doc = calloc(1, sizeof(*doc));
	if (!doc || !(doc->name = strdup(name)) || !(doc->raw = malloc(len + 1))) {
		rc = dln__nomem();
		goto fail;
	}
	memcpy(doc->raw, data, len);
	doc->raw[len] = '\0';
	doc->raw_len = len;
	doc->dct = opt->dct;
	doc->format = opt->format;
	if (doc->format == DLN_INPUT_AUTO)
		doc->format = looks_like_timeml(data, len) ? DLN_INPUT_TIMEML : DLN_INPUT_TEXT;

	if (doc->format == DLN_INPUT_TIMEML) {
		if ((rc = dln__timeml_read(doc)) < 0)
			goto fail;
	} else {
		/* A UTF-8 byte-order mark is not text. */
		if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
			doc->text_raw_start = 3;
		doc->text = doc->raw + doc->text_raw_start;
		doc->text_len = len - doc->text_raw_start;
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

void dln_document_byline(const dln_document *doc, size_t *start, size_t *end)
{
	*start = doc->byline_start;
	*end = doc->byline_end;
}
