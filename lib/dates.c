#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dates.h"
#include "value.h"

/* Days from civil, after H. Hinnant's public-domain algorithm. */
long
date_from_ymd(int y, int m, int d)
{
	long yy = y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void
date_to_ymd(long day, int *y, int *m, int *d)
{
	long z = day + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && leap(y));
}

/* Read 1..max digits at s[*i]; returns the count read. */
static int
num(const char *s, size_t len, size_t *i, int max, int *out)
{
	int n = 0, v = 0;

	while (*i < len && n < max && s[*i] >= '0' && s[*i] <= '9') {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		n++;
	}
	*out = v;
	return n;
}

int
date_parse(const char *s, size_t len, long *day, const char **errstr)
{
	size_t i = 0;
	int a, b, c, na, nb, nc, y, m, d;
	char sep;

	na = num(s, len, &i, 4, &a);
	if (i >= len || (s[i] != '-' && s[i] != '/'))
		goto bad;
	sep = s[i++];
	nb = num(s, len, &i, 2, &b);
	if (i >= len || s[i] != sep)
		goto bad;
	i++;
	nc = num(s, len, &i, 4, &c);
	if (i != len || nb < 1)
		goto bad;
	if (na == 4 && nc == 2 && sep == '-' && nb == 2) {
		y = a, m = b, d = c;		/* YYYY-MM-DD */
	} else if (na >= 1 && na <= 2 && nc == 4) {
		d = a, m = b, y = c;		/* D-M-YYYY, DD/MM/YYYY */
	} else {
		goto bad;
	}
	if (!date_valid(y, m, d)) {
		*errstr = y < 1000 ? "year out of range" : "no such date";
		return -1;
	}
	*day = date_from_ymd(y, m, d);
	return 0;
bad:
	*errstr = "not a date (YYYY-MM-DD or DD-MM-YYYY)";
	return -1;
}

/* Two digits of 0..99 at out. */
static void
two(char *out, int v)
{
	out[0] = (char)('0' + v / 10);
	out[1] = (char)('0' + v % 10);
}

void
date_format(long day, char *out)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	if (y < 0 || y > 9999) {
		snprintf(out, DATE_LEN + 1, "%04d-%02d-%02d", y, m, d);
		return;
	}
	/* The stages stamp millions of dates: the digits by hand, not by printf. */
	two(out, y / 100);
	two(out + 2, y % 100);
	out[4] = '-';
	two(out + 5, m);
	out[7] = '-';
	two(out + 8, d);
	out[10] = '\0';
}

int
date_weekday(long day)
{
	/* 1970-01-01 was a Thursday (4). */
	long w = (day + 3) % 7;

	if (w < 0)
		w += 7;
	return (int)w + 1;
}

void
date_isoweek(long day, int *year, int *week)
{
	/* The ISO year is the year of the Thursday of the day's week. */
	long thursday = day - date_weekday(day) + 4;
	int y, m, d;

	date_to_ymd(thursday, &y, &m, &d);
	*year = y;
	*week = (int)((thursday - date_from_ymd(y, 1, 1)) / 7 + 1);
}

void
date_format_week(long day, char *out)
{
	int y, w;

	date_isoweek(day, &y, &w);
	if (y < 0 || y > 9999) {
		snprintf(out, 9, "%04d-W%02d", y, w);
		return;
	}
	two(out, y / 100);
	two(out + 2, y % 100);
	out[4] = '-';
	out[5] = 'W';
	two(out + 6, w);
	out[8] = '\0';
}

int
date_today(long *day, const char **errstr)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t now;
	struct tm tm;

	if (sde && *sde) {
		long long secs;

		if (parse_int(sde, strlen(sde), 0, (long long)1 << 40, &secs, errstr) < 0)
			return -1;
		*day = (long)(secs / 86400);	/* the epoch is UTC */
		return 0;
	}
	now = time(NULL);
	if (localtime_r(&now, &tm) == NULL) {
		*errstr = "cannot read the system date";
		return -1;
	}
	*day = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return 0;
}
