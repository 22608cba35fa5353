/* The scanner (re2c). The lexicon rules come from lexicon.re, generated from the rule files,
 * so that recognizing a word and looking it up are one DFA pass; a plain run of letters, the
 * commonest token, takes a shorter way to the same result (plain_word_lexeme). */
#include <limits.h>
#include <string.h>

#include "scanner.h"
#include "calendar.h"
#include "rule_tables.h"

void dln__scanner_init(struct dln_scanner *s, const char *text, size_t len)
{
	s->text = s->cur = (const unsigned char *)text;
	s->end = s->text + len;
}

/* What the actions of the DFA work on: the token and the bytes it matched. */
struct tok_ctx {
	struct dln_token *tok;
	const unsigned char *start, *cur;
};

/* The lexeme a word is, given its flags: "may", "march" are months only with a capital. */
static uint16_t cased_lexeme(unsigned lex, unsigned flags)
{
	if (lex && (dln__lexemes[lex].flags & DLN_LEXF_CAP) && !(flags & DLN_TOKF_CAP))
		return 0;
	return (uint16_t)lex;
}

static bool word_token(struct tok_ctx *t, unsigned lex)
{
	t->tok->kind = DLN_TOK_WORD;
	t->tok->lex = cased_lexeme(lex, t->tok->flags);
	return true;
}

/* Value of the decimal digits in [p, e), saturating at INT32_MAX; skips commas. */
static int32_t number(const unsigned char *p, const unsigned char *e, uint8_t *digits)
{
	long v = 0;
	unsigned n = 0;

	for (; p < e; p++) {
		if (*p < '0' || *p > '9')
			break;
		n++;
		if (v < INT32_MAX)
			v = v * 10 + (*p - '0');
	}
	*digits = n > 255 ? 255 : (uint8_t)n;
	return v > INT32_MAX ? INT32_MAX : (int32_t)v;
}

static bool number_token(struct tok_ctx *t, uint16_t flags)
{
	uint8_t digits;
	const unsigned char *p = t->start;

	while (p < t->cur && (*p < '0' || *p > '9'))
		p++;  /* an apostrophe before "'90s" */
	if (flags & DLN_TOKF_GROUPED) {
		long v = 0;
		unsigned n = 0;
		for (; p < t->cur; p++) {
			if (*p >= '0' && *p <= '9') {
				n++;
				if (v < INT32_MAX)
					v = v * 10 + (*p - '0');
			}
		}
		t->tok->num = v > INT32_MAX ? INT32_MAX : (int32_t)v;
		t->tok->digits = n > 255 ? 255 : (uint8_t)n;
	} else {
		t->tok->num = number(p, t->cur, &digits);
		t->tok->digits = digits;
		if (flags & DLN_TOKF_DECIMAL) {  /* the first two digits after the point */
			const unsigned char *f = p + digits + 1;
			int h = f < t->cur ? (*f - '0') * 10 : 0;
			if (f + 1 < t->cur)
				h += f[1] - '0';
			t->tok->hundredths = (uint8_t)h;
		}
	}
	t->tok->kind = DLN_TOK_NUMBER;
	t->tok->flags |= flags;
	return true;
}

/* Reads up to three numbers separated by one non-digit each. */
static int parts(const unsigned char *p, const unsigned char *e, int v[3], int len[3])
{
	int n = 0;

	while (p < e && n < 3) {
		uint8_t d;
		v[n] = number(p, e, &d);
		len[n++] = d;
		p += d;
		if (p < e)
			p++;
	}
	return n;
}

static int expand_year(int y, int digits)
{
	if (digits > 2)
		return y;
	return y < 50 ? 2000 + y : 1900 + y;
}

enum date_order { YMD, MDY, DMY };

static bool date_token(struct tok_ctx *t, enum date_order order)
{
	int v[3] = { 0 }, len[3] = { 0 }, y, m, d;

	parts(t->start, t->cur, v, len);
	if (order == YMD) {
		y = v[0]; m = v[1]; d = v[2];
	} else {
		y = expand_year(v[2], len[2]);
		/* Numeric dates are month first, as in US news, unless that is impossible. */
		if (order == MDY && v[0] <= 12) {
			m = v[0]; d = v[1];
		} else {
			d = v[0]; m = v[1];
		}
	}
	if (!dln_date_valid(y, m, d)) {
		t->tok->kind = DLN_TOK_OTHER;
		return true;
	}
	t->tok->kind = DLN_TOK_NUMDATE;
	t->tok->num = y * 10000 + m * 100 + d;
	return true;
}

static bool clock_token(struct tok_ctx *t)
{
	int v[3] = { 0 }, len[3] = { 0 };

	parts(t->start, t->cur, v, len);
	if (v[0] > 24 || v[1] > 59 || (v[0] == 24 && v[1] > 0)) {
		t->tok->kind = DLN_TOK_OTHER;
		return true;
	}
	t->tok->kind = DLN_TOK_CLOCK;
	t->tok->num = v[0] * 60 + v[1];
	return true;
}

static uint32_t code_point(const unsigned char *p, const unsigned char *e)
{
	size_t n = (size_t)(e - p);

	if (n == 2)
		return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
	if (n == 3)
		return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
	if (n == 4)
		return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
		       (p[3] & 0x3Fu);
	return p[0];
}

/* Whitespace bytes: 1, a line break: 2. */
static const unsigned char space_kind[256] = {
	['\t'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1, ['\n'] = 2,
};

static bool punct_token(struct tok_ctx *t)
{
	uint32_t cp = t->start[0] == '-' ? '-' : code_point(t->start, t->cur);

	/* Hyphens in a row ("two years--and", "Aug. 19--22", one token) or one between spaces
	 * ("42 days - two incubation periods -") are a dash, not the hyphen that joins
	 * "year-earlier": they are read as one. */
	if (cp == '-' && (t->cur - t->start > 1 ||
			  ((t->tok->flags & DLN_TOKF_SPACE) && space_kind[t->cur[0]])))
		cp = 0x2014;
	t->tok->kind = DLN_TOK_PUNCT;
	t->tok->num = (int32_t)cp;
	t->tok->lex = cp < 128 ? dln__punct_lexeme[cp] : 0;
	return true;
}

/* The lexeme whose key (rule_tables.h) is k, 0 when none: a hash probe instead of the DFA's
 * walk through every lexicon word, whose branches the CPU cannot foresee. The hash is the one
 * rulegen.py places the keys with. */
static unsigned plain_word_lexeme(uint64_t k0, uint64_t k1)
{
	uint64_t mask = ((uint64_t)1 << dln__word_table_bits) - 1;
	uint64_t j = ((k0 ^ (k1 * 0x9E3779B97F4A7C15ull)) * 0xC2B2AE3D27D4EB4Full) >>
		     (64 - dln__word_table_bits);

	for (;; j = (j + 1) & mask) {
		unsigned id = dln__word_table[j];
		if (!id || (dln__word_keys[id][0] == k0 && dln__word_keys[id][1] == k1))
			return id;
	}
}

static bool ascii_letter(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

#define BYTES(b) (0x0101010101010101ull * (b))

static uint64_t load8(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t x;
	memcpy(&x, p, 8);
	return x;
#else
	uint64_t x = 0;
	for (int i = 7; i >= 0; i--)
		x = x << 8 | p[i];
	return x;
#endif
}

/* The high bit of each of the 8 bytes of x that is an ASCII letter. Per byte, the low seven
 * bits with the case bit set are compared with 'a' and 'z' by adding so that no carry leaves
 * the byte; a byte with its own high bit set is no ASCII letter. */
static uint64_t letter_bits(uint64_t x)
{
	uint64_t y = (x & BYTES(0x7F)) | BYTES(0x20);
	return (y + BYTES(0x80 - 'a')) & ~(y + BYTES(0x80 - 'z' - 1)) & ~x & BYTES(0x80);
}

/* Length of the run of ASCII letters at p (p < e, *e a NUL), with its first 16 letters in
 * lower case in key[] (zeroed by the caller), first letter in the low byte. Eight bytes at a
 * time where eight are left: a branch per letter, mispredicted at every word's end, cost
 * more than the rest of the scanner. */
static size_t letter_run(const unsigned char *p, const unsigned char *e, uint64_t key[2])
{
	size_t len = 0;

	for (int i = 0; i < 2 && e - p >= 8; i++, p += 8) {
		uint64_t x = load8(p) | BYTES(0x20);
		uint64_t stop = ~letter_bits(x) & BYTES(0x80);
		if (stop) {
			unsigned n = (unsigned)__builtin_ctzll(stop) >> 3;
			key[i] = n ? x & (~0ull >> (64 - 8 * n)) : 0;
			return len + n;
		}
		key[i] = x;
		len += 8;
	}
	for (; ascii_letter(*p); p++, len++)
		if (len < 16)
			key[len >> 3] |= (uint64_t)(*p | 0x20) << (len & 7) * 8;
	return len;
}

size_t dln__scan_tokens(struct dln_scanner *s, struct dln_token *tokens, size_t max)
{
	/* One loop over a batch, the bounds in locals: tokens are short, and a call per token
	 * and the reloads through s cost as much as the DFA. */
	const unsigned char *text = s->text, *e = s->end, *p = s->cur;
	size_t n;

	for (n = 0; n < max; n++) {
		struct dln_token *tok = &tokens[n];
		unsigned flags = 0, newlines = 0;

		/* Whitespace is the commonest byte: skip it here, outside the DFA. No bound is
		 * needed: the NUL at the end is no space. One space alone is the common case. */
		if (p[0] == ' ' && !space_kind[p[1]] && p[1] != 0xC2) {
			flags = DLN_TOKF_SPACE;
			p++;
		} else {
			for (;;) {
				unsigned k = space_kind[*p];
				if (k) {
					newlines += k >> 1;
					flags = DLN_TOKF_SPACE;
					p++;
				} else if (p[0] == 0xC2 && p[1] == 0xA0) {  /* no-break space */
					flags = DLN_TOKF_SPACE;
					p += 2;
				} else {
					break;
				}
			}
		}
		if (p >= e) {
			p = e;
			break;
		}
		if (newlines)
			flags |= DLN_TOKF_NEWLINE | (newlines > 1 ? DLN_TOKF_PARA : 0);
		if ((unsigned)(*p - 'A') < 26 || (p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E))
			flags |= DLN_TOKF_CAP | ((unsigned)(p[1] - 'A') < 26 ? DLN_TOKF_UPPER : 0);
		if (!(flags & DLN_TOKF_SPACE) && p > text && (p[-1] == '$' || p[-1] == '#'))
			flags |= DLN_TOKF_SIGNED;

		/* Every field is set here, the padding is not: nothing reads it. */
		tok->off = (uint32_t)(p - text);
		tok->num = 0;
		tok->lex = 0;
		tok->flags = (uint16_t)flags;
		tok->kind = DLN_TOK_WORD;
		tok->digits = 0;
		tok->hundredths = 0;

		/* A plain word, the commonest token, is a run of letters that no lexeme goes on
		 * from: the DFA would match the run (or a lexeme spelt like it) and nothing longer,
		 * so it is taken here. */
		if (ascii_letter(*p)) {
			/* Its key, the first 16 letters, comes with its length. */
			uint64_t key[2] = { 0, 0 };
			size_t len = letter_run(p, e, key);
			const unsigned char *q = p + len;
			bool plain = len <= 16;
			while (*q >= 0xC3 && *q <= 0xC9 && q[1] >= 0x80 && q[1] <= 0xBF) {
				plain = false;  /* no lexeme has an accented letter */
				q += 2;
				while (ascii_letter(*q))
					q++;
			}
			if (!dln__word_continues[*q]) {
				unsigned lex = plain ? plain_word_lexeme(key[0], key[1]) : 0;
				tok->lex = cased_lexeme(lex, flags);
				tok->len = (uint32_t)(q - p);
				p = q;
				continue;
			}
		}

		struct tok_ctx ctx = { tok, p, p }, *t = &ctx;
		const unsigned char *YYCURSOR = p, *YYMARKER = NULL, *yyt1 = NULL;
		bool ok;
	/*!re2c
	re2c:define:YYCTYPE = "unsigned char";
	re2c:yyfill:enable = 0;
	re2c:flags:tags = 1;

	apos = "'" | "\xE2\x80\x98" | "\xE2\x80\x99";
	letter = [A-Za-z] | [\xC3-\xC9][\x80-\xBF];
	alnum = letter | [0-9];
	d = [0-9];

	*                        { ok = false; goto done; }
	!include "lexicon.re";
	letter+                  { ok = word_token(t, 0); goto done; }
	apos [sS] / [^A-Za-z0-9] { t->tok->kind = DLN_TOK_POSSESSIVE; t->tok->lex = DLN_LEX_POSSESSIVE; ok = true; goto done; }
	d{4} [sS] / [^A-Za-z0-9] { t->cur = YYCURSOR; ok = number_token(t, DLN_TOKF_PLURAL); goto done; }
	/* "1990's" is plural, "1977's Star Wars" a year and a possessive. */
	d{3} "0" apos [sS] / [^A-Za-z0-9] { t->cur = YYCURSOR; ok = number_token(t, DLN_TOKF_PLURAL); goto done; }
	apos d{2} apos? [sS] / [^A-Za-z0-9] { t->cur = YYCURSOR; ok = number_token(t, DLN_TOKF_PLURAL | DLN_TOKF_APOS); goto done; }
	d{2} apos? [sS] / [^A-Za-z0-9] { t->cur = YYCURSOR; ok = number_token(t, DLN_TOKF_PLURAL); goto done; }
	apos d{2} / [^A-Za-z0-9] { t->cur = YYCURSOR; ok = number_token(t, DLN_TOKF_APOS); goto done; }
	d+ ('st'|'nd'|'rd'|'th') / [^A-Za-z0-9] { t->cur = YYCURSOR; ok = number_token(t, DLN_TOKF_ORDINAL); goto done; }
	d{1,3} ("," d{3})+       { t->cur = YYCURSOR; ok = number_token(t, DLN_TOKF_GROUPED); goto done; }
	d+ "." d+                { t->cur = YYCURSOR; ok = number_token(t, DLN_TOKF_DECIMAL); goto done; }
	d+                       { t->cur = YYCURSOR; ok = number_token(t, 0); goto done; }
	d{1,2} ":" d{2} (":" d{2})? { t->cur = YYCURSOR; ok = clock_token(t); goto done; }
	/* British clocks: "10.30am", "8.10 a.m."; a dot elsewhere makes a decimal ("10.30"). */
	d{1,2} "." d{2} / " "? [aApP] "."? [mM] [^A-Za-z0-9] { t->cur = YYCURSOR; ok = clock_token(t); goto done; }
	d{4} "-" d{2} "-" d{2}   { t->cur = YYCURSOR; ok = date_token(t, YMD); goto done; }
	d{4} "/" d{1,2} "/" d{1,2} { t->cur = YYCURSOR; ok = date_token(t, YMD); goto done; }
	d{1,2} "/" d{1,2} "/" (d{4} | d{2}) { t->cur = YYCURSOR; ok = date_token(t, MDY); goto done; }
	d{1,2} "." d{1,2} "." d{4} { t->cur = YYCURSOR; ok = date_token(t, DMY); goto done; }
	[!-/:-@[-`{-~]           { t->cur = YYCURSOR; ok = punct_token(t); goto done; }
	"-" "-"+                 { t->cur = YYCURSOR; ok = punct_token(t); goto done; }
	"\xE2\x80" [\x93\x94\x98\x99\x9C\x9D\xA6] { t->cur = YYCURSOR; ok = punct_token(t); goto done; }
	[\xC0-\xDF][\x80-\xBF] | [\xE0-\xEF][\x80-\xBF]{2} | [\xF0-\xF7][\x80-\xBF]{3}
	                         { t->tok->kind = DLN_TOK_OTHER; ok = true; goto done; }
	*/
done:
		(void)yyt1;
		if (!ok || YYCURSOR <= p || YYCURSOR > e) {
			/* A byte no rule takes (a stray one, or a match that ran into the end):
			 * alone. */
			YYCURSOR = p + 1;
			tok->kind = DLN_TOK_OTHER;
			tok->lex = 0;
		}
		tok->len = (uint32_t)(YYCURSOR - p);
		if (tok->kind == DLN_TOK_WORD && tok->len > 1 && YYCURSOR[-1] == '.')
			tok->flags |= DLN_TOKF_DOTTED;
		p = YYCURSOR;
	}
	s->cur = p;
	return n;
}

bool dln__scan_next(struct dln_scanner *s, struct dln_token *tok)
{
	return dln__scan_tokens(s, tok, 1) == 1;
}
