#include <stdio.h>
#include <string.h>

#include "datelines/date.h"
#include "datelines/error.h"
#include "calendar.h"
#include "internal.h"

/* Day counts use the civil-from-days construction over 400-year eras, valid for every
 * year the library accepts (1..9999) and beyond. */
long dln_days_from_civil(int year, int month, int day)
{
	long y = year - (month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void dln_civil_from_days(long days, int *year, int *month, int *day)
{
	long z = days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);

	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = m;
	*year = (int)(yoe + era * 400 + (m <= 2));
}

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int dln__days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return month == 2 && leap(year) ? 29 : days[month - 1];
}

bool dln_date_valid(int year, int month, int day)
{
	return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
	       day <= dln__days_in_month(year, month);
}

int dln__weekday(long days)
{
	/* 1970-01-01 was a Thursday (4). */
	long w = (days + 3) % 7;
	if (w < 0)
		w += 7;
	return (int)w + 1;
}

long dln__iso_week_monday(int iso_year, int week)
{
	long jan4 = dln_days_from_civil(iso_year, 1, 4);
	long monday1 = jan4 - (dln__weekday(jan4) - 1);
	return monday1 + 7L * (week - 1);
}

void dln__iso_week(long days, int *iso_year, int *week)
{
	int y, m, d;

	dln_civil_from_days(days + (4 - dln__weekday(days)), &y, &m, &d); /* that week's Thursday */
	*iso_year = y;
	*week = (int)((days - dln__iso_week_monday(y, 1)) / 7) + 1;
}

struct dln_point dln__point_from_days(long days)
{
	struct dln_point p = { .minute = -1 };
	dln_civil_from_days(days, &p.year, &p.month, &p.day);
	return p;
}

long dln__point_days(const struct dln_point *p)
{
	return dln_days_from_civil(p->year, p->month, p->day);
}

/* Writes v (0..99) as two digits. */
static char *two_digits(char *s, int v)
{
	s[0] = (char)('0' + v / 10);
	s[1] = (char)('0' + v % 10);
	return s + 2;
}

int dln_point_format(const struct dln_point *p, char *buf, size_t size)
{
	int n;

	/* Written by hand when every field fits its width, for snprintf costs more than the
	 * rest of writing a timex; anything else goes to snprintf, which also truncates. */
	if (p->year >= 0 && p->year <= 9999 && p->month >= 0 && p->month <= 99 && p->day >= 0 &&
	    p->day <= 99 && p->minute < 100 * 60 && size > 16) {
		char *s = two_digits(two_digits(buf, p->year / 100), p->year % 100);
		*s++ = '-';
		s = two_digits(s, p->month);
		*s++ = '-';
		s = two_digits(s, p->day);
		if (p->minute >= 0) {
			*s++ = 'T';
			s = two_digits(s, p->minute / 60);
			*s++ = ':';
			s = two_digits(s, p->minute % 60);
		}
		*s = '\0';
		return (int)(s - buf);
	}
	if (p->minute >= 0)
		n = snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d", p->year, p->month, p->day,
			     p->minute / 60, p->minute % 60);
	else
		n = snprintf(buf, size, "%04d-%02d-%02d", p->year, p->month, p->day);
	return n;
}

int dln_point_compare(const struct dln_point *a, const struct dln_point *b)
{
	long da = dln__point_days(a), db = dln__point_days(b);

	if (da != db)
		return da < db ? -1 : 1;
	return (a->minute > b->minute) - (a->minute < b->minute);
}

/* Reads exactly `n` digits at *s; -1 when they are not there. */
static int digits(const char **s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if ((*s)[i] < '0' || (*s)[i] > '9')
			return -1;
		v = v * 10 + ((*s)[i] - '0');
	}
	*s += n;
	return v;
}

int dln_dct_parse(const char *text, struct dln_dct *out)
{
	const char *s = text;
	struct dln_dct d = { .known = true, .at = { .minute = -1 } };

	d.at.year = digits(&s, 4);
	if (d.at.year < 0 || *s++ != '-' || (d.at.month = digits(&s, 2)) < 0 || *s++ != '-' ||
	    (d.at.day = digits(&s, 2)) < 0)
		goto bad;
	if (!dln_date_valid(d.at.year, d.at.month, d.at.day))
		return dln__fail(DLN_EINPUT, "'%s' is not a real day (years 1 to 9999)", text);
	if (*s == 'T' || *s == ' ') {
		s++;
		int h = digits(&s, 2), mi;
		if (h < 0 || *s++ != ':' || (mi = digits(&s, 2)) < 0 || h > 23 || mi > 59)
			goto bad;
		d.at.minute = h * 60 + mi;
		if (*s == 'Z') {
			s++;
			d.has_offset = true;
		} else if (*s == '+' || *s == '-') {
			int sign = *s++ == '-' ? -1 : 1;
			int oh = digits(&s, 2), om;
			if (oh < 0 || *s++ != ':' || (om = digits(&s, 2)) < 0 || oh > 14 || om > 59)
				goto bad;
			d.has_offset = true;
			d.utc_offset_minutes = sign * (oh * 60 + om);
		}
	}
	if (*s)
		goto bad;
	*out = d;
	return 0;
bad:
	return dln__fail(DLN_EINPUT, "'%s' is not a date of the form YYYY-MM-DD[Thh:mm[+hh:mm]]", text);
}

static long easter(int y)
{
	/* The Gregorian computus (anonymous algorithm). */
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
	int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
	return dln_days_from_civil(y, month, day);
}

/* Holiday codes (lexicon.txt): MMDD fixed; 1MMNW N-th (5 = last) weekday W of month MM;
 * 2000 + days from Easter Sunday. */
bool dln__holiday_day(int code, int y, long *day)
{
	if (code >= 100000) {  /* days after the n-th weekday of a month */
		if (!dln__holiday_day(code % 100000, y, day))
			return false;
		*day += code / 100000;
		return true;
	}
	if (code >= 10000) {
		int month = code / 100 % 100, nth = code / 10 % 10, wd = code % 10;
		if (month < 1 || month > 12 || nth < 1 || nth > 5 || wd < 1 || wd > 7)
			return false;
		if (nth == 5) {
			long last = dln_days_from_civil(y, month, dln__days_in_month(y, month));
			*day = last - ((dln__weekday(last) - wd + 7) % 7);
		} else {
			long first = dln_days_from_civil(y, month, 1);
			*day = first + (wd - dln__weekday(first) + 7) % 7 + 7L * (nth - 1);
		}
		return true;
	}
	if (code >= 1900) {
		*day = easter(y) + (code - 2000);
		return true;
	}
	if (!dln_date_valid(y, code / 100, code % 100))
		return false;
	*day = dln_days_from_civil(y, code / 100, code % 100);
	return true;
}
