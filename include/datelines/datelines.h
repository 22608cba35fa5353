/* datelines — news articles to timelines. The whole public API. */
#ifndef DATELINES_H
#define DATELINES_H

#define DATELINES_VERSION "0.1.0"

#include "error.h"
#include "date.h"
#include "document.h"
#include "tagger.h"
#include "timeline.h"
#include "writers.h"

#endif
