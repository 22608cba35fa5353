/* The string buffer (appends, printf past the small stack buffer, JSON and XML escaping,
 * flushing, the failed state) and the UTF-8 checks behind it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "datelines/error.h"
#include "strbuf.h"
#include "utf8.h"

#define LIT(s) (s), (sizeof(s) - 1)

static void expect_buf(const struct dln_strbuf *sb, const char *want, size_t want_len)
{
	assert_false(sb->failed);
	assert_int_equal(sb->len, want_len);
	assert_non_null(sb->data);
	assert_memory_equal(sb->data, want, want_len);
	assert_int_equal(sb->data[sb->len], '\0');
	assert_true(sb->cap > sb->len);
}

/* ---- appends ---- */

static void empty_buffer(void **state)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	(void)state;

	assert_null(sb.data);
	assert_int_equal(sb.len, 0);
	assert_int_equal(sb.cap, 0);
	assert_false(sb.failed);
	dln__sb_release(&sb); /* releasing an unused buffer is fine */
	assert_null(sb.data);
}

static void add_adds_addc(void **state)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	(void)state;

	dln__sb_add(&sb, "abcdef", 3);
	dln__sb_adds(&sb, "-xyz");
	dln__sb_addc(&sb, '!');
	dln__sb_add(&sb, "", 0);
	expect_buf(&sb, LIT("abc-xyz!"));
	/* Embedded NUL bytes are kept: the length says where the data ends. */
	dln__sb_add(&sb, "a\0b", 3);
	expect_buf(&sb, LIT("abc-xyz!a\0b"));
	dln__sb_release(&sb);
	assert_null(sb.data);
	assert_int_equal(sb.len, 0);
	assert_int_equal(sb.cap, 0);
}

static void grows_past_first_block(void **state)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	char want[5000];
	(void)state;

	for (size_t i = 0; i < sizeof(want); i++) {
		want[i] = (char)('a' + i % 26);
		dln__sb_addc(&sb, want[i]);
	}
	expect_buf(&sb, want, sizeof(want));
	/* One large append at once. */
	dln__sb_add(&sb, want, sizeof(want));
	assert_int_equal(sb.len, 2 * sizeof(want));
	assert_memory_equal(sb.data + sizeof(want), want, sizeof(want));
	assert_int_equal(sb.data[sb.len], '\0');
	dln__sb_release(&sb);
}

/* ---- printf ---- */

static void printf_short(void **state)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	(void)state;

	dln__sb_printf(&sb, "%04d-%02d", 2017, 8);
	dln__sb_printf(&sb, "%s", "");
	dln__sb_printf(&sb, " [%s] %zu", "x", (size_t)42);
	expect_buf(&sb, LIT("2017-08 [x] 42"));
	dln__sb_release(&sb);
}

static void printf_long(void **state)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	char big[301], want[400];
	(void)state;

	memset(big, 'q', 300);
	big[300] = '\0';
	/* Exactly at and past the 128-byte stack buffer. */
	dln__sb_printf(&sb, "%.127s", big);
	expect_buf(&sb, big, 127);
	dln__sb_release(&sb);

	dln__sb_printf(&sb, "%.128s", big);
	expect_buf(&sb, big, 128);
	dln__sb_release(&sb);

	dln__sb_adds(&sb, "<");
	dln__sb_printf(&sb, "%s|%d", big, 7);
	dln__sb_adds(&sb, ">");
	snprintf(want, sizeof(want), "<%s|7>", big);
	expect_buf(&sb, want, strlen(want));
	dln__sb_release(&sb);

	/* Growing from a nearly full buffer. */
	for (int i = 0; i < 250; i++)
		dln__sb_addc(&sb, '.');
	dln__sb_printf(&sb, "%s", big);
	assert_int_equal(sb.len, 550);
	assert_memory_equal(sb.data + 250, big, 300);
	assert_int_equal(sb.data[550], '\0');
	dln__sb_release(&sb);
}

/* ---- JSON ---- */

static void json_expect(const char *in, size_t len, const char *want)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;

	dln__sb_add_json(&sb, in, len);
	if (!len) {
		assert_int_equal(sb.len, 0);
	} else {
		assert_non_null(sb.data);
		assert_string_equal(sb.data, want);
		assert_int_equal(sb.len, strlen(want));
	}
	dln__sb_release(&sb);
}

static void json_escapes(void **state)
{
	(void)state;

	json_expect(LIT("plain text"), "plain text");
	json_expect(LIT(""), "");
	json_expect(LIT("say \"hi\""), "say \\\"hi\\\"");
	json_expect(LIT("a\\b"), "a\\\\b");
	json_expect(LIT("l1\nl2\r\n\tx"), "l1\\nl2\\r\\n\\tx");
	json_expect(LIT("\x01\x08\x0c\x1f"), "\\u0001\\u0008\\u000c\\u001f");
	json_expect(LIT("/ and \x7f stay"), "/ and \x7f stay");
	/* Only len bytes are read. */
	json_expect("abc\"def", 3, "abc");
}

static void json_keeps_utf8(void **state)
{
	(void)state;

	json_expect(LIT("caf\xC3\xA9"), "caf\xC3\xA9"); /* é */
	json_expect(LIT("\xE2\x80\x99s \xE2\x80\x9Cq\xE2\x80\x9D"),
		    "\xE2\x80\x99s \xE2\x80\x9Cq\xE2\x80\x9D");
	json_expect(LIT("\xF0\x9F\x93\x85"), "\xF0\x9F\x93\x85"); /* U+1F4C5 */
	json_expect(LIT("\xF4\x8F\xBF\xBF"), "\xF4\x8F\xBF\xBF"); /* U+10FFFF */
	json_expect(LIT("\xEF\xBF\xBD"), "\xEF\xBF\xBD");
}

#define FFFD "\xEF\xBF\xBD"

static void json_replaces_invalid_utf8(void **state)
{
	(void)state;

	/* Each byte that starts no well-formed sequence becomes one U+FFFD. */
	json_expect(LIT("a\xFF"
			"b"),
		    "a" FFFD "b");
	json_expect(LIT("\x80"), FFFD);
	json_expect(LIT("\xC3\x28"), FFFD "(");			   /* bad continuation */
	json_expect(LIT("end\xC3"), "end" FFFD);		   /* truncated at the end */
	json_expect(LIT("\xE2\x80"), FFFD FFFD);		   /* truncated three-byte form */
	json_expect(LIT("\xC0\xAF"), FFFD FFFD);		   /* overlong '/' */
	json_expect(LIT("\xE0\x80\xAF"), FFFD FFFD FFFD);	   /* overlong '/' */
	json_expect(LIT("\xED\xA0\x80"), FFFD FFFD FFFD);	   /* a surrogate */
	json_expect(LIT("\xF4\x90\x80\x80"), FFFD FFFD FFFD FFFD); /* past U+10FFFF */
	json_expect(LIT("\xF5\x80"), FFFD FFFD);
	/* A valid sequence cut short by len is invalid there. */
	json_expect("\xC3\xA9", 1, FFFD);
}

/* ---- XML ---- */

static void xml_expect(const char *in, size_t len, const char *want)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;

	dln__sb_add_xml(&sb, in, len);
	if (len) {
		assert_non_null(sb.data);
		assert_string_equal(sb.data, want);
		assert_int_equal(sb.len, strlen(want));
	} else {
		assert_int_equal(sb.len, 0);
	}
	dln__sb_release(&sb);
}

static void xml_escapes(void **state)
{
	(void)state;

	xml_expect(LIT("plain"), "plain");
	xml_expect(LIT(""), "");
	xml_expect(LIT("a & b < c > d \"e\""), "a &amp; b &lt; c &gt; d &quot;e&quot;");
	xml_expect(LIT("&amp;"), "&amp;amp;");
	xml_expect(LIT("it's"), "it's");
	xml_expect(LIT("l1\nl2\tx\r"), "l1\nl2\tx\r");
	xml_expect(LIT("caf\xC3\xA9 \xE2\x80\x99"), "caf\xC3\xA9 \xE2\x80\x99");
	xml_expect("a<b", 2, "a&lt;");
}

/* XML 1.0 allows no C0 control character but tab, line feed and carriage return, even
 * escaped; documents may hold them (only NUL and invalid UTF-8 are refused), so they
 * become spaces. */
static void xml_control_characters(void **state)
{
	(void)state;

	xml_expect(LIT("page\x0c"
		       "break\x01\x0b"
		       "end"),
		   "page break  end");
	xml_expect(LIT("\x1f\x7f"), " \x7f");
	xml_expect(LIT("\t\n\r"), "\t\n\r");
}

/* ---- flushing and the failed state ---- */

static char *slurp(FILE *f, size_t *len)
{
	static char buf[8192];

	rewind(f);
	*len = fread(buf, 1, sizeof(buf) - 1, f);
	buf[*len] = '\0';
	return buf;
}

static void flush_writes_and_empties(void **state)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	FILE *f = tmpfile();
	size_t len;
	(void)state;

	assert_non_null(f);
	assert_int_equal(dln__sb_flush_to(&sb, f), 0); /* nothing yet */
	dln__sb_adds(&sb, "first ");
	assert_int_equal(dln__sb_flush_to(&sb, f), 0);
	assert_int_equal(sb.len, 0);
	dln__sb_adds(&sb, "second");
	assert_int_equal(sb.len, 6);
	assert_string_equal(sb.data, "second");
	assert_int_equal(dln__sb_flush_to(&sb, f), 0);
	assert_string_equal(slurp(f, &len), "first second");
	assert_int_equal(len, 12);
	fclose(f);
	dln__sb_release(&sb);
}

static void flush_after_failure(void **state)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	FILE *f = tmpfile();
	size_t len;
	(void)state;

	assert_non_null(f);
	dln__sb_adds(&sb, "kept");
	sb.failed = true; /* as after an allocation failure */
	dln__sb_adds(&sb, " dropped");
	dln__sb_printf(&sb, "%d", 1);
	dln__sb_add_json(&sb, "x", 1);
	assert_int_equal(sb.len, 4);
	assert_int_equal(dln__sb_flush_to(&sb, f), DLN_ENOMEM);
	assert_string_equal(dln_error_last(), "out of memory");
	assert_string_equal(slurp(f, &len), "");
	fclose(f);
	dln__sb_release(&sb);
	assert_false(sb.failed);
}

static void flush_write_error(void **state)
{
	struct dln_strbuf sb = DLN_STRBUF_INIT;
	(void)state;

	FILE *f = fopen("/dev/full", "w");
	if (!f)
		skip();
	setvbuf(f, NULL, _IONBF, 0);
	dln__sb_adds(&sb, "no room");
	assert_int_equal(dln__sb_flush_to(&sb, f), DLN_EIO);
	assert_string_equal(dln_error_last(), "write failed");
	fclose(f);
	dln__sb_release(&sb);
}

/* ---- UTF-8 ---- */

static void utf8_prefix(void **state)
{
	(void)state;

	assert_int_equal(dln__utf8_valid_prefix("", 0), 0);
	assert_int_equal(dln__utf8_valid_prefix("a", 1), 1);
	assert_int_equal(dln__utf8_valid_prefix("\x7f", 1), 1);
	assert_int_equal(dln__utf8_valid_prefix("\xC2\x80", 2), 2);
	assert_int_equal(dln__utf8_valid_prefix("\xDF\xBF", 2), 2);
	assert_int_equal(dln__utf8_valid_prefix("\xE0\xA0\x80", 3), 3);
	assert_int_equal(dln__utf8_valid_prefix("\xE2\x80\x99", 3), 3);
	assert_int_equal(dln__utf8_valid_prefix("\xEF\xBF\xBF", 3), 3);
	assert_int_equal(dln__utf8_valid_prefix("\xF0\x90\x80\x80", 4), 4);
	assert_int_equal(dln__utf8_valid_prefix("\xF4\x8F\xBF\xBF", 4), 4);
	/* Not well-formed. */
	assert_int_equal(dln__utf8_valid_prefix("\x80", 1), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xBF", 1), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xC0\x80", 2), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xC1\xBF", 2), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xC2", 1), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xC2\x41", 2), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xE0\x9F\xBF", 3), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xED\xA0\x80", 3), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xED\xBF\xBF", 3), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xE2\x80\x99", 2), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xF0\x8F\xBF\xBF", 4), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xF4\x90\x80\x80", 4), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xF5\x80\x80\x80", 4), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xFE", 1), 0);
	assert_int_equal(dln__utf8_valid_prefix("\xFF", 1), 0);
}

static void utf8_first_invalid(void **state)
{
	(void)state;

	assert_int_equal(dln__utf8_first_invalid(LIT("")), 0);
	assert_int_equal(dln__utf8_first_invalid(LIT("all ascii")), 9);
	assert_int_equal(dln__utf8_first_invalid(LIT("caf\xC3\xA9 \xE2\x80\x99")), 9);
	assert_int_equal(dln__utf8_first_invalid(LIT("ok\xC3\x28")), 2);
	assert_int_equal(dln__utf8_first_invalid(LIT("\xE2\x80\x99\xE2\x80")), 3);
	assert_int_equal(dln__utf8_first_invalid(LIT("abc\xFF")), 3);
	assert_int_equal(dln__utf8_first_invalid("\xC3\xA9", 1), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(empty_buffer),
	    cmocka_unit_test(add_adds_addc),
	    cmocka_unit_test(grows_past_first_block),
	    cmocka_unit_test(printf_short),
	    cmocka_unit_test(printf_long),
	    cmocka_unit_test(json_escapes),
	    cmocka_unit_test(json_keeps_utf8),
	    cmocka_unit_test(json_replaces_invalid_utf8),
	    cmocka_unit_test(xml_escapes),
	    cmocka_unit_test(xml_control_characters),
	    cmocka_unit_test(flush_writes_and_empties),
	    cmocka_unit_test(flush_after_failure),
	    cmocka_unit_test(flush_write_error),
	    cmocka_unit_test(utf8_prefix),
	    cmocka_unit_test(utf8_first_invalid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
