/* The document record shared by the readers, the tagger and the TimeML writer. */
#ifndef DLN_DOCUMENT_INTERNAL_H
#define DLN_DOCUMENT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include "datelines/document.h"

struct dln_document {
	char *name;
	enum dln_input_format format;
	char *raw;            /* the bytes as read, NUL-terminated */
	size_t raw_len;
	char *text;           /* what dates are found in; points into raw for plain text */
	bool text_owned;      /* text was allocated apart from raw (TimeML) */
	size_t text_len;
	size_t *raw_map;      /* TimeML: raw offset of each text byte (text_len + 1 entries) */
	size_t text_raw_start;/* plain text: offset of text in raw (after a byte-order mark) */
	char *title;
	struct dln_dct dct;
	size_t byline_start, byline_end;
	struct dln_piece piece;
};

/* TimeML: fills text, raw_map and dct (unless already known) from doc->raw. */
int dln__timeml_read(struct dln_document *doc);

/* A piece of markup inside TimeML <TEXT>, as the TimeML writer needs to see it. */
enum dln__markup_kind {
	DLN__TAG_OPEN,
	DLN__TAG_CLOSE,
	DLN__TAG_EMPTY,     /* <X/> */
	DLN__CDATA_OPEN,    /* <![CDATA[ (its content is text) */
	DLN__CDATA_CLOSE,   /* ]]> */
	DLN__MARKUP_OTHER,  /* comment or processing instruction */
};
struct dln__markup {
	size_t start, end;  /* raw byte range */
	size_t text_off;    /* text offset of the first text byte after it */
	size_t match;       /* open tag: index of its close tag, and back; else SIZE_MAX */
	enum dln__markup_kind kind;
	bool timex;         /* a TIMEX3 tag */
};
/* TimeML: the markup inside <TEXT> in raw order, into *out (malloc'd, the caller frees it). */
int dln__timeml_markup(const struct dln_document *doc, struct dln__markup **out, size_t *count);
/* Refuses a NUL byte or invalid UTF-8 in data, naming the line and byte offset as counted
 * from the start of the input: data starts at byte raw_before, after lines_before lines. */
int dln__check_text_bytes(const char *name, const char *data, size_t len, size_t raw_before,
			  size_t lines_before);
/* A document of one piece of a long plain text (stream.c), its len bytes checked already, in
 * raw: a malloc'd buffer of at least len + 1 bytes that the document takes unless this fails.
 * The first piece (title NULL) looks for a byline; later ones take the date and title the
 * first one found. */
int dln__document_piece(const char *name, char *raw, size_t len,
			const struct dln_piece *piece, const struct dln_dct *dct,
			const char *title, struct dln_document **out);
/* Cuts a plain-text piece's text to its first text_len bytes. */
void dln__document_trim(struct dln_document *doc, size_t text_len);
/* TimeML when the bytes start with an XML prolog or <TimeML>. */
bool dln__looks_like_timeml(const char *data, size_t len);
/* Plain text: finds a byline near the top; sets dct (unless known), title and byline. */
void dln__byline_detect(struct dln_document *doc);

#endif
