/* datelines — calendar values shared by the public API.
 *
 * Plain value types: nothing here allocates.
 */
#ifndef DATELINES_DATE_H
#define DATELINES_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* A point in the proleptic Gregorian calendar, to the minute at most. */
struct dln_point {
	int year;      /* 1..9999 */
	int month;     /* 1..12 */
	int day;       /* 1..31 */
	int minute;    /* minute of the day 0..1439, or -1 for the whole day */
};

/* A publication date (document creation time). */
struct dln_dct {
	bool known;
	struct dln_point at;  /* minute is -1 when only the date is known */
	bool has_offset;
	int utc_offset_minutes;
};

/* Parses "YYYY-MM-DD", "YYYY-MM-DDThh:mm" and "YYYY-MM-DDThh:mm±hh:mm" into *out.
 * Returns 0, or DLN_EINPUT for text that is not such a date or names an impossible one. */
int dln_dct_parse(const char *text, struct dln_dct *out);

/* Days since 1970-01-01 of a calendar date (negative before it); no validation. */
long dln_days_from_civil(int year, int month, int day);
/* The calendar date of a day count from dln_days_from_civil. */
void dln_civil_from_days(long days, int *year, int *month, int *day);
/* True when year-month-day names a real day of years 1..9999. */
bool dln_date_valid(int year, int month, int day);

/* Writes "YYYY-MM-DD" or "YYYY-MM-DDThh:mm" (as the point's precision says) into buf.
 * Returns the length written; buf must hold at least 17 bytes. */
int dln_point_format(const struct dln_point *p, char *buf, size_t size);
/* Orders two points: negative, zero or positive. A whole day sorts before its minutes. */
int dln_point_compare(const struct dln_point *a, const struct dln_point *b);

#endif
