/* Documents: each input read through a stream, tagged piece by piece and handed to the
 * command's consumer, so that a text of any length takes a few windows of memory. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* An input file being read, and the limits the messages name. */
struct cli_source {
	const char *path;
	int fd;
	size_t max_bytes, bytes;
	size_t max_events;
	bool over_limit;      /* more than max_bytes came in */
};

static long read_source(void *ctx, char *buf, size_t size)
{
	struct cli_source *src = ctx;
	ssize_t got;

	while ((got = read(src->fd, buf, size)) < 0 && errno == EINTR)
		continue;
	if (got > 0 && (src->bytes += (size_t)got) > src->max_bytes) {
		src->over_limit = true;
		errno = EFBIG;
		return -1;
	}
	return (long)got;
}

static void close_source(struct cli_source *src)
{
	if (src)
		cli_close_input(src->fd);
	free(src);
}

static int open_source(const struct cli_options *o, const char *path, struct cli_source **out)
{
	struct cli_source *src = calloc(1, sizeof(*src));
	struct stat st;

	*out = NULL;
	if (!src) {
		cli_error(path, "out of memory");
		return CLI_INPUT;
	}
	src->path = path;
	src->max_bytes = o->read.max_bytes ? o->read.max_bytes : DLN_DEFAULT_MAX_BYTES;
	src->max_events = o->tag_options.max_timexes;
	if (cli_open_input(path, src->max_bytes, &src->fd, &st)) {
		free(src);
		return CLI_INPUT;
	}
	*out = src;
	return 0;
}

/* Reports a stream's failure `rc`; *why is the message for a consumer to keep. */
static void report(const struct cli_source *src, int rc, char *why, size_t size)
{
	/* The library's message cannot know which option sets a limit. */
	if (src->over_limit)
		snprintf(why, size, "more than the limit of %zu bytes (--max-bytes)", src->max_bytes);
	else if (rc == DLN_ELIMIT)
		snprintf(why, size, "more than %zu temporal expressions (--max-events)",
			 src->max_events);
	else {
		snprintf(why, size, "%s", dln_error_last());
		cli_lib_error(src->path);
		return;
	}
	cli_error(src->path, "%s", why);
}

static int next_piece(struct cli_document *d, char *why, size_t size)
{
	int rc = dln_stream_next(d->stream, &d->piece);

	if (rc > 0)
		return 0;
	report(d->source, rc, why, size);
	return CLI_INPUT;
}

static void warn_undated(const struct cli_options *o, const dln_document *doc)
{
	if (o->quiet || dln_document_dct(doc)->known)
		return;
	fprintf(cli_messages(), "datelines: warning: %s: no publication date found; relative "
		"dates stay unresolved (pass --dct YYYY-MM-DD)\n",
		cli_display_name(dln_document_name(doc)));
}

int cli_document_load(const struct cli_options *o, const char *path, struct cli_document *out)
{
	struct dln_stream_options so = { o->read, o->tag_options, 0 };
	char why[512];
	int rc;

	*out = (struct cli_document){ 0 };
	if ((rc = open_source(o, path, &out->source)))
		return rc;
	if (dln_stream_open(path, read_source, out->source, &so, &out->stream) < 0) {
		cli_lib_error(path);
		cli_document_free(out);
		return CLI_INPUT;
	}
	if ((rc = next_piece(out, why, sizeof(why)))) {
		cli_document_free(out);
		return rc;
	}
	const dln_document *doc = dln_tagging_document(out->piece);
	/* An empty input is a failed download or a wrong file far more often than an article
	 * with nothing in it: say so rather than print an empty timeline. */
	if (dln_document_raw_length(doc) == 0 && dln_document_piece(doc)->last) {
		cli_error(path, "the input is empty");
		cli_document_free(out);
		return CLI_INPUT;
	}
	warn_undated(o, doc);
	return 0;
}

void cli_document_free(struct cli_document *d)
{
	dln_stream_free(d->stream);
	close_source(d->source);
	*d = (struct cli_document){ 0 };
}

int cli_document_hand(struct cli_document *d, int rc, const struct cli_consumer *to,
		      struct cli_tally *tally)
{
	char why[512];
	bool taken = false;  /* the consumer holds pieces of this document */

	while (!rc) {
		if ((rc = to->piece(to->ctx, d->piece)) == CLI_INPUT)
			snprintf(why, sizeof(why), "%s", dln_error_last());
		if (rc || dln_document_piece(dln_tagging_document(d->piece))->last)
			break;
		taken = true;
		rc = next_piece(d, why, sizeof(why));
	}
	if (rc == CLI_INPUT && taken && to->abandon)
		to->abandon(to->ctx, why);
	cli_document_free(d);
	if (rc == CLI_INPUT)
		tally->failed++;
	else if (!rc)
		tally->ok++;
	return rc == CLI_INPUT ? 0 : rc;
}

int cli_each_document(const struct cli_options *o, const struct cli_inputs *in,
		      const struct cli_consumer *to, struct cli_tally *tally)
{
	*tally = (struct cli_tally){ .failed = in->failed };
	if (o->jobs > 1 && in->count > 1)
		return cli_each_document_parallel(o, in, to, tally);
	for (size_t i = 0; i < in->count; i++) {
		struct cli_document d;
		int rc = cli_document_load(o, in->paths[i], &d);
		if ((rc = cli_document_hand(&d, rc, to, tally)))
			return rc;
	}
	return 0;
}
