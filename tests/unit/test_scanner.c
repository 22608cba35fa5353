/* The scanner (token kinds, offsets, lengths, lexemes, flags, numbers, clock times and
 * numeric dates) and the sentence splitter over its tokens. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/error.h"
#include "rule_tables.h"
#include "scanner.h"
#include "sentences.h"

#define MAX_TOKENS 64

struct scanned {
	struct dln_token tok[MAX_TOKENS];
	size_t n;
	const char *text;
};

/* Scans the whole of a NUL-terminated text. */
static void scan(const char *text, struct scanned *s)
{
	struct dln_scanner sc;

	s->n = 0;
	s->text = text;
	dln__scanner_init(&sc, text, strlen(text));
	while (s->n < MAX_TOKENS && dln__scan_next(&sc, &s->tok[s->n]))
		s->n++;
	assert_true(s->n < MAX_TOKENS);
	/* The end stays the end. */
	struct dln_token t;
	assert_false(dln__scan_next(&sc, &t));
}

static const char *lexeme(const struct dln_token *t)
{
	return dln__lexemes[t->lex].word;
}

/* Checks one token's kind, extent and text. */
static void expect_tok(const struct scanned *s, size_t i, enum dln_tok_kind kind, uint32_t off,
		       const char *text)
{
	if (i >= s->n)
		fail_msg("token %zu of \"%s\": only %zu tokens", i, s->text, s->n);
	const struct dln_token *t = &s->tok[i];
	if (t->kind != kind || t->off != off || t->len != strlen(text) ||
	    memcmp(s->text + t->off, text, t->len) != 0)
		fail_msg("token %zu of \"%s\": kind %d [%.*s] at %u, expected kind %d [%s] at %u",
			 i, s->text, t->kind, (int)t->len, s->text + t->off, t->off, kind, text,
			 off);
}

/* ---- kinds, offsets, lexemes ---- */

static void words_numbers_punctuation(void **state)
{
	struct scanned s;
	(void)state;

	scan("He met them on May 29, 2015.", &s);
	assert_int_equal(s.n, 9);
	expect_tok(&s, 0, DLN_TOK_WORD, 0, "He");
	expect_tok(&s, 1, DLN_TOK_WORD, 3, "met");
	expect_tok(&s, 2, DLN_TOK_WORD, 7, "them");
	expect_tok(&s, 3, DLN_TOK_WORD, 12, "on");
	expect_tok(&s, 4, DLN_TOK_WORD, 15, "May");
	expect_tok(&s, 5, DLN_TOK_NUMBER, 19, "29");
	expect_tok(&s, 6, DLN_TOK_PUNCT, 21, ",");
	expect_tok(&s, 7, DLN_TOK_NUMBER, 23, "2015");
	expect_tok(&s, 8, DLN_TOK_PUNCT, 27, ".");

	assert_int_equal(s.tok[0].flags, DLN_TOKF_CAP);
	assert_int_equal(s.tok[0].lex, 0);
	assert_int_equal(s.tok[1].flags, DLN_TOKF_SPACE);
	assert_string_equal(lexeme(&s.tok[1]), "met"); /* a PAST cue */
	assert_string_equal(lexeme(&s.tok[4]), "may");
	assert_int_equal(s.tok[4].flags, DLN_TOKF_SPACE | DLN_TOKF_CAP);
	assert_int_equal(s.tok[5].num, 29);
	assert_int_equal(s.tok[5].digits, 2);
	assert_int_equal(s.tok[5].flags, DLN_TOKF_SPACE);
	assert_int_equal(s.tok[6].num, ',');
	assert_string_equal(lexeme(&s.tok[6]), ",");
	assert_int_equal(s.tok[6].flags, 0);
	assert_int_equal(s.tok[7].num, 2015);
	assert_int_equal(s.tok[7].digits, 4);
	assert_int_equal(s.tok[8].num, '.');
	assert_string_equal(lexeme(&s.tok[8]), ".");
}

static void empty_and_blank_texts(void **state)
{
	struct scanned s;
	(void)state;

	scan("", &s);
	assert_int_equal(s.n, 0);
	scan(" \t\r\n\n \f\v", &s);
	assert_int_equal(s.n, 0);
	scan("\xC2\xA0\xC2\xA0", &s); /* no-break spaces */
	assert_int_equal(s.n, 0);
}

static void whitespace_flags(void **state)
{
	struct scanned s;
	(void)state;

	scan("a\nb\n\nc\n \t\nd\te\xC2\xA0"
	     "f\r\n\r\ng",
	     &s);
	assert_int_equal(s.n, 7);
	expect_tok(&s, 0, DLN_TOK_WORD, 0, "a");
	assert_int_equal(s.tok[0].flags, 0);
	expect_tok(&s, 1, DLN_TOK_WORD, 2, "b");
	assert_int_equal(s.tok[1].flags, DLN_TOKF_SPACE | DLN_TOKF_NEWLINE);
	expect_tok(&s, 2, DLN_TOK_WORD, 5, "c");
	assert_int_equal(s.tok[2].flags, DLN_TOKF_SPACE | DLN_TOKF_NEWLINE | DLN_TOKF_PARA);
	/* A line holding only blanks is a blank line. */
	expect_tok(&s, 3, DLN_TOK_WORD, 10, "d");
	assert_int_equal(s.tok[3].flags, DLN_TOKF_SPACE | DLN_TOKF_NEWLINE | DLN_TOKF_PARA);
	expect_tok(&s, 4, DLN_TOK_WORD, 12, "e");
	assert_int_equal(s.tok[4].flags, DLN_TOKF_SPACE);
	expect_tok(&s, 5, DLN_TOK_WORD, 15, "f");
	assert_int_equal(s.tok[5].flags, DLN_TOKF_SPACE);
	expect_tok(&s, 6, DLN_TOK_WORD, 20, "g");
	assert_int_equal(s.tok[6].flags, DLN_TOKF_SPACE | DLN_TOKF_NEWLINE | DLN_TOKF_PARA);
}

static void lexicon_case(void **state)
{
	struct scanned s;
	(void)state;

	/* "may" and "march" count only when capitalized; other words in any case. */
	scan("may May march March MAY june JUNE June Mon mon Next", &s);
	assert_int_equal(s.n, 11);
	assert_int_equal(s.tok[0].lex, 0);
	assert_int_equal(s.tok[0].kind, DLN_TOK_WORD);
	assert_string_equal(lexeme(&s.tok[1]), "may");
	assert_int_equal(s.tok[2].lex, 0);
	assert_string_equal(lexeme(&s.tok[3]), "march");
	assert_string_equal(lexeme(&s.tok[4]), "may");
	assert_string_equal(lexeme(&s.tok[5]), "june");
	assert_string_equal(lexeme(&s.tok[6]), "june");
	assert_string_equal(lexeme(&s.tok[7]), "june");
	assert_string_equal(lexeme(&s.tok[8]), "mon");
	assert_int_equal(s.tok[9].lex, 0);
	assert_string_equal(lexeme(&s.tok[10]), "next");
	assert_int_equal(s.tok[10].flags, DLN_TOKF_SPACE | DLN_TOKF_CAP);
	assert_int_equal(s.tok[5].flags & DLN_TOKF_CAP, 0);
	assert_int_equal(s.tok[6].flags & DLN_TOKF_CAP, DLN_TOKF_CAP);
	/* Capitals throughout ("JUNE", "NATO") are told from a capital first letter. */
	assert_int_equal(s.tok[6].flags & DLN_TOKF_UPPER, DLN_TOKF_UPPER);
	assert_int_equal(s.tok[7].flags & DLN_TOKF_UPPER, 0);
}

static void lexemes_with_dots_and_apostrophes(void **state)
{
	struct scanned s;
	(void)state;

	scan("3:30 a.m. and 5 P.M. he won\xE2\x80\x99t, won't, U.S. soldiers", &s);
	expect_tok(&s, 0, DLN_TOK_CLOCK, 0, "3:30");
	expect_tok(&s, 1, DLN_TOK_WORD, 5, "a.m.");
	assert_string_equal(lexeme(&s.tok[1]), "a.m.");
	expect_tok(&s, 2, DLN_TOK_WORD, 10, "and");
	expect_tok(&s, 3, DLN_TOK_NUMBER, 14, "5");
	expect_tok(&s, 4, DLN_TOK_WORD, 16, "P.M.");
	assert_string_equal(lexeme(&s.tok[4]), "p.m.");
	expect_tok(&s, 5, DLN_TOK_WORD, 21, "he");
	expect_tok(&s, 6, DLN_TOK_WORD, 24, "won\xE2\x80\x99t");
	assert_string_equal(lexeme(&s.tok[6]), "won't");
	expect_tok(&s, 7, DLN_TOK_PUNCT, 31, ",");
	expect_tok(&s, 8, DLN_TOK_WORD, 33, "won't");
	assert_string_equal(lexeme(&s.tok[8]), "won't");
	expect_tok(&s, 9, DLN_TOK_PUNCT, 38, ",");
	/* "U.S" is one lexeme; the last dot is punctuation (it may end a sentence). */
	expect_tok(&s, 10, DLN_TOK_WORD, 40, "U.S");
	assert_string_equal(lexeme(&s.tok[10]), "u.s");
	expect_tok(&s, 11, DLN_TOK_PUNCT, 43, ".");
	expect_tok(&s, 12, DLN_TOK_WORD, 45, "soldiers");
	assert_int_equal(s.n, 13);
}

static void possessive(void **state)
{
	struct scanned s;
	(void)state;

	scan("Korea\xE2\x80\x99s plan, Iran's plan, it's", &s);
	assert_int_equal(s.n, 10);
	expect_tok(&s, 0, DLN_TOK_WORD, 0, "Korea");
	expect_tok(&s, 1, DLN_TOK_POSSESSIVE, 5, "\xE2\x80\x99s");
	assert_int_equal(s.tok[1].lex, DLN_LEX_POSSESSIVE);
	assert_string_equal(lexeme(&s.tok[1]), "'s");
	assert_int_equal(s.tok[1].flags, 0);
	expect_tok(&s, 2, DLN_TOK_WORD, 10, "plan");
	expect_tok(&s, 3, DLN_TOK_PUNCT, 14, ",");
	expect_tok(&s, 4, DLN_TOK_WORD, 16, "Iran");
	expect_tok(&s, 5, DLN_TOK_POSSESSIVE, 20, "'s");
	assert_int_equal(s.tok[5].lex, DLN_LEX_POSSESSIVE);
	expect_tok(&s, 8, DLN_TOK_WORD, 29, "it");
	expect_tok(&s, 9, DLN_TOK_POSSESSIVE, 31, "'s");
	/* Not before a letter: "'sa" is no possessive. */
	scan("x'sa", &s);
	assert_int_not_equal(s.tok[1].kind, DLN_TOK_POSSESSIVE);
}

static void non_ascii_letters(void **state)
{
	struct scanned s;
	(void)state;

	scan("caf\xC3\xA9 \xC3\x89lys\xC3\xA9"
	     "e na\xC3\xAFve Z\xC3\xBCrich\xE2\x80\x99s",
	     &s);
	assert_int_equal(s.n, 5);
	expect_tok(&s, 0, DLN_TOK_WORD, 0, "caf\xC3\xA9");
	assert_int_equal(s.tok[0].flags, 0);
	expect_tok(&s, 1, DLN_TOK_WORD, 6,
		   "\xC3\x89lys\xC3\xA9"
		   "e");
	assert_int_equal(s.tok[1].flags, DLN_TOKF_SPACE | DLN_TOKF_CAP);
	expect_tok(&s, 2, DLN_TOK_WORD, 15, "na\xC3\xAFve");
	assert_int_equal(s.tok[2].flags, DLN_TOKF_SPACE);
	expect_tok(&s, 3, DLN_TOK_WORD, 22, "Z\xC3\xBCrich");
	expect_tok(&s, 4, DLN_TOK_POSSESSIVE, 29, "\xE2\x80\x99s");
}

/* A hyphen between spaces or doubled is a dash; one that joins words stays a hyphen. */
static void spaced_and_doubled_hyphens_are_dashes(void **state)
{
	struct scanned s;
	(void)state;

	scan("days - two--and year-earlier -x", &s);
	expect_tok(&s, 1, DLN_TOK_PUNCT, 5, "-");
	assert_int_equal(s.tok[1].num, 0x2014);
	expect_tok(&s, 3, DLN_TOK_PUNCT, 10, "--");
	assert_int_equal(s.tok[3].num, 0x2014);
	expect_tok(&s, 4, DLN_TOK_WORD, 12, "and");
	expect_tok(&s, 6, DLN_TOK_PUNCT, 20, "-");
	assert_int_equal(s.tok[6].num, '-');
	expect_tok(&s, 8, DLN_TOK_PUNCT, 29, "-");
	assert_int_equal(s.tok[8].num, '-');
}

static void unicode_punctuation_and_others(void **state)
{
	struct scanned s;
	(void)state;

	scan("\xE2\x80\x94\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x80\xA6 \xE2\x80\x93 ( \\ "
	     "\xF0\x9F\x98\x80 \xE4\xB8\xAD x\x80y",
	     &s);
	expect_tok(&s, 0, DLN_TOK_PUNCT, 0, "\xE2\x80\x94");
	assert_int_equal(s.tok[0].num, 0x2014);
	expect_tok(&s, 1, DLN_TOK_PUNCT, 3, "\xE2\x80\x9C");
	assert_int_equal(s.tok[1].num, 0x201C);
	expect_tok(&s, 2, DLN_TOK_WORD, 6, "q");
	expect_tok(&s, 3, DLN_TOK_PUNCT, 7, "\xE2\x80\x9D");
	assert_int_equal(s.tok[3].num, 0x201D);
	expect_tok(&s, 4, DLN_TOK_PUNCT, 11, "\xE2\x80\xA6");
	assert_int_equal(s.tok[4].num, 0x2026);
	expect_tok(&s, 5, DLN_TOK_PUNCT, 15, "\xE2\x80\x93");
	assert_int_equal(s.tok[5].num, 0x2013);
	expect_tok(&s, 6, DLN_TOK_PUNCT, 19, "(");
	assert_int_equal(s.tok[6].num, '(');
	expect_tok(&s, 7, DLN_TOK_PUNCT, 21, "\\");
	/* Characters that are neither letters nor punctuation are one token each. */
	expect_tok(&s, 8, DLN_TOK_OTHER, 23, "\xF0\x9F\x98\x80");
	expect_tok(&s, 9, DLN_TOK_OTHER, 28, "\xE4\xB8\xAD");
	expect_tok(&s, 10, DLN_TOK_WORD, 32, "x");
	/* A stray byte is a token of one byte. */
	expect_tok(&s, 11, DLN_TOK_OTHER, 33, "\x80");
	expect_tok(&s, 12, DLN_TOK_WORD, 34, "y");
	assert_int_equal(s.n, 13);
}

/* ---- numbers ---- */

static void number_flags(void **state)
{
	struct scanned s;
	(void)state;

	scan("1990s '90s \xE2\x80\x99"
	     "98 21st 2,500 3.5 $2015 #1 1990sx 1990's",
	     &s);
	expect_tok(&s, 0, DLN_TOK_NUMBER, 0, "1990s");
	assert_int_equal(s.tok[0].num, 1990);
	assert_int_equal(s.tok[0].digits, 4);
	assert_int_equal(s.tok[0].flags, DLN_TOKF_PLURAL);

	expect_tok(&s, 1, DLN_TOK_NUMBER, 6, "'90s");
	assert_int_equal(s.tok[1].num, 90);
	assert_int_equal(s.tok[1].digits, 2);
	assert_int_equal(s.tok[1].flags, DLN_TOKF_SPACE | DLN_TOKF_PLURAL | DLN_TOKF_APOS);

	expect_tok(&s, 2, DLN_TOK_NUMBER, 11,
		   "\xE2\x80\x99"
		   "98");
	assert_int_equal(s.tok[2].num, 98);
	assert_int_equal(s.tok[2].digits, 2);
	assert_int_equal(s.tok[2].flags, DLN_TOKF_SPACE | DLN_TOKF_APOS);

	expect_tok(&s, 3, DLN_TOK_NUMBER, 17, "21st");
	assert_int_equal(s.tok[3].num, 21);
	assert_int_equal(s.tok[3].digits, 2);
	assert_int_equal(s.tok[3].flags, DLN_TOKF_SPACE | DLN_TOKF_ORDINAL);

	expect_tok(&s, 4, DLN_TOK_NUMBER, 22, "2,500");
	assert_int_equal(s.tok[4].num, 2500);
	assert_int_equal(s.tok[4].digits, 4);
	assert_int_equal(s.tok[4].flags, DLN_TOKF_SPACE | DLN_TOKF_GROUPED);

	/* A decimal number's value is its integer part. */
	expect_tok(&s, 5, DLN_TOK_NUMBER, 28, "3.5");
	assert_int_equal(s.tok[5].num, 3);
	assert_int_equal(s.tok[5].flags, DLN_TOKF_SPACE | DLN_TOKF_DECIMAL);

	expect_tok(&s, 6, DLN_TOK_PUNCT, 32, "$");
	expect_tok(&s, 7, DLN_TOK_NUMBER, 33, "2015");
	assert_int_equal(s.tok[7].num, 2015);
	assert_int_equal(s.tok[7].flags, DLN_TOKF_SIGNED);
	expect_tok(&s, 8, DLN_TOK_PUNCT, 38, "#");
	expect_tok(&s, 9, DLN_TOK_NUMBER, 39, "1");
	assert_int_equal(s.tok[9].flags, DLN_TOKF_SIGNED);

	/* A plural s needs a word boundary after it. */
	expect_tok(&s, 10, DLN_TOK_NUMBER, 41, "1990");
	assert_int_equal(s.tok[10].flags, DLN_TOKF_SPACE);
	expect_tok(&s, 11, DLN_TOK_WORD, 45, "sx");
	/* "1990's" is the decade written with an apostrophe, as "1990s" is. */
	expect_tok(&s, 12, DLN_TOK_NUMBER, 48, "1990's");
	assert_int_equal(s.tok[12].num, 1990);
	assert_int_equal(s.tok[12].flags, DLN_TOKF_SPACE | DLN_TOKF_PLURAL);
	assert_int_equal(s.n, 13);
}

static void number_values(void **state)
{
	struct scanned s;
	(void)state;

	scan("0 007 99999999999999 1,000,000 10-year $ 5", &s);
	expect_tok(&s, 0, DLN_TOK_NUMBER, 0, "0");
	assert_int_equal(s.tok[0].num, 0);
	assert_int_equal(s.tok[0].digits, 1);
	expect_tok(&s, 1, DLN_TOK_NUMBER, 2, "007");
	assert_int_equal(s.tok[1].num, 7);
	assert_int_equal(s.tok[1].digits, 3);
	/* Saturated, with the digits still counted. */
	expect_tok(&s, 2, DLN_TOK_NUMBER, 6, "99999999999999");
	assert_int_equal(s.tok[2].num, INT32_MAX);
	assert_int_equal(s.tok[2].digits, 14);
	expect_tok(&s, 3, DLN_TOK_NUMBER, 21, "1,000,000");
	assert_int_equal(s.tok[3].num, 1000000);
	assert_int_equal(s.tok[3].digits, 7);
	expect_tok(&s, 4, DLN_TOK_NUMBER, 31, "10");
	expect_tok(&s, 5, DLN_TOK_PUNCT, 33, "-");
	assert_string_equal(lexeme(&s.tok[5]), "-");
	expect_tok(&s, 6, DLN_TOK_WORD, 34, "year");
	assert_string_equal(lexeme(&s.tok[6]), "year");
	/* A space between the sign and the number: not SIGNED. */
	expect_tok(&s, 8, DLN_TOK_NUMBER, 41, "5");
	assert_int_equal(s.tok[8].flags, DLN_TOKF_SPACE);
}

static void clock_times(void **state)
{
	struct scanned s;
	(void)state;

	scan("3:32 03:32 0:00 23:59:59 24:00 24:01 25:00 3:60", &s);
	assert_int_equal(s.n, 8);
	expect_tok(&s, 0, DLN_TOK_CLOCK, 0, "3:32");
	assert_int_equal(s.tok[0].num, 212);
	expect_tok(&s, 1, DLN_TOK_CLOCK, 5, "03:32");
	assert_int_equal(s.tok[1].num, 212);
	expect_tok(&s, 2, DLN_TOK_CLOCK, 11, "0:00");
	assert_int_equal(s.tok[2].num, 0);
	expect_tok(&s, 3, DLN_TOK_CLOCK, 16, "23:59:59");
	assert_int_equal(s.tok[3].num, 1439);
	expect_tok(&s, 4, DLN_TOK_CLOCK, 25, "24:00");
	assert_int_equal(s.tok[4].num, 1440);
	/* Impossible times are one token, but no clock. */
	expect_tok(&s, 5, DLN_TOK_OTHER, 31, "24:01");
	expect_tok(&s, 6, DLN_TOK_OTHER, 37, "25:00");
	expect_tok(&s, 7, DLN_TOK_OTHER, 43, "3:60");

	/* A dot for the colon only before "am" or "pm": otherwise a decimal. */
	scan("10.30am 8.10 a.m. 10.30 amid", &s);
	expect_tok(&s, 0, DLN_TOK_CLOCK, 0, "10.30");
	assert_int_equal(s.tok[0].num, 630);
	expect_tok(&s, 2, DLN_TOK_CLOCK, 8, "8.10");
	assert_int_equal(s.tok[2].num, 490);
	expect_tok(&s, 4, DLN_TOK_NUMBER, 18, "10.30");
	assert_true(s.tok[4].flags & DLN_TOKF_DECIMAL);
}

static void numeric_dates(void **state)
{
	struct scanned s;
	(void)state;

	scan("2016-12-31 12/31/2016 31.12.2016 2016/12/31 13/45/2016 1/2/2016 31/12/2016 "
	     "12/31/16 2016-02-30 2016-02-29 2/29/2017",
	     &s);
	assert_int_equal(s.n, 11);
	expect_tok(&s, 0, DLN_TOK_NUMDATE, 0, "2016-12-31");
	assert_int_equal(s.tok[0].num, 20161231);
	expect_tok(&s, 1, DLN_TOK_NUMDATE, 11, "12/31/2016");
	assert_int_equal(s.tok[1].num, 20161231);
	expect_tok(&s, 2, DLN_TOK_NUMDATE, 22, "31.12.2016");
	assert_int_equal(s.tok[2].num, 20161231);
	expect_tok(&s, 3, DLN_TOK_NUMDATE, 33, "2016/12/31");
	assert_int_equal(s.tok[3].num, 20161231);
	/* No month 13 or day 45 either way round: one token, no date. */
	expect_tok(&s, 4, DLN_TOK_OTHER, 44, "13/45/2016");
	/* Month first, as in US news, unless that is impossible. */
	expect_tok(&s, 5, DLN_TOK_NUMDATE, 55, "1/2/2016");
	assert_int_equal(s.tok[5].num, 20160102);
	expect_tok(&s, 6, DLN_TOK_NUMDATE, 64, "31/12/2016");
	assert_int_equal(s.tok[6].num, 20161231);
	/* Two-digit years: 16 is 2016. */
	expect_tok(&s, 7, DLN_TOK_NUMDATE, 75, "12/31/16");
	assert_int_equal(s.tok[7].num, 20161231);
	expect_tok(&s, 8, DLN_TOK_OTHER, 84, "2016-02-30");
	expect_tok(&s, 9, DLN_TOK_NUMDATE, 95, "2016-02-29");
	assert_int_equal(s.tok[9].num, 20160229);
	expect_tok(&s, 10, DLN_TOK_OTHER, 106, "2/29/2017");
}

/* ---- the NUL after the text ---- */

/* The DFA looks one byte past a token ("1990s" must be followed by a non-letter), so it
 * relies on text[len] being NUL. With a buffer of exactly len + 1 bytes, AddressSanitizer
 * catches any read beyond it; tokens cut short by the end come out whole and right. */
static void nul_terminator_at_the_end(void **state)
{
	static const char *const texts[] = {
	    "1990s",
	    "'90s",
	    "\342\200\23198", /* U+2019 then 98; octal escapes end after three digits */
	    "21st",
	    "Korea's",
	    "Korea\xE2\x80\x99s",
	    "3:32",
	    "2016-12-31",
	    "12/31/2016",
	    "31.12.2016",
	    "a.m.",
	    "won\xE2\x80\x99t",
	    "2,500",
	    "3.5",
	    "caf\xC3\xA9",
	    "2016-12-",
	    "12/31/",
	    "3:",
	    "2,5",
	    "\xE2\x80",
	    "\xC3",
	    "'",
	    "'9",
	    "\xE2\x80\x99",
	    "may",
	    "May",
	    "U.S.",
	    "1990s,",
	    "x'",
	};
	(void)state;

	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
		size_t len = strlen(texts[k]);
		char *buf = malloc(
		    len + 1); /* not cmocka's allocator: its guard bytes would hide an overread */
		struct dln_scanner sc;
		struct dln_token t;
		size_t covered = 0, n = 0;

		assert_non_null(buf);
		memcpy(buf, texts[k], len + 1);
		dln__scanner_init(&sc, buf, len);
		while (dln__scan_next(&sc, &t)) {
			if (t.off != covered || t.len == 0 || t.off + t.len > len) {
				free(buf);
				fail_msg("\"%s\": token at %u+%u after %zu", texts[k], t.off, t.len,
					 covered);
			}
			covered = t.off + t.len;
			n++;
		}
		free(buf);
		if (covered != len)
			fail_msg("\"%s\": tokens cover %zu of %zu bytes", texts[k], covered, len);
		assert_true(n >= 1);
	}
}

static void tokens_at_the_end(void **state)
{
	struct scanned s;
	(void)state;

	scan("the 1990s", &s);
	expect_tok(&s, 1, DLN_TOK_NUMBER, 4, "1990s");
	assert_int_equal(s.tok[1].flags, DLN_TOKF_SPACE | DLN_TOKF_PLURAL);
	scan("the '90s", &s);
	expect_tok(&s, 1, DLN_TOK_NUMBER, 4, "'90s");
	scan("on the 21st", &s);
	expect_tok(&s, 2, DLN_TOK_NUMBER, 7, "21st");
	assert_int_equal(s.tok[2].flags, DLN_TOKF_SPACE | DLN_TOKF_ORDINAL);
	scan("North Korea\xE2\x80\x99s", &s);
	expect_tok(&s, 2, DLN_TOK_POSSESSIVE, 11, "\xE2\x80\x99s");
	scan("at 3:30", &s);
	expect_tok(&s, 1, DLN_TOK_CLOCK, 3, "3:30");
	/* Scanning a prefix: text[len] is NUL, whatever follows in memory is not read. */
	char buf[] = "1990s and more";
	struct dln_scanner sc;
	struct dln_token t;
	buf[5] = '\0';
	dln__scanner_init(&sc, buf, 5);
	assert_true(dln__scan_next(&sc, &t));
	assert_int_equal(t.kind, DLN_TOK_NUMBER);
	assert_int_equal(t.len, 5);
	assert_int_equal(t.flags, DLN_TOKF_PLURAL);
	assert_false(dln__scan_next(&sc, &t));
}

/* ---- sentences ---- */

struct split {
	size_t n;
	uint32_t start[16], end[16];
	size_t count[16];
};

static void split(const char *text, struct split *sp)
{
	struct dln_sentences s;
	struct dln_tokbuf buf = {0};
	int rc;

	sp->n = 0;
	dln__sentences_init(&s, text, strlen(text));
	while ((rc = dln__sentence_next(&s, &buf)) > 0) {
		assert_true(sp->n < 16);
		assert_true(buf.count > 0);
		const struct dln_token *first = &buf.tok[0], *last = &buf.tok[buf.count - 1];
		sp->start[sp->n] = first->off;
		sp->end[sp->n] = last->off + last->len;
		sp->count[sp->n] = buf.count;
		sp->n++;
	}
	assert_int_equal(rc, 0);
	/* The end stays the end. */
	assert_int_equal(dln__sentence_next(&s, &buf), 0);
	assert_int_equal(buf.count, 0);
	dln__tokbuf_release(&buf);
	assert_null(buf.tok);
}

/* Checks that the sentences of text are exactly the strings given, in order. */
static void expect_sentences(const char *text, const char *const *want, size_t n)
{
	struct split sp;

	split(text, &sp);
	for (size_t i = 0; i < sp.n || i < n; i++) {
		if (i >= sp.n)
			fail_msg("\"%s\": sentence %zu missing: \"%s\"", text, i, want[i]);
		if (i >= n)
			fail_msg("\"%s\": extra sentence \"%.*s\"", text,
				 (int)(sp.end[i] - sp.start[i]), text + sp.start[i]);
		if (sp.end[i] - sp.start[i] != strlen(want[i]) ||
		    memcmp(text + sp.start[i], want[i], strlen(want[i])) != 0)
			fail_msg("\"%s\": sentence %zu is \"%.*s\", expected \"%s\"", text, i,
				 (int)(sp.end[i] - sp.start[i]), text + sp.start[i], want[i]);
	}
}

#define SENTENCES(text, ...)                                                                       \
	do {                                                                                       \
		static const char *const want_[] = {__VA_ARGS__};                                  \
		expect_sentences(text, want_, sizeof(want_) / sizeof(want_[0]));                   \
	} while (0)

static void sentence_basic(void **state)
{
	struct split sp;
	(void)state;

	split("", &sp);
	assert_int_equal(sp.n, 0);
	split("  \n\n ", &sp);
	assert_int_equal(sp.n, 0);
	SENTENCES("One sentence.", "One sentence.");
	SENTENCES("No stop at the end", "No stop at the end");
	SENTENCES("It rained. It poured.", "It rained.", "It poured.");
	SENTENCES("Is it? Yes! Wow\xE2\x80\xA6 Okay.", "Is it?", "Yes!", "Wow\xE2\x80\xA6",
		  "Okay.");
	SENTENCES("It cost $3.5 million. 2015 was hot.", "It cost $3.5 million.", "2015 was hot.");
	/* A lower-case word after the stop does not start a sentence. */
	SENTENCES("He said so. and left.", "He said so. and left.");
	/* No space after the stop. */
	SENTENCES("See example.com. Then go.", "See example.com.", "Then go.");
	split("It rained. It poured.", &sp);
	assert_int_equal(sp.count[0], 3);
	assert_int_equal(sp.count[1], 3);
}

static void sentence_abbreviations(void **state)
{
	(void)state;

	SENTENCES("It rained on Jan. 5 in Ohio. Mr. Smith left.", "It rained on Jan. 5 in Ohio.",
		  "Mr. Smith left.");
	SENTENCES("He visited Sept. 12 and Dr. Who on Feb. 3.",
		  "He visited Sept. 12 and Dr. Who on Feb. 3.");
	SENTENCES("N. Korea fired. The U.S. Navy said so.", "N. Korea fired.",
		  "The U.S. Navy said so.");
	SENTENCES("He visited the U.S. in June. Then he left.", "He visited the U.S. in June.",
		  "Then he left.");
	SENTENCES("Kim Jong-un met John F. Kennedy Jr. in 1961.",
		  "Kim Jong-un met John F. Kennedy Jr. in 1961.");
	/* "U.N" is an abbreviation: its dot does not end the sentence. */
	SENTENCES("It is the U.N. Security Council. It met.", "It is the U.N. Security Council.",
		  "It met.");
}

static void sentence_closing_quotes(void **state)
{
	(void)state;

	SENTENCES("He said \"yes.\" Then he left.", "He said \"yes.\"", "Then he left.");
	SENTENCES("He said \xE2\x80\x9Cyes.\xE2\x80\x9D Then he left.",
		  "He said \xE2\x80\x9Cyes.\xE2\x80\x9D", "Then he left.");
	SENTENCES("He said \xE2\x80\x98yes.\xE2\x80\x99 Then he left.",
		  "He said \xE2\x80\x98yes.\xE2\x80\x99", "Then he left.");
	SENTENCES("(It rained.) It poured.", "(It rained.)", "It poured.");
	SENTENCES("It was wrong.\xE2\x80\x9D\n\n\xE2\x80\x9CNo,\xE2\x80\x9D he said.",
		  "It was wrong.\xE2\x80\x9D", "\xE2\x80\x9CNo,\xE2\x80\x9D he said.");
	/* An opening quote can start a sentence. */
	SENTENCES("It rained. \xE2\x80\x9CWet,\xE2\x80\x9D he said.", "It rained.",
		  "\xE2\x80\x9CWet,\xE2\x80\x9D he said.");
	SENTENCES("It rained. \"Wet,\" he said.", "It rained.", "\"Wet,\" he said.");
}

static void sentence_blank_lines(void **state)
{
	(void)state;

	SENTENCES("A headline without a stop\n\nThe first sentence.", "A headline without a stop",
		  "The first sentence.");
	/* Even after an abbreviation or mid-phrase, a blank line ends a sentence. */
	SENTENCES("Written by Mr.\n\nthe end", "Written by Mr.", "the end");
	SENTENCES("one\r\n\r\ntwo\n \nthree", "one", "two", "three");
	/* A single line break does not. */
	SENTENCES("one\ntwo", "one\ntwo");
}

/* "no." at the end of a sentence is the word no, not the abbreviation of "number". */
static void sentence_after_no(void **state)
{
	(void)state;

	SENTENCES("He said \"no.\" Then he left.", "He said \"no.\"", "Then he left.");
	SENTENCES("The answer was no. Then he left.", "The answer was no.", "Then he left.");
}

/* A sentence that ends with "a.m." or "p.m." ends there: the abbreviation's dot is the
 * full stop too. */
static void sentence_after_pm(void **state)
{
	(void)state;

	SENTENCES("He left at 3 p.m. Then it rained.", "He left at 3 p.m.", "Then it rained.");
	/* The zone of a clock time goes on after "p.m.". */
	SENTENCES("It began at 3 p.m. Moscow time. Then it rained.",
		  "It began at 3 p.m. Moscow time.", "Then it rained.");
	SENTENCES("It began at 3 p.m. Eastern. Then it rained.", "It began at 3 p.m. Eastern.",
		  "Then it rained.");
}

static void sentence_token_limit(void **state)
{
	size_t words = DLN_MAX_SENTENCE_TOKENS + 10;
	char *text = test_malloc(words * 2 + 1);
	struct split sp;
	(void)state;

	for (size_t i = 0; i < words; i++) {
		text[2 * i] = 'w';
		text[2 * i + 1] = ' ';
	}
	text[words * 2] = '\0';
	split(text, &sp);
	test_free(text);
	assert_int_equal(sp.n, 2);
	assert_int_equal(sp.count[0], DLN_MAX_SENTENCE_TOKENS);
	assert_int_equal(sp.count[1], 10);
	assert_int_equal(sp.start[1], 2 * DLN_MAX_SENTENCE_TOKENS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(words_numbers_punctuation),
	    cmocka_unit_test(empty_and_blank_texts),
	    cmocka_unit_test(whitespace_flags),
	    cmocka_unit_test(lexicon_case),
	    cmocka_unit_test(lexemes_with_dots_and_apostrophes),
	    cmocka_unit_test(possessive),
	    cmocka_unit_test(non_ascii_letters),
	    cmocka_unit_test(spaced_and_doubled_hyphens_are_dashes),
	    cmocka_unit_test(unicode_punctuation_and_others),
	    cmocka_unit_test(number_flags),
	    cmocka_unit_test(number_values),
	    cmocka_unit_test(clock_times),
	    cmocka_unit_test(numeric_dates),
	    cmocka_unit_test(nul_terminator_at_the_end),
	    cmocka_unit_test(tokens_at_the_end),
	    cmocka_unit_test(sentence_basic),
	    cmocka_unit_test(sentence_abbreviations),
	    cmocka_unit_test(sentence_closing_quotes),
	    cmocka_unit_test(sentence_blank_lines),
	    cmocka_unit_test(sentence_after_no),
	    cmocka_unit_test(sentence_after_pm),
	    cmocka_unit_test(sentence_token_limit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
