/* A per-document bump allocator: many small allocations, one release. */
#ifndef DLN_ARENA_H
#define DLN_ARENA_H

#include <stddef.h>

struct dln_arena_block;
struct dln_arena {
	struct dln_arena_block *head;
};

#define DLN_ARENA_INIT { NULL }

/* Zeroed memory for `size` bytes, aligned for any type; NULL when out of memory. */
void *dln__arena_alloc(struct dln_arena *a, size_t size);
/* A NUL-terminated copy of len bytes of s; NULL when out of memory. */
char *dln__arena_strndup(struct dln_arena *a, const char *s, size_t len);
void dln__arena_release(struct dln_arena *a);

#endif
