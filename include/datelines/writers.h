/* datelines — writers: the timeline (or a tagging) as text, data, calendar and image.
 *
 * Writers only read what they are given and write to the stream they are handed; they
 * never print elsewhere. Making a file appear whole or not at all is the caller's part.
 */
#ifndef DATELINES_WRITERS_H
#define DATELINES_WRITERS_H

#include <stdio.h>
#include "tagger.h"
#include "timeline.h"

enum dln_list_format { DLN_LIST_TEXT, DLN_LIST_TSV, DLN_LIST_JSON, DLN_LIST_JSONL };

/* The event listing in one of the list formats. */
int dln_write_list(const dln_timeline *tl, enum dln_list_format format, FILE *out);

/* TimeML annotation of one tagged document: for TimeML input the same bytes with its old
 * TIMEX3 tags inside <TEXT> replaced by ours; for text input a new TimeML document. The
 * pieces of a stream (stream.h), written in order, make the document of the whole text. */
int dln_write_timeml(const dln_tagging *t, FILE *out);
/* The expressions of one tagged document as a JSON object (one line); a stream's pieces,
 * written in order, make the object of the whole text. */
int dln_write_tag_json(const dln_tagging *t, FILE *out);
/* When a stream fails after some of its pieces were written: ends the document's TimeML (with
 * the message in a comment) or its JSON object (with an "error" member) so that the output
 * stays well-formed. */
int dln_write_timeml_abort(const char *message, FILE *out);
int dln_write_tag_json_abort(const char *message, FILE *out);

/* iCalendar (RFC 5545) with one all-day VEVENT per resolved event. */
int dln_write_ics(const dln_timeline *tl, FILE *out);

enum dln_image_format { DLN_IMAGE_SVG, DLN_IMAGE_PNG, DLN_IMAGE_PDF };
struct dln_render_options {
	enum dln_image_format format;
	double scale;     /* PNG pixel density: 1 (default) or 2 for HiDPI */
	int width;        /* drawing width in px (PDF: pt); 0 = automatic */
	const char *title;/* heading drawn above the axis; NULL = none */
};
#define DLN_RENDER_OPTIONS_INIT { DLN_IMAGE_SVG, 1.0, 0, NULL }
/* Draws the timeline as an image in the format the options name. */
int dln_render(const dln_timeline *tl, const struct dln_render_options *opt, FILE *out);

#endif
