/* Fuzz target: the TimeML reader (libxml2's check, then the hand-written walk over <TEXT>),
 * and for documents it accepts, tagging and the TimeML writer that re-emits the markup. */
#include <stdlib.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dln_read_options ro = DLN_READ_OPTIONS_INIT;
	dln_document *doc = NULL;
	dln_tagging *t = NULL;

	ro.format = DLN_INPUT_TIMEML;
	if (dln_document_read("fuzz.tml", (const char *)data, size, &ro, &doc) < 0)
		return 0;
	/* Text offsets map into the raw bytes, in order. */
	size_t len = dln_document_text_length(doc), prev = 0;
	for (size_t i = 0; i <= len; i++) {
		size_t raw = dln_document_raw_offset(doc, i);
		if (raw < prev || raw > dln_document_raw_length(doc))
			abort();
		prev = raw;
	}
	if (dln_tag(doc, NULL, &t) == 0)
		dln_write_timeml(t, fuzz_sink());
	dln_tagging_free(t);
	dln_document_free(doc);
	return 0;
}
