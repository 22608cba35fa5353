/* dln_eval: TIMEX3 annotation scored against gold TimeML, figure for figure as the TempEval-3
 * scorer ../shared/tools/te3score.py does it.
 *
 * That scorer finds markup with regular expressions; here the TimeML reader gives the text and
 * the tags. The two see the same text in well-formed TimeML whose <TEXT> holds no comments,
 * CDATA sections or processing instructions (whose content is not text to the reader).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "datelines/error.h"
#include "datelines/eval.h"
#include "arena.h"
#include "document_internal.h"
#include "internal.h"

struct dln_eval {
	struct dln_eval_counts counts;
	struct dln_arena strings;      /* every string the error records point to */
	struct dln_eval_error *errors;
	size_t error_count, error_cap;
};

/* One TIMEX3 of a document. */
struct timex {
	size_t start, end;             /* trimmed byte range in the text */
	size_t cp_start, cp_end;       /* the same in code points: spans are compared in these */
	const char *value, *type;      /* attribute values as written, in the raw bytes */
	size_t value_len, type_len;
	bool matched;
};

/* A gold and a system TIMEX3 whose spans overlap by `overlap` code points. */
struct pair {
	size_t overlap, gold, system;
};

int dln_eval_new(dln_eval **out)
{
	*out = calloc(1, sizeof(**out));
	return *out ? 0 : dln__nomem();
}

void dln_eval_free(dln_eval *ev)
{
	if (!ev)
		return;
	dln__arena_release(&ev->strings);
	free(ev->errors);
	free(ev);
}

/* Python's str.isspace, which the reference trims spans with. */
static bool is_space(uint32_t c)
{
	return (c >= 0x9 && c <= 0xD) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
	       c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
	       c == 0x202F || c == 0x205F || c == 0x3000;
}

static bool is_continuation(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

/* The code point of the well-formed UTF-8 sequence at s; its length in *n. */
static uint32_t decode(const char *str, size_t *n)
{
	const unsigned char *s = (const unsigned char *)str;

	if (s[0] < 0x80) {
		*n = 1;
		return s[0];
	}
	if (s[0] < 0xE0) {
		*n = 2;
		return (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
	}
	if (s[0] < 0xF0) {
		*n = 3;
		return (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
	}
	*n = 4;
	return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
	       (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
}

static void trim(const char *text, struct timex *x)
{
	size_t n;

	while (x->start < x->end && is_space(decode(text + x->start, &n)))
		x->start += n;
	while (x->end > x->start) {
		size_t last = x->end - 1;
		while (is_continuation(text[last]))
			last--;
		if (!is_space(decode(text + last, &n)))
			break;
		x->end = last;
	}
}

/* Length of the white space character at s (before end), or 0. */
static size_t space_at(const char *s, const char *end)
{
	size_t n;

	return s < end && is_space(decode(s, &n)) ? n : 0;
}

static const char *skip_space(const char *s, const char *end)
{
	size_t n;

	while ((n = space_at(s, end)))
		s += n;
	return s;
}

static bool is_attribute_name_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':';
}

static bool is_element_name_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* The value and type attributes as the reference reads them: name="value" pairs, names made
 * of letters, '_' and ':', double quotes only, entities left as written, a later pair
 * winning, up to the first '>' of the tag. */
static void read_attributes(const char *raw, const struct dln__markup *tag, struct timex *x)
{
	const char *s = raw + tag->start + 1;
	const char *end = memchr(s, '>', tag->end - tag->start - 1);

	while (s < end && is_element_name_char(*s))
		s++;
	while (s < end) {
		const char *name = s;
		while (s < end && is_attribute_name_char(*s))
			s++;
		if (s == name) {
			s++;
			continue;
		}
		/* A name not followed by ="..." is no attribute, nor is any of its tails. */
		const char *p = skip_space(s, end);
		if (p == end || *p != '=')
			continue;
		p = skip_space(p + 1, end);
		if (p == end || *p != '"')
			continue;
		const char *q = memchr(p + 1, '"', (size_t)(end - p - 1));
		if (!q)
			continue;
		size_t len = (size_t)(s - name), value_len = (size_t)(q - p - 1);
		if (len == 5 && memcmp(name, "value", 5) == 0) {
			x->value = p + 1;
			x->value_len = value_len;
		} else if (len == 4 && memcmp(name, "type", 4) == 0) {
			x->type = p + 1;
			x->type_len = value_len;
		}
		s = q + 1;
	}
}

static int compare_offsets(const void *pa, const void *pb)
{
	size_t a = **(size_t *const *)pa, b = **(size_t *const *)pb;

	return (a > b) - (a < b);
}

/* Fills cp_start and cp_end from start and end in one pass over the text. */
static int count_code_points(const char *text, struct timex *xs, size_t n)
{
	size_t **at, byte = 0, cp = 0;

	if (!n)
		return 0;
	if (!(at = malloc(2 * n * sizeof(*at))))
		return dln__nomem();
	for (size_t i = 0; i < n; i++) {
		xs[i].cp_start = xs[i].start;
		xs[i].cp_end = xs[i].end;
		at[2 * i] = &xs[i].cp_start;
		at[2 * i + 1] = &xs[i].cp_end;
	}
	qsort(at, 2 * n, sizeof(*at), compare_offsets);
	for (size_t k = 0; k < 2 * n; k++) {
		for (; byte < *at[k]; byte++)
			cp += !is_continuation(text[byte]);
		*at[k] = cp;
	}
	free(at);
	return 0;
}

/* The non-empty TIMEX3 spans of a TimeML document, in the order of their end tags (the order
 * the reference lists them in, which decides its ties). */
static int collect(const dln_document *doc, struct timex **out, size_t *count)
{
	struct dln__markup *m;
	struct timex *xs = NULL;
	size_t n, k = 0;
	int rc;

	*out = NULL;
	*count = 0;
	if (doc->format != DLN_INPUT_TIMEML)
		return dln__fail(DLN_EARG, "%s: only TimeML can be scored", doc->name);
	if ((rc = dln__timeml_markup(doc, &m, &n)) < 0)
		return rc;
	if (n && !(xs = malloc(n * sizeof(*xs)))) {
		rc = dln__nomem();
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		if (m[i].kind != DLN__TAG_CLOSE || !m[i].timex || m[i].match == SIZE_MAX)
			continue;
		const struct dln__markup *open = &m[m[i].match];
		struct timex x = { .start = open->text_off, .end = m[i].text_off, .value = "",
				   .type = "" };
		trim(doc->text, &x);
		if (x.start == x.end)
			continue;
		read_attributes(doc->raw, open, &x);
		xs[k++] = x;
	}
	if ((rc = count_code_points(doc->text, xs, k)) < 0)
		goto done;
	*out = xs;
	*count = k;
	xs = NULL;
done:
	free(xs);
	free(m);
	return rc;
}

/* Largest overlap first; ties go to the later gold, then the later system TIMEX3, as a
 * reverse sort of (overlap, gold, system) tuples orders them. */
static int compare_pairs(const void *pa, const void *pb)
{
	const struct pair *a = pa, *b = pb;

	if (a->overlap != b->overlap)
		return a->overlap < b->overlap ? 1 : -1;
	if (a->gold != b->gold)
		return a->gold < b->gold ? 1 : -1;
	return (a->system < b->system) - (a->system > b->system);
}

static size_t overlap(const struct timex *a, const struct timex *b)
{
	size_t lo = a->cp_start > b->cp_start ? a->cp_start : b->cp_start;
	size_t hi = a->cp_end < b->cp_end ? a->cp_end : b->cp_end;

	return hi > lo ? hi - lo : 0;
}

/* Every overlapping gold and system pair, in the order they are matched in. */
static int overlapping_pairs(const struct timex *g, size_t gn, const struct timex *s,
			     size_t sn, struct pair **out, size_t *count)
{
	size_t n = 0;

	*out = NULL;
	*count = 0;
	for (size_t gi = 0; gi < gn; gi++)
		for (size_t si = 0; si < sn; si++)
			n += overlap(&g[gi], &s[si]) > 0;
	if (!n)
		return 0;
	if (!(*out = malloc(n * sizeof(**out))))
		return dln__nomem();
	n = 0;
	for (size_t gi = 0; gi < gn; gi++) {
		for (size_t si = 0; si < sn; si++) {
			size_t ov = overlap(&g[gi], &s[si]);
			if (ov)
				(*out)[n++] = (struct pair){ ov, gi, si };
		}
	}
	qsort(*out, n, sizeof(**out), compare_pairs);
	*count = n;
	return 0;
}

static const char *copy(dln_eval *ev, const char *s, size_t len, bool *ok)
{
	char *p = dln__arena_strndup(&ev->strings, s, len);

	if (!p)
		*ok = false;
	return p ? p : "";
}

/* Records one error; g or s is NULL for the side that is not there. */
static int add_error(dln_eval *ev, enum dln_eval_error_kind kind, const char *file,
		     const dln_document *gold, const struct timex *g,
		     const dln_document *system, const struct timex *s)
{
	struct dln_eval_error e = { kind, file, "", "", "", "" };
	bool ok = true;

	if (ev->error_count == ev->error_cap) {
		size_t cap = ev->error_cap ? ev->error_cap * 2 : 64;
		struct dln_eval_error *p = realloc(ev->errors, cap * sizeof(*p));
		if (!p)
			return dln__nomem();
		ev->errors = p;
		ev->error_cap = cap;
	}
	if (g) {
		e.gold_text = copy(ev, gold->text + g->start, g->end - g->start, &ok);
		e.gold_value = copy(ev, g->value, g->value_len, &ok);
	}
	if (s) {
		e.system_text = copy(ev, system->text + s->start, s->end - s->start, &ok);
		e.system_value = copy(ev, s->value, s->value_len, &ok);
	}
	if (!ok)
		return dln__nomem();
	ev->errors[ev->error_count++] = e;
	return 0;
}

static bool same(const char *a, size_t alen, const char *b, size_t blen)
{
	return alen == blen && memcmp(a, b, alen) == 0;
}

/* Matches one document's TIMEX3 one to one, largest overlap first, and counts. */
static int score(dln_eval *ev, const char *file, const dln_document *gold, struct timex *g,
		 size_t gn, const dln_document *system, struct timex *s, size_t sn,
		 struct dln_eval_counts *c)
{
	struct pair *pairs;
	size_t n;
	int rc;

	if ((rc = overlapping_pairs(g, gn, s, sn, &pairs, &n)) < 0)
		return rc;
	c->gold = gn;
	c->system = sn;
	for (size_t k = 0; k < n && rc == 0; k++) {
		struct timex *x = &g[pairs[k].gold], *y = &s[pairs[k].system];
		if (x->matched || y->matched)
			continue;
		x->matched = y->matched = true;
		c->relaxed++;
		bool strict = x->cp_start == y->cp_start && x->cp_end == y->cp_end;
		c->strict += strict;
		c->type += same(x->type, x->type_len, y->type, y->type_len);
		bool value = same(x->value, x->value_len, y->value, y->value_len);
		c->value += value;
		if (!value)
			rc = add_error(ev, DLN_EVAL_VALUE, file, gold, x, system, y);
		else if (!strict)
			rc = add_error(ev, DLN_EVAL_EXTENT, file, gold, x, system, y);
	}
	for (size_t i = 0; i < gn && rc == 0; i++)
		if (!g[i].matched)
			rc = add_error(ev, DLN_EVAL_MISSED, file, gold, &g[i], NULL, NULL);
	for (size_t i = 0; i < sn && rc == 0; i++)
		if (!s[i].matched)
			rc = add_error(ev, DLN_EVAL_SPURIOUS, file, NULL, NULL, system, &s[i]);
	free(pairs);
	return rc;
}

int dln_eval_add(dln_eval *ev, const char *file, const dln_document *gold,
		 const dln_document *system)
{
	struct dln_eval_counts c = { 0 };
	struct timex *g = NULL, *s = NULL;
	size_t gn = 0, sn = 0, errors = ev->error_count;
	bool ok = true;
	int rc;

	if ((rc = collect(gold, &g, &gn)) < 0 || (system && (rc = collect(system, &s, &sn)) < 0))
		goto done;
	file = copy(ev, file, strlen(file), &ok);
	if (!ok) {
		rc = dln__nomem();
		goto done;
	}
	if ((rc = score(ev, file, gold, g, gn, system, s, sn, &c)) < 0)
		goto done;
	ev->counts.gold += c.gold;
	ev->counts.system += c.system;
	ev->counts.strict += c.strict;
	ev->counts.relaxed += c.relaxed;
	ev->counts.value += c.value;
	ev->counts.type += c.type;
done:
	if (rc < 0)
		ev->error_count = errors;
	free(g);
	free(s);
	return rc;
}

const struct dln_eval_counts *dln_eval_counts(const dln_eval *ev)
{
	return &ev->counts;
}

size_t dln_eval_error_count(const dln_eval *ev)
{
	return ev->error_count;
}

const struct dln_eval_error *dln_eval_error(const dln_eval *ev, size_t i)
{
	return i < ev->error_count ? &ev->errors[i] : NULL;
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void dln_eval_score(const struct dln_eval_counts *c, struct dln_eval_scores *out)
{
	out->strict_precision = ratio(c->strict, c->system);
	out->strict_recall = ratio(c->strict, c->gold);
	out->strict_f1 = f1(out->strict_precision, out->strict_recall);
	out->relaxed_precision = ratio(c->relaxed, c->system);
	out->relaxed_recall = ratio(c->relaxed, c->gold);
	out->relaxed_f1 = f1(out->relaxed_precision, out->relaxed_recall);
	/* In this order of operations, so that the figures round as the reference's do. */
	out->value_f1 = out->relaxed_f1 * ratio(c->value, c->relaxed);
	out->type_f1 = out->relaxed_f1 * ratio(c->type, c->relaxed);
}
