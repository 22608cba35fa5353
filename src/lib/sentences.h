/* Sentence splitting over the scanner's tokens. */
#ifndef DLN_SENTENCES_H
#define DLN_SENTENCES_H

#include <stddef.h>
#include "scanner.h"

/* Tokens of one sentence; the buffer is reused from sentence to sentence. */
struct dln_tokbuf {
	struct dln_token *tok;
	size_t count, cap;
};

/* Tokens scanned at once, ahead of the splitter. */
#define DLN_SCAN_AHEAD 64

struct dln_sentences {
	struct dln_scanner scan;
	/* After dln__sentence_next: the token after the sentence, if any. */
	struct dln_token next;
	bool has_next;
	/* Tokens scanned but not yet taken: ahead[pos..count). */
	struct dln_token ahead[DLN_SCAN_AHEAD];
	unsigned pos, count;
};

/* A sentence is cut after this many tokens, so one endless line costs bounded memory. */
#define DLN_MAX_SENTENCE_TOKENS 4096

void dln__sentences_init(struct dln_sentences *s, const char *text, size_t len);
/* Fills buf with the next sentence: 1, 0 at the end of the text, or DLN_ENOMEM. */
int dln__sentence_next(struct dln_sentences *s, struct dln_tokbuf *buf);
void dln__tokbuf_release(struct dln_tokbuf *buf);

#endif
