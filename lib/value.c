#include <stdint.h>

#include "text.h"
#include "value.h"

int
parse_int(const char *s, size_t len, long long min, long long max,
    long long *out, const char **errstr)
{
	size_t i = 0;
	int neg = 0;
	unsigned long long v = 0, limit;

	if (len > 0 && s[0] == '-') {
		neg = 1;
		i = 1;
	}
	if (i == len) {
		*errstr = "not a whole number";
		return -1;
	}
	limit = neg ? (unsigned long long)INT64_MAX + 1 : (unsigned long long)INT64_MAX;
	for (; i < len; i++) {
		unsigned d = (unsigned char)s[i] - '0';

		if (d > 9) {
			*errstr = "not a whole number";
			return -1;
		}
		if (v > (limit - d) / 10) {
			*errstr = neg ? "too small" : "too large";
			return -1;
		}
		v = v * 10 + d;
	}
	if (neg) {
		long long n = v == (unsigned long long)INT64_MAX + 1 ? INT64_MIN : -(long long)v;

		if (n < min) {
			*errstr = "too small";
			return -1;
		}
		*out = n;
	} else {
		if ((long long)v > max) {
			*errstr = "too large";
			return -1;
		}
		if ((long long)v < min) {
			*errstr = "too small";
			return -1;
		}
		*out = (long long)v;
	}
	return 0;
}

int
parse_bool(const char *s, size_t len, enum tristate *out)
{
	static const char *const yes[] = { "true", "yes", "ja", "waar", "1", 0 };
	static const char *const no[] = { "false", "no", "nee", "onwaar", "0", 0 };
	int i;

	if (len == 0) {
		*out = BOOL_UNKNOWN;
		return 0;
	}
	for (i = 0; yes[i]; i++) {
		if (text_is(s, len, yes[i])) {
			*out = BOOL_TRUE;
			return 0;
		}
		if (text_is(s, len, no[i])) {
			*out = BOOL_FALSE;
			return 0;
		}
	}
	return -1;
}

static size_t
digits(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	return i;
}

int
is_json_number(const char *s, size_t len)
{
	size_t i = 0, j;

	if (i < len && s[i] == '-')
		i++;
	if (i < len && s[i] == '0')
		i++;
	else if (i < len && s[i] >= '1' && s[i] <= '9')
		i = digits(s, len, i);
	else
		return 0;
	if (i < len && s[i] == '.') {
		j = digits(s, len, i + 1);
		if (j == i + 1)
			return 0;
		i = j;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		j = digits(s, len, i);
		if (j == i)
			return 0;
		i = j;
	}
	return i == len;
}

int
list_next(const char *s, size_t len, size_t *pos, const char **item,
    size_t *itemlen)
{
	size_t i = *pos;

	while (i < len) {
		size_t start, end;

		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		start = i;
		while (i < len && s[i] != ';')
			i++;
		end = i;
		if (i < len)
			i++;	/* the ';' */
		while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
			end--;
		if (end > start) {
			*item = s + start;
			*itemlen = end - start;
			*pos = i;
			return 1;
		}
	}
	*pos = i;
	return 0;
}
