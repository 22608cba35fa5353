/* dln_timeline: storage and order of events from any number of documents. */
#include <stdlib.h>
#include <string.h>

#include "datelines/error.h"
#include "datelines/timeline.h"
#include "arena.h"
#include "internal.h"

struct entry {
	struct dln_event ev;        /* first, so a record's address is its entry's */
	size_t source;              /* index into sources: documents keep their input order */
};

struct dln_timeline {
	struct dln_arena strings;   /* every string the records point to */
	struct entry *events;
	size_t count, cap;
	struct dln_source *sources;
	size_t source_count, source_cap;
	bool sorted;                /* events are in timeline order */
};

int dln_timeline_new(dln_timeline **out)
{
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return dln__nomem();
	(*out)->sorted = true;
	return 0;
}

void dln_timeline_free(dln_timeline *tl)
{
	if (!tl)
		return;
	dln__arena_release(&tl->strings);
	free(tl->events);
	free(tl->sources);
	free(tl);
}

static const char *copy(dln_timeline *tl, const char *s, bool *ok)
{
	if (!s)
		return NULL;
	char *p = dln__arena_strndup(&tl->strings, s, strlen(s));
	if (!p)
		*ok = false;
	return p;
}

static bool grow(void **items, size_t *cap, size_t count, size_t size)
{
	if (count < *cap)
		return true;
	size_t n = *cap ? *cap * 2 : 64;
	void *p = realloc(*items, n * size);
	if (!p)
		return false;
	*items = p;
	*cap = n;
	return true;
}

static size_t source_index(const dln_timeline *tl, const char *name)
{
	for (size_t i = tl->source_count; i-- > 0;)
		if (strcmp(tl->sources[i].name, name) == 0)
			return i;
	return (size_t)-1;
}

int dln_timeline_add_source(dln_timeline *tl, const struct dln_source *src)
{
	bool ok = true;

	if (!grow((void **)&tl->sources, &tl->source_cap, tl->source_count, sizeof(*tl->sources)))
		return dln__nomem();
	struct dln_source *s = &tl->sources[tl->source_count];
	*s = *src;
	s->name = copy(tl, src->name, &ok);
	s->title = copy(tl, src->title ? src->title : "", &ok);
	if (!ok)
		return dln__nomem();
	tl->source_count++;
	return 0;
}

int dln_timeline_add_event(dln_timeline *tl, const struct dln_event *ev)
{
	bool ok = true;

	size_t source = ev->doc ? source_index(tl, ev->doc) : (size_t)-1;

	if (source == (size_t)-1)
		return dln__fail(DLN_EARG, "an event names a document that is not a source");
	if (!grow((void **)&tl->events, &tl->cap, tl->count, sizeof(*tl->events)))
		return dln__nomem();
	tl->events[tl->count].source = source;
	struct dln_event *e = &tl->events[tl->count].ev;
	*e = *ev;
	/* Share the source's copy of the name: documents have many events. */
	e->doc = tl->sources[source].name;
	e->text = copy(tl, ev->text, &ok);
	e->value = copy(tl, ev->value, &ok);
	e->mod = copy(tl, ev->mod, &ok);
	e->title = copy(tl, ev->title ? ev->title : "", &ok);
	e->sentence = copy(tl, ev->sentence ? ev->sentence : "", &ok);
	if (!ok)
		return dln__nomem();
	tl->count++;
	tl->sorted = false;
	return 0;
}

void dln_timeline_drop_last_source(dln_timeline *tl)
{
	size_t kept = 0;

	if (!tl->source_count)
		return;
	tl->source_count--;
	/* Its strings stay in the arena until the timeline is freed. */
	for (size_t i = 0; i < tl->count; i++)
		if (tl->events[i].source != tl->source_count)
			tl->events[kept++] = tl->events[i];
	tl->count = kept;
}

static int compare_events(const void *pa, const void *pb)
{
	const struct entry *ea = pa, *eb = pb;
	const struct dln_event *a = &ea->ev, *b = &eb->ev;

	if (a->resolved != b->resolved)
		return a->resolved ? -1 : 1;
	if (a->resolved) {
		int c = dln_point_compare(&a->start, &b->start);
		if (c)
			return c;
		if ((c = dln_point_compare(&a->end, &b->end)))
			return c;
	}
	if (ea->source != eb->source)
		return ea->source < eb->source ? -1 : 1;
	return (a->offset > b->offset) - (a->offset < b->offset);
}

/* Sorting is deferred until events are read, so adding n events costs n log n in all. */
static void ensure_sorted(const dln_timeline *ctl)
{
	dln_timeline *tl = (dln_timeline *)ctl;

	if (tl->sorted)
		return;
	qsort(tl->events, tl->count, sizeof(*tl->events), compare_events);
	tl->sorted = true;
}

size_t dln_timeline_count(const dln_timeline *tl)
{
	return tl->count;
}

const struct dln_event *dln_timeline_event(const dln_timeline *tl, size_t i)
{
	ensure_sorted(tl);
	return i < tl->count ? &tl->events[i].ev : NULL;
}

size_t dln_timeline_source_count(const dln_timeline *tl)
{
	return tl->source_count;
}

const struct dln_source *dln_timeline_source(const dln_timeline *tl, size_t i)
{
	return i < tl->source_count ? &tl->sources[i] : NULL;
}
