/* dln_document_read: plain text, TimeML (text, raw map, DCT, title, markup, errors) and the
 * TempEval-3 corpus when it is there. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "datelines/document.h"
#include "datelines/error.h"
#include "document_internal.h"
#include "internal.h"

#define CORPUS DLN_SOURCE_ROOT "/../shared/corpora/tbaq"

static dln_document *read_ok(const char *name, const char *data, size_t len,
			     const struct dln_read_options *opt)
{
	dln_document *doc = NULL;

	int rc = dln_document_read(name, data, len, opt, &doc);
	if (rc != 0)
		fail_msg("%s: %d %s", name, rc, dln_error_last());
	assert_non_null(doc);
	return doc;
}

/* Reads data expecting failure with `code` (the message is left in dln_error_last()), and
 * checks that nothing was printed to stderr meanwhile: libxml2 must stay quiet. */
static void read_fails(const char *name, const char *data, size_t len,
		       const struct dln_read_options *opt, int code)
{
	dln_document *doc = (dln_document *)1;
	FILE *capture = tmpfile();
	struct stat st;
	int saved;

	assert_non_null(capture);
	fflush(stderr);
	saved = dup(2);
	assert_true(saved >= 0);
	assert_int_equal(dup2(fileno(capture), 2), 2);
	int rc = dln_document_read(name, data, len, opt, &doc);
	fflush(stderr);
	assert_int_equal(dup2(saved, 2), 2);
	close(saved);
	assert_int_equal(fstat(fileno(capture), &st), 0);
	fclose(capture);

	assert_int_equal(rc, code);
	assert_null(doc);
	assert_int_equal(st.st_size, 0);
}

/* ---- plain text ---- */

static void text_bom_skipped_crlf_kept(void **state)
{
	static const char data[] = "\xEF\xBB\xBFHello world.\r\nSecond line.\r\n";
	struct dln_read_options opt = DLN_READ_OPTIONS_INIT;
	(void)state;

	assert_int_equal(dln_dct_parse("2017-08-09", &opt.dct), 0);
	dln_document *doc = read_ok("a.txt", data, sizeof(data) - 1, &opt);
	assert_int_equal(dln_document_format(doc), DLN_INPUT_TEXT);
	assert_string_equal(dln_document_name(doc), "a.txt");
	assert_int_equal(dln_document_text_length(doc), 28);
	assert_memory_equal(dln_document_text(doc), "Hello world.\r\nSecond line.\r\n", 28);
	assert_int_equal(dln_document_raw_length(doc), 31);
	assert_memory_equal(dln_document_raw(doc), data, 31);
	assert_int_equal(dln_document_raw_offset(doc, 0), 3);
	assert_int_equal(dln_document_raw_offset(doc, 28), 31);
	const struct dln_dct *dct = dln_document_dct(doc);
	assert_true(dct->known);
	assert_int_equal(dct->at.year, 2017);
	assert_int_equal(dct->at.month, 8);
	assert_int_equal(dct->at.day, 9);
	dln_document_free(doc);
}

static void text_without_timeml_prolog_is_text(void **state)
{
	static const char data[] = "  <b>not</b> TimeML";
	(void)state;

	dln_document *doc = read_ok("b.txt", data, sizeof(data) - 1, NULL);
	assert_int_equal(dln_document_format(doc), DLN_INPUT_TEXT);
	assert_int_equal(dln_document_text_length(doc), sizeof(data) - 1);
	assert_memory_equal(dln_document_text(doc), data, sizeof(data) - 1);
	dln_document_free(doc);
}

static void text_nul_byte(void **state)
{
	static const char data[] = "line one\nline two\0tail";
	(void)state;

	read_fails("nul.txt", data, sizeof(data) - 1, NULL, DLN_EINPUT);
	assert_string_equal(dln_error_last(), "nul.txt:2: NUL byte at offset 17: not a text file");
}

static void text_invalid_utf8(void **state)
{
	static const char data[] = "ok\nstill ok\n\xC3\x28 not ok";
	(void)state;

	read_fails("bad.txt", data, sizeof(data) - 1, NULL, DLN_EINPUT);
	assert_string_equal(dln_error_last(), "bad.txt:3: invalid UTF-8 at byte offset 12");
}

static void text_over_limit(void **state)
{
	struct dln_read_options opt = DLN_READ_OPTIONS_INIT;
	(void)state;

	opt.max_bytes = 4;
	read_fails("big.txt", "12345", 5, &opt, DLN_ELIMIT);
	assert_string_equal(dln_error_last(), "big.txt: 5 bytes is more than the limit of 4");
	dln_document_free(read_ok("small.txt", "1234", 4, &opt));
}

/* ---- TimeML ---- */

static const char small_tml[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<TimeML>\n"
	"<DOCID>small</DOCID>\n"
	"<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">Jan. 8</TIMEX3></DCT>\n"
	"<TITLE> Bombs &amp;\n markets </TITLE>\n"
	"<TEXT>A&amp;B <EVENT eid=\"e1\" class=\"x>y\">said <SIGNAL sid=\"s1\">on</SIGNAL>"
	"</EVENT>\r\n"
	"<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1998-01-07\" temporalFunction=\"true\">"
	"Wed</TIMEX3>"
	" &#233;&#x20AC;&lt;&quot;</TEXT>\n"
	"</TimeML>\n";

static void timeml_text_and_map(void **state)
{
	static const char text[] = "A&B said on\nWed \xC3\xA9\xE2\x82\xAC<\"";
	/* Raw offsets relative to the content of <TEXT>: entities map all their bytes to their
	 * '&', CR LF becomes one LF that maps to the CR, the last entry is </TEXT>. */
	static const size_t map[] = {
		0, 1, 6, 7,                    /* A &amp; B space */
		36, 37, 38, 39, 40,            /* "said " after <EVENT ...> */
		58, 59,                        /* "on" inside <SIGNAL> */
		77,                            /* CR LF */
		151, 152, 153, 163,            /* "Wed" inside the old TIMEX3, space */
		164, 164, 170, 170, 170,       /* &#233; &#x20AC; */
		178, 182,                      /* &lt; &quot; */
		188,                           /* </TEXT> */
	};
	(void)state;

	dln_document *doc = read_ok("small.tml", small_tml, sizeof(small_tml) - 1, NULL);
	size_t base = (size_t)(strstr(small_tml, "<TEXT>") - small_tml) + 6;
	assert_int_equal(dln_document_format(doc), DLN_INPUT_TIMEML);
	assert_int_equal(dln_document_text_length(doc), sizeof(text) - 1);
	assert_string_equal(dln_document_text(doc), text);
	assert_int_equal(DLN_ARRAY_SIZE(map), sizeof(text));
	for (size_t i = 0; i < DLN_ARRAY_SIZE(map); i++)
		assert_int_equal(dln_document_raw_offset(doc, i), base + map[i]);
	assert_memory_equal(small_tml + dln_document_raw_offset(doc, sizeof(text) - 1), "</TEXT>",
			    7);
	assert_string_equal(dln_document_title(doc), "Bombs & markets");
	size_t start, end;
	dln_document_byline(doc, &start, &end);
	assert_int_equal(start, 0);
	assert_int_equal(end, 0);
	dln_document_free(doc);
}

static void timeml_dct(void **state)
{
	(void)state;

	dln_document *doc = read_ok("small.tml", small_tml, sizeof(small_tml) - 1, NULL);
	const struct dln_dct *dct = dln_document_dct(doc);
	assert_true(dct->known);
	assert_int_equal(dct->at.year, 1998);
	assert_int_equal(dct->at.month, 1);
	assert_int_equal(dct->at.day, 8);
	assert_int_equal(dct->at.minute, -1);
	dln_document_free(doc);
}

static void timeml_dct_with_time(void **state)
{
	static const char data[] =
		"<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1998-12-05T09:42\">"
		"12/05/1998</TIMEX3></DCT><TEXT>x</TEXT></TimeML>";
	static const char seconds[] =
		"<TimeML><DCT><TIMEX3 value=\"2013-03-22T12:30:45\"/></DCT><TEXT>x</TEXT></TimeML>";
	(void)state;

	dln_document *doc = read_ok("t.tml", data, sizeof(data) - 1, NULL);
	const struct dln_dct *dct = dln_document_dct(doc);
	assert_true(dct->known);
	assert_int_equal(dct->at.day, 5);
	assert_int_equal(dct->at.minute, 9 * 60 + 42);
	dln_document_free(doc);

	doc = read_ok("s.tml", seconds, sizeof(seconds) - 1, NULL);
	dct = dln_document_dct(doc);
	assert_true(dct->known);
	assert_int_equal(dct->at.year, 2013);
	assert_int_equal(dct->at.day, 22);
	assert_int_equal(dct->at.minute, -1);
	dln_document_free(doc);
}

static void timeml_dct_given_wins(void **state)
{
	static const char data[] =
		"<TimeML><DCT><TIMEX3 value=\"garbage\"/></DCT><TEXT>x</TEXT></TimeML>";
	struct dln_read_options opt = DLN_READ_OPTIONS_INIT;
	(void)state;

	assert_int_equal(dln_dct_parse("2001-02-03", &opt.dct), 0);
	dln_document *doc = read_ok("g.tml", data, sizeof(data) - 1, &opt);
	assert_int_equal(dln_document_dct(doc)->at.year, 2001);
	assert_int_equal(dln_document_dct(doc)->at.day, 3);
	dln_document_free(doc);
}

static void timeml_without_dct_or_title(void **state)
{
	static const char data[] = "<TimeML>\n<TEXT>On <EVENT>Monday</EVENT></TEXT>\n</TimeML>\n";
	(void)state;

	dln_document *doc = read_ok("n.tml", data, sizeof(data) - 1, NULL);
	assert_int_equal(dln_document_format(doc), DLN_INPUT_TIMEML);
	assert_false(dln_document_dct(doc)->known);
	assert_string_equal(dln_document_title(doc), "");
	assert_string_equal(dln_document_text(doc), "On Monday");
	dln_document_free(doc);
}

static void timeml_dct_garbage(void **state)
{
	static const char data[] =
		"<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT>\n<TIMEX3 tid=\"t0\" value=\"tomorrow\">"
		"x</TIMEX3></DCT>\n<TEXT>x</TEXT></TimeML>\n";
	static const char no_value[] =
		"<?xml version=\"1.0\" ?>\n<TimeML><DCT>today</DCT><TEXT>x</TEXT></TimeML>\n";
	(void)state;

	read_fails("g.tml", data, sizeof(data) - 1, NULL, DLN_EINPUT);
	assert_string_equal(dln_error_last(), "g.tml:4: <DCT> value 'tomorrow' is not a date");
	read_fails("h.tml", no_value, sizeof(no_value) - 1, NULL, DLN_EINPUT);
	assert_string_equal(dln_error_last(), "h.tml:2: <DCT> value '' is not a date");
}

/* The prefix of a message, and words its libxml2 part must hold (libxml2's wording varies
 * between versions). */
static void assert_message(const char *prefix, const char *word)
{
	const char *msg = dln_error_last();

	if (strncmp(msg, prefix, strlen(prefix)) != 0 || !strstr(msg + strlen(prefix), word) ||
	    strchr(msg, '\n'))
		fail_msg("message \"%s\" is not \"%s...%s...\" on one line", msg, prefix, word);
}

static void timeml_malformed(void **state)
{
	static const char data[] =
		"<?xml version=\"1.0\" ?>\n<TimeML>\n<TEXT>a <EVENT>b</TEXT>\n</TimeML>\n";
	static const char undefined_entity[] =
		"<?xml version=\"1.0\" ?>\n<TimeML>\n<TEXT>\nAT&T</TEXT>\n</TimeML>\n";
	static const struct dln_read_options forced = { .format = DLN_INPUT_TIMEML };
	(void)state;

	read_fails("bad.tml", data, sizeof(data) - 1, NULL, DLN_EINPUT);
	assert_message("bad.tml:3: malformed TimeML: ", "EVENT");
	read_fails("amp.tml", undefined_entity, sizeof(undefined_entity) - 1, NULL, DLN_EINPUT);
	assert_message("amp.tml:4: malformed TimeML: ", "Entity");
	read_fails("forced.tml", "plain words", 11, &forced, DLN_EINPUT);
	assert_message("forced.tml:1: malformed TimeML: ", "tag");
	read_fails("empty.tml", "", 0, &forced, DLN_EINPUT);
	assert_string_equal(dln_error_last(),
			    "empty.tml:1: malformed TimeML: the document is empty");
}

static void timeml_missing_text(void **state)
{
	static const char data[] =
		"<?xml version=\"1.0\" ?>\n<TimeML><DOCID>x</DOCID><!-- <TEXT> --></TimeML>\n";
	(void)state;

	read_fails("x.tml", data, sizeof(data) - 1, NULL, DLN_EINPUT);
	assert_string_equal(dln_error_last(), "x.tml: no <TEXT> element");
}

static void timeml_dtd_entity_refused(void **state)
{
	static const char data[] =
		"<?xml version=\"1.0\" ?>\n<!DOCTYPE TimeML [ <!ENTITY co \"Company>\"> ]>\n"
		"<TimeML>\n<TEXT>The\n&co; said</TEXT></TimeML>\n";
	(void)state;

	read_fails("e.tml", data, sizeof(data) - 1, NULL, DLN_EINPUT);
	assert_string_equal(dln_error_last(), "e.tml:5: entity reference not supported");
}

static void timeml_cdata_comments_empty_elements(void **state)
{
	static const char data[] =
		"<TimeML><TEXT>a<!-- no -->b<![CDATA[<&amp;\r\n>]]><br/><?pi x?>c</TEXT></TimeML>";
	static const size_t map[] = { 14, 26, 36, 37, 38, 39, 40, 41, 42, 44, 61, 62 };
	(void)state;

	dln_document *doc = read_ok("c.tml", data, sizeof(data) - 1, NULL);
	assert_string_equal(dln_document_text(doc), "ab<&amp;\n>c");
	for (size_t i = 0; i < DLN_ARRAY_SIZE(map); i++)
		assert_int_equal(dln_document_raw_offset(doc, i), map[i]);
	dln_document_free(doc);

	static const char empty[] = "<TimeML><TEXT/></TimeML>";
	doc = read_ok("e.tml", empty, sizeof(empty) - 1, NULL);
	assert_int_equal(dln_document_text_length(doc), 0);
	assert_string_equal(dln_document_text(doc), "");
	dln_document_free(doc);
}

static void timeml_markup_list(void **state)
{
	static const struct {
		enum dln__markup_kind kind;
		size_t text_off, match;
		bool timex;
		const char *starts;
	} want[] = {
		{ DLN__TAG_OPEN, 4, 3, false, "<EVENT eid" },
		{ DLN__TAG_OPEN, 9, 2, false, "<SIGNAL" },
		{ DLN__TAG_CLOSE, 11, 1, false, "</SIGNAL>" },
		{ DLN__TAG_CLOSE, 11, 0, false, "</EVENT>" },
		{ DLN__TAG_OPEN, 12, 5, true, "<TIMEX3 tid=\"t9\"" },
		{ DLN__TAG_CLOSE, 15, 4, true, "</TIMEX3>" },
	};
	struct dln__markup *m;
	size_t count;
	(void)state;

	dln_document *doc = read_ok("small.tml", small_tml, sizeof(small_tml) - 1, NULL);
	assert_int_equal(dln__timeml_markup(doc, &m, &count), 0);
	assert_int_equal(count, DLN_ARRAY_SIZE(want));
	for (size_t i = 0; i < count; i++) {
		const char *raw = small_tml + m[i].start;
		assert_int_equal(m[i].kind, want[i].kind);
		assert_int_equal(m[i].text_off, want[i].text_off);
		assert_int_equal(m[i].match, want[i].match);
		assert_int_equal(m[i].timex, want[i].timex);
		assert_memory_equal(raw, want[i].starts, strlen(want[i].starts));
		assert_int_equal(small_tml[m[i].end - 1], '>');
	}
	assert_int_equal(m[0].end - m[0].start, 28);
	free(m);

	static const char other[] = "<TimeML><TEXT>a<![CDATA[b]]><!--c--><x/></TEXT></TimeML>";
	static const enum dln__markup_kind kinds[] = { DLN__CDATA_OPEN, DLN__CDATA_CLOSE,
						       DLN__MARKUP_OTHER, DLN__TAG_EMPTY };
	dln_document_free(doc);
	doc = read_ok("o.tml", other, sizeof(other) - 1, NULL);
	assert_int_equal(dln__timeml_markup(doc, &m, &count), 0);
	assert_int_equal(count, 4);
	for (size_t i = 0; i < count; i++) {
		assert_int_equal(m[i].kind, kinds[i]);
		assert_int_equal(m[i].match, SIZE_MAX);
	}
	assert_int_equal(m[1].text_off, 2);
	assert_int_equal(m[3].start, 36);
	assert_int_equal(m[3].end, 40);
	free(m);
	dln_document_free(doc);
}

/* ---- the TempEval-3 corpus ---- */

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	long size;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	size = ftell(f);
	assert_true(size >= 0);
	rewind(f);
	data = malloc((size_t)size + 1);
	assert_non_null(data);
	assert_int_equal(fread(data, 1, (size_t)size, f), (size_t)size);
	fclose(f);
	*len = (size_t)size;
	return data;
}

static size_t read_corpus_set(const char *set)
{
	char dir[4096], path[8192];
	struct dirent *e;
	size_t files = 0;

	snprintf(dir, sizeof(dir), "%s/%s", CORPUS, set);
	DIR *d = opendir(dir);
	assert_non_null(d);
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name), len;
		if (n < 4 || strcmp(e->d_name + n - 4, ".tml") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		char *data = slurp(path, &len);
		dln_document *doc = read_ok(path, data, len, NULL);
		const char *text = dln_document_text(doc);
		size_t text_len = dln_document_text_length(doc);
		assert_int_equal(dln_document_format(doc), DLN_INPUT_TIMEML);
		assert_null(memchr(text, '<', text_len));
		assert_true(dln_document_dct(doc)->known);
		for (size_t i = 0; i + 1 <= text_len; i++)
			assert_true(dln_document_raw_offset(doc, i) <
				    dln_document_raw_offset(doc, i + 1));
		assert_memory_equal(data + dln_document_raw_offset(doc, text_len), "</TEXT>", 7);
		dln_document_free(doc);
		free(data);
		files++;
	}
	closedir(d);
	return files;
}

static void corpus_reads(void **state)
{
	struct stat st;
	(void)state;

	if (stat(CORPUS, &st) != 0) {
		print_message("SKIP: %s not found\n", CORPUS);
		skip();
	}
	size_t timebank = read_corpus_set("TimeBank");
	size_t aquaint = read_corpus_set("AQUAINT");
	assert_int_equal(timebank, 183);
	assert_int_equal(aquaint, 73);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_bom_skipped_crlf_kept),
		cmocka_unit_test(text_without_timeml_prolog_is_text),
		cmocka_unit_test(text_nul_byte),
		cmocka_unit_test(text_invalid_utf8),
		cmocka_unit_test(text_over_limit),
		cmocka_unit_test(timeml_text_and_map),
		cmocka_unit_test(timeml_dct),
		cmocka_unit_test(timeml_dct_with_time),
		cmocka_unit_test(timeml_dct_given_wins),
		cmocka_unit_test(timeml_without_dct_or_title),
		cmocka_unit_test(timeml_dct_garbage),
		cmocka_unit_test(timeml_malformed),
		cmocka_unit_test(timeml_missing_text),
		cmocka_unit_test(timeml_dtd_entity_refused),
		cmocka_unit_test(timeml_cdata_comments_empty_elements),
		cmocka_unit_test(timeml_markup_list),
		cmocka_unit_test(corpus_reads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
