/* datelines — news articles to timelines. The whole public API. */
#ifndef DATELINES_H
#define DATELINES_H

#define DATELINES_VERSION "0.1.0"

#include "error.h"
#include "date.h"
#include "document.h"
#include "tagger.h"
#include "stream.h"
#include "timeline.h"
#include "writers.h"
#include "eval.h"

/* Sets up the libraries datelines uses. Call it once before using datelines from several
 * threads at once (each document, tagging and timeline is then used by one thread at a
 * time); a program with one thread need not. */
void dln_init(void);

#endif
