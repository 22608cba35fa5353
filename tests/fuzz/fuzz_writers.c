/* Fuzz target: the timeline writers on a random timeline — the four listings, iCalendar and
 * the image layout (measured with a fake font of fuzzed size, so no fonts are needed).
 *
 * Input: a few parameters, then records of sources and events whose strings are cut from the
 * input and trimmed to well-formed UTF-8 without NUL, as documents can only yield. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "render_layout.h"
#include "utf8.h"

#define MAX_EVENTS 64

/* A string of up to max bytes from the input: NUL-free, well-formed UTF-8. */
static char *take_string(struct fuzz_bytes *b, size_t max)
{
	size_t n = fuzz_u8(b) % (max + 1);
	char *s;

	if (n > b->n)
		n = b->n;
	if (!(s = malloc(n + 1)))
		abort();
	memcpy(s, b->p, n);
	b->p += n;
	b->n -= n;
	s[n] = '\0';
	n = strlen(s);
	s[dln__utf8_first_invalid(s, n)] = '\0';
	return s;
}

struct font {
	double em, line;
};

static void measure(void *ctx, enum dln__text_style style, const char *text, double *w,
		    double *h)
{
	const struct font *f = ctx;

	*w = f->em * (double)strlen(text) * (style == DLN__TEXT_HEADING ? 1.5 : 1);
	*h = f->line;
}

static void add_event(dln_timeline *tl, struct fuzz_bytes *b, const char *doc)
{
	static const char *const mods[] = { "START", "MID", "END", "BEFORE", "AFTER", "APPROX" };
	struct dln_event ev = { .doc = doc };
	unsigned flags = fuzz_u8(b);
	char *text = take_string(b, 40), *value = take_string(b, 39);
	char *title = take_string(b, 120), *sentence = take_string(b, 255);

	ev.text = text;
	ev.value = value;
	ev.title = flags & 1 ? title : NULL;
	ev.sentence = flags & 2 ? sentence : NULL;
	ev.mod = flags & 4 ? mods[(flags >> 5) % 6] : NULL;
	ev.type = flags & 8 ? DLN_TIMEX_TIME : DLN_TIMEX_DATE;
	ev.offset = fuzz_u16(b);
	ev.resolved = flags & 16;
	ev.is_range = flags & 128;
	if (ev.resolved) {
		/* An end is exclusive: the day after 9999-12-31 is as far as one goes. */
		ev.start = fuzz_point(b, 9999);
		ev.end = fuzz_point(b, 10000);
		if (ev.end.year == 10000)
			ev.end = (struct dln_point){ 10000, 1, 1, -1 };
		if (dln_point_compare(&ev.end, &ev.start) < 0) {
			struct dln_point p = ev.start;
			ev.start = ev.end.year == 10000 ? (struct dln_point){ 9999, 12, 31, -1 }
							: ev.end;
			ev.end = p;
		}
	}
	dln_timeline_add_event(tl, &ev);
	free(text);
	free(value);
	free(title);
	free(sentence);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_bytes b = { data, size };
	static const char *const names[] = { "a.txt", "b.tml", "-" };
	const struct dln_event *events[MAX_EVENTS];
	struct font font;
	struct dln__layout layout;
	dln_timeline *tl;

	if (dln_timeline_new(&tl) < 0)
		return 0;
	unsigned sources = fuzz_u8(&b) % 3 + 1;
	for (unsigned i = 0; i < sources; i++) {
		char *title = take_string(&b, 80);
		struct dln_source src = { names[i], title, fuzz_dct(&b) };
		dln_timeline_add_source(tl, &src);
		free(title);
	}
	unsigned width = fuzz_u16(&b);
	font.em = fuzz_u8(&b) % 16 + 1;
	font.line = fuzz_u8(&b) % 32 + 1;
	char *heading = take_string(&b, 80);
	while (b.n && dln_timeline_count(tl) < MAX_EVENTS)
		add_event(tl, &b, names[fuzz_u8(&b) % sources]);

	for (int f = DLN_LIST_TEXT; f <= DLN_LIST_JSONL; f++)
		dln_write_list(tl, (enum dln_list_format)f, fuzz_sink());
	dln_write_ics(tl, fuzz_sink());
	size_t n = dln_timeline_count(tl);
	for (size_t i = 0; i < n; i++)
		events[i] = dln_timeline_event(tl, i);
	if (dln__layout_build(&layout, events, n, width % 4000, *heading ? heading : NULL, measure,
			      &font) == 0)
		dln__layout_release(&layout);
	free(heading);
	dln_timeline_free(tl);
	return 0;
}
