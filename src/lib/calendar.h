/* Calendar arithmetic for the resolver and the writers (proleptic Gregorian). */
#ifndef DLN_CALENDAR_H
#define DLN_CALENDAR_H

#include <stdbool.h>
#include "datelines/date.h"

int dln__days_in_month(int year, int month);
/* ISO weekday of a day count: 1 = Monday .. 7 = Sunday. */
int dln__weekday(long days);
/* ISO 8601 week of a day count: week-numbering year and week 1..53. */
void dln__iso_week(long days, int *iso_year, int *week);
/* Day count of the Monday of ISO week `week` of `iso_year`. */
long dln__iso_week_monday(int iso_year, int week);
/* A whole-day point from a day count. */
struct dln_point dln__point_from_days(long days);
long dln__point_days(const struct dln_point *p);
/* The day count of a holiday in a year; false when the code names no day (lexicon.txt
 * holiday codes: MMDD fixed, 1MMNW the N-th (5 = last) weekday W of month MM, D1MMNW D days
 * after it, 2000 plus days from Easter Sunday). */
bool dln__holiday_day(int code, int year, long *day);

#endif
