/* The render command: the timeline of all inputs drawn as an SVG, PNG or PDF image. */
#include <string.h>
#include <strings.h>

#include "cli.h"

/* In the order of enum dln_image_format. */
static const char *const formats[] = { "svg", "png", "pdf" };

static bool image_format(const char *name, enum dln_image_format *out)
{
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		if (strcasecmp(name, formats[i]) == 0) {
			*out = (enum dln_image_format)i;
			return true;
		}
	}
	return false;
}

static int write_image(const dln_timeline *tl, const void *ctx, FILE *out)
{
	struct dln_render_options opt = *(const struct dln_render_options *)ctx;

	/* One article's headline names its timeline; a corpus has no single one. An empty
	 * --title asks for no heading at all. */
	if (opt.title && !*opt.title)
		opt.title = NULL;
	else if (!opt.title && dln_timeline_source_count(tl) == 1)
		opt.title = *dln_timeline_source(tl, 0)->title ? dln_timeline_source(tl, 0)->title
							       : NULL;
	return dln_render(tl, &opt, out);
}

int cli_cmd_render(const struct cli_options *o)
{
	struct dln_render_options opt = DLN_RENDER_OPTIONS_INIT;
	const char *dot = o->output ? strrchr(o->output, '.') : NULL;

	if (!o->output)
		return cli_usage(o->command, "render needs -o OUT.svg, OUT.png or OUT.pdf");
	if (o->format && !image_format(o->format, &opt.format))
		return cli_usage(o->command, "--format: '%s' is not svg, png or pdf", o->format);
	if (!o->format && !(dot && !strchr(dot, '/') && image_format(dot + 1, &opt.format)))
		return cli_usage(o->command, "cannot tell the image format of '%s': name it "
				 ".svg, .png or .pdf, or pass --format", o->output);
	if (o->scale)
		opt.scale = o->scale;
	opt.width = o->width;
	opt.title = o->title;
	return cli_run_timeline(o, write_image, &opt);
}
