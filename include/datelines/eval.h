/* datelines — scoring TIMEX3 annotation against a gold standard, as TempEval-3 does.
 *
 * Each TIMEX3 inside <TEXT> is a span of the tag-free, entity-decoded text, counted in
 * characters (code points) and trimmed of white space. A gold and a system TIMEX3 match when
 * their spans overlap, one to one, the largest overlaps first; strict matches have the same
 * span. Value and type are compared as the attribute strings are written.
 *
 * Ownership: a dln_eval returned through **out belongs to the caller and is released with
 * dln_eval_free (NULL-safe). It copies what it keeps of the documents it is given. Records
 * returned by getters are borrowed and live as long as the dln_eval.
 */
#ifndef DATELINES_EVAL_H
#define DATELINES_EVAL_H

#include <stddef.h>
#include "document.h"

/* What the scores are made of, summed over the documents added. */
struct dln_eval_counts {
	size_t gold;      /* gold TIMEX3 */
	size_t system;    /* system TIMEX3 */
	size_t strict;    /* matched pairs with the same span */
	size_t relaxed;   /* matched pairs */
	size_t value;     /* matched pairs with the same value */
	size_t type;      /* matched pairs with the same type */
};

/* Fractions (0..1). Value and type F1 are relaxed F1 times the share of matched pairs whose
 * value (type) agrees. A figure whose denominator is 0 is 0. */
struct dln_eval_scores {
	double strict_precision, strict_recall, strict_f1;
	double relaxed_precision, relaxed_recall, relaxed_f1;
	double value_f1, type_f1;
};

enum dln_eval_error_kind {
	DLN_EVAL_VALUE,     /* a matched pair whose values differ */
	DLN_EVAL_MISSED,    /* a gold TIMEX3 that matched nothing */
	DLN_EVAL_SPURIOUS,  /* a system TIMEX3 that matched nothing */
	DLN_EVAL_EXTENT,    /* a matched pair with the same value over different spans */
};

/* One disagreement. Texts are the trimmed spans; a side that is not there is "". */
struct dln_eval_error {
	enum dln_eval_error_kind kind;
	const char *file;
	const char *gold_text, *gold_value;
	const char *system_text, *system_value;
};

typedef struct dln_eval dln_eval;

int dln_eval_new(dln_eval **out);
void dln_eval_free(dln_eval *ev);

/* Scores one TimeML document against its gold version; system NULL means the system
 * annotated nothing. `file` names the pair in the errors. Nothing is counted on failure. */
int dln_eval_add(dln_eval *ev, const char *file, const dln_document *gold,
		 const dln_document *system);

const struct dln_eval_counts *dln_eval_counts(const dln_eval *ev);
/* The errors of every document in the order they were added; within a document wrong values
 * in matching order, then misses and spurious tags in the order of their end tags. */
size_t dln_eval_error_count(const dln_eval *ev);
const struct dln_eval_error *dln_eval_error(const dln_eval *ev, size_t i);

/* Precision, recall and F1 from the counts. */
void dln_eval_score(const struct dln_eval_counts *counts, struct dln_eval_scores *out);

#endif
