/* The tag command: each document with its TIMEX3 expressions, as TimeML or JSON, to
 * standard output or one file per input in a directory. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct tag_run {
	bool json;
	const char *dir;            /* -o DIR, or NULL for standard output */
	struct cli_output *std;     /* standard output, shared, when dir is NULL */
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

/* Writes one document to DIR/basename, whole or not at all. */
static int write_to_dir(const struct tag_run *run, const dln_tagging *t)
{
	const char *base = base_name(dln_document_name(dln_tagging_document(t)), run->json);
	size_t dl = strlen(run->dir);
	char *path = malloc(dl + strlen(base) + 2);
	struct cli_output out;
	int rc;

	if (!path) {
		cli_error(NULL, "out of memory");
		return CLI_OUTPUT;
	}
	sprintf(path, "%s%s%s", run->dir, dl && run->dir[dl - 1] == '/' ? "" : "/", base);
	if (!(rc = cli_output_open(&out, path))) {
		int written = write_tagging(run, t, out.fp);
		rc = written < 0 ? cli_output_fail(&out, written) : cli_output_commit(&out);
	}
	free(path);
	return rc;
}

static int tag_one(void *ctx, const dln_tagging *t)
{
	const struct tag_run *run = ctx;

	if (run->dir)
		return write_to_dir(run, t);
	int written = write_tagging(run, t, run->std->fp);
	return written < 0 ? cli_output_fail(run->std, written) : 0;
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
	if ((rc = cli_each_document(o, &in, tag_one, &run, &tally)))
		goto out;
	if (!run.dir && tally.ok)
		rc = cli_output_commit(&out);
	if (!rc)
		rc = cli_tally_status(&tally);
out:
	cli_inputs_free(&in);
	return rc;
}
