/* Event titles. The sentence is cut down to the clause that holds the expression; the date
 * words (with the preposition or "since" that leads into them), other expressions,
 * parentheses and quotation marks go; what is left is trimmed to a few words. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "title.h"

enum {
	TITLE_MAX_WORDS = 16,
	WINDOW = 400,           /* bytes of a sentence on each side of an expression */
	NEIGHBOURS = 7,         /* expressions on each side that a title looks at */
};

/* The part [*lo, *hi) of x's sentence within WINDOW bytes of it. */
static void window(const struct dln_timex *x, size_t *lo, size_t *hi)
{
	size_t from = x->offset - x->lead;

	*lo = from - x->sentence_start > WINDOW ? from - WINDOW : x->sentence_start;
	*hi = x->sentence_end - (x->offset + x->length) > WINDOW ? x->offset + x->length + WINDOW
								  : x->sentence_end;
}

static const char *const prepositions[] = { "on", "in", "at", "during", "since", "until", "till",
	"by", "from", "between", "through", "throughout", "before", "after", "around", "as of",
	"of", NULL };

/* Leading phrases that set the scene rather than say what happened. */
static const char *const openers[] = { "in", "at", "on", "during", "after", "before", "among",
	"for", "under", "despite", "amid", "with", "according", NULL };

static const char *const clause_breaks[] = { ";", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- ",
	", and ", ", but ", ", while ", ", with ", ", adding ", ", according to ", ", which ",
	", although ", ", though ", ", as ", NULL };

static bool space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Bytes of white space at s: ASCII, or a no-break space. */
static size_t space_at(const char *s, size_t left)
{
	if (space(s[0]))
		return 1;
	return left >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0 ? 2 : 0;
}

/* The word that ends right before `pos` (skipping spaces): its start, or pos if none. */
static size_t word_before(const char *text, size_t lo, size_t pos, size_t *word_end)
{
	size_t e = pos;
	while (e > lo && space(text[e - 1]))
		e--;
	size_t s = e;
	while (s > lo && isalpha((unsigned char)text[s - 1]))
		s--;
	*word_end = e;
	return s;
}

static bool word_in(const char *w, size_t len, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strlen(list[i]) == len && strncasecmp(w, list[i], len) == 0)
			return true;
	return false;
}

struct cut {
	size_t start, end;
};

/* The bytes an expression takes out of its sentence: its lead-in, a preposition before it,
 * the parentheses or the pair of commas around it. */
static struct cut cut_of(const char *text, size_t lo, size_t hi, const struct dln_timex *x)
{
	struct cut c = { x->offset - x->lead, x->offset + x->length };
	size_t we, ws = word_before(text, lo, c.start, &we);

	if (ws < we && word_in(text + ws, we - ws, prepositions))
		c.start = ws;
	size_t a = c.start, b = c.end;
	while (a > lo && space(text[a - 1]))
		a--;
	while (b < hi && space(text[b]))
		b++;
	if (a > lo && b < hi && text[a - 1] == '(' && text[b] == ')') {
		c.start = a - 1;
		c.end = b + 1;
	} else if (a > lo && b < hi && text[a - 1] == ',' && text[b] == ',') {
		c.start = a - 1;
		c.end = b + 1;
	}
	return c;
}

/* Where the clause around `pos` begins and ends inside [lo, hi). */
static void clause_of(const char *text, size_t lo, size_t hi, size_t pos, size_t *cs, size_t *ce)
{
	*cs = lo;
	*ce = hi;
	for (size_t i = lo; i < hi; i++) {
		/* Every break starts with one of these: most bytes need no comparison. */
		if (text[i] != ',' && text[i] != ';' && text[i] != ' ')
			continue;
		for (size_t k = 0; clause_breaks[k]; k++) {
			size_t n = strlen(clause_breaks[k]);
			if (i + n > hi || strncasecmp(text + i, clause_breaks[k], n) != 0)
				continue;
			if (i + n <= pos)
				*cs = i + n;
			else if (i >= pos && i < *ce)
				*ce = i;
			break;
		}
	}
}

static bool is_quote(const char *s, size_t left)
{
	return s[0] == '"' || (left >= 3 && (memcmp(s, "\xE2\x80\x9C", 3) == 0 ||
					      memcmp(s, "\xE2\x80\x9D", 3) == 0));
}

/* Copies the kept bytes of [lo, hi), without cuts, brackets or quotes, spaces folded. */
static void keep(const char *text, size_t lo, size_t hi, const struct cut *cuts, size_t ncuts,
		 struct dln_strbuf *out)
{
	int depth = 0;
	bool pending_space = false;

	for (size_t i = lo; i < hi;) {
		bool cut = false;
		for (size_t k = 0; k < ncuts && !cut; k++)
			if (i >= cuts[k].start && i < cuts[k].end) {
				i = cuts[k].end;
				cut = true;
			}
		if (cut) {
			pending_space = true;
			continue;
		}
		char c = text[i];
		if (c == '(' || c == '[') {
			depth++;
		} else if ((c == ')' || c == ']') && depth > 0) {
			depth--;
		} else if (depth == 0 && is_quote(text + i, hi - i)) {
			i += c == '"' ? 1 : 3;
			continue;
		} else if (depth == 0 && space_at(text + i, hi - i)) {
			pending_space = true;
			i += space_at(text + i, hi - i);
			continue;
		} else if (depth == 0) {
			if (pending_space && out->len && !(c == ',' || c == '.' || c == ';'))
				dln__sb_addc(out, ' ');
			pending_space = false;
			dln__sb_addc(out, c);
		}
		i++;
	}
}

static size_t count_words(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (!space(s[i]) && (i == 0 || space(s[i - 1])))
			n++;
	return n;
}

/* Tidies a raw title in place: drops a scene-setting opener ("In its report, ..."), trims
 * punctuation, capitalizes, and shortens it to a few words. */
static void tidy(struct dln_strbuf *t)
{
	char *s = t->data;
	size_t len = t->len;

	if (!s)
		return;
	size_t first = 0;
	while (first < len && isalpha((unsigned char)s[first]))
		first++;
	if (word_in(s, first, openers)) {
		char *comma = memchr(s, ',', len);
		if (comma && count_words(s, (size_t)(comma - s)) <= 10 &&
		    count_words(comma + 1, len - (size_t)(comma + 1 - s)) >= 3) {
			size_t skip = (size_t)(comma + 1 - s);
			memmove(s, s + skip, len - skip);
			len -= skip;
		}
	}
	size_t a = 0;
	while (a < len && (space(s[a]) || strchr(",;:.-", s[a])))
		a++;
	while (len > a && (space(s[len - 1]) || strchr(",;:.-", s[len - 1])))
		len--;
	memmove(s, s + a, len - a);
	len -= a;
	size_t words = 0;
	for (size_t i = 0; i < len; i++) {
		if (!space(s[i]) && (i == 0 || space(s[i - 1])) && ++words > TITLE_MAX_WORDS) {
			len = i;
			while (len && (space(s[len - 1]) || strchr(",;:-", s[len - 1])))
				len--;
			s[len] = '\0';
			t->len = len;
			dln__sb_adds(t, "\xE2\x80\xA6");
			s = t->data;
			len = t->len;
			break;
		}
	}
	t->len = len;
	if (len) {
		s[len] = '\0';
		s[0] = (char)toupper((unsigned char)s[0]);
	}
}

/* A stretch that begins after another date, in the middle of a clause ("... on Feb. 13
 * purportedly shows Kim observing a launch two days earlier"), has lost its subject; the
 * first name in it makes a better start than the verb. */
static void from_first_name(struct dln_strbuf *t)
{
	if (!t->len || !islower((unsigned char)t->data[0]))
		return;
	for (size_t i = 1; i + 1 < t->len; i++) {
		if (space(t->data[i - 1]) && isupper((unsigned char)t->data[i])) {
			if (count_words(t->data + i, t->len - i) < 3)
				return;
			memmove(t->data, t->data + i, t->len - i + 1);
			t->len -= i;
			return;
		}
	}
}

void dln__event_title(const char *text, const struct dln_timex *xs, size_t n, size_t k,
		      struct dln_strbuf *sb)
{
	const struct dln_timex *x = &xs[k];
	size_t lo, hi;
	struct cut cuts[2 * NEIGHBOURS + 1] = { { 0, 0 } };
	size_t ncuts = 0, self = 0;

	/* A title comes from near its expression: a window keeps an endless sentence cheap. */
	window(x, &lo, &hi);
	size_t first = k > NEIGHBOURS ? k - NEIGHBOURS : 0;
	size_t last = n - k > NEIGHBOURS ? k + NEIGHBOURS + 1 : n;
	/* Dates are cut; durations and sets stay, since they say what happened ("annual"). */
	for (size_t j = first; j < last; j++) {
		bool inside = xs[j].offset - xs[j].lead >= lo && xs[j].offset + xs[j].length <= hi;
		if (j == k)
			self = ncuts;
		if (j == k || (inside && (xs[j].type == DLN_TIMEX_DATE ||
					  xs[j].type == DLN_TIMEX_TIME)))
			cuts[ncuts++] = cut_of(text, lo, hi, &xs[j]);
	}
	/* The stretch between the neighbouring expressions, then the clause within it. */
	size_t left = lo, right = hi;
	if (self < ncuts) {
		if (self > 0)
			left = cuts[self - 1].end;
		if (self + 1 < ncuts)
			right = cuts[self + 1].start;
	}
	size_t cs, ce;
	clause_of(text, left, right, xs[k].offset, &cs, &ce);

	struct dln_strbuf t = DLN_STRBUF_INIT;
	keep(text, cs, ce, cuts, ncuts, &t);
	if (cs == left && self > 0)
		from_first_name(&t);
	if (count_words(t.data ? t.data : "", t.len) < 3) {
		t.len = 0;
		keep(text, lo, hi, cuts, ncuts, &t);
	}
	tidy(&t);
	if (t.failed)
		sb->failed = true;
	else if (t.len)
		dln__sb_add(sb, t.data, t.len);
	dln__sb_release(&t);
}

void dln__sentence_text(const char *text, const struct dln_timex *x, struct dln_strbuf *sb)
{
	bool pending = false;
	size_t start, end;

	window(x, &start, &end);
	/* Where the window cuts the sentence, it cuts at a word and says so. */
	if (start > x->sentence_start) {
		while (start < x->offset && !space(text[start]))
			start++;
		dln__sb_adds(sb, "\xE2\x80\xA6");
	}
	bool clipped = end < x->sentence_end;
	if (clipped)
		while (end > x->offset + x->length && !space(text[end - 1]))
			end--;
	for (size_t i = start; i < end; i++) {
		if (space(text[i])) {
			pending = true;
			continue;
		}
		if (pending)
			dln__sb_addc(sb, ' ');
		pending = false;
		dln__sb_addc(sb, text[i]);
	}
	if (clipped)
		dln__sb_adds(sb, " \xE2\x80\xA6");
}
