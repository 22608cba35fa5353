/* The tag command: each document with its TIMEX3 expressions, as TimeML or JSON, to
 * standard output or one file per input in a directory. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct tag_run {
	bool json;
	const char *dir;            /* -o DIR, or NULL for standard output */
	struct cli_output *std;     /* standard output, shared, when dir is NULL */
	struct cli_output file;     /* -o DIR: the document's file, open from its first piece
				     * to its last */
	char *path;                 /* its path, which file borrows */
};

static const char *base_name(const char *path, bool json)
{
	const char *slash = strrchr(path, '/');

	if (strcmp(path, "-") == 0)
		return json ? "stdin.json" : "stdin.tml";
	return slash ? slash + 1 : path;
}

static int write_tagging(const struct tag_run *run, const dln_tagging *t, FILE *out)
{
	return run->json ? dln_write_tag_json(t, out) : dln_write_timeml(t, out);
}

/* Opens DIR/basename for a document; it appears when its last piece is written. */
static int open_in_dir(struct tag_run *run, const dln_document *doc)
{
	const char *base = base_name(dln_document_name(doc), run->json);
	size_t dl = strlen(run->dir);
	char *path = malloc(dl + strlen(base) + 2);
	int rc;

	if (!path) {
		cli_error(NULL, "out of memory");
		return CLI_OUTPUT;
	}
	sprintf(path, "%s%s%s", run->dir, dl && run->dir[dl - 1] == '/' ? "" : "/", base);
	if ((rc = cli_output_open(&run->file, path)))
		free(path);
	else
		run->path = path;
	return rc;
}

/* The document's file was made or thrown away: its path goes too. Returns rc. */
static int forget_path(struct tag_run *run, int rc)
{
	free(run->path);
	run->path = NULL;
	return rc;
}

static int tag_piece(void *ctx, const dln_tagging *t)
{
	struct tag_run *run = ctx;
	const struct dln_piece *piece = dln_document_piece(dln_tagging_document(t));
	struct cli_output *out = run->dir ? &run->file : run->std;
	int rc;

	if (run->dir && piece->index == 0 && (rc = open_in_dir(run, dln_tagging_document(t))))
		return rc;
	int written = write_tagging(run, t, out->fp);
	if (written < 0)
		rc = cli_output_fail(out, written);
	else
		rc = run->dir && piece->last ? cli_output_commit(out) : 0;
	return run->dir && (rc || piece->last) ? forget_path(run, rc) : rc;
}

/* A long text failed part way: its file is not made; on standard output what was written is
 * closed with the message. */
static void abandon_document(void *ctx, const char *message)
{
	struct tag_run *run = ctx;

	if (run->dir) {
		cli_output_discard(&run->file);
		forget_path(run, 0);
		return;
	}
	int written = run->json ? dln_write_tag_json_abort(message, run->std->fp)
				: dln_write_timeml_abort(message, run->std->fp);
	if (written < 0)
		cli_output_fail(run->std, written);
}

struct target {
	const char *base, *path;
	size_t index;  /* input order breaks ties, so that messages name inputs in order */
};

static int compare_targets(const void *pa, const void *pb)
{
	const struct target *a = pa, *b = pb;
	int c = strcmp(a->base, b->base);

	return c ? c : (a->index > b->index) - (a->index < b->index);
}

/* Two inputs that would be written to the same file are refused before anything is. */
static int check_targets(const struct cli_inputs *in, const struct tag_run *run,
			 const char *command)
{
	struct target *t;
	int rc = 0;

	if (in->count < 2)
		return 0;
	if (!(t = malloc(in->count * sizeof(*t)))) {
		cli_error(NULL, "out of memory");
		return CLI_INPUT;
	}
	for (size_t i = 0; i < in->count; i++)
		t[i] = (struct target){ base_name(in->paths[i], run->json), in->paths[i], i };
	qsort(t, in->count, sizeof(*t), compare_targets);
	for (size_t i = 1; i < in->count && !rc; i++)
		if (strcmp(t[i - 1].base, t[i].base) == 0)
			rc = cli_usage(command, "'%s' and '%s' would both be written to %s/%s",
				       cli_display_name(t[i - 1].path),
				       cli_display_name(t[i].path), run->dir, t[i].base);
	free(t);
	return rc;
}

int cli_cmd_tag(const struct cli_options *o)
{
	struct cli_output out;
	struct tag_run run = { .std = &out };
	struct cli_inputs in;
	struct cli_tally tally = { 0 };
	int rc;

	if (o->output && strcmp(o->output, "-") != 0)
		run.dir = o->output;
	/* One object per document and line is JSON Lines; "json" is the name it had first. */
	if (o->format && (strcmp(o->format, "jsonl") == 0 || strcmp(o->format, "json") == 0))
		run.json = true;
	else if (o->format && strcmp(o->format, "timeml") != 0)
		return cli_usage(o->command, "--format: '%s' is not timeml or jsonl", o->format);
	if ((rc = cli_inputs_collect(o->files, o->file_count, &in)))
		goto out;
	cli_output_open(&out, NULL);
	if (run.dir && in.count && ((rc = check_targets(&in, &run, o->command)) ||
				    (rc = cli_make_directory(run.dir))))
		goto out;
	struct cli_consumer to = { tag_piece, abandon_document, &run };
	if ((rc = cli_each_document(o, &in, &to, &tally)))
		goto out;
	if (!run.dir && tally.ok)
		rc = cli_output_commit(&out);
	if (!rc)
		rc = cli_tally_status(&tally);
out:
	cli_inputs_free(&in);
	return rc;
}
