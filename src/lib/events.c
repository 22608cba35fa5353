/* From a tagging to events: every DATE or TIME expression with a place on the calendar (or
 * one that could have had one, but for a missing anchor) becomes an event with a title and
 * its sentence; "since X" and "from X to Y" become ranges. */
#include <string.h>

#include "datelines/error.h"
#include "datelines/timeline.h"
#include "calendar.h"
#include "document_internal.h"
#include "internal.h"
#include "tagging_internal.h"
#include "title.h"

static bool dated(const struct dln_timex *x)
{
	if (x->type != DLN_TIMEX_DATE && x->type != DLN_TIMEX_TIME)
		return false;
	/* PRESENT_REF and the like are no point in time. */
	return x->resolved || strchr(x->value, 'X');
}

/* Index range [*first, *last) of the expressions sharing xs[k]'s sentence. */
static void sentence_span(const struct dln_tagging *t, size_t k, size_t *first, size_t *last)
{
	size_t a = k, b = k + 1;
	while (a > 0 && t->timexes[a - 1].sentence_start == t->timexes[k].sentence_start)
		a--;
	while (b < t->count && t->timexes[b].sentence_start == t->timexes[k].sentence_start)
		b++;
	*first = a;
	*last = b;
}

static int add_one(dln_timeline *tl, const struct dln_tagging *t, size_t k, struct dln_strbuf *sb)
{
	const struct dln_document *doc = t->doc;
	const struct dln_timex *x = &t->timexes[k], *to = NULL;
	size_t first, last;

	if (x->range == DLN_RANGE_FROM && k + 1 < t->count &&
	    t->timexes[k + 1].range == DLN_RANGE_TO && t->timexes[k + 1].resolved)
		to = &t->timexes[k + 1];
	sentence_span(t, k, &first, &last);

	/* One buffer holds text, title and sentence; offsets are taken before any reuse. */
	sb->len = 0;
	size_t text_end = to ? to->offset + to->length : x->offset + x->length;
	dln__sb_add(sb, doc->text + x->offset, text_end - x->offset);
	dln__sb_addc(sb, '\0');
	size_t title_at = sb->len;
	dln__event_title(doc->text, t->timexes + first, last - first, k - first, sb);
	dln__sb_addc(sb, '\0');
	size_t sentence_at = sb->len;
	dln__sentence_text(doc->text, x, sb);
	if (sb->failed)
		return dln__nomem();

	struct dln_event ev = {
		.doc = doc->name,
		.text = sb->data,
		.value = x->value,
		.mod = x->mod[0] ? x->mod : NULL,
		.type = x->type,
		.title = sb->data + title_at,
		.sentence = sb->data + sentence_at,
		.offset = doc->piece.text_offset + x->offset,
		.resolved = x->resolved,
		.start = x->start,
		.end = x->end,
	};
	if (x->resolved && x->range == DLN_RANGE_SINCE && doc->dct.known) {
		struct dln_point dct = doc->dct.at;
		dct.minute = -1;
		if (dln_point_compare(&x->start, &dct) < 0) {
			ev.end = dct;
			ev.is_range = true;
		}
	} else if (x->resolved && to && dln_point_compare(&x->start, &to->end) < 0) {
		ev.end = to->end;
		ev.is_range = true;
	}
	return dln_timeline_add_event(tl, &ev);
}

int dln_timeline_add_tagging(dln_timeline *tl, const dln_tagging *t)
{
	const struct dln_document *doc = t->doc;
	struct dln_source src = { .name = doc->name, .title = doc->title, .dct = doc->dct };
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	/* A stream's later pieces add events to the source its first piece added. */
	int rc = doc->piece.index == 0 ? dln_timeline_add_source(tl, &src) : 0;

	for (size_t k = 0; rc == 0 && k < t->count; k++) {
		const struct dln_timex *x = &t->timexes[k];
		if (!dated(x))
			continue;
		/* The end of a "from X to Y" range is part of X's event. */
		if (x->range == DLN_RANGE_TO && k > 0 && t->timexes[k - 1].range == DLN_RANGE_FROM &&
		    t->timexes[k - 1].resolved && x->resolved)
			continue;
		rc = add_one(tl, t, k, &sb);
	}
	dln__sb_release(&sb);
	return rc;
}
