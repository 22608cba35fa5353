/* dln_render: a small timeline as SVG, PNG and PDF in memory. The files must be what they
 * claim, as large as the layout says, and bad options or streams must fail cleanly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "datelines/error.h"
#include "datelines/timeline.h"
#include "datelines/writers.h"
#include "render_layout.h"

static struct dln_point day(int y, int m, int d)
{
	return (struct dln_point){ y, m, d, -1 };
}

static void add(dln_timeline *tl, const char *value, struct dln_point start,
		struct dln_point end, bool range, const char *title)
{
	struct dln_event ev = {
		.doc = "nk.txt", .text = value, .value = value, .type = DLN_TIMEX_DATE,
		.title = title, .sentence = title, .resolved = true, .is_range = range,
		.start = start, .end = end,
	};
	assert_int_equal(dln_timeline_add_event(tl, &ev), 0);
}

static dln_timeline *timeline(bool with_events)
{
	dln_timeline *tl;
	struct dln_source src = { .name = "nk.txt", .title = "North Korea and Iran" };

	assert_int_equal(dln_timeline_new(&tl), 0);
	assert_int_equal(dln_dct_parse("2017-08-09", &src.dct), 0);
	assert_int_equal(dln_timeline_add_source(tl, &src), 0);
	if (!with_events)
		return tl;
	add(tl, "1990", day(1990, 1, 1), day(2017, 8, 9), true,
	    "The two have been collaborating in missile development");
	add(tl, "2011", day(2011, 1, 1), day(2012, 1, 1), false,
	    "A report by a U.N. panel raised concern about missile cooperation");
	add(tl, "2017-02-13", day(2017, 2, 13), day(2017, 2, 14), false,
	    "Rodong Sinmun released the photo");
	add(tl, "2017-W31-WE", day(2017, 8, 5), day(2017, 8, 7), false,
	    "Kim Yong-nam attended Rouhani's inauguration");
	return tl;
}

struct image {
	char *data;
	size_t len;
};

static int render(const dln_timeline *tl, const struct dln_render_options *opt,
		  struct image *img)
{
	FILE *out = open_memstream(&img->data, &img->len);

	assert_non_null(out);
	int rc = dln_render(tl, opt, out);
	assert_int_equal(fclose(out), 0);
	return rc;
}

/* The size dln_render gives the image for these options. */
static void layout_size(const dln_timeline *tl, const struct dln_render_options *opt,
			double *w, double *h)
{
	struct dln__layout l;

	assert_int_equal(dln__render_layout(tl, opt, &l), 0);
	*w = l.width;
	*h = l.height;
	dln__layout_release(&l);
}

static uint32_t be32(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	return (uint32_t)u[0] << 24 | (uint32_t)u[1] << 16 | (uint32_t)u[2] << 8 | u[3];
}

static void assert_svg(const struct image *img, double w, double h)
{
	char expect[32];

	xmlResetLastError();
	xmlDoc *doc = xmlReadMemory(img->data, (int)img->len, "timeline.svg", NULL,
				    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	assert_non_null(doc);
	assert_null(xmlGetLastError());
	xmlNode *root = xmlDocGetRootElement(doc);
	assert_string_equal((const char *)root->name, "svg");
	xmlChar *width = xmlGetProp(root, (const xmlChar *)"width");
	xmlChar *height = xmlGetProp(root, (const xmlChar *)"height");
	snprintf(expect, sizeof(expect), "%.0fpx", w);
	assert_string_equal((const char *)width, expect);
	snprintf(expect, sizeof(expect), "%.0fpx", h);
	assert_string_equal((const char *)height, expect);
	xmlFree(width);
	xmlFree(height);
	xmlFreeDoc(doc);
}

static void assert_png(const struct image *img, uint32_t w, uint32_t h)
{
	assert_true(img->len > 33);
	assert_memory_equal(img->data, "\x89PNG\r\n\x1a\n", 8);
	assert_int_equal(be32(img->data + 8), 13);
	assert_memory_equal(img->data + 12, "IHDR", 4);
	assert_int_equal(be32(img->data + 16), w);
	assert_int_equal(be32(img->data + 20), h);
}

static void svg(void **state)
{
	(void)state;
	dln_timeline *tl = timeline(true);
	struct dln_render_options opt = DLN_RENDER_OPTIONS_INIT;
	struct image img;
	double w, h;

	opt.title = "North Korea & Iran <missiles>";
	layout_size(tl, &opt, &w, &h);
	assert_true(w == 1200);
	assert_true(h > 100 && h < 1200);
	assert_int_equal(render(tl, &opt, &img), 0);
	assert_svg(&img, w, h);
	free(img.data);

	opt.width = 800;
	layout_size(tl, &opt, &w, &h);
	assert_true(w == 800);
	assert_int_equal(render(tl, &opt, &img), 0);
	assert_svg(&img, 800, h);
	free(img.data);
	dln_timeline_free(tl);
}

static void png(void **state)
{
	(void)state;
	dln_timeline *tl = timeline(true);
	struct dln_render_options opt = DLN_RENDER_OPTIONS_INIT;
	struct image img;
	double w, h;

	opt.format = DLN_IMAGE_PNG;
	layout_size(tl, &opt, &w, &h);
	assert_int_equal(render(tl, &opt, &img), 0);
	assert_png(&img, (uint32_t)w, (uint32_t)h);
	free(img.data);

	opt.scale = 2;
	assert_int_equal(render(tl, &opt, &img), 0);
	assert_png(&img, 2 * (uint32_t)w, 2 * (uint32_t)h);
	free(img.data);
	dln_timeline_free(tl);
}

static void pdf(void **state)
{
	(void)state;
	dln_timeline *tl = timeline(true);
	struct dln_render_options opt = DLN_RENDER_OPTIONS_INIT;
	struct image img;

	opt.format = DLN_IMAGE_PDF;
	opt.title = "North Korea and Iran";
	assert_int_equal(render(tl, &opt, &img), 0);
	assert_true(img.len > 100);
	assert_memory_equal(img.data, "%PDF-", 5);
	size_t end = img.len;
	while (end > 0 && (img.data[end - 1] == '\n' || img.data[end - 1] == '\r'))
		end--;
	assert_true(end >= 5);
	assert_memory_equal(img.data + end - 5, "%%EOF", 5);
	free(img.data);
	dln_timeline_free(tl);
}

/* No events: a small image that says so, in every format. */
static void empty(void **state)
{
	(void)state;
	dln_timeline *tl = timeline(false);
	struct dln_render_options opt = DLN_RENDER_OPTIONS_INIT;
	struct dln__layout l;
	struct image img;

	assert_int_equal(dln__render_layout(tl, &opt, &l), 0);
	assert_string_equal(l.message, "No dated events");
	assert_true(l.width == 480 && l.height < 100);
	assert_int_equal(render(tl, NULL, &img), 0);
	assert_svg(&img, l.width, l.height);
	free(img.data);
	opt.format = DLN_IMAGE_PNG;
	assert_int_equal(render(tl, &opt, &img), 0);
	assert_png(&img, (uint32_t)l.width, (uint32_t)l.height);
	free(img.data);
	opt.format = DLN_IMAGE_PDF;
	assert_int_equal(render(tl, &opt, &img), 0);
	assert_memory_equal(img.data, "%PDF-", 5);
	free(img.data);
	dln__layout_release(&l);
	dln_timeline_free(tl);
}

static void bad_options(void **state)
{
	(void)state;
	dln_timeline *tl = timeline(true);
	struct dln_render_options opt = DLN_RENDER_OPTIONS_INIT;
	struct image img;

	opt.format = DLN_IMAGE_PNG;
	opt.scale = 0;
	assert_int_equal(render(tl, &opt, &img), DLN_EARG);
	assert_string_equal(dln_error_last(), "PNG scale 0 is not between 1 and 4");
	assert_int_equal(img.len, 0);
	free(img.data);
	opt.scale = 4.5;
	assert_int_equal(render(tl, &opt, &img), DLN_EARG);
	free(img.data);
	opt.scale = 1;
	opt.width = 100;
	assert_int_equal(render(tl, &opt, &img), DLN_EARG);
	assert_string_equal(dln_error_last(), "image width 100 is not between 320 and 16384 px");
	free(img.data);
	opt.width = 0;
	opt.format = (enum dln_image_format)7;
	assert_int_equal(render(tl, &opt, &img), DLN_EARG);
	assert_string_equal(dln_error_last(), "unknown image format 7");
	free(img.data);
	dln_timeline_free(tl);
}

/* A PNG larger than cairo can make is refused before drawing; SVG has no such limit. */
static void too_large_for_png(void **state)
{
	(void)state;
	dln_timeline *tl = timeline(false);
	struct dln_render_options opt = DLN_RENDER_OPTIONS_INIT;
	struct image img;
	double w, h;
	char msg[128];

	add(tl, "2017-08-08", day(2017, 8, 8), day(2017, 8, 9), false, "Wide");
	opt.format = DLN_IMAGE_PNG;
	opt.scale = 4;
	opt.width = 16384;
	layout_size(tl, &opt, &w, &h);
	assert_int_equal(render(tl, &opt, &img), DLN_ELIMIT);
	snprintf(msg, sizeof(msg), "a PNG image of 65536 x %.0f px is larger than 32767 px a side "
		 "(SVG and PDF have no such limit)", 4 * h);
	assert_string_equal(dln_error_last(), msg);
	assert_int_equal(img.len, 0);
	free(img.data);
	opt.width = 0;

	for (int i = 0; i < 250; i++)
		add(tl, "2017-08-08", day(2017, 8, 8), day(2017, 8, 9), false, "Same day");
	layout_size(tl, &opt, &w, &h);
	assert_true(h * 4 > 32767);
	assert_int_equal(render(tl, &opt, &img), DLN_ELIMIT);
	assert_int_equal(img.len, 0);
	free(img.data);
	opt.format = DLN_IMAGE_SVG;
	assert_int_equal(render(tl, &opt, &img), 0);
	assert_svg(&img, w, h);
	free(img.data);
	dln_timeline_free(tl);
}

/* A stream that refuses writes fails with DLN_EIO in every format. */
static void write_failure(void **state)
{
	(void)state;
	dln_timeline *tl = timeline(true);
	struct dln_render_options opt = DLN_RENDER_OPTIONS_INIT;
	FILE *ro = fopen("/dev/null", "r");
	static const enum dln_image_format formats[] = { DLN_IMAGE_SVG, DLN_IMAGE_PNG,
							 DLN_IMAGE_PDF };

	assert_non_null(ro);
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		opt.format = formats[i];
		assert_int_equal(dln_render(tl, &opt, ro), DLN_EIO);
		assert_string_equal(dln_error_last(), "writing the image failed");
	}
	fclose(ro);
	dln_timeline_free(tl);
}

static int teardown(void **state)
{
	(void)state;
	xmlCleanupParser();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(svg),
		cmocka_unit_test(png),
		cmocka_unit_test(pdf),
		cmocka_unit_test(empty),
		cmocka_unit_test(bad_options),
		cmocka_unit_test(too_large_for_png),
		cmocka_unit_test(write_failure),
	};
	return cmocka_run_group_tests(tests, NULL, teardown);
}
