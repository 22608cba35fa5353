/* Fuzz target: the publication date from a --dct value (the first line) and from a byline:
 * the whole input as a plain-text article with no --dct, so that the reader looks for a
 * byline and a headline near the top; what it finds is then tagged. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dln_read_options ro = DLN_READ_OPTIONS_INIT;
	dln_document *doc = NULL;
	dln_tagging *t = NULL;
	struct dln_dct dct;
	char arg[64];
	size_t start, end, n = 0;

	while (n < size && n + 1 < sizeof(arg) && data[n] != '\n')
		n++;
	memcpy(arg, data, n);
	arg[n] = '\0';
	if (dln_dct_parse(arg, &dct) == 0 &&
	    (!dct.known || !dln_date_valid(dct.at.year, dct.at.month, dct.at.day)))
		abort();
	ro.format = DLN_INPUT_TEXT;
	if (dln_document_read("fuzz.txt", (const char *)data, size, &ro, &doc) < 0)
		return 0;
	dln_document_byline(doc, &start, &end);
	if (start > end || end > dln_document_text_length(doc) ||
	    strlen(dln_document_title(doc)) > dln_document_text_length(doc))
		abort();
	dln_tag(doc, NULL, &t);
	dln_tagging_free(t);
	dln_document_free(doc);
	return 0;
}
