/* The json and jsonl event listings of dln_write_list. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "datelines/error.h"
#include "datelines/writers.h"
#include "strbuf.h"
#include "write_json.h"

#define FLUSH_AT (1 << 16)  /* output goes out in pieces so a corpus needs no big buffer */

static void add_string(struct dln_strbuf *sb, const char *s)
{
	if (!s) {
		dln__sb_adds(sb, "null");
		return;
	}
	dln__sb_addc(sb, '"');
	dln__sb_add_json(sb, s, strlen(s));
	dln__sb_addc(sb, '"');
}

static void add_key(struct dln_strbuf *sb, const char *key, bool first)
{
	dln__sb_printf(sb, "%s\"%s\": ", first ? "" : ", ", key);
}

/* A point as ISO 8601, or null for an unresolved event. */
static void add_point(struct dln_strbuf *sb, const struct dln_point *p)
{
	char buf[32];

	if (!p) {
		dln__sb_adds(sb, "null");
		return;
	}
	dln_point_format(p, buf, sizeof(buf));
	add_string(sb, buf);
}

static void add_source(struct dln_strbuf *sb, const struct dln_source *src)
{
	add_key(sb, "name", true);
	add_string(sb, src->name);
	add_key(sb, "title", false);
	add_string(sb, src->title);
	add_key(sb, "dct", false);
	add_point(sb, src->dct.known ? &src->dct.at : NULL);
}

static void add_event(struct dln_strbuf *sb, const struct dln_event *e)
{
	add_key(sb, "value", true);
	add_string(sb, e->value);
	add_key(sb, "type", false);
	add_string(sb, dln_timex_type_name(e->type));
	add_key(sb, "mod", false);
	add_string(sb, e->mod && *e->mod ? e->mod : NULL);
	add_key(sb, "text", false);
	add_string(sb, e->text);
	add_key(sb, "start", false);
	add_point(sb, e->resolved ? &e->start : NULL);
	add_key(sb, "end", false);
	add_point(sb, e->resolved ? &e->end : NULL);
	add_key(sb, "range", false);
	dln__sb_adds(sb, e->is_range ? "true" : "false");
	add_key(sb, "title", false);
	add_string(sb, e->title);
	add_key(sb, "sentence", false);
	add_string(sb, e->sentence);
	add_key(sb, "doc", false);
	add_string(sb, e->doc);
	add_key(sb, "offset", false);
	dln__sb_printf(sb, "%zu", e->offset);
}

/* json: one object holding the documents and the events, one event per line; jsonl (lines):
 * each event alone on its line, nothing else. */
int dln__write_list_json(const dln_timeline *tl, bool lines, FILE *out)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	size_t n = dln_timeline_count(tl);
	int rc = 0;

	if (!lines) {
		dln__sb_adds(&sb, "{\"documents\": [");
		for (size_t i = 0; i < dln_timeline_source_count(tl); i++) {
			dln__sb_adds(&sb, i ? ", {" : "{");
			add_source(&sb, dln_timeline_source(tl, i));
			dln__sb_addc(&sb, '}');
		}
		dln__sb_adds(&sb, "],\n\"events\": [\n");
	}
	for (size_t i = 0; i < n; i++) {
		dln__sb_addc(&sb, '{');
		add_event(&sb, dln_timeline_event(tl, i));
		dln__sb_addc(&sb, '}');
		if (lines || i + 1 < n)
			dln__sb_adds(&sb, lines ? "\n" : ",\n");
		if (sb.len >= FLUSH_AT && (rc = dln__sb_flush_to(&sb, out)) < 0)
			goto out;
	}
	if (!lines)
		dln__sb_adds(&sb, n ? "\n]}\n" : "]}\n");
	rc = dln__sb_flush_to(&sb, out);
out:
	dln__sb_release(&sb);
	return rc;
}
