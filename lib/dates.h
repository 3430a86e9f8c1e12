/* Calendar dates as day numbers (days since 1970-01-01), no time zones. */
#ifndef OER_DATES_H
#define OER_DATES_H

#include <limits.h>
#include <stddef.h>

#define DATE_LEN 10	/* "YYYY-MM-DD" */

/* No date: every day number is a date (1969-12-31 is -1), so not -1. */
#define NO_DATE LONG_MIN

/*
 * Parse YYYY-MM-DD, or the Dutch D-M-YYYY, DD-MM-YYYY, D/M/YYYY, DD/MM/YYYY.
 * Years 1000-9999.  Returns 0 and the day number, or -1 with *errstr saying
 * why ("not a date (YYYY-MM-DD or DD-MM-YYYY)", "no such day", ...).
 */
int date_parse(const char *s, size_t len, long *day, const char **errstr);

/* Write day as YYYY-MM-DD plus a NUL into out (at least DATE_LEN + 1 bytes). */
void date_format(long day, char *out);

long date_from_ymd(int y, int m, int d);
void date_to_ymd(long day, int *y, int *m, int *d);
int date_valid(int y, int m, int d);

/* ISO 8601 week: year and week (1-53) of the day; weekday 1 = Monday. */
void date_isoweek(long day, int *year, int *week);
int date_weekday(long day);

/* Write the ISO week label "2026-W48" plus a NUL (at least 9 bytes). */
void date_format_week(long day, char *out);

/* The run's today: an explicit date, else SOURCE_DATE_EPOCH, else the system clock. */
int date_today(long *day, const char **errstr);

#endif
