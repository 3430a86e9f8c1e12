#include "dates.h"
#include "unit.h"

static const char *
fmt(long day)
{
	static char out[DATE_LEN + 1];

	date_format(day, out);
	return out;
}

static const char *
parsed(const char *s)
{
	long day;
	const char *err;

	if (date_parse(s, strlen(s), &day, &err) < 0)
		return err;
	return fmt(day);
}

TEST(iso_and_dutch_forms)
{
	CHECK_STR(parsed("2026-11-28"), "2026-11-28");
	CHECK_STR(parsed("2-11-2026"), "2026-11-02");
	CHECK_STR(parsed("02-11-2026"), "2026-11-02");
	CHECK_STR(parsed("28/11/2026"), "2026-11-28");
	CHECK_STR(parsed("2/3/2026"), "2026-03-02");
	CHECK_STR(parsed("1970-01-01"), "1970-01-01");
	CHECK_STR(parsed("1969-12-31"), "1969-12-31");
}

TEST(impossible_dates)
{
	CHECK_STR(parsed("2026-02-29"), "no such date");
	CHECK_STR(parsed("29-02-2026"), "no such date");
	CHECK_STR(parsed("29-02-2024"), "2024-02-29");
	CHECK_STR(parsed("29-02-2000"), "2000-02-29");
	CHECK_STR(parsed("29-02-1900"), "no such date");
	CHECK_STR(parsed("31-04-2026"), "no such date");
	CHECK_STR(parsed("2026-13-01"), "no such date");
	CHECK_STR(parsed("2026-00-10"), "no such date");
	CHECK_STR(parsed("00-01-2026"), "no such date");
}

TEST(malformed_dates)
{
	static const char *const bad[] = {
		"", "2026", "2026-1-5", "2026/11/28", "28-11-26", "28.11.2026",
		"2026-11-28 10:00", " 2026-11-28", "28-11/2026", "123-11-2026", "x-y-z",
		"2026-11-28x", "-1-2026",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK_STR(parsed(bad[i]), "not a date (YYYY-MM-DD or DD-MM-YYYY)");
	CHECK_STR(parsed("1-1-0999"), "year out of range");
}

TEST(iso_weeks)
{
	char w[9];
	struct { const char *day, *week; } cases[] = {
		{ "2026-11-28", "2026-W48" },	/* a Saturday */
		{ "2026-11-23", "2026-W48" },	/* Monday */
		{ "2026-11-29", "2026-W48" },	/* Sunday */
		{ "2026-11-30", "2026-W49" },
		{ "2027-01-01", "2026-W53" },	/* 2026 has 53 weeks */
		{ "2027-01-04", "2027-W01" },
		{ "2024-12-30", "2025-W01" },	/* week 1 starts in December */
		{ "2021-01-03", "2020-W53" },
		{ "2026-01-01", "2026-W01" },
	};
	size_t i;
	long day;
	const char *err;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		CHECK_INT(date_parse(cases[i].day, 10, &day, &err), 0);
		date_format_week(day, w);
		CHECK_STR(w, cases[i].week);
	}
}

TEST(weekdays_and_arithmetic)
{
	long day;
	const char *err;

	date_parse("2026-11-28", 10, &day, &err);
	CHECK_INT(date_weekday(day), 6);
	CHECK_STR(fmt(day + 42), "2027-01-09");
	CHECK_STR(fmt(day - 365), "2025-11-28");
	CHECK_INT(date_from_ymd(1970, 1, 1), 0);
	CHECK_INT(date_from_ymd(2000, 3, 1) - date_from_ymd(2000, 2, 28), 2);
}

TEST(today_from_source_date_epoch)
{
	long day;
	const char *err;

	setenv("SOURCE_DATE_EPOCH", "1795867200", 1);	/* 2026-11-28T12:00:00Z */
	CHECK_INT(date_today(&day, &err), 0);
	CHECK_STR(fmt(day), "2026-11-28");
	setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
	CHECK_INT(date_today(&day, &err), -1);
	unsetenv("SOURCE_DATE_EPOCH");
	CHECK_INT(date_today(&day, &err), 0);
}

int
main(void)
{
	unit_file = "test_dates";
	RUN(iso_and_dutch_forms);
	RUN(impossible_dates);
	RUN(malformed_dates);
	RUN(iso_weeks);
	RUN(weekdays_and_arithmetic);
	RUN(today_from_source_date_epoch);
	return unit_any_failed;
}
