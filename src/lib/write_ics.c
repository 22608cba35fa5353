/* dln_write_ics: the timeline as iCalendar (RFC 5545), one all-day VEVENT per resolved event.
 * The only file that includes libical. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>
#include <uuid/uuid.h>

#include "datelines/datelines.h"
#include "calendar.h"
#include "internal.h"
#include "strbuf.h"
#include "utf8.h"

#define UID_DOMAIN "@datelines"
#define CALENDAR_END "END:VCALENDAR\r\n"
#define PRODID "-//datelines//datelines " DATELINES_VERSION "//EN"

/* UIDs are name-based UUIDs under this fixed namespace, so the same event gets the same UID
 * on every run and machine: calendars that import the file again update instead of adding. */
static const uuid_t uid_namespace = {
	0x99, 0x4c, 0x87, 0xa1, 0x9d, 0xe6, 0x4d, 0xd2,
	0xa6, 0x8c, 0xdb, 0xbf, 0xca, 0x86, 0x1a, 0x95,
};

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

static int put(FILE *out, const char *s, size_t len)
{
	if (len && fwrite(s, 1, len, out) != len)
		return dln__fail(DLN_EIO, "write failed");
	return 0;
}

/* RFC 5545 text is UTF-8 without control characters other than tab and newline (which
 * libical escapes); anything else would make the file invalid, so it becomes U+FFFD. In
 * one-line text (SUMMARY) each run of white space becomes one space: calcurse refuses to
 * import a summary with a line break. */
static void add_text(struct dln_strbuf *sb, const char *s, bool one_line)
{
	size_t len = strlen(s), i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		size_t n = dln__utf8_valid_prefix(s + i, len - i);

		if (one_line && strchr(" \t\r\n", c)) {
			n = strspn(s + i, " \t\r\n");
			dln__sb_addc(sb, ' ');
		} else if (c == '\r') {
			/* CRLF and a lone CR are both one line break. */
			if (s[i + 1] != '\n')
				dln__sb_addc(sb, '\n');
			n = 1;
		} else if (n == 0 || ((c < 0x20 || c == 0x7f) && c != '\t' && c != '\n')) {
			dln__sb_adds(sb, "\xef\xbf\xbd");
			n = 1;
		} else {
			dln__sb_add(sb, s + i, n);
		}
		i += n;
	}
}

static int compare_sources(const void *pa, const void *pb)
{
	const struct dln_source *a = *(const struct dln_source *const *)pa;
	const struct dln_source *b = *(const struct dln_source *const *)pb;
	int c = strcmp(a->name, b->name);

	if (c)
		return c;
	/* Later sources first: the timeline ties an event to the last source of its name. */
	return (a < b) - (a > b);
}

/* Sources sorted by name, for one binary search per event instead of a scan. */
static int index_sources(const dln_timeline *tl, const struct dln_source ***out)
{
	size_t n = dln_timeline_source_count(tl);
	const struct dln_source **by_name = malloc(n * sizeof(*by_name));

	if (n && !by_name)
		return dln__nomem();
	for (size_t i = 0; i < n; i++)
		by_name[i] = dln_timeline_source(tl, i);
	if (n)
		qsort(by_name, n, sizeof(*by_name), compare_sources);
	*out = by_name;
	return 0;
}

static const struct dln_source *find_source(const struct dln_source **by_name, size_t n,
					    const char *name)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(by_name[mid]->name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(by_name[lo]->name, name) == 0 ? by_name[lo] : NULL;
}

static int make_uid(const struct dln_event *ev, char *uid, size_t size)
{
	struct dln_strbuf name = DLN_STRBUF_INIT;
	char text[UUID_STR_LEN];
	uuid_t u;
	int rc = 0;

	/* NUL separators: no document name or value can contain one, so the parts stay apart. */
	dln__sb_adds(&name, ev->doc);
	dln__sb_add(&name, "", 1);
	dln__sb_printf(&name, "%zu", ev->offset);
	dln__sb_add(&name, "", 1);
	dln__sb_adds(&name, or_empty(ev->value));
	if (name.failed) {
		rc = dln__nomem();
		goto out;
	}
	uuid_generate_sha1(u, uid_namespace, name.data, name.len);
	uuid_unparse_lower(u, text);
	snprintf(uid, size, "%s" UID_DOMAIN, text);
out:
	dln__sb_release(&name);
	return rc;
}

static void describe(const struct dln_event *ev, struct dln_strbuf *sb)
{
	if (*or_empty(ev->sentence)) {
		add_text(sb, ev->sentence, false);
		dln__sb_adds(sb, "\n\n");
	}
	dln__sb_adds(sb, "Expression: \"");
	add_text(sb, or_empty(ev->text), false);
	dln__sb_adds(sb, "\" (");
	add_text(sb, or_empty(ev->value), false);
	if (ev->mod && *ev->mod) {
		dln__sb_addc(sb, ' ');
		add_text(sb, ev->mod, false);
	}
	dln__sb_adds(sb, ")\nSource: ");
	add_text(sb, ev->doc, false);
}

static struct icaltimetype ical_date(long days)
{
	struct icaltimetype t = icaltime_null_date();

	dln_civil_from_days(days, &t.year, &t.month, &t.day);
	return t;
}

/* DTSTAMP must not change between runs (golden files diff it), so it is the publication
 * time in UTC, or the event's own day when the publication date is unknown. */
static struct icaltimetype stamp(const struct dln_source *src, const struct dln_event *ev)
{
	struct icaltimetype t = icaltime_null_time();
	long long minutes = dln__point_days(&ev->start) * 1440LL;

	if (src && src->dct.known) {
		const struct dln_dct *dct = &src->dct;
		minutes = dln__point_days(&dct->at) * 1440LL;
		if (dct->at.minute >= 0)
			minutes += dct->at.minute;
		if (dct->has_offset)
			minutes -= dct->utc_offset_minutes;
	}
	long long days = minutes / 1440, rest = minutes % 1440;
	if (rest < 0) {
		rest += 1440;
		days--;
	}
	dln_civil_from_days((long)days, &t.year, &t.month, &t.day);
	t.hour = (int)(rest / 60);
	t.minute = (int)(rest % 60);
	t.zone = icaltimezone_get_utc_timezone();
	return t;
}

/* libical reports a failed allocation only by a missing property or value. */
static bool add(icalcomponent *c, icalproperty *p)
{
	if (!p)
		return false;
	if (!icalproperty_get_value(p)) {
		icalproperty_free(p);
		return false;
	}
	icalcomponent_add_property(c, p);
	return true;
}

static int write_event(const struct dln_event *ev, const struct dln_source *src, FILE *out)
{
	struct dln_strbuf summary = DLN_STRBUF_INIT, description = DLN_STRBUF_INIT;
	icalcomponent *vevent = NULL;
	char *ics = NULL;
	char uid[UUID_STR_LEN + sizeof(UID_DOMAIN)];
	int rc;

	if ((rc = make_uid(ev, uid, sizeof(uid))) < 0)
		goto out;
	add_text(&summary, *or_empty(ev->title) ? ev->title : or_empty(ev->text), true);
	describe(ev, &description);
	/* Every event is all-day: a time of day still marks its whole day, and an end later
	 * in a day takes in that day (end points are exclusive). */
	long first = dln__point_days(&ev->start), last = dln__point_days(&ev->end);
	if (ev->end.minute > 0)
		last++;
	if (last <= first)
		last = first + 1;
	if (summary.failed || description.failed || !(vevent = icalcomponent_new_vevent()) ||
	    !add(vevent, icalproperty_new_uid(uid)) ||
	    !add(vevent, icalproperty_new_dtstamp(stamp(src, ev))) ||
	    !add(vevent, icalproperty_new_dtstart(ical_date(first))) ||
	    !add(vevent, icalproperty_new_dtend(ical_date(last))) ||
	    !add(vevent, icalproperty_new_summary(summary.data ? summary.data : "")) ||
	    !add(vevent, icalproperty_new_description(description.data)) ||
	    !(ics = icalcomponent_as_ical_string_r(vevent))) {
		rc = dln__nomem();
		goto out;
	}
	rc = put(out, ics, strlen(ics));
out:
	icalmemory_free_buffer(ics);
	if (vevent)
		icalcomponent_free(vevent);
	dln__sb_release(&summary);
	dln__sb_release(&description);
	return rc;
}

/* The calendar's own lines as libical writes them, up to but not including its END line:
 * events are serialized one at a time between the two, so memory does not grow with the
 * timeline. */
static int write_head(FILE *out)
{
	icalcomponent *cal = icalcomponent_new_vcalendar();
	char *ics = NULL;
	int rc;

	if (!cal || !add(cal, icalproperty_new_version("2.0")) ||
	    !add(cal, icalproperty_new_prodid(PRODID)) ||
	    !add(cal, icalproperty_new_calscale("GREGORIAN")) ||
	    !(ics = icalcomponent_as_ical_string_r(cal))) {
		rc = dln__nomem();
		goto out;
	}
	size_t len = strlen(ics), end = strlen(CALENDAR_END);
	if (len < end || strcmp(ics + len - end, CALENDAR_END) != 0) {
		rc = dln__fail(DLN_EIO, "libical wrote a calendar without its END line");
		goto out;
	}
	rc = put(out, ics, len - end);
out:
	icalmemory_free_buffer(ics);
	if (cal)
		icalcomponent_free(cal);
	return rc;
}

int dln_write_ics(const dln_timeline *tl, FILE *out)
{
	const struct dln_source **by_name = NULL;
	size_t sources = dln_timeline_source_count(tl);
	int rc;

	if ((rc = index_sources(tl, &by_name)) < 0 || (rc = write_head(out)) < 0)
		goto out;
	for (size_t i = 0; i < dln_timeline_count(tl); i++) {
		const struct dln_event *ev = dln_timeline_event(tl, i);

		if (!ev->resolved || (ev->type != DLN_TIMEX_DATE && ev->type != DLN_TIMEX_TIME))
			continue;
		if ((rc = write_event(ev, find_source(by_name, sources, ev->doc), out)) < 0)
			goto out;
	}
	rc = put(out, CALENDAR_END, strlen(CALENDAR_END));
out:
	free(by_name);
	return rc;
}
