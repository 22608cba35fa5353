/* The clause around an expression: where a semicolon bounds it and which tokens belong to a
 * relative clause set off by commas, whose verbs tell of their own time (tense.c). */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "clause.h"
#include "rule_tables.h"

bool dln__is_comma(const struct dln_token *t)
{
	return t->kind == DLN_TOK_PUNCT && t->num == ',';
}

/* A semicolon joins clauses that each have their own verb: "NOAA will release its outlook
 * on Thursday; in May, it predicted 13 storms". */
static bool is_semicolon(const struct dln_token *t)
{
	return t->kind == DLN_TOK_PUNCT && t->num == ';';
}

bool dln__token_among(const struct dln_token *t, const char *text, const struct dln_word *words,
		      size_t count)
{
	if (t->kind != DLN_TOK_WORD)
		return false;
	/* The length turns most words away before their letters are compared: the tense
	 * search asks this of nearly every word of a sentence. */
	for (size_t k = 0; k < count; k++)
		if (t->len == words[k].len &&
		    strncasecmp(text + t->off, words[k].text, t->len) == 0)
			return true;
	return false;
}

/* Whether tok[i] is a relative pronoun that opens a clause: "who", "which", "whose", "whom". */
static bool relative_pronoun(const struct dln_token *t, const char *text)
{
	static const struct dln_word pronouns[] = { DLN_WORD("who"), DLN_WORD("which"),
						     DLN_WORD("whose"), DLN_WORD("whom") };

	return !t->lex && dln__token_among(t, text, pronouns, sizeof pronouns / sizeof *pronouns);
}

enum { RELATIVE_REACH = 24 };  /* tokens a relative clause set off by commas may hold */

/* A mark that ends a relative clause set off by commas: any but a hyphen or an apostrophe. */
static bool ends_clause(const struct dln_token *t)
{
	return t->kind == DLN_TOK_PUNCT && t->num != '-' && t->num != '\'';
}

/* The comma that opens the relative clause the comma at tok[i] closes ("The 76ers, who have
 * won six, visit"), or SIZE_MAX when tok[i] closes none. */
static size_t relative_clause_opened(const struct dln_token *tok, size_t i, const char *text)
{
	if (!dln__is_comma(&tok[i]))
		return SIZE_MAX;
	for (size_t j = i; j-- > 0 && i - j <= RELATIVE_REACH;)
		if (ends_clause(&tok[j]))
			return dln__is_comma(&tok[j]) && relative_pronoun(&tok[j + 1], text) ? j : SIZE_MAX;
	return SIZE_MAX;
}

/* The comma that closes the relative clause the comma at tok[i] opens, or SIZE_MAX. */
static size_t relative_clause_closed(const struct dln_token *tok, size_t n, size_t i,
				     const char *text)
{
	if (!dln__is_comma(&tok[i]) || i + 1 >= n || !relative_pronoun(&tok[i + 1], text))
		return SIZE_MAX;
	for (size_t j = i + 1; j < n && j - i <= RELATIVE_REACH; j++)
		if (ends_clause(&tok[j]))
			return dln__is_comma(&tok[j]) ? j : SIZE_MAX;
	return SIZE_MAX;
}

/* Whether what follows the comma at tok[i] up to the expression at `first` goes on the
 * clause a relative clause interrupted ("The 76ers, who have won six, visit the Knicks on
 * Friday"), not a list ("who stepped down as chairman, president and chief executive in
 * March") or a clause of its own (", and as protests spread ... on Monday"). */
static bool main_verb_after_clause(const struct dln_token *tok, size_t i, size_t first)
{
	for (size_t j = i + 1; j < first; j++)
		if (tok[j].lex == DLN_LEX_AND || tok[j].lex == DLN_LEX_OR || tok[j].lex == DLN_LEX_BUT ||
		    tok[j].kind == DLN_TOK_PUNCT)
			return false;
	return true;
}

void dln__view_clause(const struct dln_token *tok, size_t n, size_t first, size_t end,
		      const char *text, struct dln_clause_view *v)
{
	size_t d = 1;

	memset(v, 0, sizeof *v);
	while (d <= DLN_CLAUSE_REACH && d <= first && !is_semicolon(&tok[first - d])) {
		size_t i = first - d, open = relative_clause_opened(tok, i, text);
		if (open == SIZE_MAX || !main_verb_after_clause(tok, i, first)) {
			d++;
			continue;
		}
		for (; d <= DLN_CLAUSE_REACH && d <= first - open; d++)
			v->hidden_left[d] = true;
	}
	v->left = d - 1;
	for (d = 1; d <= DLN_CLAUSE_REACH && end + d - 1 < n && !is_semicolon(&tok[end + d - 1]);) {
		size_t close = relative_clause_closed(tok, n, end + d - 1, text);
		if (close == SIZE_MAX) {
			d++;
			continue;
		}
		for (; d <= DLN_CLAUSE_REACH && end + d - 1 <= close; d++)
			v->hidden_right[d] = true;
	}
	v->right = d - 1;
}

size_t dln__relative_clause_before(const struct dln_token *tok, size_t first, const char *text,
				   size_t reach)
{
	for (size_t i = first; i-- > 0 && first - i <= reach;) {
		if (tok[i].kind == DLN_TOK_PUNCT)
			return SIZE_MAX;
		if (tok[i].lex == DLN_LEX_THAT || relative_pronoun(&tok[i], text))
			return i;
	}
	return SIZE_MAX;
}
