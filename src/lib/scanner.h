/* The scanner: one pass of a re2c DFA over the text, one token at a time.
 *
 * Lexicon words come out with their lexeme id, so nothing downstream compares strings.
 * Nothing is allocated: the caller owns the token it passes in.
 */
#ifndef DLN_SCANNER_H
#define DLN_SCANNER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum dln_tok_kind {
	DLN_TOK_WORD,
	DLN_TOK_NUMBER,     /* num = value (saturated), digits = digit count */
	DLN_TOK_CLOCK,      /* "3:30": num = minutes after midnight */
	DLN_TOK_NUMDATE,    /* "2016-12-31", "12/31/2016", "31.12.2016": num = yyyymmdd */
	DLN_TOK_PUNCT,      /* num = the code point */
	DLN_TOK_POSSESSIVE, /* "'s" right after a word */
	DLN_TOK_OTHER,
};

enum {
	DLN_TOKF_SPACE = 1 << 0,    /* whitespace before the token */
	DLN_TOKF_NEWLINE = 1 << 1,  /* a line break before it */
	DLN_TOKF_PARA = 1 << 2,     /* a blank line before it */
	DLN_TOKF_CAP = 1 << 3,      /* starts with a capital letter */
	DLN_TOKF_PLURAL = 1 << 4,   /* number with a plural s: "1990s", "'90s" */
	DLN_TOKF_APOS = 1 << 5,     /* number after an apostrophe: "'90s", "'98" */
	DLN_TOKF_ORDINAL = 1 << 6,  /* "21st" */
	DLN_TOKF_GROUPED = 1 << 7,  /* "2,500" */
	DLN_TOKF_DECIMAL = 1 << 8,  /* "3.5" */
	DLN_TOKF_SIGNED = 1 << 9,   /* right after '$' or '#': an amount or a number, not a year */
	DLN_TOKF_UPPER = 1 << 10,   /* its first two letters are capitals: "NATO", "US" */
	DLN_TOKF_DOTTED = 1 << 11,  /* a word written with its dot: "p.m.", "U.S." */
};

struct dln_token {
	uint32_t off, len;      /* bytes in the text */
	int32_t num;
	uint16_t lex;           /* lexeme id, 0 when not in the lexicon */
	uint16_t flags;         /* DLN_TOKF_* */
	uint8_t kind;           /* enum dln_tok_kind */
	uint8_t digits;
	uint8_t hundredths;     /* of a decimal number: 50 for "2.5" (the padding's room) */
};

struct dln_scanner {
	const unsigned char *text, *cur, *end;
};

/* text[len] must be a NUL byte (documents hold no NUL before it). */
void dln__scanner_init(struct dln_scanner *s, const char *text, size_t len);
/* Fills *t with the next token; false at the end of the text. */
bool dln__scan_next(struct dln_scanner *s, struct dln_token *t);
/* Fills tok[0..max) with the next tokens; how many, fewer than max only at the end. The
 * sentence splitter's way in: one call per batch rather than per token. */
size_t dln__scan_tokens(struct dln_scanner *s, struct dln_token *tok, size_t max);

#endif
