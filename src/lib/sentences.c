/* Sentence boundaries: a full stop, question or exclamation mark (with any closing quotes
 * or brackets after it) followed by a space and something that can start a sentence, or a
 * blank line. A dot after an abbreviation or an initial does not end a sentence. */
#include <stdlib.h>
#include <string.h>

#include "datelines/error.h"
#include "internal.h"
#include "rule_tables.h"
#include "sentences.h"

/* The next token not yet taken, NULL at the end of the text. */
static inline const struct dln_token *peek(struct dln_sentences *s)
{
	if (s->pos == s->count) {
		s->count = (unsigned)dln__scan_tokens(&s->scan, s->ahead, DLN_SCAN_AHEAD);
		s->pos = 0;
		if (!s->count)
			return NULL;
	}
	return &s->ahead[s->pos];
}

/* s->next and s->has_next, the token after the sentence, for the caller. */
static int publish(struct dln_sentences *s, int rc)
{
	const struct dln_token *t = peek(s);

	s->has_next = t != NULL;
	if (t)
		s->next = *t;
	return rc;
}

void dln__sentences_init(struct dln_sentences *s, const char *text, size_t len)
{
	dln__scanner_init(&s->scan, text, len);
	s->pos = s->count = 0;
	publish(s, 0);
}

void dln__tokbuf_release(struct dln_tokbuf *buf)
{
	free(buf->tok);
	*buf = (struct dln_tokbuf){ 0 };
}

/* Room for extra more tokens. */
static bool reserve(struct dln_tokbuf *buf, size_t extra)
{
	if (buf->count + extra <= buf->cap)
		return true;
	size_t cap = buf->cap ? buf->cap : 256;
	while (cap < buf->count + extra)
		cap *= 2;
	struct dln_token *p = realloc(buf->tok, cap * sizeof(*p));
	if (!p)
		return false;
	buf->tok = p;
	buf->cap = cap;
	return true;
}

static bool push(struct dln_tokbuf *buf, const struct dln_token *t)
{
	if (!reserve(buf, 1))
		return false;
	buf->tok[buf->count++] = *t;
	return true;
}

static bool is_punct(const struct dln_token *t, uint32_t cp)
{
	return t->kind == DLN_TOK_PUNCT && (uint32_t)t->num == cp;
}

/* A word written with its dot ("p.m.") can end a sentence as well as a full stop. */
static bool dotted_word(const struct dln_token *t)
{
	return t->flags & DLN_TOKF_DOTTED;
}

/* Tested on every token, so by kind first: most are words without a dot. */
static bool is_terminal(const struct dln_token *t)
{
	if (t->kind == DLN_TOK_PUNCT)
		return t->num == '.' || t->num == '!' || t->num == '?' || t->num == 0x2026;
	return dotted_word(t);
}

/* After "p.m." a capital may still belong to the expression: "3 p.m. EDT", "9 a.m. Monday",
 * "4 p.m. Eastern", "10 a.m. Moscow time" (when the token after the capital is in sight); so
 * does the time restated in another zone: "9 a.m. (0000 GMT)". t is the next token,
 * s->ahead[s->pos]. */
static bool continues_date(const struct dln_sentences *s, const struct dln_token *t)
{
	uint64_t date_classes = (1ull << DLN_C_TZ) | (1ull << DLN_C_WEEKDAY) |
				(1ull << DLN_C_MONTH) | (1ull << DLN_C_ZONE);
	if (t->lex && (dln__lexemes[t->lex].classes & date_classes))
		return true;
	const struct dln_token *after = s->pos + 1 < s->count ? &s->ahead[s->pos + 1] : NULL;
	if (after && is_punct(t, '('))
		return after->kind == DLN_TOK_NUMBER || after->kind == DLN_TOK_CLOCK;
	return after && after->lex == DLN_LEX_TIME;
}

static bool is_closer(const struct dln_token *t)
{
	return is_punct(t, '"') || is_punct(t, '\'') || is_punct(t, ')') || is_punct(t, ']') ||
	       is_punct(t, 0x201D) || is_punct(t, 0x2019);
}

static bool can_start_sentence(const struct dln_token *t)
{
	return (t->flags & DLN_TOKF_CAP) || t->kind == DLN_TOK_NUMBER || is_punct(t, '"') ||
	       is_punct(t, '(') || is_punct(t, 0x201C) || is_punct(t, 0x2018) || is_punct(t, '\'');
}

/* The token before a '.' makes it an abbreviation's dot: "Jan.", "Mr.", "N." */
static bool abbreviation(const struct dln_token *t)
{
	if (t->kind != DLN_TOK_WORD)
		return false;
	if (t->lex && (dln__lexemes[t->lex].flags & DLN_LEXF_ABBR))
		return true;
	return t->len == 1 && (t->flags & DLN_TOKF_CAP);
}

int dln__sentence_next(struct dln_sentences *s, struct dln_tokbuf *buf)
{
	const struct dln_token *next;

	buf->count = 0;
	while ((next = peek(s))) {
		/* The tokens scanned ahead up to the first that may end the sentence go in with
		 * one copy: most are words without a dot, and need no more than a look. */
		size_t n = s->count - s->pos, k = 0;
		bool para = false;
		/* Closing quotes may have taken a full sentence past the most: one more token
		 * ends it then. */
		size_t room = buf->count < DLN_MAX_SENTENCE_TOKENS ?
				      DLN_MAX_SENTENCE_TOKENS - buf->count : 1;
		if (n > room)
			n = room;
		while (k < n) {
			if ((next[k].flags & DLN_TOKF_PARA) && (buf->count || k)) {
				para = true;
				break;
			}
			if (is_terminal(&next[k++]))
				break;
		}
		if (k) {
			if (!reserve(buf, k))
				return dln__nomem();
			memcpy(&buf->tok[buf->count], next, k * sizeof(*next));
			buf->count += k;
			s->pos += (unsigned)k;
		}
		if (para || buf->count >= DLN_MAX_SENTENCE_TOKENS)
			return publish(s, 1);
		const struct dln_token *last = &buf->tok[buf->count - 1];
		if (!is_terminal(last))
			continue;  /* the tokens scanned ahead ran out */
		next = peek(s);
		bool abbr = is_punct(last, '.') && buf->count >= 2 &&
			    !(last->flags & DLN_TOKF_SPACE) && abbreviation(&buf->tok[buf->count - 2]);
		if (dotted_word(last) && next && continues_date(s, next))
			abbr = true;
		while (next && !(next->flags & DLN_TOKF_SPACE) && is_closer(next)) {
			if (!push(buf, next))
				return dln__nomem();
			s->pos++;
			next = peek(s);
		}
		if (!next)
			return publish(s, 1);
		if ((next->flags & DLN_TOKF_SPACE) && can_start_sentence(next) && !abbr)
			return publish(s, 1);
	}
	return publish(s, buf->count ? 1 : 0);
}
