/* Fuzz target: plain text tagged against a random publication date, then every writer that
 * sees a tagging (TimeML, tag JSON) and the timeline listing. Input: a DCT (see fuzz_dct),
 * then the text. */
#include <stdlib.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_bytes b = { data, size };
	struct dln_read_options ro = DLN_READ_OPTIONS_INIT;
	dln_document *doc = NULL;
	dln_tagging *t = NULL;
	dln_timeline *tl = NULL;

	ro.format = DLN_INPUT_TEXT;
	ro.dct = fuzz_dct(&b);
	if (dln_document_read("fuzz.txt", (const char *)b.p, b.n, &ro, &doc) < 0)
		return 0;
	if (dln_tag(doc, NULL, &t) == 0) {
		dln_write_timeml(t, fuzz_sink());
		dln_write_tag_json(t, fuzz_sink());
		if (dln_timeline_new(&tl) == 0 && dln_timeline_add_tagging(tl, t) == 0)
			dln_write_list(tl, DLN_LIST_JSON, fuzz_sink());
	}
	dln_timeline_free(tl);
	dln_tagging_free(t);
	dln_document_free(doc);
	return 0;
}
