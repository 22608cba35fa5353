/* dln_tagging: the expressions found in one document, and their getters. */
#include <stdlib.h>

#include "datelines/error.h"
#include "internal.h"
#include "tagging_internal.h"

int dln__tagging_append(struct dln_tagging *t, const struct dln_timex *x)
{
	if (t->count == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 32;
		struct dln_timex *p = realloc(t->timexes, cap * sizeof(*p));
		if (!p)
			return dln__nomem();
		t->timexes = p;
		t->cap = cap;
	}
	t->timexes[t->count++] = *x;
	return 0;
}

void dln_tagging_free(dln_tagging *t)
{
	if (!t)
		return;
	free(t->timexes);
	free(t);
}

const dln_document *dln_tagging_document(const dln_tagging *t) { return t->doc; }
size_t dln_tagging_count(const dln_tagging *t) { return t->count; }

const struct dln_timex *dln_tagging_timex(const dln_tagging *t, size_t i)
{
	return i < t->count ? &t->timexes[i] : NULL;
}

const char *dln_timex_type_name(enum dln_timex_type type)
{
	static const char *const names[] = { "DATE", "TIME", "DURATION", "SET" };
	return type < DLN_ARRAY_SIZE(names) ? names[type] : "DATE";
}
