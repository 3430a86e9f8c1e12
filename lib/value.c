#include <stdint.h>
#include <string.h>

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

long long
ratio_half_up(long long num, long long den)
{
	return (2 * num + den) / (2 * den);
}

size_t
format_int(long long v, char out[FIGURE_LEN])
{
	char digits[FIGURE_LEN];
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	size_t k = 0, o = 0;

	do
		digits[k++] = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		out[o++] = '-';
	while (k > 0)
		out[o++] = digits[--k];
	out[o] = '\0';
	return o;
}

size_t
format_fixed(long long scaled, int decimals, char out[FIGURE_LEN])
{
	char whole[FIGURE_LEN];
	long long unit = 1;
	size_t o = 0, len;
	int i;

	for (i = 0; i < decimals; i++)
		unit *= 10;
	/* The sign once, before the whole part, also for -0.5. */
	if (scaled < 0) {
		out[o++] = '-';
		scaled = -scaled;
	}
	len = format_int(scaled / unit, whole);
	memcpy(out + o, whole, len);
	o += len;
	if (decimals > 0) {
		long long frac = scaled % unit;

		out[o++] = '.';
		for (i = decimals - 1; i >= 0; i--, frac /= 10)
			out[o + (size_t)i] = (char)('0' + frac % 10);
		o += (size_t)decimals;
	}
	out[o] = '\0';
	return o;
}
