/* A growable byte buffer for building strings. */
#ifndef DLN_STRBUF_H
#define DLN_STRBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "internal.h"

struct dln_strbuf {
	char *data;      /* always NUL-terminated once anything was added */
	size_t len, cap;
	bool failed;     /* an allocation failed; later appends do nothing */
};

#define DLN_STRBUF_INIT { NULL, 0, 0, false }

void dln__sb_add(struct dln_strbuf *sb, const char *s, size_t len);
void dln__sb_adds(struct dln_strbuf *sb, const char *s);
void dln__sb_addc(struct dln_strbuf *sb, char c);
void dln__sb_printf(struct dln_strbuf *sb, const char *fmt, ...) DLN_PRINTF(2, 3);
/* s as the body of a JSON string (quotes not included), invalid UTF-8 replaced by U+FFFD. */
void dln__sb_add_json(struct dln_strbuf *sb, const char *s, size_t len);
/* s with &, <, > and " escaped for XML text and attributes; C0 controls become spaces. */
void dln__sb_add_xml(struct dln_strbuf *sb, const char *s, size_t len);
void dln__sb_release(struct dln_strbuf *sb);
/* Writes the buffer to out; 0, DLN_ENOMEM when an append had failed, or DLN_EIO. */
int dln__sb_flush_to(struct dln_strbuf *sb, FILE *out);

#endif
