/* datelines — finding and normalizing temporal expressions (TIMEX3) in a document.
 *
 * Ownership: a dln_tagging returned through **out belongs to the caller and is released
 * with dln_tagging_free (NULL-safe). Timex records returned by getters are borrowed and
 * live as long as the tagging; the tagging borrows its document, which must outlive it.
 */
#ifndef DATELINES_TAGGER_H
#define DATELINES_TAGGER_H

#include <stdbool.h>
#include <stddef.h>
#include "date.h"
#include "document.h"

enum dln_timex_type { DLN_TIMEX_DATE, DLN_TIMEX_TIME, DLN_TIMEX_DURATION, DLN_TIMEX_SET };

/* How an expression bounds an event: "since X" opens a range from X to the publication
 * date; "from X to Y" and "between X and Y" pair two expressions. */
enum dln_range_role { DLN_RANGE_NONE, DLN_RANGE_SINCE, DLN_RANGE_FROM, DLN_RANGE_TO };

struct dln_timex {
	size_t offset;             /* byte offset of the expression in the document text */
	size_t length;             /* its length in bytes */
	enum dln_timex_type type;
	char value[40];            /* TIMEX3 value; X digits where it could not be resolved */
	char mod[16];              /* TIMEX3 mod, "" when none */
	char freq[16];             /* SET frequency ("1X"), "" when none */
	char quant[16];            /* SET quantifier ("EACH"), "" when none */
	bool resolved;             /* value fully known: start and end are meaningful */
	struct dln_point start;    /* the interval the value covers, end exclusive */
	struct dln_point end;
	enum dln_range_role range; /* this expression's part in a range */
	size_t lead;               /* bytes before offset that introduce it ("since at least ") */
	size_t sentence_start;     /* byte range of the sentence that holds it */
	size_t sentence_end;
};

struct dln_tag_options {
	size_t max_timexes;  /* most expressions kept for one document; 0 = DLN_DEFAULT_MAX_TIMEXES */
};
#define DLN_DEFAULT_MAX_TIMEXES ((size_t)1 << 20)
#define DLN_TAG_OPTIONS_INIT { 0 }

typedef struct dln_tagging dln_tagging;

int dln_tag(const dln_document *doc, const struct dln_tag_options *opt, dln_tagging **out);
void dln_tagging_free(dln_tagging *t);

const dln_document *dln_tagging_document(const dln_tagging *t);
size_t dln_tagging_count(const dln_tagging *t);
/* The i-th expression in text order. */
const struct dln_timex *dln_tagging_timex(const dln_tagging *t, size_t i);

/* "DATE", "TIME", "DURATION" or "SET". */
const char *dln_timex_type_name(enum dln_timex_type type);

#endif
