/* The ics command: the timeline of all inputs as iCalendar. */
#include "cli.h"

static int write_ics(const dln_timeline *tl, const void *ctx, FILE *out)
{
	(void)ctx;
	return dln_write_ics(tl, out);
}

int cli_cmd_ics(const struct cli_options *o)
{
	return cli_run_timeline(o, write_ics, NULL);
}
