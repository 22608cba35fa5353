/* The eval command: TIMEX3 annotation scored against gold TimeML, printed line for line as
 * the TempEval-3 scorer ../shared/tools/te3score.py prints it, so that the two compare as
 * text. */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

struct eval_run {
	dln_eval *ev;
	const char *system_dir;          /* NULL with --tag */
	struct dln_read_options read;    /* the command's, TimeML forced */
};

static bool is_tml(const char *name)
{
	size_t n = strlen(name);

	return n >= 4 && strcmp(name + n - 4, ".tml") == 0;
}

/* The regular files NAME.tml in dir, hidden ones too (the reference takes them), sorted. */
static int list_gold(const char *dir, struct cli_inputs *in)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int rc = 0;

	*in = (struct cli_inputs){ 0 };
	if (!d) {
		cli_error(dir, "%s", strerror(errno));
		return CLI_INPUT;
	}
	while (!rc && (de = readdir(d))) {
		struct stat st;
		if (!is_tml(de->d_name))
			continue;
		char *path = cli_path_join(dir, de->d_name);
		if (path && (stat(path, &st) != 0 || !S_ISREG(st.st_mode))) {
			free(path);
			continue;
		}
		if (!path || !cli_inputs_push(in, path)) {
			cli_error(NULL, "out of memory");
			rc = CLI_INPUT;
		}
		free(path);
	}
	closedir(d);
	if (rc)
		return rc;
	if (!in->count) {
		cli_error(dir, "no .tml files in this directory");
		return CLI_INPUT;
	}
	qsort(in->paths, in->count, sizeof(*in->paths), cli_compare_paths);
	return 0;
}

/* All of path into *data (malloc'd). With missing_ok, a file that does not exist leaves
 * *data NULL and is no error. */
static int read_file(const char *path, size_t max, bool missing_ok, char **data, size_t *len)
{
	struct stat st;

	*data = NULL;
	*len = 0;
	if (missing_ok && stat(path, &st) != 0 && errno == ENOENT)
		return 0;
	return cli_read_input(path, max, data, len);
}

static int add(struct eval_run *run, const char *gold_path, const dln_document *gold,
	       const dln_document *system)
{
	/* The reference names a file by its name in the gold directory. */
	if (dln_eval_add(run->ev, strrchr(gold_path, '/') + 1, gold, system) < 0) {
		cli_lib_error(NULL);
		return CLI_INPUT;
	}
	return 0;
}

/* One gold file against the file of the same name in the system directory. */
static int score_file(struct eval_run *run, const char *gold_path)
{
	size_t max = run->read.max_bytes ? run->read.max_bytes : DLN_DEFAULT_MAX_BYTES;
	char *system_path = cli_path_join(run->system_dir, strrchr(gold_path, '/') + 1);
	dln_document *gold = NULL, *system = NULL;
	char *data = NULL;
	size_t len;
	int rc = CLI_INPUT;

	if (!system_path) {
		cli_error(NULL, "out of memory");
		return CLI_INPUT;
	}
	if (read_file(gold_path, max, false, &data, &len))
		goto out;
	if (dln_document_read(gold_path, data, len, &run->read, &gold) < 0) {
		cli_lib_error(gold_path);
		goto out;
	}
	free(data);
	if (read_file(system_path, max, true, &data, &len))
		goto out;
	if (data && dln_document_read(system_path, data, len, &run->read, &system) < 0) {
		cli_lib_error(system_path);
		goto out;
	}
	rc = add(run, gold_path, gold, system);
out:
	dln_document_free(system);
	dln_document_free(gold);
	free(data);
	free(system_path);
	return rc;
}

/* --tag: a gold document, read and tagged, against its TimeML annotation by datelines. */
static int score_tagged(void *ctx, const dln_tagging *t)
{
	/* Our own output: no size limit applies. */
	static const struct dln_read_options own = { DLN_INPUT_TIMEML, { 0 }, SIZE_MAX };
	const dln_document *gold = dln_tagging_document(t);
	const char *path = dln_document_name(gold);
	dln_document *system = NULL;
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	int rc = CLI_INPUT;

	if (!mem) {
		cli_error(path, "%s", strerror(errno));
		return CLI_INPUT;
	}
	int written = dln_write_timeml(t, mem);
	if (fclose(mem) != 0 && written == 0)
		cli_error(path, "%s", strerror(errno));
	else if (written < 0)
		cli_lib_error(path);
	else if (dln_document_read(path, buf, len, &own, &system) < 0)
		cli_lib_error(path);
	else
		rc = add(ctx, path, gold, system);
	dln_document_free(system);
	free(buf);
	return rc;
}

static void print_error(const struct dln_eval_error *e)
{
	switch (e->kind) {
	case DLN_EVAL_VALUE:
		printf("%s: VALUE \"%s\" gold=%s sys=%s (\"%s\")\n", e->file, e->gold_text,
		       e->gold_value, e->system_value, e->system_text);
		break;
	case DLN_EVAL_MISSED:
		printf("%s: MISSED \"%s\" %s\n", e->file, e->gold_text, e->gold_value);
		break;
	case DLN_EVAL_SPURIOUS:
		printf("%s: SPURIOUS \"%s\" %s\n", e->file, e->system_text, e->system_value);
		break;
	case DLN_EVAL_EXTENT:
		printf("%s: EXTENT \"%s\" sys=\"%s\" %s\n", e->file, e->gold_text, e->system_text,
		       e->gold_value);
		break;
	}
}

/* --errors prints what the reference scorer prints; --spans adds the extent errors. */
static void print_report(const dln_eval *ev, bool errors, bool spans)
{
	const struct dln_eval_counts *c = dln_eval_counts(ev);
	struct dln_eval_scores s;

	if (errors) {
		size_t n = dln_eval_error_count(ev), printed = 0;
		for (size_t i = 0; i < n; i++) {
			const struct dln_eval_error *e = dln_eval_error(ev, i);
			if (e->kind != DLN_EVAL_EXTENT || spans) {
				print_error(e);
				printed++;
			}
		}
		/* The reference prints its error lines joined: no errors is one empty line. */
		if (!printed)
			putchar('\n');
	}
	dln_eval_score(c, &s);
	printf("gold=%zu system=%zu strict=%zu relaxed=%zu value_ok=%zu type_ok=%zu\n", c->gold,
	       c->system, c->strict, c->relaxed, c->value, c->type);
	printf("strict P/R/F1 %.2f %.2f %.2f\n", 100 * s.strict_precision,
	       100 * s.strict_recall, 100 * s.strict_f1);
	printf("relaxed P/R/F1 %.2f %.2f %.2f\n", 100 * s.relaxed_precision,
	       100 * s.relaxed_recall, 100 * s.relaxed_f1);
	printf("value_F1 %.2f type_F1 %.2f\n", 100 * s.value_f1, 100 * s.type_f1);
}

int cli_cmd_eval(const struct cli_options *o)
{
	struct eval_run run = { .read = o->read };
	struct cli_options tagging = *o;
	struct cli_inputs in = { 0 };
	struct cli_tally tally = { 0 };
	struct stat st;
	int rc;

	if (o->file_count != (o->tag ? 1 : 2))
		return cli_usage(o->command, o->tag ? "--tag takes one GOLD_DIR" :
				 "expected GOLD_DIR SYSTEM_DIR");
	if (o->read.format == DLN_INPUT_TEXT)
		return cli_usage(o->command, "eval reads TimeML; --input-format text does not "
				 "apply");
	run.read.format = DLN_INPUT_TIMEML;
	tagging.read.format = DLN_INPUT_TIMEML;
	if (!o->tag) {
		run.system_dir = o->files[1];
		if (stat(run.system_dir, &st) != 0) {
			cli_error(run.system_dir, "%s", strerror(errno));
			return CLI_INPUT;
		}
		if (!S_ISDIR(st.st_mode)) {
			cli_error(run.system_dir, "%s", strerror(ENOTDIR));
			return CLI_INPUT;
		}
	}
	if ((rc = list_gold(o->files[0], &in)))
		goto out;
	if (dln_eval_new(&run.ev) < 0) {
		cli_lib_error(NULL);
		rc = CLI_INPUT;
		goto out;
	}
	if (o->tag) {
		/* TimeML is read whole: one piece a document, nothing to undo. */
		struct cli_consumer to = { score_tagged, NULL, &run };
		if ((rc = cli_each_document(&tagging, &in, &to, &tally)))
			goto out;
	} else {
		for (size_t i = 0; i < in.count; i++) {
			if (score_file(&run, in.paths[i]))
				tally.failed++;
			else
				tally.ok++;
		}
	}
	/* Figures over nothing would only mislead. */
	if (!tally.ok) {
		rc = CLI_INPUT;
		goto out;
	}
	print_report(run.ev, o->errors, o->spans);
	if (!(rc = cli_stdout_finish()))
		rc = cli_tally_status(&tally);
out:
	dln_eval_free(run.ev);
	cli_inputs_free(&in);
	return rc;
}
