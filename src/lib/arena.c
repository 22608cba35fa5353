#include <stdlib.h>
#include <string.h>
#include <stdalign.h>

#include "arena.h"

struct dln_arena_block {
	struct dln_arena_block *next;
	size_t used, size;
	alignas(max_align_t) unsigned char data[];
};

enum { BLOCK_SIZE = 16 * 1024 };

void *dln__arena_alloc(struct dln_arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	size_t need = (size + align - 1) & ~(align - 1);
	struct dln_arena_block *b = a->head;

	if (need < size)
		return NULL;
	if (!b || b->size - b->used < need) {
		size_t cap = need > BLOCK_SIZE ? need : BLOCK_SIZE;
		b = malloc(sizeof(*b) + cap);
		if (!b)
			return NULL;
		b->used = 0;
		b->size = cap;
		/* A big allocation gets a block of its own behind the current one, so the
		 * free space of the current block is not abandoned. */
		if (a->head && need > BLOCK_SIZE) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	void *p = b->data + b->used;
	b->used += need;
	memset(p, 0, size);
	return p;
}

char *dln__arena_strndup(struct dln_arena *a, const char *s, size_t len)
{
	char *p = dln__arena_alloc(a, len + 1);

	if (p) {
		memcpy(p, s, len);
		p[len] = '\0';
	}
	return p;
}

void dln__arena_release(struct dln_arena *a)
{
	struct dln_arena_block *b = a->head;

	while (b) {
		struct dln_arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
}
