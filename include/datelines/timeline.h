/* datelines — events and the timeline that holds them.
 *
 * An event is a dated expression tied to what the sentence around it says happened. A
 * timeline collects the events of any number of documents and keeps them sorted.
 *
 * Ownership: a dln_timeline returned through **out belongs to the caller and is released
 * with dln_timeline_free (NULL-safe). It copies everything it is given. Records returned by
 * getters are borrowed: a record stays valid until the timeline is next changed, the
 * strings it points to until the timeline is freed.
 */
#ifndef DATELINES_TIMELINE_H
#define DATELINES_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include "date.h"
#include "tagger.h"

struct dln_event {
	const char *doc;          /* name of the source document */
	const char *text;         /* the expression as written ("last June") */
	const char *value;        /* TIMEX3 value ("2017-06") */
	const char *mod;          /* TIMEX3 mod, or NULL */
	enum dln_timex_type type; /* DATE or TIME */
	const char *title;        /* a few words saying who did what */
	const char *sentence;     /* the whole sentence */
	size_t offset;            /* byte offset of text in the document */
	bool resolved;            /* false: the value has unknown digits; start/end unset */
	bool is_range;            /* start..end spans a "since"/"from..to" range */
	struct dln_point start;   /* interval, end exclusive */
	struct dln_point end;
};

/* One document's facts as the timeline reports them. */
struct dln_source {
	const char *name;
	const char *title;        /* "" when unknown */
	struct dln_dct dct;
};

typedef struct dln_timeline dln_timeline;

int dln_timeline_new(dln_timeline **out);
void dln_timeline_free(dln_timeline *tl);

/* Turns every DATE and TIME expression of a tagging into an event and adds it, with the
 * document as a source (a stream's first piece adds the source, all its pieces events). */
int dln_timeline_add_tagging(dln_timeline *tl, const dln_tagging *tagging);
/* Adds one event (copied; its doc must name a source added before). */
int dln_timeline_add_event(dln_timeline *tl, const struct dln_event *ev);
/* Adds a source (copied). */
int dln_timeline_add_source(dln_timeline *tl, const struct dln_source *src);
/* Takes back the source added last and its events (a stream that failed part way). */
void dln_timeline_drop_last_source(dln_timeline *tl);

/* Events sorted by start (unresolved ones last), then by document and offset. */
size_t dln_timeline_count(const dln_timeline *tl);
const struct dln_event *dln_timeline_event(const dln_timeline *tl, size_t i);
size_t dln_timeline_source_count(const dln_timeline *tl);
const struct dln_source *dln_timeline_source(const dln_timeline *tl, size_t i);

#endif
