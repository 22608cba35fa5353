/* Sentence boundaries: a full stop, question or exclamation mark (with any closing quotes
 * or brackets after it) followed by a space and something that can start a sentence, or a
 * blank line. A dot after an abbreviation or an initial does not end a sentence. */
#include <stdlib.h>

#include "datelines/error.h"
#include "internal.h"
#include "rule_tables.h"
#include "sentences.h"

void dln__sentences_init(struct dln_sentences *s, const char *text, size_t len)
{
	dln__scanner_init(&s->scan, text, len);
	s->has_next = dln__scan_next(&s->scan, &s->next);
}

void dln__tokbuf_release(struct dln_tokbuf *buf)
{
	free(buf->tok);
	*buf = (struct dln_tokbuf){ 0 };
}

static bool push(struct dln_tokbuf *buf, const struct dln_token *t)
{
	if (buf->count == buf->cap) {
		size_t cap = buf->cap ? buf->cap * 2 : 256;
		struct dln_token *p = realloc(buf->tok, cap * sizeof(*p));
		if (!p)
			return false;
		buf->tok = p;
		buf->cap = cap;
	}
	buf->tok[buf->count++] = *t;
	return true;
}

static bool is_punct(const struct dln_token *t, uint32_t cp)
{
	return t->kind == DLN_TOK_PUNCT && (uint32_t)t->num == cp;
}

/* A word written with its dot ("p.m.") can end a sentence as well as a full stop. */
static bool dotted_word(const struct dln_sentences *s, const struct dln_token *t)
{
	return t->kind == DLN_TOK_WORD && t->len > 1 && s->scan.text[t->off + t->len - 1] == '.';
}

static bool is_terminal(const struct dln_sentences *s, const struct dln_token *t)
{
	return is_punct(t, '.') || is_punct(t, '!') || is_punct(t, '?') || is_punct(t, 0x2026) ||
	       dotted_word(s, t);
}

/* After "p.m." a capital may still belong to the expression: "3 p.m. EDT", "9 a.m. Monday". */
static bool continues_date(const struct dln_token *t)
{
	uint64_t date_classes = (1ull << DLN_C_TZ) | (1ull << DLN_C_WEEKDAY) | (1ull << DLN_C_MONTH);
	return t->lex && (dln__lexemes[t->lex].classes & date_classes);
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
	buf->count = 0;
	while (s->has_next) {
		if (buf->count && (s->next.flags & DLN_TOKF_PARA))
			return 1;
		if (!push(buf, &s->next))
			return dln__nomem();
		s->has_next = dln__scan_next(&s->scan, &s->next);
		if (buf->count >= DLN_MAX_SENTENCE_TOKENS)
			return 1;

		const struct dln_token *last = &buf->tok[buf->count - 1];
		if (!is_terminal(s, last))
			continue;
		bool abbr = is_punct(last, '.') && buf->count >= 2 &&
			    !(last->flags & DLN_TOKF_SPACE) && abbreviation(&buf->tok[buf->count - 2]);
		if (dotted_word(s, last) && s->has_next && continues_date(&s->next))
			abbr = true;
		while (s->has_next && !(s->next.flags & DLN_TOKF_SPACE) && is_closer(&s->next)) {
			if (!push(buf, &s->next))
				return dln__nomem();
			s->has_next = dln__scan_next(&s->scan, &s->next);
		}
		if (!s->has_next)
			return 1;
		if ((s->next.flags & DLN_TOKF_SPACE) && can_start_sentence(&s->next) && !abbr)
			return 1;
	}
	return buf->count ? 1 : 0;
}
