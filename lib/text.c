#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "text.h"

long
utf8_invalid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned c = s[i];
		size_t n;
		unsigned cp;

		/* Fast path: eight ASCII bytes at a time. */
		if (i + 8 <= len) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if ((w & 0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 1, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			n = 2, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 3, cp = c & 0x07;
		else
			return (long)i;
		for (size_t k = 1; k <= n; k++) {
			if (i + k >= len || (s[i + k] & 0xc0) != 0x80)
				return (long)i;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		/* Overlong forms, surrogates, beyond U+10FFFF. */
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
			return (long)i;
		i += n + 1;
	}
	return -1;
}

int
text_is(const char *s, size_t len, const char *word)
{
	return strlen(word) == len && strncasecmp(s, word, len) == 0;
}

int
text_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

size_t
utf8_chars(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}

/*
 * The ASCII letters and digits a code point folds to, lowercase, in out (at
 * most 4): its compatibility decomposition without marks, case-folded, by
 * utf8proc (é is e, ß ss, the Dutch ĳ ij, full-width Ａ a), and the few
 * letters that have no decomposition (æ ae, ø o, ł l).  Returns how many.
 */
static int
fold_cp(unsigned cp, char out[4])
{
	static const struct { unsigned cp; const char *as; } plain[] = {
		{ 0xe6, "ae" }, { 0xc6, "ae" }, { 0xf8, "o" }, { 0xd8, "o" }, { 0x111, "d" },
		{ 0x110, "d" }, { 0x142, "l" }, { 0x141, "l" }, { 0xf0, "d" }, { 0xd0, "d" },
		{ 0xfe, "th" }, { 0xde, "th" }, { 0x131, "i" }, { 0x153, "oe" }, { 0x152, "oe" },
	};
	utf8proc_int32_t dst[8];
	utf8proc_ssize_t n, i;
	int last = 0, k = 0;
	size_t j;

	for (j = 0; j < sizeof(plain) / sizeof(plain[0]); j++)
		if (plain[j].cp == cp) {
			for (; plain[j].as[k]; k++)
				out[k] = plain[j].as[k];
			return k;
		}
	n = utf8proc_decompose_char((utf8proc_int32_t)cp, dst, 8,
	    UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &last);
	for (i = 0; i < n && i < 8 && k < 4; i++) {
		utf8proc_int32_t c = dst[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out[k++] = (char)c;
		else if (c >= 'A' && c <= 'Z')
			out[k++] = (char)(c + ('a' - 'A'));
	}
	return k;
}

/* Decode one code point at s[*i] (input assumed valid UTF-8). */
static unsigned
next_cp(const unsigned char *s, size_t len, size_t *i)
{
	unsigned c = s[*i];
	size_t n = c < 0x80 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
	unsigned cp = n == 0 ? c : n == 1 ? c & 0x1f : n == 2 ? c & 0x0f : c & 0x07;

	(*i)++;
	while (n-- > 0 && *i < len) {
		cp = (cp << 6) | (s[*i] & 0x3f);
		(*i)++;
	}
	return cp;
}

/* What text_fold makes of an ASCII byte: a small letter or digit, or 0. */
static _Thread_local unsigned char ascii_fold[128];

static void
ascii_fold_init(void)
{
	int c;

	for (c = '0'; c <= '9'; c++)
		ascii_fold[c] = (unsigned char)c;
	for (c = 'a'; c <= 'z'; c++)
		ascii_fold[c] = (unsigned char)c;
	for (c = 'A'; c <= 'Z'; c++)
		ascii_fold[c] = (unsigned char)(c + ('a' - 'A'));
}

void
text_fold(const char *str, size_t len, int sep, struct buf *out)
{
	const unsigned char *s = (const unsigned char *)str;
	char *d, *start;
	size_t i = 0;
	int pending = 0;

	if (ascii_fold['a'] == 0)
		ascii_fold_init();
	/*
	 * Room once: a byte gives at most a separator and a letter, a sequence
	 * of n bytes at most a separator and four letters.
	 */
	if (out->cap - out->len <= 3 * len)
		buf_grow(out, 3 * len);
	start = d = out->data + out->len;
	while (i < len) {
		unsigned cp;
		char folded[4];
		int c, k;

		if (s[i] < 0x80) {
			/* ASCII, nearly all of a Dutch text: one table look-up. */
			c = ascii_fold[s[i++]];
			if (c == 0) {
				pending = d > start;
				continue;
			}
			if (pending)
				*d++ = (char)sep;
			pending = 0;
			*d++ = (char)c;
			continue;
		}
		cp = next_cp(s, len, &i);
		if (cp < 0x80) {
			c = ascii_fold[cp];
			k = c != 0;
			folded[0] = (char)c;
		} else {
			k = fold_cp(cp, folded);
		}
		if (k == 0) {
			pending = d > start;
			continue;
		}
		if (pending)
			*d++ = (char)sep;
		pending = 0;
		memcpy(d, folded, (size_t)k);
		d += k;
	}
	*d = '\0';
	out->len = (size_t)(d - out->data);
}

void
name_fold(const char *str, size_t len, struct buf *out)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned cp = next_cp(s, len, &i);
		int c;

		if (cp >= 0x300 && cp <= 0x36f)
			continue;	/* a combining accent (NFD, as macOS writes): its letter came before */
		if (cp >= 'A' && cp <= 'Z')
			c = (int)cp + ('a' - 'A');
		else if (cp == ' ' || cp == '-')
			c = '_';
		else if (cp < 0x80)
			c = (int)cp;
		else {
			char folded[4];
			int k = fold_cp(cp, folded);

			if (k > 0) {
				buf_add(out, folded, (size_t)k);
				continue;
			}
			c = '?';
		}
		buf_addc(out, c);
	}
	if (out->data == NULL)
		buf_add(out, "", 0);	/* "" when nothing is left (only combining marks) */
}

_Thread_local int (*quote_redact)(const char *s, size_t len, struct buf *out);

#define QUOTE_CHARS 40	/* SPEC 3: a value in a message is cut to 40 characters */

/*
 * Write s to out (room for QUOTE_CHARS code points, each at most four bytes
 * or one \xNN), control characters as \xNN, cut after QUOTE_CHARS code
 * points with "...".
 */
static void
printable_into(char *out, size_t *o, const char *s, size_t len)
{
	size_t i, chars = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c & 0xc0) != 0x80 && chars++ == QUOTE_CHARS)
			break;
		if (c < 0x20 || c == 0x7f)
			*o += (size_t)snprintf(out + *o, 5, "\\x%02X", c);
		else
			out[(*o)++] = (char)c;
	}
	if (i < len) {
		memcpy(out + *o, "...", 3);
		*o += 3;
	}
}

static _Thread_local char ring[4][QUOTE_CHARS * 4 + 8];
static _Thread_local int next_ring;

/* The value as a message may show it: identifiers redacted (cron mail, logs). */
static const char *
shown(const char *s, size_t *len)
{
	static _Thread_local struct buf redacted;

	if (quote_redact == NULL || *len == 0)
		return s;
	buf_reset(&redacted);
	if (quote_redact(s, *len, &redacted) == 0)
		return s;
	*len = redacted.len;
	return redacted.data;
}

const char *
quote(const char *s, size_t len)
{
	char *out = ring[next_ring++ & 3];
	size_t o = 0;

	s = shown(s, &len);
	out[o++] = '\'';
	printable_into(out, &o, s, len);
	out[o++] = '\'';
	out[o] = '\0';
	return out;
}

const char *
printable(const char *s, size_t len)
{
	char *out = ring[next_ring++ & 3];
	size_t o = 0;

	s = shown(s, &len);
	printable_into(out, &o, s, len);
	out[o] = '\0';
	return out;
}
