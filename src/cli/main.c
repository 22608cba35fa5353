/* datelines: the command line — options, help, messages and dispatch to the commands. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

enum {
	OPT_FORMAT = 1 << 0,
	OPT_OUTPUT = 1 << 1,
	OPT_SCALE = 1 << 2,
	OPT_WIDTH = 1 << 3,
	OPT_TITLE = 1 << 4,
	OPT_TAG = 1 << 5,
	OPT_ERRORS = 1 << 6,
	OPT_SPANS = 1 << 7,
};

struct command {
	const char *name;
	int (*run)(const struct cli_options *o);
	unsigned options;  /* OPT_* accepted besides the common ones */
	const char *help;
};

#define COMMON_HELP \
	"Common options: --dct DATE, --input-format FMT, --max-bytes N, --max-events N,\n" \
	"-j N, -q, -h (see 'datelines --help').\n"

static const struct command commands[] = {
	{ "list", cli_cmd_list, OPT_FORMAT | OPT_OUTPUT,
	  "Usage: datelines [list] [--format text|tsv|json|jsonl] [-o FILE] [OPTIONS] FILE...\n"
	  "Print the dated events of all inputs as one timeline, sorted by date.\n"
	  "\n"
	  "      --format FMT   text (a table, the default), tsv, json (one object) or jsonl\n"
	  "                     (one event per line)\n"
	  "  -o, --output FILE  write FILE (whole or not at all) instead of standard output\n"
	  "\n" COMMON_HELP },
	{ "tag", cli_cmd_tag, OPT_FORMAT | OPT_OUTPUT,
	  "Usage: datelines tag [--format timeml|jsonl] [-o DIR] [OPTIONS] FILE...\n"
	  "Mark the temporal expressions (TIMEX3) of each document.\n"
	  "\n"
	  "      --format FMT   timeml (the default): the document with TIMEX3 tags;\n"
	  "                     jsonl (or json): one object per document, one per line\n"
	  "  -o, --output DIR   write each input NAME to DIR/NAME (standard input to\n"
	  "                     DIR/stdin.tml or DIR/stdin.json) instead of standard output;\n"
	  "                     DIR is created when missing\n"
	  "\n" COMMON_HELP },
	{ "ics", cli_cmd_ics, OPT_OUTPUT,
	  "Usage: datelines ics [-o FILE] [OPTIONS] FILE...\n"
	  "Write the timeline of all inputs as iCalendar, one all-day event per date.\n"
	  "\n"
	  "  -o, --output FILE  write FILE (whole or not at all) instead of standard output\n"
	  "\n" COMMON_HELP },
	{ "render", cli_cmd_render, OPT_FORMAT | OPT_OUTPUT | OPT_SCALE | OPT_WIDTH | OPT_TITLE,
	  "Usage: datelines render -o OUT.svg|OUT.png|OUT.pdf [OPTIONS] FILE...\n"
	  "Draw the timeline of all inputs as an image.\n"
	  "\n"
	  "  -o, --output FILE  the image to write (required); its extension names the format\n"
	  "      --format FMT   svg, png or pdf, whatever the extension\n"
	  "      --scale N      PNG pixel density: 1 (the default) or 2 for HiDPI screens\n"
	  "      --width PX     drawing width in pixels (PDF: points); automatic by default\n"
	  "      --title TEXT   heading above the axis; by default the document's title when\n"
	  "                     there is exactly one document and it has one\n"
	  "\n" COMMON_HELP },
	{ "eval", cli_cmd_eval, OPT_TAG | OPT_ERRORS | OPT_SPANS,
	  "Usage: datelines eval [--errors|--spans] [OPTIONS] GOLD_DIR SYSTEM_DIR\n"
	  "       datelines eval --tag [--errors|--spans] [OPTIONS] GOLD_DIR\n"
	  "Score TIMEX3 annotation against gold TimeML as the TempEval-3 scorer does: each\n"
	  "GOLD_DIR/NAME.tml against SYSTEM_DIR/NAME.tml (a missing one has no TIMEX3).\n"
	  "Prints the counts, strict and relaxed precision, recall and F1, value F1 and type F1.\n"
	  "\n"
	  "      --tag     score datelines itself: tag the text of each gold file (its TIMEX3\n"
	  "                left out, its DCT kept) instead of reading SYSTEM_DIR\n"
	  "      --errors  first list every wrong value, miss and spurious tag with its file,\n"
	  "                as the TempEval-3 scorer does\n"
	  "      --spans   --errors, and also every right value over another span\n"
	  "\n" COMMON_HELP },
};

static const char tool_help[] =
	"Usage: datelines [COMMAND] [OPTIONS] FILE...\n"
	"Turn news articles into timelines: find the dates they mention, resolve them against\n"
	"the publication date and tie each to what happened.\n"
	"\n"
	"Commands:\n"
	"  list    print the timeline of all inputs (the default command)\n"
	"  tag     mark the temporal expressions of each document (TimeML or JSON)\n"
	"  ics     write the timeline as iCalendar\n"
	"  render  draw the timeline as an SVG, PNG or PDF image\n"
	"  eval    score TIMEX3 annotation against gold TimeML (TempEval-3 figures)\n"
	"\n"
	"FILE is a file, '-' for standard input (also when no FILE is given), or a directory:\n"
	"every regular file in it, recursively, in sorted path order, hidden files skipped.\n"
	"Options may come before or after the files; '--' ends them.\n"
	"\n"
	"Options of every command:\n"
	"      --dct DATE          publication date of every input, YYYY-MM-DD[Thh:mm[+hh:mm]];\n"
	"                          by default it is read from each document\n"
	"      --input-format FMT  auto (the default), text or timeml\n"
	"      --max-bytes N       skip inputs larger than N bytes (suffix K, M or G;\n"
	"                          the default is 1G)\n"
	"      --max-events N      give up on a document with more than N temporal\n"
	"                          expressions (the default is 100000)\n"
	"  -j, --jobs N            read and tag N documents at once (1 to 256, the default\n"
	"                          is 1); the output is the same, in input order\n"
	"  -q, --quiet             print no warnings\n"
	"  -h, --help              show this help; after a command, that command's help\n"
	"      --version           show the version\n"
	"\n"
	"Run 'datelines COMMAND --help' for the options of a command.\n"
	"\n"
	"EXIT STATUS\n"
	"  0  success\n"
	"  1  bad input: every input failed, or the only input could not be read or parsed\n"
	"  2  usage error\n"
	"  3  output failure: an output could not be written (nothing replaced a previous file)\n"
	"  4  partial success: some inputs failed; the others were processed and written\n";

enum {
	LONG_DCT = 256,
	LONG_INPUT_FORMAT,
	LONG_MAX_BYTES,
	LONG_MAX_EVENTS,
	LONG_VERSION,
	LONG_FORMAT,
	LONG_SCALE,
	LONG_WIDTH,
	LONG_TITLE,
	LONG_TAG,
	LONG_ERRORS,
	LONG_SPANS,
};

static const struct option long_options[] = {
	{ "dct", required_argument, NULL, LONG_DCT },
	{ "input-format", required_argument, NULL, LONG_INPUT_FORMAT },
	{ "max-bytes", required_argument, NULL, LONG_MAX_BYTES },
	{ "max-events", required_argument, NULL, LONG_MAX_EVENTS },
	{ "jobs", required_argument, NULL, 'j' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, LONG_VERSION },
	{ "format", required_argument, NULL, LONG_FORMAT },
	{ "output", required_argument, NULL, 'o' },
	{ "scale", required_argument, NULL, LONG_SCALE },
	{ "width", required_argument, NULL, LONG_WIDTH },
	{ "title", required_argument, NULL, LONG_TITLE },
	{ "tag", no_argument, NULL, LONG_TAG },
	{ "errors", no_argument, NULL, LONG_ERRORS },
	{ "spans", no_argument, NULL, LONG_SPANS },
	{ NULL, 0, NULL, 0 },
};

const char *cli_display_name(const char *name)
{
	return strcmp(name, "-") == 0 ? "standard input" : name;
}

static _Thread_local FILE *messages;

FILE *cli_messages(void)
{
	return messages ? messages : stderr;
}

void cli_messages_to(FILE *fp)
{
	messages = fp;
}

void cli_error(const char *name, const char *fmt, ...)
{
	FILE *fp = cli_messages();
	va_list ap;

	fputs("datelines: ", fp);
	if (name)
		fprintf(fp, "%s: ", cli_display_name(name));
	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
	fputc('\n', fp);
}

void cli_lib_error(const char *name)
{
	const char *msg = dln_error_last();
	size_t len = name ? strlen(name) : 0;

	if (name && strncmp(msg, name, len) == 0 && msg[len] == ':')
		fprintf(cli_messages(), "datelines: %s%s\n", cli_display_name(name), msg + len);
	else
		cli_error(name, "%s", msg);
}

int cli_usage(const char *command, const char *fmt, ...)
{
	va_list ap;

	fputs("datelines: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, ". Try 'datelines %s%s--help'.\n", command ? command : "",
		command ? " " : "");
	return CLI_USAGE;
}

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* A word that is neither a command nor a file is a mistyped command, not a missing file. */
static bool looks_like_command(const char *arg)
{
	struct stat st;

	if (!*arg || stat(arg, &st) == 0)
		return false;
	for (const char *s = arg; *s; s++)
		if ((*s < 'a' || *s > 'z') && *s != '-')
			return false;
	return *arg != '-';
}

/* A byte count with an optional K, M or G (binary) suffix. */
static bool parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned shift = 0;

	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (*end == 'K' || *end == 'k')
		shift = 10;
	else if (*end == 'M')
		shift = 20;
	else if (*end == 'G')
		shift = 30;
	if (shift)
		end++;
	if (errno || *end || v == 0 || v > (SIZE_MAX >> shift))
		return false;
	*out = (size_t)v << shift;
	return true;
}

/* A positive count, digits only. */
static bool parse_count(const char *s, size_t *out)
{
	char *end;

	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v == 0 || v > SIZE_MAX)
		return false;
	*out = (size_t)v;
	return true;
}

static bool parse_int(const char *s, long min, long max, int *out)
{
	char *end;

	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		return false;
	*out = (int)v;
	return true;
}

static const char *option_name(int c)
{
	for (const struct option *lo = long_options; lo->name; lo++)
		if (lo->val == c)
			return lo->name;
	return "?";
}

static unsigned option_bit(int c)
{
	switch (c) {
	case LONG_FORMAT: return OPT_FORMAT;
	case 'o': return OPT_OUTPUT;
	case LONG_SCALE: return OPT_SCALE;
	case LONG_WIDTH: return OPT_WIDTH;
	case LONG_TITLE: return OPT_TITLE;
	case LONG_TAG: return OPT_TAG;
	case LONG_ERRORS: return OPT_ERRORS;
	case LONG_SPANS: return OPT_SPANS;
	}
	return 0;
}

/* What getopt_long could not take. optopt is 0 for an unknown long option; otherwise it is
 * an unknown letter, or a long option given a value it does not take ("--quiet=1"). */
static int bad_option(const char *command, int c, char **argv)
{
	const char *word = argv[optind - 1];
	const char *eq = strchr(word, '=');

	if (c == ':')
		return cli_usage(command, "option '%s' needs a value", word);
	if (!optopt)
		return cli_usage(command, "unknown option '%s'", word);
	if (strncmp(word, "--", 2) == 0 && eq)
		return cli_usage(command, "option '%.*s' takes no value", (int)(eq - word), word);
	return cli_usage(command, "unknown option '-%c'", optopt);
}

/* Parses argv from argv[1] on (argv[0] names the command or the tool). Returns -1 to go on
 * and run the command, else the exit status. */
static int parse(int argc, char **argv, const struct command *cmd, bool explicit,
		 struct cli_options *o)
{
	const char *cname = explicit ? cmd->name : NULL;
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:j:qh", long_options, NULL)) != -1) {
		unsigned bit = option_bit(c);
		if (bit && !(cmd->options & bit))
			return cli_usage(cname, "'datelines %s' has no option --%s", cmd->name,
					 option_name(c));
		switch (c) {
		case 'h':
			fputs(explicit ? cmd->help : tool_help, stdout);
			return cli_stdout_finish();
		case LONG_VERSION:
			fputs("datelines " DATELINES_VERSION "\n", stdout);
			return cli_stdout_finish();
		case 'q':
			o->quiet = true;
			break;
		case 'o':
			o->output = optarg;
			break;
		case LONG_FORMAT:
			o->format = optarg;
			break;
		case LONG_TITLE:
			o->title = optarg;
			break;
		case LONG_TAG:
			o->tag = true;
			break;
		case LONG_ERRORS:
			o->errors = true;
			break;
		case LONG_SPANS:
			o->errors = o->spans = true;
			break;
		case LONG_DCT:
			if (dln_dct_parse(optarg, &o->read.dct) < 0)
				return cli_usage(cname, "--dct: %s", dln_error_last());
			break;
		case LONG_INPUT_FORMAT:
			if (strcmp(optarg, "auto") == 0)
				o->read.format = DLN_INPUT_AUTO;
			else if (strcmp(optarg, "text") == 0)
				o->read.format = DLN_INPUT_TEXT;
			else if (strcmp(optarg, "timeml") == 0)
				o->read.format = DLN_INPUT_TIMEML;
			else
				return cli_usage(cname, "--input-format: '%s' is not auto, text or "
						 "timeml", optarg);
			break;
		case LONG_MAX_BYTES:
			if (!parse_size(optarg, &o->read.max_bytes))
				return cli_usage(cname, "--max-bytes: '%s' is not a positive size "
						 "such as 5000000 or 64M", optarg);
			break;
		case LONG_MAX_EVENTS:
			if (!parse_count(optarg, &o->tag_options.max_timexes))
				return cli_usage(cname, "--max-events: '%s' is not a positive "
						 "number", optarg);
			break;
		case 'j':
			if (!parse_int(optarg, 1, 256, &o->jobs))
				return cli_usage(cname, "--jobs: '%s' is not a number of threads "
						 "(1 to 256)", optarg);
			break;
		case LONG_WIDTH:
			if (!parse_int(optarg, 1, 100000, &o->width))
				return cli_usage(cname, "--width: '%s' is not a width in pixels "
						 "(1 to 100000)", optarg);
			break;
		case LONG_SCALE: {
			char *end;
			o->scale = strtod(optarg, &end);
			if (end == optarg || *end || !isfinite(o->scale) || o->scale <= 0 ||
			    o->scale > 8)
				return cli_usage(cname, "--scale: '%s' is not a pixel density "
						 "above 0 and at most 8", optarg);
			break;
		}
		default:
			return bad_option(cname, c, argv);
		}
	}
	o->files = argv + optind;
	o->file_count = argc - optind;
	return -1;
}

int main(int argc, char **argv)
{
	struct cli_options o = { .jobs = 1, .read = DLN_READ_OPTIONS_INIT,
				 .tag_options = { CLI_DEFAULT_MAX_EVENTS } };
	const struct command *cmd = argc > 1 ? find_command(argv[1]) : NULL;
	bool explicit = cmd != NULL;

	/* A closed pipe downstream ends the tool quietly, as it does for other filters. */
	signal(SIGPIPE, SIG_DFL);
	if (!cmd && argc > 1 && looks_like_command(argv[1]))
		return cli_usage(NULL, "'%s' is neither a command nor a file", argv[1]);
	if (explicit) {
		argc--;
		argv++;
	} else {
		cmd = find_command("list");
	}
	int rc = parse(argc, argv, cmd, explicit, &o);
	if (rc >= 0)
		return rc;
	o.command = cmd->name;
	/* Before any thread can reach the libraries' lazy set-up. */
	dln_init();
	return cmd->run(&o);
}
