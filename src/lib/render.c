/* dln_render: the timeline drawn as SVG, PNG or PDF. The only file that includes cairo and
 * pango; where things go is render_layout.c's business, this file measures text and paints. */
#include <math.h>
#include <stdlib.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "datelines/error.h"
#include "datelines/writers.h"
#include "internal.h"
#include "render_layout.h"

#define MIN_WIDTH 320
#define MAX_WIDTH 16384
#define MAX_PNG_SIDE 32767  /* cairo image surfaces */

struct rgba {
	double r, g, b, a;
};

/* One accent for everything that marks time, neutral greys for the frame. */
static const struct rgba paper = { 1, 1, 1, 1 };
static const struct rgba ink_heading = { 0.067, 0.094, 0.153, 1 };
static const struct rgba ink_title = { 0.216, 0.255, 0.318, 1 };
static const struct rgba ink_date = { 0.118, 0.251, 0.686, 1 };
static const struct rgba ink_axis = { 0.420, 0.447, 0.502, 1 };
static const struct rgba ink_note = { 0.420, 0.447, 0.502, 1 };
static const struct rgba accent = { 0.145, 0.388, 0.922, 1 };
static const struct rgba bar_fill = { 0.145, 0.388, 0.922, 0.22 };
static const struct rgba bar_edge = { 0.145, 0.388, 0.922, 0.85 };
static const struct rgba leader = { 0.612, 0.639, 0.686, 1 };

static void set_color(cairo_t *cr, const struct rgba *c)
{
	cairo_set_source_rgba(cr, c->r, c->g, c->b, c->a);
}

/* Text in the four styles, measured and drawn through one PangoLayout. */
struct text {
	cairo_t *cr;
	PangoLayout *layout;
	PangoFontDescription *fonts[4];
};

static const struct {
	const char *family;
	double px;
} styles[] = {
	[DLN__TEXT_HEADING] = { "Sans Bold", 20 },
	[DLN__TEXT_DATE] = { "Sans Bold", 12 },
	[DLN__TEXT_BODY] = { "Sans", 12 },
	[DLN__TEXT_TICK] = { "Sans", 11 },
};

static void text_close(struct text *t)
{
	for (size_t i = 0; i < DLN_ARRAY_SIZE(t->fonts); i++)
		if (t->fonts[i])
			pango_font_description_free(t->fonts[i]);
	if (t->layout)
		g_object_unref(t->layout);
}

/* Unhinted metrics: text is as wide on every surface and at every scale as when measured. */
static void text_open(struct text *t, cairo_t *cr)
{
	cairo_font_options_t *fo = cairo_font_options_create();

	t->cr = cr;
	t->layout = pango_cairo_create_layout(cr);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(pango_layout_get_context(t->layout), fo);
	pango_layout_context_changed(t->layout);
	cairo_font_options_destroy(fo);
	for (size_t i = 0; i < DLN_ARRAY_SIZE(t->fonts); i++) {
		t->fonts[i] = pango_font_description_from_string(styles[i].family);
		pango_font_description_set_absolute_size(t->fonts[i], styles[i].px * PANGO_SCALE);
	}
}

static void text_set(struct text *t, enum dln__text_style style, const char *s)
{
	pango_layout_set_font_description(t->layout, t->fonts[style]);
	pango_layout_set_text(t->layout, s, -1);
}

static void measure(void *ctx, enum dln__text_style style, const char *s, double *w, double *h)
{
	struct text *t = ctx;
	PangoRectangle logical;

	text_set(t, style, s);
	pango_layout_get_extents(t->layout, NULL, &logical);
	*w = (double)logical.width / PANGO_SCALE;
	*h = (double)logical.height / PANGO_SCALE;
}

static void show(struct text *t, enum dln__text_style style, const char *s, double x, double y,
		 const struct rgba *c)
{
	text_set(t, style, s);
	set_color(t->cr, c);
	cairo_move_to(t->cr, x, y);
	pango_cairo_update_layout(t->cr, t->layout);
	pango_cairo_show_layout(t->cr, t->layout);
}

/* A paper-coloured outline under the glyphs keeps text legible where a leader crosses it. */
static void show_haloed(struct text *t, enum dln__text_style style, const char *s, double x,
			double y, const struct rgba *c)
{
	text_set(t, style, s);
	cairo_move_to(t->cr, x, y);
	pango_cairo_update_layout(t->cr, t->layout);
	pango_cairo_layout_path(t->cr, t->layout);
	set_color(t->cr, &paper);
	cairo_set_line_width(t->cr, 4);
	cairo_set_line_join(t->cr, CAIRO_LINE_JOIN_ROUND);
	cairo_stroke(t->cr);
	show(t, style, s, x, y, c);
}

int dln__render_layout(const dln_timeline *tl, const struct dln_render_options *opt,
		       struct dln__layout *out)
{
	size_t n = dln_timeline_count(tl);
	const struct dln_event **events = malloc((n + 1) * sizeof(*events));
	cairo_surface_t *scratch = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
	cairo_t *cr = cairo_create(scratch);
	struct text t = { 0 };
	int rc;

	if (!events || cairo_status(cr) != CAIRO_STATUS_SUCCESS) {
		rc = dln__nomem();
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		events[i] = dln_timeline_event(tl, i);
	text_open(&t, cr);
	rc = dln__layout_build(out, events, n, opt->width, opt->title, measure, &t);
out:
	text_close(&t);
	cairo_destroy(cr);
	cairo_surface_destroy(scratch);
	free(events);
	return rc;
}

/* ---- painting ---- */

/* The centre of the pixel column or row at v, where a 1 px line is crisp. */
static double crisp(double v)
{
	return floor(v) + 0.5;
}

static void rounded_rect(cairo_t *cr, const struct dln__rect *r, double radius)
{
	radius = fmin(radius, fmin(r->w, r->h) / 2);
	cairo_new_sub_path(cr);
	cairo_arc(cr, r->x + r->w - radius, r->y + radius, radius, -G_PI / 2, 0);
	cairo_arc(cr, r->x + r->w - radius, r->y + r->h - radius, radius, 0, G_PI / 2);
	cairo_arc(cr, r->x + radius, r->y + r->h - radius, radius, G_PI / 2, G_PI);
	cairo_arc(cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
	cairo_close_path(cr);
}

static void draw_axis(cairo_t *cr, struct text *t, const struct dln__layout *l)
{
	double y = crisp(l->axis_y);

	set_color(cr, &ink_axis);
	cairo_set_line_width(cr, 1.5);
	cairo_move_to(cr, l->axis_x0 - 12, l->axis_y);
	cairo_line_to(cr, l->axis_x1 + 12, l->axis_y);
	cairo_stroke(cr);
	cairo_set_line_width(cr, 1);
	for (size_t i = 0; i < l->tick_count; i++) {
		cairo_move_to(cr, crisp(l->ticks[i].x), y);
		cairo_line_to(cr, crisp(l->ticks[i].x), y + l->tick_len);
	}
	for (size_t i = 0; i < l->minor_count; i++) {
		cairo_move_to(cr, crisp(l->minor_x[i]), y);
		cairo_line_to(cr, crisp(l->minor_x[i]), y + l->minor_len);
	}
	cairo_stroke(cr);
	for (size_t i = 0; i < l->tick_count; i++)
		show(t, DLN__TEXT_TICK, l->ticks[i].label, l->ticks[i].box.x, l->ticks[i].box.y,
		     &ink_axis);
}

static void draw_marks(cairo_t *cr, const struct dln__layout *l)
{
	cairo_set_line_width(cr, 1);
	set_color(cr, &leader);
	for (size_t i = 0; i < l->mark_count; i++) {
		const struct dln__mark *m = &l->marks[i];
		cairo_move_to(cr, crisp(m->leader_x), m->leader_top);
		cairo_line_to(cr, crisp(m->leader_x), m->leader_bottom);
	}
	cairo_stroke(cr);
	for (size_t i = 0; i < l->mark_count; i++) {
		const struct dln__mark *m = &l->marks[i];
		if (!m->bar)
			continue;
		rounded_rect(cr, &m->shape, 3);
		set_color(cr, &bar_fill);
		cairo_fill_preserve(cr);
		set_color(cr, &bar_edge);
		cairo_stroke(cr);
	}
	/* Markers last: on the axis, each ringed in white so that neighbours stay apart. */
	cairo_set_line_width(cr, 1.5);
	for (size_t i = 0; i < l->mark_count; i++) {
		const struct dln__mark *m = &l->marks[i];
		if (m->bar)
			continue;
		cairo_new_sub_path(cr);
		cairo_arc(cr, m->shape.x + m->shape.w / 2, m->shape.y + m->shape.h / 2,
			  m->shape.w / 2, 0, 2 * G_PI);
		set_color(cr, &accent);
		cairo_fill_preserve(cr);
		set_color(cr, &paper);
		cairo_stroke(cr);
	}
}

static void draw_line(struct text *t, const struct dln__mark *m, enum dln__text_style style,
		      const char *s, double y, const struct rgba *c)
{
	double w, h, x = m->label.x;

	if (!*s)
		return;
	if (m->flush_right) {
		measure(t, style, s, &w, &h);
		x = m->label.x + m->label.w - w;
	}
	(m->crossed ? show_haloed : show)(t, style, s, x, y, c);
}

static void draw_labels(struct text *t, const struct dln__layout *l)
{
	for (size_t i = 0; i < l->mark_count; i++) {
		const struct dln__mark *m = &l->marks[i];

		draw_line(t, m, DLN__TEXT_DATE, m->date, m->label.y, &ink_date);
		for (size_t k = 0; k < DLN_ARRAY_SIZE(m->title); k++)
			draw_line(t, m, DLN__TEXT_BODY, m->title[k], m->title_y[k], &ink_title);
	}
}

static void draw(cairo_t *cr, const struct dln__layout *l)
{
	struct text t;

	set_color(cr, &paper);
	cairo_paint(cr);
	text_open(&t, cr);
	if (l->heading)
		show(&t, DLN__TEXT_HEADING, l->heading, l->heading_box.x, l->heading_box.y,
		     &ink_heading);
	if (l->message) {
		show(&t, DLN__TEXT_BODY, l->message, l->message_box.x, l->message_box.y,
		     &ink_note);
	} else {
		draw_marks(cr, l);
		draw_axis(cr, &t, l);
		draw_labels(&t, l);
	}
	text_close(&t);
}

/* ---- surfaces and streams ---- */

struct sink {
	FILE *out;
	bool failed;
};

static cairo_status_t write_chunk(void *closure, const unsigned char *data, unsigned int len)
{
	struct sink *s = closure;

	if (fwrite(data, 1, len, s->out) != len) {
		s->failed = true;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	return CAIRO_STATUS_SUCCESS;
}

static int check_options(const struct dln_render_options *o)
{
	if (o->format != DLN_IMAGE_SVG && o->format != DLN_IMAGE_PNG &&
	    o->format != DLN_IMAGE_PDF)
		return dln__fail(DLN_EARG, "unknown image format %d", (int)o->format);
	if (o->width != 0 && (o->width < MIN_WIDTH || o->width > MAX_WIDTH))
		return dln__fail(DLN_EARG, "image width %d is not between %d and %d px", o->width,
				 MIN_WIDTH, MAX_WIDTH);
	if (o->format == DLN_IMAGE_PNG && !(o->scale >= 1 && o->scale <= 4))
		return dln__fail(DLN_EARG, "PNG scale %g is not between 1 and 4", o->scale);
	return 0;
}

static int status_error(cairo_status_t st, const struct sink *s)
{
	if (st == CAIRO_STATUS_NO_MEMORY)
		return dln__nomem();
	if (s->failed || st == CAIRO_STATUS_WRITE_ERROR)
		return dln__fail(DLN_EIO, "writing the image failed");
	return dln__fail(DLN_EIO, "drawing the image failed: %s", cairo_status_to_string(st));
}

static cairo_surface_t *open_surface(const struct dln_render_options *o,
				     const struct dln__layout *l, struct sink *s)
{
	cairo_surface_t *sf;

	switch (o->format) {
	case DLN_IMAGE_PNG:
		return cairo_image_surface_create(CAIRO_FORMAT_RGB24,
						  (int)ceil(l->width * o->scale),
						  (int)ceil(l->height * o->scale));
	case DLN_IMAGE_PDF:
		sf = cairo_pdf_surface_create_for_stream(write_chunk, s, l->width, l->height);
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR, "datelines");
		if (l->heading)
			cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, l->heading);
		return sf;
	default:
		sf = cairo_svg_surface_create_for_stream(write_chunk, s, l->width, l->height);
		cairo_svg_surface_set_document_unit(sf, CAIRO_SVG_UNIT_PX);
		return sf;
	}
}

int dln_render(const dln_timeline *tl, const struct dln_render_options *opt, FILE *out)
{
	static const struct dln_render_options defaults = DLN_RENDER_OPTIONS_INIT;
	const struct dln_render_options *o = opt ? opt : &defaults;
	struct dln__layout l = { .arena = DLN_ARENA_INIT };
	struct sink sink = { out, false };
	cairo_surface_t *sf = NULL;
	cairo_t *cr = NULL;
	cairo_status_t st;
	int rc;

	if ((rc = check_options(o)) || (rc = dln__render_layout(tl, o, &l)))
		goto out;
	if (o->format == DLN_IMAGE_PNG && ceil(fmax(l.width, l.height) * o->scale) > MAX_PNG_SIDE) {
		rc = dln__fail(DLN_ELIMIT, "a PNG image of %.0f x %.0f px is larger than %d px a "
			       "side (SVG and PDF have no such limit)", ceil(l.width * o->scale),
			       ceil(l.height * o->scale), MAX_PNG_SIDE);
		goto out;
	}
	sf = open_surface(o, &l, &sink);
	cr = cairo_create(sf);
	if ((st = cairo_status(cr)) != CAIRO_STATUS_SUCCESS) {
		rc = status_error(st, &sink);
		goto out;
	}
	if (o->format == DLN_IMAGE_PNG)
		cairo_scale(cr, o->scale, o->scale);
	draw(cr, &l);
	if ((st = cairo_status(cr)) != CAIRO_STATUS_SUCCESS) {
		rc = status_error(st, &sink);
		goto out;
	}
	if (o->format == DLN_IMAGE_PNG) {
		st = cairo_surface_write_to_png_stream(sf, write_chunk, &sink);
	} else {
		cairo_surface_finish(sf);
		st = cairo_surface_status(sf);
	}
	if (st != CAIRO_STATUS_SUCCESS || sink.failed)
		rc = status_error(st, &sink);
out:
	if (cr)
		cairo_destroy(cr);
	if (sf)
		cairo_surface_destroy(sf);
	dln__layout_release(&l);
	return rc;
}
