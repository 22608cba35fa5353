/* The JSON listing, called by dln_write_list for the json and jsonl formats. */
#ifndef DLN_WRITE_JSON_H
#define DLN_WRITE_JSON_H

#include <stdbool.h>
#include <stdio.h>
#include "datelines/timeline.h"

/* One object with documents and events, or (lines) one event object per line. */
int dln__write_list_json(const dln_timeline *tl, bool lines, FILE *out);

#endif
