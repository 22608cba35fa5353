/* A growable byte buffer for building strings. */
#ifndef DLN_STRBUF_H
#define DLN_STRBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "internal.h"

struct dln_strbuf {
	char *data;      /* always NUL-terminated once anything was added */
	size_t len, cap;
	bool failed;     /* an allocation failed; later appends do nothing */
};

#define DLN_STRBUF_INIT { NULL, 0, 0, false }

/* Room for extra more bytes and the NUL; false when the buffer has failed. */
bool dln__sb_grow(struct dln_strbuf *sb, size_t extra);

static inline bool dln__sb_reserve(struct dln_strbuf *sb, size_t extra)
{
	if (!sb->failed && sb->len + extra < sb->cap)
		return true;
	return dln__sb_grow(sb, extra);
}

/* Inline: writers append a few bytes at a time, and a call would cost more than the copy. */
static inline void dln__sb_add(struct dln_strbuf *sb, const char *s, size_t len)
{
	if (!dln__sb_reserve(sb, len))
		return;
	memcpy(sb->data + sb->len, s, len);
	sb->len += len;
	sb->data[sb->len] = '\0';
}

static inline void dln__sb_adds(struct dln_strbuf *sb, const char *s)
{
	dln__sb_add(sb, s, strlen(s));
}

static inline void dln__sb_addc(struct dln_strbuf *sb, char c)
{
	if (!dln__sb_reserve(sb, 1))
		return;
	sb->data[sb->len++] = c;
	sb->data[sb->len] = '\0';
}

/* printf into the buffer. %s, %d, %zu and %% are formatted here (as glibc would), anything
 * else by vsnprintf. */
void dln__sb_printf(struct dln_strbuf *sb, const char *fmt, ...) DLN_PRINTF(2, 3);
/* v in decimal, as "%zu" writes it but without printf's cost. */
void dln__sb_add_uint(struct dln_strbuf *sb, size_t v);
/* v in decimal, as "%d" writes it. */
void dln__sb_add_int(struct dln_strbuf *sb, int v);
/* s as the body of a JSON string (quotes not included), invalid UTF-8 replaced by U+FFFD. */
void dln__sb_add_json(struct dln_strbuf *sb, const char *s, size_t len);
/* s with &, <, > and " escaped for XML text and attributes; C0 controls become spaces. */
void dln__sb_add_xml(struct dln_strbuf *sb, const char *s, size_t len);
void dln__sb_release(struct dln_strbuf *sb);
/* Writes the buffer to out; 0, DLN_ENOMEM when an append had failed, or DLN_EIO. */
int dln__sb_flush_to(struct dln_strbuf *sb, FILE *out);

#endif
