/* The recognizer: matches the grammar of the rule files against one sentence's tokens and
 * yields candidates with underspecified values. It resolves nothing. */
#ifndef DLN_RECOGNIZER_H
#define DLN_RECOGNIZER_H

#include <stddef.h>
#include <stdint.h>

#include "rule_tables.h"
#include "scanner.h"

#define DLN_UNSET INT32_MIN
/* A count that is no number: "a few", "several". */
#define DLN_VAGUE (INT32_MIN + 1)

/* An underspecified value: each rule field, DLN_UNSET where the rule left it open. */
struct dln_uval {
	uint8_t type;              /* enum dln_type */
	int32_t f[DLN_FIELDS];     /* indexed by enum dln_field */
};

struct dln_candidate {
	uint16_t rule;             /* index into dln__rules */
	uint32_t first, end;       /* tokens [first, end) of the sentence */
	struct dln_uval value;
};

/* Finds the candidates of a sentence, longest match first, left to right; calls emit for
 * each (rejected sequences are skipped silently). Stops and returns emit's value when it
 * is non-zero; else 0. */
typedef int (*dln__emit_fn)(void *ctx, const struct dln_candidate *c);
int dln__recognize(const struct dln_token *tok, size_t n, dln__emit_fn emit, void *ctx);

#endif
