/* The list command, and the run that list, ics and render share: every input into one
 * timeline, the timeline to one output. */
#include <string.h>

#include "cli.h"

static int add_to_timeline(void *ctx, const dln_tagging *tagging)
{
	if (dln_timeline_add_tagging(ctx, tagging) < 0) {
		cli_lib_error(dln_document_name(dln_tagging_document(tagging)));
		return CLI_INPUT;
	}
	return 0;
}

/* A long text that failed part way leaves nothing behind, as a short one would. */
static void drop_from_timeline(void *ctx, const char *message)
{
	(void)message;
	dln_timeline_drop_last_source(ctx);
}

int cli_run_timeline(const struct cli_options *o, cli_timeline_writer writer, const void *ctx)
{
	struct cli_inputs in;
	struct cli_tally tally = { 0 };
	struct cli_output out;
	dln_timeline *tl = NULL;
	int rc;

	if ((rc = cli_inputs_collect(o->files, o->file_count, &in)))
		goto out;
	if (dln_timeline_new(&tl) < 0) {
		cli_lib_error(NULL);
		rc = CLI_INPUT;
		goto out;
	}
	struct cli_consumer to = { add_to_timeline, drop_from_timeline, tl };
	if ((rc = cli_each_document(o, &in, &to, &tally)))
		goto out;
	/* With nothing read there is nothing to write, and a previous output stays. */
	if (!tally.ok) {
		rc = CLI_INPUT;
		goto out;
	}
	if ((rc = cli_output_open(&out, o->output)))
		goto out;
	int written = writer(tl, ctx, out.fp);
	rc = written < 0 ? cli_output_fail(&out, written) : cli_output_commit(&out);
	if (!rc)
		rc = cli_tally_status(&tally);
out:
	dln_timeline_free(tl);
	cli_inputs_free(&in);
	return rc;
}

static int write_list(const dln_timeline *tl, const void *ctx, FILE *out)
{
	return dln_write_list(tl, *(const enum dln_list_format *)ctx, out);
}

int cli_cmd_list(const struct cli_options *o)
{
	/* In the order of enum dln_list_format. */
	static const char *const names[] = { "text", "tsv", "json", "jsonl" };
	const size_t count = sizeof(names) / sizeof(names[0]);
	size_t i = 0;

	while (o->format && i < count && strcmp(names[i], o->format) != 0)
		i++;
	if (i == count)
		return cli_usage(o->command, "--format: '%s' is not text, tsv, json or jsonl",
				 o->format);
	enum dln_list_format format = o->format ? (enum dln_list_format)i : DLN_LIST_TEXT;
	return cli_run_timeline(o, write_list, &format);
}
