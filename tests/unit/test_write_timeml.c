/* dln_write_timeml and dln_write_tag_json on hand-built taggings: TimeML input (old tags
 * replaced, entities, nesting, crossing spans, CDATA), text input, JSON, errors, and the gold
 * annotation of the TempEval-3 corpus written back exactly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <dirent.h>
#include <sys/stat.h>

#include <cmocka.h>
#include <libxml/parser.h>

#include "datelines/document.h"
#include "datelines/error.h"
#include "datelines/writers.h"
#include "internal.h"
#include "tagging_internal.h"

#define CORPUS DLN_SOURCE_ROOT "/../shared/corpora/tbaq"

typedef int (*writer_fn)(const dln_tagging *t, FILE *out);

static dln_document *doc_from(const char *name, const char *data, const char *dct)
{
	struct dln_read_options opt = DLN_READ_OPTIONS_INIT;
	dln_document *doc = NULL;

	if (dct)
		assert_int_equal(dln_dct_parse(dct, &opt.dct), 0);
	int rc = dln_document_read(name, data, strlen(data), &opt, &doc);
	if (rc != 0)
		fail_msg("%s: %s", name, dln_error_last());
	return doc;
}

static struct dln_timex timex(size_t offset, size_t length, enum dln_timex_type type,
			      const char *value, const char *mod)
{
	struct dln_timex x = { .offset = offset, .length = length, .type = type };

	snprintf(x.value, sizeof(x.value), "%s", value);
	snprintf(x.mod, sizeof(x.mod), "%s", mod ? mod : "");
	return x;
}

/* The writer's output for doc tagged with xs; the caller frees it. */
static char *write_tagged(const dln_document *doc, const struct dln_timex *xs, size_t n,
			  writer_fn writer, int want_rc)
{
	struct dln_tagging t = { .doc = doc };
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	assert_non_null(out);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(dln__tagging_append(&t, &xs[i]), 0);
	int rc = writer(&t, out);
	assert_int_equal(fclose(out), 0);
	free(t.timexes);
	if (rc != want_rc)
		fail_msg("writer returned %d (%s), not %d", rc, dln_error_last(), want_rc);
	return buf;
}

static void assert_well_formed(const char *xml)
{
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "out.tml", NULL,
				      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc)
		fail_msg("not well-formed XML:\n%s", xml);
	xmlFreeDoc(doc);
}

/* Writes, checks the exact output, that it is well-formed, and that reading it back gives
 * the same text. */
static void check_timeml(const dln_document *doc, const struct dln_timex *xs, size_t n,
			 const char *want)
{
	char *got = write_tagged(doc, xs, n, dln_write_timeml, 0);
	assert_string_equal(got, want);
	assert_well_formed(got);
	dln_document *back = doc_from("back.tml", got, NULL);
	assert_int_equal(dln_document_text_length(back), dln_document_text_length(doc));
	assert_memory_equal(dln_document_text(back), dln_document_text(doc),
			    dln_document_text_length(doc));
	dln_document_free(back);
	free(got);
}

/* ---- TimeML input ---- */

#define SMALL_HEAD \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
	"<TimeML>\n" \
	"<DOCID>small</DOCID>\n" \
	"<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">Jan. 8</TIMEX3></DCT>\n"
#define EVENT "<EVENT eid=\"e1\" class=\"x>y\">"
#define SIGNAL "<SIGNAL sid=\"s1\">"
#define OLD_TIMEX "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1998-01-07\" temporalFunction=\"true\">"
#define SMALL_TAIL "</TEXT>\n</TimeML>\n"

/* Its text: "A&B said on\nWed \u00e9\u20ac<\"" (offsets: "said" 4, "on" 9, "Wed" 12). */
static const char small_tml[] =
	SMALL_HEAD
	"<TEXT>A&amp;B " EVENT "said " SIGNAL "on</SIGNAL></EVENT>\r\n"
	OLD_TIMEX "Wed</TIMEX3> &#233;&#x20AC;&lt;&quot;" SMALL_TAIL;

static void old_timex_replaced_entities_kept(void **state)
{
	(void)state;
	dln_document *doc = doc_from("small.tml", small_tml, NULL);
	const struct dln_timex xs[] = {
		timex(12, 3, DLN_TIMEX_DATE, "1998-01-07", NULL),
		timex(16, 5, DLN_TIMEX_DATE, "XXXX-XX-XX", "APPROX"),
	};

	char want[1024];
	snprintf(want, sizeof(want), "%s%s", SMALL_HEAD,
		 "<TEXT>A&amp;B " EVENT "said " SIGNAL "on</SIGNAL></EVENT>\r\n"
		 "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wed</TIMEX3> "
		 "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"XXXX-XX-XX\" mod=\"APPROX\">"
		 "&#233;&#x20AC;</TIMEX3>&lt;&quot;" SMALL_TAIL);
	check_timeml(doc, xs, DLN_ARRAY_SIZE(xs), want);

	/* No expressions: only the old tags inside <TEXT> go; the DCT keeps its own. */
	check_timeml(doc, NULL, 0,
		     SMALL_HEAD "<TEXT>A&amp;B " EVENT "said " SIGNAL "on</SIGNAL></EVENT>\r\n"
		     "Wed &#233;&#x20AC;&lt;&quot;" SMALL_TAIL);
	dln_document_free(doc);
}

static void nested_tags_kept_inside(void **state)
{
	(void)state;
	dln_document *doc = doc_from("small.tml", small_tml, NULL);
	/* "said on": its ends sit inside EVENT and SIGNAL; the end tag steps out of SIGNAL. */
	const struct dln_timex said_on[] = { timex(4, 7, DLN_TIMEX_DATE, "X", NULL) };
	/* "on": just inside SIGNAL. */
	const struct dln_timex on[] = { timex(9, 2, DLN_TIMEX_DATE, "X", NULL) };
	char want[1024];

	snprintf(want, sizeof(want), "%s<TEXT>A&amp;B %s%s%s%s", SMALL_HEAD, EVENT,
		 "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">said " SIGNAL "on</SIGNAL>"
		 "</TIMEX3></EVENT>\r\n", "Wed &#233;&#x20AC;&lt;&quot;", SMALL_TAIL);
	check_timeml(doc, said_on, 1, want);

	snprintf(want, sizeof(want), "%s<TEXT>A&amp;B %s%s%s%s", SMALL_HEAD, EVENT,
		 "said " SIGNAL "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">on</TIMEX3>"
		 "</SIGNAL></EVENT>\r\n", "Wed &#233;&#x20AC;&lt;&quot;", SMALL_TAIL);
	check_timeml(doc, on, 1, want);
	dln_document_free(doc);
}

static void crossing_span_shrinks(void **state)
{
	(void)state;
	dln_document *doc = doc_from("small.tml", small_tml, NULL);
	/* "B said" ends inside EVENT, whose text goes on: the longer balanced part stays. */
	const struct dln_timex b_said[] = { timex(2, 6, DLN_TIMEX_DATE, "X", NULL) };
	/* "on\nWed" starts inside SIGNAL and EVENT and ends outside them. */
	const struct dln_timex on_wed[] = { timex(9, 6, DLN_TIMEX_DATE, "X", NULL) };
	char want[1024];

	snprintf(want, sizeof(want), "%s<TEXT>A&amp;B %s%s%s", SMALL_HEAD, EVENT,
		 "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">said</TIMEX3> " SIGNAL
		 "on</SIGNAL></EVENT>\r\nWed &#233;&#x20AC;&lt;&quot;", SMALL_TAIL);
	check_timeml(doc, b_said, 1, want);

	snprintf(want, sizeof(want), "%s<TEXT>A&amp;B %s%s%s", SMALL_HEAD, EVENT,
		 "said " SIGNAL "on</SIGNAL></EVENT><TIMEX3 tid=\"t1\" type=\"DATE\" "
		 "value=\"X\">\r\nWed</TIMEX3> &#233;&#x20AC;&lt;&quot;", SMALL_TAIL);
	check_timeml(doc, on_wed, 1, want);
	dln_document_free(doc);
}

static void adjacent_expressions_and_empty_elements(void **state)
{
	static const char data[] =
		"<TimeML><TEXT>x <E>y</E><F>z</F>w <G/>v<H></H>u</TEXT></TimeML>";
	(void)state;
	dln_document *doc = doc_from("adj.tml", data, NULL);
	/* Text "x yzw vu": "x y" ends where E closes, "zw" starts where F opens. */
	const struct dln_timex xs[] = {
		timex(0, 3, DLN_TIMEX_DATE, "1", NULL),
		timex(3, 2, DLN_TIMEX_DATE, "2", NULL),
		timex(6, 2, DLN_TIMEX_DURATION, "P1D", NULL),
	};

	check_timeml(doc, xs, DLN_ARRAY_SIZE(xs),
		     "<TimeML><TEXT>"
		     "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1\">x <E>y</E></TIMEX3>"
		     "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2\"><F>z</F>w</TIMEX3> <G/>"
		     "<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P1D\">v<H></H>u</TIMEX3>"
		     "</TEXT></TimeML>");
	dln_document_free(doc);
}

static void cdata_split_around_tags(void **state)
{
	static const char data[] =
		"<TimeML><TEXT>It was <![CDATA[on May 1 & 2]]>.</TEXT></TimeML>";
	(void)state;
	dln_document *doc = doc_from("cdata.tml", data, NULL);
	const struct dln_timex xs[] = { timex(10, 5, DLN_TIMEX_DATE, "1998-05-01", NULL) };

	assert_string_equal(dln_document_text(doc), "It was on May 1 & 2.");
	check_timeml(doc, xs, 1,
		     "<TimeML><TEXT>It was <![CDATA[on ]]><TIMEX3 tid=\"t1\" type=\"DATE\" "
		     "value=\"1998-05-01\"><![CDATA[May 1]]></TIMEX3><![CDATA[ & 2]]>.</TEXT>"
		     "</TimeML>");
	dln_document_free(doc);
}

/* ---- text input ---- */

/* "May 1" at 22, "weekly" at 31. */
static const char plain[] = "Tom & Jerry <met> on \"May 1\",\r\nweekly.";

static void text_input_new_document(void **state)
{
	(void)state;
	dln_document *doc = doc_from("a&b.txt", plain, "2017-08-09T15:30");
	struct dln_timex xs[] = {
		timex(22, 5, DLN_TIMEX_DATE, "2017-05-01", NULL),
		timex(31, 6, DLN_TIMEX_SET, "P1W", NULL),
	};
	snprintf(xs[1].freq, sizeof(xs[1].freq), "1X");
	snprintf(xs[1].quant, sizeof(xs[1].quant), "EACH");

	check_timeml(doc, xs, DLN_ARRAY_SIZE(xs),
		     "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>a&amp;b.txt</DOCID>\n"
		     "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2017-08-09\" "
		     "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">2017-08-09"
		     "</TIMEX3></DCT>\n"
		     "<TEXT>Tom &amp; Jerry &lt;met&gt; on &quot;"
		     "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2017-05-01\">May 1</TIMEX3>"
		     "&quot;,&#13;\n"
		     "<TIMEX3 tid=\"t2\" type=\"SET\" value=\"P1W\" freq=\"1X\" quant=\"EACH\">"
		     "weekly</TIMEX3>.</TEXT>\n</TimeML>\n");
	dln_document_free(doc);
}

static void text_input_without_dct_and_control_characters(void **state)
{
	(void)state;
	dln_document *doc = doc_from("c.txt", "a\x01" "b\fc\td", NULL);
	char *got = write_tagged(doc, NULL, 0, dln_write_timeml, 0);

	assert_false(dln_document_dct(doc)->known);
	assert_string_equal(got, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>c.txt</DOCID>\n"
				 "<TEXT>a b c\td</TEXT>\n</TimeML>\n");
	assert_well_formed(got);
	free(got);
	dln_document_free(doc);
}

/* ---- JSON ---- */

static void json_line(void **state)
{
	(void)state;
	dln_document *doc = doc_from("q\"s.txt", "He said \"next week\"\nat 3:30 pm.",
				     "2017-08-09");
	struct dln_timex xs[] = {
		timex(8, 11, DLN_TIMEX_DATE, "2017-W33", "APPROX"),
		timex(23, 7, DLN_TIMEX_TIME, "2017-08-09T15:30", NULL),
	};
	xs[0].resolved = true;
	xs[0].start = (struct dln_point){ 2017, 8, 14, -1 };
	xs[0].end = (struct dln_point){ 2017, 8, 21, -1 };
	xs[1].resolved = true;
	xs[1].start = (struct dln_point){ 2017, 8, 9, 15 * 60 + 30 };
	xs[1].end = (struct dln_point){ 2017, 8, 9, 15 * 60 + 31 };

	char *got = write_tagged(doc, xs, DLN_ARRAY_SIZE(xs), dln_write_tag_json, 0);
	assert_string_equal(got,
		"{\"doc\": \"q\\\"s.txt\", \"dct\": \"2017-08-09\", \"timexes\": ["
		"{\"tid\":\"t1\",\"text\":\"\\\"next week\\\"\",\"offset\":8,\"length\":11,"
		"\"type\":\"DATE\",\"value\":\"2017-W33\",\"mod\":\"APPROX\","
		"\"start\":\"2017-08-14\",\"end\":\"2017-08-21\"}, "
		"{\"tid\":\"t2\",\"text\":\"3:30 pm\",\"offset\":23,\"length\":7,"
		"\"type\":\"TIME\",\"value\":\"2017-08-09T15:30\",\"mod\":null,"
		"\"start\":\"2017-08-09T15:30\",\"end\":\"2017-08-09T15:31\"}]}\n");
	free(got);
	dln_document_free(doc);

	doc = doc_from("n.txt", "Monday\nnext", NULL);
	xs[0] = timex(0, 6, DLN_TIMEX_DATE, "XXXX-WXX-1", NULL);
	got = write_tagged(doc, xs, 1, dln_write_tag_json, 0);
	assert_string_equal(got,
		"{\"doc\": \"n.txt\", \"dct\": null, \"timexes\": ["
		"{\"tid\":\"t1\",\"text\":\"Monday\",\"offset\":0,\"length\":6,\"type\":\"DATE\","
		"\"value\":\"XXXX-WXX-1\",\"mod\":null,\"start\":null,\"end\":null}]}\n");
	free(got);
	got = write_tagged(doc, NULL, 0, dln_write_tag_json, 0);
	assert_string_equal(got, "{\"doc\": \"n.txt\", \"dct\": null, \"timexes\": []}\n");
	free(got);
	dln_document_free(doc);
}

/* ---- errors ---- */

static void bad_taggings_refused(void **state)
{
	(void)state;
	dln_document *doc = doc_from("e.txt", "caf\xC3\xA9 at noon", NULL);
	const struct dln_timex past_end[] = { timex(9, 5, DLN_TIMEX_TIME, "X", NULL) };
	const struct dln_timex overlap[] = {
		timex(0, 5, DLN_TIMEX_DATE, "X", NULL),
		timex(3, 3, DLN_TIMEX_DATE, "X", NULL),
	};
	const struct dln_timex mid_char[] = { timex(4, 1, DLN_TIMEX_DATE, "X", NULL) };
	const struct dln_timex empty[] = { timex(2, 0, DLN_TIMEX_DATE, "X", NULL) };
	char *got;

	got = write_tagged(doc, past_end, 1, dln_write_timeml, DLN_EARG);
	assert_string_equal(got, "");
	assert_string_equal(dln_error_last(),
			    "e.txt: expression 1 (offset 9, length 5) does not fit the text");
	free(got);
	got = write_tagged(doc, overlap, 2, dln_write_tag_json, DLN_EARG);
	assert_string_equal(dln_error_last(),
			    "e.txt: expression 2 (offset 3, length 3) does not fit the text");
	free(got);
	free(write_tagged(doc, mid_char, 1, dln_write_timeml, DLN_EARG));
	free(write_tagged(doc, empty, 1, dln_write_timeml, DLN_EARG));
	dln_document_free(doc);
}

static void write_failure(void **state)
{
	(void)state;
	dln_document *doc = doc_from("w.tml", small_tml, NULL);
	struct dln_tagging t = { .doc = doc };
	FILE *ro = fopen(DLN_SOURCE_ROOT "/meson.build", "r");

	assert_non_null(ro);
	assert_int_equal(dln_write_timeml(&t, ro), DLN_EIO);
	assert_int_equal(dln_write_tag_json(&t, ro), DLN_EIO);
	fclose(ro);
	dln_document_free(doc);
}

/* ---- the TempEval-3 corpus ---- */

struct span {
	size_t start, end;
	char value[40];
	char type[16];
};

struct stripped {
	char *text;
	size_t len;
	struct span *spans;
	size_t count;
};

static void attribute(const char *tag, size_t tag_len, const char *name, char *out, size_t size)
{
	char key[32];
	snprintf(key, sizeof(key), " %s=\"", name);
	const char *end = tag + tag_len, *p = tag;

	out[0] = '\0';
	for (; p + strlen(key) < end; p++) {
		if (memcmp(p, key, strlen(key)) == 0) {
			const char *v = p + strlen(key), *q = memchr(v, '"', (size_t)(end - v));
			assert_non_null(q);
			snprintf(out, size, "%.*s", (int)(q - v), v);
			return;
		}
	}
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* A closed TIMEX3 span, whitespace trimmed as te3score trims it; empty ones do not count. */
static void add_span(struct stripped *out, struct span sp, size_t *cap)
{
	while (sp.start < sp.end && is_space(out->text[sp.start]))
		sp.start++;
	while (sp.end > sp.start && is_space(out->text[sp.end - 1]))
		sp.end--;
	if (sp.end == sp.start)
		return;
	if (out->count == *cap) {
		*cap *= 2;
		out->spans = realloc(out->spans, *cap * sizeof(*out->spans));
		assert_non_null(out->spans);
	}
	out->spans[out->count++] = sp;
}

/* What te3score.py sees in a file: the tag-free, entity-decoded <TEXT> (line ends read as LF)
 * and its TIMEX3 spans sorted by start. Written apart from the reader on purpose. */
static void strip(const char *raw, struct stripped *out)
{
	static const char *const names[] = { "&amp;", "&lt;", "&gt;", "&quot;", "&apos;" };
	const char *p = strstr(raw, "<TEXT>"), *end = NULL;
	struct span stack[8];
	size_t depth = 0, cap = 64;

	assert_non_null(p);
	for (const char *q = p; (q = strstr(q, "</TEXT>")); q++)
		end = q;
	assert_non_null(end);
	p += 6;
	out->text = malloc((size_t)(end - p) + 1);
	out->len = 0;
	out->spans = malloc(cap * sizeof(*out->spans));
	out->count = 0;
	assert_non_null(out->text);
	assert_non_null(out->spans);
	while (p < end) {
		if (*p == '<') {
			const char *gt = strchr(p, '>');
			bool close = p[1] == '/';
			assert_non_null(gt);
			bool timex = strncmp(p + 1 + close, "TIMEX3", 6) == 0 && gt[-1] != '/';
			if (timex && !close) {
				struct span *sp = &stack[depth++];
				assert_true(depth <= DLN_ARRAY_SIZE(stack));
				size_t tag_len = (size_t)(gt - p);
				sp->start = out->len;
				attribute(p, tag_len, "value", sp->value, sizeof(sp->value));
				attribute(p, tag_len, "type", sp->type, sizeof(sp->type));
			} else if (timex && depth) {
				stack[--depth].end = out->len;
				add_span(out, stack[depth], &cap);
			}
			p = gt + 1;
		} else if (*p == '&') {
			size_t k = 0;
			while (k < DLN_ARRAY_SIZE(names) && strncmp(p, names[k], strlen(names[k])))
				k++;
			assert_true(k < DLN_ARRAY_SIZE(names));
			out->text[out->len++] = "&<>\"'"[k];
			p += strlen(names[k]);
		} else if (*p == '\r') {
			out->text[out->len++] = '\n';
			p += p[1] == '\n' ? 2 : 1;
		} else {
			out->text[out->len++] = *p++;
		}
	}
	out->text[out->len] = '\0';
	/* te3score pairs spans in no particular order; ours come sorted by start. */
	for (size_t i = 1; i < out->count; i++) {
		for (size_t j = i; j > 0 && out->spans[j].start < out->spans[j - 1].start; j--) {
			struct span tmp = out->spans[j];
			out->spans[j] = out->spans[j - 1];
			out->spans[j - 1] = tmp;
		}
	}
}

static enum dln_timex_type type_of(const char *name)
{
	static const char *const names[] = { "DATE", "TIME", "DURATION", "SET" };
	for (size_t i = 0; i < DLN_ARRAY_SIZE(names); i++)
		if (strcmp(name, names[i]) == 0)
			return (enum dln_timex_type)i;
	fail_msg("unknown TIMEX3 type '%s'", name);
	return DLN_TIMEX_DATE;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *data;
	long size;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	size = ftell(f);
	assert_true(size >= 0);
	rewind(f);
	data = malloc((size_t)size + 1);
	assert_non_null(data);
	assert_int_equal(fread(data, 1, (size_t)size, f), (size_t)size);
	data[size] = '\0';
	fclose(f);
	return data;
}

/* Gold spans and values in, our tags out: te3score would find them all, strictly. */
static size_t rewrite_gold(const char *path)
{
	struct stripped gold, again;
	char *raw = slurp(path);
	dln_document *doc = doc_from(path, raw, NULL);
	struct dln_timex *xs;

	strip(raw, &gold);
	assert_int_equal(dln_document_text_length(doc), gold.len);
	assert_memory_equal(dln_document_text(doc), gold.text, gold.len);
	xs = calloc(gold.count + 1, sizeof(*xs));
	assert_non_null(xs);
	for (size_t i = 0; i < gold.count; i++)
		xs[i] = timex(gold.spans[i].start, gold.spans[i].end - gold.spans[i].start,
			      type_of(gold.spans[i].type), gold.spans[i].value, NULL);

	char *got = write_tagged(doc, xs, gold.count, dln_write_timeml, 0);
	assert_well_formed(got);
	strip(got, &again);
	assert_int_equal(again.len, gold.len);
	assert_memory_equal(again.text, gold.text, gold.len);
	assert_int_equal(again.count, gold.count);
	for (size_t i = 0; i < gold.count; i++) {
		assert_int_equal(again.spans[i].start, gold.spans[i].start);
		assert_int_equal(again.spans[i].end, gold.spans[i].end);
		assert_string_equal(again.spans[i].value, gold.spans[i].value);
		assert_string_equal(again.spans[i].type, gold.spans[i].type);
	}
	/* Everything before <TEXT> (the DCT's TIMEX3 among it) is as it was. */
	size_t head = (size_t)(strstr(raw, "<TEXT>") - raw);
	assert_memory_equal(got, raw, head);

	size_t n = gold.count;
	free(got);
	free(xs);
	free(gold.text);
	free(gold.spans);
	free(again.text);
	free(again.spans);
	dln_document_free(doc);
	free(raw);
	return n;
}

static void corpus_gold_round_trip(void **state)
{
	static const char *const sets[] = { "TimeBank", "AQUAINT" };
	struct stat st;
	size_t files = 0, spans = 0;
	(void)state;

	if (stat(CORPUS, &st) != 0) {
		print_message("SKIP: %s not found\n", CORPUS);
		skip();
	}
	for (size_t s = 0; s < DLN_ARRAY_SIZE(sets); s++) {
		char dir[4096], path[8192];
		struct dirent *e;

		snprintf(dir, sizeof(dir), "%s/%s", CORPUS, sets[s]);
		DIR *d = opendir(dir);
		assert_non_null(d);
		while ((e = readdir(d))) {
			size_t n = strlen(e->d_name);
			if (n < 4 || strcmp(e->d_name + n - 4, ".tml") != 0)
				continue;
			snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
			spans += rewrite_gold(path);
			files++;
		}
		closedir(d);
	}
	assert_int_equal(files, 256);
	assert_int_equal(spans, 1822);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(old_timex_replaced_entities_kept),
		cmocka_unit_test(nested_tags_kept_inside),
		cmocka_unit_test(crossing_span_shrinks),
		cmocka_unit_test(adjacent_expressions_and_empty_elements),
		cmocka_unit_test(cdata_split_around_tags),
		cmocka_unit_test(text_input_new_document),
		cmocka_unit_test(text_input_without_dct_and_control_characters),
		cmocka_unit_test(json_line),
		cmocka_unit_test(bad_taggings_refused),
		cmocka_unit_test(write_failure),
		cmocka_unit_test(corpus_gold_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
