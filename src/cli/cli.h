/* The datelines tool: what main.c, the commands, inputs.c and output.c share.
 *
 * Functions that can fail print their own one-line message and return an exit status
 * (enum cli_exit), 0 on success.
 */
#ifndef DLN_CLI_H
#define DLN_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/stat.h>

#include "datelines/datelines.h"

#if defined(__GNUC__)
#define DLN_CLI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define DLN_CLI_PRINTF(f, a)
#endif

enum cli_exit {
	CLI_OK = 0,
	CLI_INPUT = 1,    /* every input failed, or the only one did */
	CLI_USAGE = 2,
	CLI_OUTPUT = 3,   /* the output could not be written */
	CLI_PARTIAL = 4,  /* some inputs failed; the others were written */
};

/* The most temporal expressions read from one document unless --max-events says otherwise:
 * news articles hold hundreds at most, and each costs memory in every stage after. */
#define CLI_DEFAULT_MAX_EVENTS 100000

/* The command line, parsed; each command reads the options it accepts. */
struct cli_options {
	const char *command;
	const char *format;      /* --format as given, NULL when absent */
	const char *output;      /* -o as given, NULL when absent */
	const char *title;       /* render --title */
	double scale;            /* render --scale; 0 when absent */
	int width;               /* render --width; 0 when absent */
	bool tag;                /* eval --tag */
	bool errors;             /* eval --errors */
	bool spans;              /* eval --spans: extent errors too */
	bool quiet;
	int jobs;                /* -j: documents read and tagged at once, 1 or more */
	struct dln_read_options read;
	struct dln_tag_options tag_options;  /* --max-events */
	char **files;            /* the FILE arguments, possibly none */
	int file_count;
};

/* main.c: messages, all starting "datelines: ", on stderr or wherever cli_messages_to(fp) sent
 * this thread's (fp NULL: stderr again): worker threads hold theirs back so that they come
 * out in input order. */
FILE *cli_messages(void);
void cli_messages_to(FILE *fp);
void cli_error(const char *name, const char *fmt, ...) DLN_CLI_PRINTF(2, 3);
/* The library's last message; `name` is not repeated when the message starts with it. */
void cli_lib_error(const char *name);
/* A usage error of `command` (NULL for the tool): the message and where help is. */
int cli_usage(const char *command, const char *fmt, ...) DLN_CLI_PRINTF(2, 3);
/* How a document name reads in messages ("-" is standard input). */
const char *cli_display_name(const char *name);

/* inputs.c: the FILE arguments expanded into the inputs to read, in order. */
struct cli_inputs {
	char **paths;            /* "-" is standard input */
	size_t count, cap;
	size_t failed;           /* arguments that named nothing to read */
};

struct cli_tally {
	size_t ok, failed;
};

/* No args means standard input. Arguments that name nothing to read are reported and
 * counted in failed; the status is not 0 only when memory ran out. */
int cli_inputs_collect(char **args, int count, struct cli_inputs *in);
void cli_inputs_free(struct cli_inputs *in);
/* Appends a copy of path; false when out of memory. */
bool cli_inputs_push(struct cli_inputs *in, const char *path);
/* "dir/name" (malloc'd), NULL when out of memory. */
char *cli_path_join(const char *dir, const char *name);
/* qsort order of paths (char *), byte by byte. */
int cli_compare_paths(const void *a, const void *b);
/* Opens path ("-": standard input) into *fd, refusing a file of more than max bytes; reports
 * failures itself and returns CLI_INPUT. */
int cli_open_input(const char *path, size_t max, int *fd, struct stat *st);
/* Closes what cli_open_input opened (standard input stays open). */
void cli_close_input(int fd);
/* Reads all of path ("-": standard input) into *data (malloc'd), refusing more than max
 * bytes; reports failures itself and returns CLI_INPUT. */
int cli_read_input(const char *path, size_t max, char **data, size_t *len);
/* What a command does with the documents read: each comes as one piece, or, when it is a long
 * text, as the pieces of a stream (see datelines/stream.h), in order. */
struct cli_consumer {
	/* Takes a piece; returns an exit status: CLI_INPUT counts the document as failed and
	 * goes on, anything else stops the run. */
	int (*piece)(void *ctx, const dln_tagging *piece);
	/* The document whose first pieces piece() took has failed for `message`: undo or close
	 * what they started. NULL when there is nothing to undo. */
	void (*abandon)(void *ctx, const char *message);
	void *ctx;
};
/* Reads and tags each input and hands it to the consumer, in input order and one at a time;
 * failures are reported and tallied. With o->jobs > 1, inputs (their first window, see
 * jobs.c) are read and tagged on that many threads, and the consumer may be called on any of
 * them. */
int cli_each_document(const struct cli_options *o, const struct cli_inputs *in,
		      const struct cli_consumer *to, struct cli_tally *tally);
/* One input: the stream it is read through and its first piece, read and tagged. */
struct cli_document {
	struct cli_source *source;
	dln_stream *stream;
	const dln_tagging *piece;
};
/* Loads path's first piece into *out; an exit status, CLI_INPUT when it failed (and was
 * reported). */
int cli_document_load(const struct cli_options *o, const char *path, struct cli_document *out);
void cli_document_free(struct cli_document *d);
/* Hands one loaded input (load status rc) to the consumer piece by piece, and tallies it: 0
 * to go on, else the status that stops the run. Frees the document. */
int cli_document_hand(struct cli_document *d, int rc, const struct cli_consumer *to,
		      struct cli_tally *tally);

/* jobs.c: cli_each_document on o->jobs threads. */
int cli_each_document_parallel(const struct cli_options *o, const struct cli_inputs *in,
			       const struct cli_consumer *to, struct cli_tally *tally);
/* The exit status the tally calls for: 0, CLI_PARTIAL or CLI_INPUT. */
int cli_tally_status(const struct cli_tally *tally);

/* output.c: a file that appears whole or not at all, or standard output. */
struct cli_output {
	const char *path;        /* NULL: standard output */
	char *tmp;               /* the temporary file, NULL when writing in place */
	FILE *fp;
};

/* path NULL or "-" is standard output. */
int cli_output_open(struct cli_output *out, const char *path);
/* Makes what was written the file at path (or flushes standard output). */
int cli_output_commit(struct cli_output *out);
/* Throws away what was written; a previous file at path stays as it was. */
void cli_output_discard(struct cli_output *out);
/* Reports a writer's failure code `rc` and discards the output. */
int cli_output_fail(struct cli_output *out, int rc);
/* Checks that standard output took everything written to it. */
int cli_stdout_finish(void);
/* Creates a directory and its parents as needed. */
int cli_make_directory(const char *path);

/* cmd_list.c: what list, ics and render share. Reads every input into one timeline and
 * writes it to o->output (standard output when NULL) with writer. */
typedef int (*cli_timeline_writer)(const dln_timeline *tl, const void *ctx, FILE *out);
int cli_run_timeline(const struct cli_options *o, cli_timeline_writer writer, const void *ctx);

/* The commands. */
int cli_cmd_list(const struct cli_options *o);
int cli_cmd_tag(const struct cli_options *o);
int cli_cmd_ics(const struct cli_options *o);
int cli_cmd_render(const struct cli_options *o);
int cli_cmd_eval(const struct cli_options *o);

#endif
