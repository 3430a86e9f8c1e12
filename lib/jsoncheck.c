#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "jsoncheck.h"
#include "record_limits.h"
#include "value.h"

#define BAD ((size_t)-1)

static size_t
skip_ws(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

static size_t
bad(struct json_scan *sc, size_t at, const char *what)
{
	sc->error = what;
	sc->at = at;
	return BAD;
}

static size_t
incomplete(struct json_scan *sc, size_t at)
{
	sc->incomplete = 1;
	return bad(sc, at, "the object is not complete on this line");
}

static int
starts(const char *s, size_t len, size_t i, const char *word)
{
	size_t n = strlen(word);

	return len - i >= n && memcmp(s + i, word, n) == 0;
}

/*
 * What is at s[i] where `expected` should be: the mistakes people make
 * (comments, single quotes, NaN, a plus sign) get a message of their own.
 * Only one ASCII character of the input is ever quoted: messages go to logs.
 */
static size_t
unexpected(struct json_scan *sc, const char *s, size_t len, size_t i, const char *expected)
{
	unsigned char c = (unsigned char)s[i];

	if (starts(s, len, i, "//") || starts(s, len, i, "/*"))
		return bad(sc, i, "a comment (JSON has none)");
	if (c == '\'')
		return bad(sc, i, "single quotes (JSON strings and keys take double quotes)");
	if (starts(s, len, i, "NaN") || starts(s, len, i, "Infinity") ||
	    starts(s, len, i, "-Infinity") || starts(s, len, i, "+Infinity"))
		return bad(sc, i, "NaN and Infinity are not JSON numbers");
	if (c == '+' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')
		return bad(sc, i, "a number with a plus sign");
	if (c == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')
		return bad(sc, i, "a number without a digit before the point");
	if (c > 0x20 && c < 0x7f)
		snprintf(sc->msg, sizeof(sc->msg), "%s expected, not '%c'", expected, c);
	else
		snprintf(sc->msg, sizeof(sc->msg), "%s expected, not byte 0x%02X", expected, c);
	return bad(sc, i, sc->msg);
}

/* A byte of w is below 0x20, a quote or a backslash: the string's plain run ends there. */
static inline uint64_t
string_special(uint64_t w)
{
	return word_below(w, 0x20) | word_below(w ^ (WORD_ONES * '"'), 1) |
	    word_below(w ^ (WORD_ONES * '\\'), 1);
}

static long
hex4(const char *s, size_t len, size_t i)
{
	long v = 0;
	size_t k;

	if (len - i < 4)
		return -1;
	for (k = i; k < i + 4; k++) {
		int c = (unsigned char)s[k];

		v *= 16;
		if (c >= '0' && c <= '9')
			v += c - '0';
		else if (c >= 'a' && c <= 'f')
			v += c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v += c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* The escape at s[i] (a backslash); returns the offset after it. */
static size_t
escape(struct json_scan *sc, const char *s, size_t len, size_t i, int key)
{
	long u, lo;

	if (i + 1 >= len)
		return incomplete(sc, i);
	if (strchr("\"\\/bfnrt", s[i + 1]) != NULL && s[i + 1] != '\0')
		return i + 2;
	if (s[i + 1] != 'u') {
		unsigned char c = (unsigned char)s[i + 1];

		if (c > 0x20 && c < 0x7f)
			snprintf(sc->msg, sizeof(sc->msg), "an invalid escape \\%c in a string", c);
		else
			snprintf(sc->msg, sizeof(sc->msg), "an invalid escape in a string");
		return bad(sc, i, sc->msg);
	}
	if ((u = hex4(s, len, i + 2)) < 0) {
		size_t k = i + 2;

		while (k < len && k < i + 6 && strchr("0123456789abcdefABCDEF", s[k]) && s[k] != '\0')
			k++;
		if (k == len)
			return incomplete(sc, i);	/* the line ends inside the escape */
		return bad(sc, i, "a \\u escape without four hex digits");
	}
	if (u == 0 && key)
		sc->nul_key = 1;
	if (u >= 0xd800 && u <= 0xdbff && starts(s, len, i + 6, "\\u") &&
	    (lo = hex4(s, len, i + 8)) >= 0xdc00 && lo <= 0xdfff)
		return i + 12;	/* a surrogate pair: one character */
	if (u >= 0xd800 && u <= 0xdfff)
		sc->lone_surrogate = 1;
	return i + 6;
}

/* The string whose opening quote is at s[i]; returns the offset after it. */
static size_t
string(struct json_scan *sc, const char *s, size_t len, size_t i, int key)
{
	uint64_t w;

	for (i++; i < len;) {
		unsigned char c;

		/* Most of a string needs no look: skip it a word at a time. */
		while (len - i >= 8) {
			memcpy(&w, s + i, 8);
			if (string_special(w))
				break;
			i += 8;
		}
		if (i >= len)
			break;
		c = (unsigned char)s[i];
		if (c == '"')
			return i + 1;
		if (c == '\\') {
			if ((i = escape(sc, s, len, i, key)) == BAD)
				return BAD;
		} else if (c < 0x20) {
			snprintf(sc->msg, sizeof(sc->msg),
			    "a control character (U+%04X) in a string; write it as an escape", c);
			return bad(sc, i, sc->msg);
		} else {
			i++;
		}
	}
	return incomplete(sc, i);
}

/* Why the number text s[0..n) is not a JSON number. */
static const char *
number_fault(const char *s, size_t n)
{
	size_t i = s[0] == '-';
	const char *dot = memchr(s, '.', n), *e = memchr(s, 'e', n);

	if (e == NULL)
		e = memchr(s, 'E', n);
	if (i == n)
		return "a minus sign without a number";
	if (s[i] == '0' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')
		return "a number with a leading zero";
	if (s[i] == '.')
		return "a number without a digit before the point";
	if (dot && (dot + 1 == s + n || dot[1] < '0' || dot[1] > '9'))
		return "a number without a digit after the point";
	if (e && (e + 1 == s + n || ((e[1] == '+' || e[1] == '-') && e + 2 == s + n)))
		return "a number without digits in its exponent";
	return "an invalid number";
}

/* The number at s[i]; its place is kept.  Returns the offset after it. */
static size_t
number(struct json_scan *sc, const char *s, size_t len, size_t i)
{
	size_t j = i;

	if (starts(s, len, i, "-Infinity"))
		return unexpected(sc, s, len, i, "a value");
	while (j < len && strchr("+-0123456789.eE", s[j]) != NULL && s[j] != '\0')
		j++;
	if (!is_json_number(s + i, j - i))
		return bad(sc, i, number_fault(s + i, j - i));
	if (sc->nnums == sc->capnums) {
		sc->capnums = sc->capnums ? 2 * sc->capnums : 16;
		sc->nums = xreallocarray(sc->nums, (size_t)sc->capnums, sizeof(*sc->nums));
	}
	sc->nums[sc->nnums++] = (struct json_span){ i, j - i };
	return j;
}

static size_t
literal(struct json_scan *sc, const char *s, size_t len, size_t i)
{
	static const char *const words[] = { "true", "false", "null" };
	size_t k, n;

	for (k = 0; k < 3; k++) {
		n = strlen(words[k]);
		if (starts(s, len, i, words[k]))
			return i + n;
		if (len - i < n && memcmp(s + i, words[k], len - i) == 0)
			return incomplete(sc, len);
	}
	return unexpected(sc, s, len, i, "a value");
}

/* A value that is not an object or array, at s[i]. */
static size_t
scalar(struct json_scan *sc, const char *s, size_t len, size_t i)
{
	if (s[i] == '"')
		return string(sc, s, len, i, 0);
	if (s[i] == '-' || (s[i] >= '0' && s[i] <= '9'))
		return number(sc, s, len, i);
	return literal(sc, s, len, i);
}

static void
scan_reset(struct json_scan *sc)
{
	sc->error = NULL;
	sc->at = 0;
	sc->incomplete = 0;
	sc->keys = 0;
	sc->members = -1;
	sc->nul_key = 0;
	sc->lone_surrogate = 0;
	sc->nnums = 0;
}

/*
 * Without recursion: open[] holds the kind of each open object or array.
 * A value is at level depth + 1, and json-c's limit counts values: a value
 * past JSON_DEPTH_MAX levels is "nesting too deep", as json-c says it.
 */
int
json_scan(struct json_scan *sc, const char *s, size_t len)
{
	char open[JSON_DEPTH_MAX];
	int depth = 0;
	size_t i;

	scan_reset(sc);
	i = skip_ws(s, len, 0);
value:
	if (i >= len)
		return incomplete(sc, i), -1;
	if (depth >= JSON_DEPTH_MAX)
		return bad(sc, i, "nesting too deep"), -1;
	if (s[i] == '{' || s[i] == '[') {
		if (depth == 0 && s[i] == '{')
			sc->members = 0;
		open[depth++] = s[i];
		i = skip_ws(s, len, i + 1);
		if (i < len && s[i] == (open[depth - 1] == '{' ? '}' : ']')) {
			depth--;
			i++;
			goto after;
		}
		if (open[depth - 1] == '[')
			goto value;
		goto key;
	}
	if ((i = scalar(sc, s, len, i)) == BAD)
		return -1;
after:
	i = skip_ws(s, len, i);
	if (depth == 0) {
		if (starts(s, len, i, "//") || starts(s, len, i, "/*"))
			return unexpected(sc, s, len, i, "the end of the line"), -1;
		if (i < len)
			return bad(sc, i, "text after the object"), -1;
		return 0;
	}
	if (i >= len)
		return incomplete(sc, i), -1;
	if (s[i] == (open[depth - 1] == '{' ? '}' : ']')) {
		depth--;
		i++;
		goto after;
	}
	if (s[i] != ',')
		return unexpected(sc, s, len, i, open[depth - 1] == '{' ? "',' or '}'" : "',' or ']'"), -1;
	i = skip_ws(s, len, i + 1);
	if (i < len && s[i] == ']' && open[depth - 1] == '[')
		return bad(sc, i, "a comma before ']'"), -1;
	if (open[depth - 1] == '[')
		goto value;
	if (i < len && s[i] == '}')
		return bad(sc, i, "a comma before '}'"), -1;
key:
	if (i >= len)
		return incomplete(sc, i), -1;
	if (s[i] != '"')
		return unexpected(sc, s, len, i, "a key in double quotes"), -1;
	if ((i = string(sc, s, len, i, 1)) == BAD)
		return -1;
	sc->keys++;
	sc->members += depth == 1;
	i = skip_ws(s, len, i);
	if (i >= len)
		return incomplete(sc, i), -1;
	if (s[i] != ':')
		return unexpected(sc, s, len, i, "':' after a key"), -1;
	i = skip_ws(s, len, i + 1);
	goto value;
}

void
json_scan_free(struct json_scan *sc)
{
	free(sc->nums);
	memset(sc, 0, sizeof(*sc));
}
