/* dln_stream: a text read through small windows gives the expressions dln_tag finds in it
 * read whole, at the same offsets; pieces join up to the text; bad bytes are reported where
 * they are in the whole input. The TempEval-3 texts (../shared/corpora/tbaq) are checked too
 * where they are present. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/datelines.h"

#define SAMPLE DLN_SOURCE_ROOT "/samples/cnsnews-2017-08-09-north-korea-iran.txt"
#define TBAQ DLN_SOURCE_ROOT "/../shared/corpora/tbaq"

/* Input from memory, handed out a few bytes at a time so that reads end anywhere, inside a
 * UTF-8 sequence too. */
struct memory_input {
	const char *data;
	size_t len, pos, step;
};

static long read_memory(void *ctx, char *buf, size_t size)
{
	struct memory_input *in = ctx;
	size_t n = in->len - in->pos;

	if (n > size)
		n = size;
	if (n > in->step)
		n = in->step;
	memcpy(buf, in->data + in->pos, n);
	in->pos += n;
	return (long)n;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *data;

	assert_non_null(fp);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	*len = (size_t)ftell(fp);
	rewind(fp);
	data = malloc(*len + 1);
	assert_non_null(data);
	assert_int_equal(fread(data, 1, *len, fp), *len);
	data[*len] = '\0';
	fclose(fp);
	return data;
}

struct options {
	const char *dct;   /* NULL: from the byline */
	size_t window;
	size_t max_timexes;
};

static struct dln_stream_options stream_options(const struct options *o)
{
	struct dln_stream_options so = DLN_STREAM_OPTIONS_INIT;

	so.read.format = DLN_INPUT_TEXT;
	if (o->dct)
		assert_int_equal(dln_dct_parse(o->dct, &so.read.dct), 0);
	so.window = o->window;
	so.tag.max_timexes = o->max_timexes;
	return so;
}

static void assert_same_timex(const struct dln_timex *a, const struct dln_timex *b,
			      size_t offset)
{
	assert_int_equal(offset, a->offset);
	assert_int_equal(b->length, a->length);
	assert_int_equal(b->type, a->type);
	assert_string_equal(b->value, a->value);
	assert_string_equal(b->mod, a->mod);
	assert_int_equal(b->resolved, a->resolved);
	assert_int_equal(b->range, a->range);
	if (a->resolved) {
		assert_int_equal(dln_point_compare(&a->start, &b->start), 0);
		assert_int_equal(dln_point_compare(&a->end, &b->end), 0);
	}
}

/* Streams text through the window and checks it against dln_tag of all of it: the pieces
 * join up to the text in order, and hold the same expressions. Returns the piece count. */
static size_t check_stream(const char *text, size_t len, const struct options *o)
{
	struct dln_stream_options so = stream_options(o);
	struct memory_input in = { text, len, 0, 7 };
	dln_document *doc;
	dln_tagging *whole;
	dln_stream *s;
	const dln_tagging *piece;
	size_t pieces = 0, at = 0, k = 0;
	int rc;

	assert_int_equal(dln_document_read("t.txt", text, len, &so.read, &doc), 0);
	assert_int_equal(dln_tag(doc, &so.tag, &whole), 0);
	assert_int_equal(dln_stream_open("t.txt", read_memory, &in, &so, &s), 0);
	while ((rc = dln_stream_next(s, &piece)) == 1) {
		const dln_document *pd = dln_tagging_document(piece);
		const struct dln_piece *p = dln_document_piece(pd);
		size_t n = dln_document_text_length(pd);

		assert_int_equal(p->index, pieces);
		assert_int_equal(p->text_offset, at);
		assert_int_equal(p->timexes_before, k);
		assert_true(at + n <= dln_document_text_length(doc));
		assert_memory_equal(dln_document_text(pd), dln_document_text(doc) + at, n);
		assert_int_equal(dln_document_dct(pd)->known, dln_document_dct(doc)->known);
		assert_string_equal(dln_document_title(pd), dln_document_title(doc));
		for (size_t i = 0; i < dln_tagging_count(piece); i++, k++) {
			const struct dln_timex *x = dln_tagging_timex(piece, i);
			assert_true(k < dln_tagging_count(whole));
			assert_same_timex(dln_tagging_timex(whole, k), x, at + x->offset);
		}
		at += n;
		pieces++;
		assert_int_equal(p->last, at == dln_document_text_length(doc));
	}
	assert_int_equal(rc, 0);
	assert_int_equal(at, dln_document_text_length(doc));
	assert_int_equal(k, dln_tagging_count(whole));
	dln_stream_free(s);
	dln_tagging_free(whole);
	dln_document_free(doc);
	return pieces;
}

static void sample_through_small_windows(void **state)
{
	size_t len;
	char *text = read_file(SAMPLE, &len);
	(void)state;

	/* The byline's date and the headline carry to every piece. */
	assert_true(check_stream(text, len, &(struct options){ NULL, 1024, 0 }) > 4);
	assert_true(check_stream(text, len, &(struct options){ NULL, 4096, 0 }) > 1);
	assert_int_equal(check_stream(text, len, &(struct options){ NULL, 1 << 20, 0 }), 1);
	free(text);
}

/* Without blank lines a piece ends where a sentence does. */
static void sample_as_one_line(void **state)
{
	size_t len;
	char *text = read_file(SAMPLE, &len);
	(void)state;

	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n')
			text[i] = ' ';
	assert_true(check_stream(text, len, &(struct options){ "2017-08-09", 1024, 0 }) > 4);
	free(text);
}

/* A window smaller than a sentence cuts it, but no byte is lost or tagged twice. */
static void tiny_window_loses_nothing(void **state)
{
	const char *text = "On Monday, March 3, 2014 the talks began; they ended two days "
			   "later, on March 5, and resumed in April.";
	struct dln_stream_options so = stream_options(&(struct options){ "2014-03-10", 16, 0 });
	struct memory_input in = { text, strlen(text), 0, 3 };
	const dln_tagging *piece;
	dln_stream *s;
	size_t at = 0;
	int rc;
	(void)state;

	assert_int_equal(dln_stream_open("t.txt", read_memory, &in, &so, &s), 0);
	while ((rc = dln_stream_next(s, &piece)) == 1) {
		const dln_document *pd = dln_tagging_document(piece);
		size_t n = dln_document_text_length(pd);
		assert_true(n > 0);
		assert_memory_equal(dln_document_text(pd), text + at, n);
		at += n;
	}
	assert_int_equal(rc, 0);
	assert_int_equal(at, strlen(text));
	dln_stream_free(s);
}

/* Characters of two and three bytes fall across window edges at every offset: each piece
 * ends on a whole character and the pieces join up to the text. */
static void characters_across_window_edges(void **state)
{
	char text[600] = "";
	(void)state;

	while (strlen(text) < 500)
		strcat(text, "Pr\xC3\xA8s 5\xE2\x82\xAC \xE2\x80\x94 Mai ");
	for (size_t window = 16; window < 24; window++) {
		struct dln_stream_options so = stream_options(&(struct options){ "2017-08-09",
										 window, 0 });
		struct memory_input in = { text, strlen(text), 0, 5 };
		const dln_tagging *piece;
		dln_stream *s;
		size_t at = 0;
		int rc;

		assert_int_equal(dln_stream_open("t.txt", read_memory, &in, &so, &s), 0);
		while ((rc = dln_stream_next(s, &piece)) == 1) {
			const dln_document *pd = dln_tagging_document(piece);
			size_t n = dln_document_text_length(pd);
			assert_memory_equal(dln_document_text(pd), text + at, n);
			at += n;
		}
		assert_int_equal(rc, 0);
		assert_int_equal(at, strlen(text));
		dln_stream_free(s);
	}
}

/* A window too small to hold a character, or whose size overflows, is refused. */
static void window_out_of_range(void **state)
{
	struct dln_stream_options so = DLN_STREAM_OPTIONS_INIT;
	struct memory_input in = { "x", 1, 0, 1 };
	dln_stream *s;
	(void)state;

	so.window = 3;
	assert_int_equal(dln_stream_open("t.txt", read_memory, &in, &so, &s), DLN_EARG);
	assert_null(s);
	so.window = SIZE_MAX;
	assert_int_equal(dln_stream_open("t.txt", read_memory, &in, &so, &s), DLN_EARG);
}

/* The byte limit holds for a long text too, not only for one read whole. */
static void byte_limit_holds_for_long_text(void **state)
{
	char text[5000];
	struct dln_stream_options so = stream_options(&(struct options){ "2017-08-09", 1024, 0 });
	const dln_tagging *piece;
	dln_stream *s;
	int rc;
	(void)state;

	memset(text, 'a', sizeof(text));
	for (size_t i = 9; i < sizeof(text); i += 10)
		text[i] = ' ';
	so.read.max_bytes = 3000;
	struct memory_input in = { text, sizeof(text), 0, 512 };
	assert_int_equal(dln_stream_open("t.txt", read_memory, &in, &so, &s), 0);
	while ((rc = dln_stream_next(s, &piece)) == 1)
		continue;
	assert_int_equal(rc, DLN_ELIMIT);
	assert_string_equal(dln_error_last(), "t.txt: more than the limit of 3000 bytes");
	dln_stream_free(s);
}

/* "Two days later" in a later piece counts from the date an earlier piece fixed. */
static void anchor_carries_to_later_pieces(void **state)
{
	char text[8192];
	size_t len = (size_t)sprintf(text, "The talks began on March 3, 2014.\n\n");
	(void)state;

	while (len < 6000)
		len += (size_t)sprintf(text + len, "Nobody said much about them. ");
	len += (size_t)sprintf(text + len, "\n\nThey ended two days later.\n");
	assert_true(check_stream(text, len, &(struct options){ "2014-06-01", 1024, 0 }) > 4);

	struct dln_stream_options so = stream_options(&(struct options){ "2014-06-01", 1024, 0 });
	struct memory_input in = { text, len, 0, 4096 };
	const dln_tagging *piece;
	dln_stream *s;
	char value[40] = "";
	size_t pieces = 0;
	assert_int_equal(dln_stream_open("t.txt", read_memory, &in, &so, &s), 0);
	while (dln_stream_next(s, &piece) == 1) {
		/* The second expression, in the last piece. */
		if (pieces++ && dln_tagging_count(piece)) {
			assert_int_equal(dln_document_piece(dln_tagging_document(piece))
						 ->timexes_before, 1);
			strcpy(value, dln_tagging_timex(piece, 0)->value);
		}
	}
	assert_string_equal(value, "2014-03-05");
	dln_stream_free(s);
}

/* A bad byte far into the text is reported at its line and offset in the whole input. */
static void bad_byte_named_where_it_is(void **state)
{
	size_t len = 20000;
	char *text = malloc(len + 1);
	struct dln_stream_options so = stream_options(&(struct options){ "2017-08-09", 4096, 0 });
	const dln_tagging *piece;
	dln_stream *s;
	int rc, pieces = 0;
	(void)state;

	for (size_t i = 0; i < len; i += 20)
		memcpy(text + i, "It rained on May 3.\n", 20);
	text[15017] = (char)0xFF;  /* line 751 */
	struct memory_input in = { text, len, 0, 1000 };
	assert_int_equal(dln_stream_open("big.txt", read_memory, &in, &so, &s), 0);
	while ((rc = dln_stream_next(s, &piece)) == 1)
		pieces++;
	assert_int_equal(rc, DLN_EINPUT);
	assert_true(pieces >= 2);
	assert_string_equal(dln_error_last(), "big.txt:751: invalid UTF-8 at byte offset 15017");
	/* The stream is done after a failure. */
	assert_int_equal(dln_stream_next(s, &piece), 0);
	dln_stream_free(s);
	free(text);
}

/* The limit on expressions counts the whole text, not each piece. */
static void limit_counts_all_pieces(void **state)
{
	size_t len = 20000;
	char *text = malloc(len);
	struct dln_stream_options so = stream_options(&(struct options){ "2017-08-09", 4096, 900 });
	const dln_tagging *piece;
	dln_stream *s;
	size_t seen = 0;
	int rc;
	(void)state;

	for (size_t i = 0; i < len; i += 20)
		memcpy(text + i, "It rained on May 3.\n", 20);
	struct memory_input in = { text, len, 0, 4096 };
	assert_int_equal(dln_stream_open("big.txt", read_memory, &in, &so, &s), 0);
	while ((rc = dln_stream_next(s, &piece)) == 1)
		seen += dln_tagging_count(piece);
	assert_int_equal(rc, DLN_ELIMIT);
	assert_true(seen < 900);
	dln_stream_free(s);
	free(text);
}

/* TimeML is read whole, however long. */
static void timeml_is_one_piece(void **state)
{
	const char *head = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" "
			   "type=\"DATE\" value=\"1998-01-08\">1998-01-08</TIMEX3></DCT>\n<TEXT>";
	size_t len = 0, cap = 40000, sentences = 0;
	char *doc = malloc(cap);
	struct dln_stream_options so = DLN_STREAM_OPTIONS_INIT;
	const dln_tagging *piece;
	dln_stream *s;
	(void)state;

	len += (size_t)sprintf(doc, "%s", head);
	for (; len < 30000; sentences++)
		len += (size_t)sprintf(doc + len, "Prices fell on Tuesday. ");
	len += (size_t)sprintf(doc + len, "</TEXT>\n</TimeML>\n");
	so.window = 4096;
	struct memory_input in = { doc, len, 0, 512 };
	assert_int_equal(dln_stream_open("t.tml", read_memory, &in, &so, &s), 0);
	assert_int_equal(dln_stream_next(s, &piece), 1);
	const dln_document *pd = dln_tagging_document(piece);
	assert_int_equal(dln_document_format(pd), DLN_INPUT_TIMEML);
	assert_true(dln_document_piece(pd)->last);
	assert_int_equal(dln_tagging_count(piece), sentences);
	assert_string_equal(dln_tagging_timex(piece, 0)->value, "1998-01-06");
	assert_int_equal(dln_stream_next(s, &piece), 0);
	dln_stream_free(s);
	free(doc);
}

/* The training texts one after another, with blank lines and then with spaces between them. */
static void corpus_through_windows(void **state)
{
	static const char *const sets[] = { TBAQ "/TimeBank", TBAQ "/AQUAINT" };
	size_t len = 0, cap = 1 << 20, files = 0;
	char *all = malloc(cap);
	(void)state;

	for (size_t d = 0; d < 2; d++) {
		DIR *dir = opendir(sets[d]);
		struct dirent *de;
		if (!dir) {
			print_message("skipped: %s not found\n", sets[d]);
			free(all);
			skip();
		}
		while ((de = readdir(dir))) {
			char path[4096];
			size_t n;
			dln_document *doc;
			if (!strstr(de->d_name, ".tml"))
				continue;
			snprintf(path, sizeof(path), "%s/%s", sets[d], de->d_name);
			char *raw = read_file(path, &n);
			assert_int_equal(dln_document_read(path, raw, n, NULL, &doc), 0);
			size_t tl = dln_document_text_length(doc);
			while (len + tl + 2 > cap)
				assert_non_null(all = realloc(all, cap *= 2));
			memcpy(all + len, dln_document_text(doc), tl);
			len += tl;
			memcpy(all + len, "\n\n", 2);
			len += 2;
			dln_document_free(doc);
			free(raw);
			files++;
		}
		closedir(dir);
	}
	assert_int_equal(files, 256);
	assert_true(check_stream(all, len, &(struct options){ "1998-01-08", 1 << 16, 0 }) > 8);
	for (size_t i = 0; i < len; i++)
		if (all[i] == '\n')
			all[i] = ' ';
	assert_true(check_stream(all, len, &(struct options){ "1998-01-08", 1 << 16, 0 }) > 8);
	free(all);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sample_through_small_windows),
		cmocka_unit_test(sample_as_one_line),
		cmocka_unit_test(tiny_window_loses_nothing),
		cmocka_unit_test(anchor_carries_to_later_pieces),
		cmocka_unit_test(characters_across_window_edges),
		cmocka_unit_test(window_out_of_range),
		cmocka_unit_test(byte_limit_holds_for_long_text),
		cmocka_unit_test(bad_byte_named_where_it_is),
		cmocka_unit_test(limit_counts_all_pieces),
		cmocka_unit_test(timeml_is_one_piece),
		cmocka_unit_test(corpus_through_windows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
