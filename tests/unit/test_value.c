#include "unit.h"
#include "value.h"

TEST(int_bounds)
{
	long long v = 0;
	const char *err = NULL;

	CHECK_INT(parse_int("42", 2, 0, 100, &v, &err), 0);
	CHECK_INT(v, 42);
	CHECK_INT(parse_int("-7", 2, -10, 10, &v, &err), 0);
	CHECK_INT(v, -7);
	CHECK_INT(parse_int("101", 3, 0, 100, &v, &err), -1);
	CHECK_STR(err, "too large");
	CHECK_INT(parse_int("-1", 2, 0, 100, &v, &err), -1);
	CHECK_STR(err, "too small");
	CHECK_INT(parse_int("99999999999999999999", 20, 0, 100, &v, &err), -1);
	CHECK_STR(err, "too large");
	CHECK_INT(parse_int("2.5", 3, 0, 100, &v, &err), -1);
	CHECK_STR(err, "not a whole number");
	CHECK_INT(parse_int("", 0, 0, 100, &v, &err), -1);
	CHECK_INT(parse_int(" 4", 2, 0, 100, &v, &err), -1);
	CHECK_INT(parse_int("+4", 2, 0, 100, &v, &err), -1);
	CHECK_INT(parse_int("-", 1, -5, 100, &v, &err), -1);
	CHECK_INT(parse_int("9223372036854775807", 19, 0, 9223372036854775807LL, &v, &err), 0);
	CHECK_INT(parse_int("9223372036854775808", 19, 0, 9223372036854775807LL, &v, &err), -1);
}

TEST(booleans)
{
	enum tristate t;
	static const char *const yes[] = { "true", "TRUE", "Yes", "ja", "JA", "waar", "1" };
	static const char *const no[] = { "false", "False", "no", "nee", "NEE", "onwaar", "0" };
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		t = BOOL_UNKNOWN;
		CHECK_INT(parse_bool(yes[i], strlen(yes[i]), &t), 0);
		CHECK_INT(t, BOOL_TRUE);
		t = BOOL_UNKNOWN;
		CHECK_INT(parse_bool(no[i], strlen(no[i]), &t), 0);
		CHECK_INT(t, BOOL_FALSE);
	}
	CHECK_INT(parse_bool("", 0, &t), 0);
	CHECK_INT(t, BOOL_UNKNOWN);
	CHECK_INT(parse_bool("j", 1, &t), -1);
	CHECK_INT(parse_bool("yes ", 4, &t), -1);
	CHECK_INT(parse_bool("2", 1, &t), -1);
	CHECK_INT(parse_bool("truee", 5, &t), -1);
}

TEST(json_numbers)
{
	CHECK(is_json_number("0", 1));
	CHECK(is_json_number("-12", 3));
	CHECK(is_json_number("2.50", 4));
	CHECK(is_json_number("1e5", 3));
	CHECK(is_json_number("1.5E-3", 6));
	CHECK(!is_json_number("07", 2));
	CHECK(!is_json_number("1.", 2));
	CHECK(!is_json_number(".5", 2));
	CHECK(!is_json_number("+1", 2));
	CHECK(!is_json_number("", 0));
	CHECK(!is_json_number("1e", 2));
	CHECK(!is_json_number(" 1", 2));
	CHECK(!is_json_number("NaN", 3));
}

TEST(lists)
{
	const char *s = " housing ;finances;; justice ", *item;
	size_t pos = 0, len;

	CHECK_INT(list_next(s, strlen(s), &pos, &item, &len), 1);
	CHECK_INT(len, 7);
	CHECK(strncmp(item, "housing", len) == 0);
	CHECK_INT(list_next(s, strlen(s), &pos, &item, &len), 1);
	CHECK(strncmp(item, "finances", len) == 0 && len == 8);
	CHECK_INT(list_next(s, strlen(s), &pos, &item, &len), 1);
	CHECK(strncmp(item, "justice", len) == 0 && len == 7);
	CHECK_INT(list_next(s, strlen(s), &pos, &item, &len), 0);
	pos = 0;
	CHECK_INT(list_next("", 0, &pos, &item, &len), 0);
}

/* The one way figures are written: half up in integers, no locale. */
TEST(figures)
{
	char out[FIGURE_LEN];

	CHECK_INT(ratio_half_up(5, 2), 3);	/* 2.5 -> 3 */
	CHECK_INT(ratio_half_up(4, 3), 1);	/* 1.33 -> 1 */
	CHECK_INT(ratio_half_up(0, 7), 0);
	CHECK_INT(ratio_half_up(1000 * 2, 3), 667);	/* 66.67 % -> 66.7 */
	CHECK_INT((long long)format_int(0, out), 1);
	CHECK_STR(out, "0");
	format_int(-1234567, out);
	CHECK_STR(out, "-1234567");
	format_int(-9223372036854775807LL - 1, out);
	CHECK_STR(out, "-9223372036854775808");
	CHECK_INT((long long)format_fixed(667, 1, out), 4);
	CHECK_STR(out, "66.7");
	format_fixed(5, 1, out);
	CHECK_STR(out, "0.5");
	format_fixed(-5, 1, out);
	CHECK_STR(out, "-0.5");
	format_fixed(75, 2, out);
	CHECK_STR(out, "0.75");
	format_fixed(100, 2, out);
	CHECK_STR(out, "1.00");
	format_fixed(42, 0, out);
	CHECK_STR(out, "42");
}

int
main(void)
{
	unit_file = "test_value";
	RUN(int_bounds);
	RUN(booleans);
	RUN(json_numbers);
	RUN(lists);
	RUN(figures);
	return unit_any_failed;
}
