/*
 * Date parsing (lib/dates.c) on any bytes, and the other scalar parsers the
 * tools read field values with: levels, bounded whole numbers, booleans,
 * JSON numbers, lists.  Checked: no memory error or undefined behaviour; a
 * date that parses is a real day that formats back to the same day (and to
 * the same text when it was written YYYY-MM-DD), with an ISO week 1-53; a
 * level is 0-5; a whole number lies in its range.
 */
#include "dates.h"
#include "domain.h"
#include "fuzz.h"
#include "value.h"

static void
check_date(const char *s, size_t len)
{
	char text[DATE_LEN + 1], week[9];
	const char *err = NULL;
	long day, again;
	int y, m, d, iy, iw;

	if (date_parse(s, len, &day, &err) < 0) {
		FUZZ_CHECK(err != NULL && *err, "no reason for '%.*s'", (int)len, s);
		return;
	}
	date_to_ymd(day, &y, &m, &d);
	FUZZ_CHECK(date_valid(y, m, d), "'%.*s' gave %d-%d-%d", (int)len, s, y, m, d);
	FUZZ_CHECK(date_from_ymd(y, m, d) == day, "day %ld", day);
	date_format(day, text);
	FUZZ_CHECK(strlen(text) == DATE_LEN, "'%s'", text);
	FUZZ_CHECK(date_parse(text, DATE_LEN, &again, &err) == 0 && again == day,
	    "'%.*s' formats as '%s', which reads back differently", (int)len, s, text);
	if (len == DATE_LEN && s[4] == '-')
		FUZZ_CHECK(memcmp(s, text, DATE_LEN) == 0, "'%.*s' formats as '%s'", (int)len, s, text);
	date_isoweek(day, &iy, &iw);
	FUZZ_CHECK(iw >= 1 && iw <= 53 && iy >= y - 1 && iy <= y + 1, "week %d-W%d of %s", iy, iw, text);
	FUZZ_CHECK(date_weekday(day) >= 1 && date_weekday(day) <= 7, "weekday of %s", text);
	date_format_week(day, week);
	FUZZ_CHECK(strlen(week) == 8 && week[4] == '-' && week[5] == 'W', "week label '%s'", week);
}

static void
check_values(const char *s, size_t len)
{
	static const long long range[][2] = {
		{ 0, 150 }, { -4, 4 }, { 0, (long long)1 << 40 }, { INT64_MIN, INT64_MAX },
	};
	const char *err = NULL, *item;
	long long v;
	enum tristate t;
	size_t i, pos = 0, itemlen, total = 0;
	int level;

	if (level_parse(s, len, &level, &err) == 0)
		FUZZ_CHECK(level >= 0 && level <= 5, "level %d from '%.*s'", level, (int)len, s);
	else
		FUZZ_CHECK(err != NULL && *err, "no reason for level '%.*s'", (int)len, s);
	for (i = 0; i < sizeof(range) / sizeof(range[0]); i++) {
		if (parse_int(s, len, range[i][0], range[i][1], &v, &err) == 0)
			FUZZ_CHECK(v >= range[i][0] && v <= range[i][1], "%lld out of range", v);
		else
			FUZZ_CHECK(err != NULL && *err, "no reason for number '%.*s'", (int)len, s);
	}
	if (parse_bool(s, len, &t) == 0)
		FUZZ_CHECK(t == BOOL_UNKNOWN || t == BOOL_FALSE || t == BOOL_TRUE, "boolean %d", t);
	(void)is_json_number(s, len);
	while (list_next(s, len, &pos, &item, &itemlen)) {
		FUZZ_CHECK(itemlen > 0 && item >= s && item + itemlen <= s + len, "list item out of the text");
		FUZZ_CHECK(++total <= len, "more list items than bytes");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_date((const char *)data, size);
	check_values((const char *)data, size);
	return 0;
}
