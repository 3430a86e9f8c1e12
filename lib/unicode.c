#include <stdlib.h>
#include <utf8proc.h>

#include "alloc.h"
#include "unicode.h"

size_t
utf8_next(const char *s, size_t len, size_t i, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;

	if ((unsigned char)s[i] < 0x80) {
		*cp = (unsigned char)s[i];
		return 1;
	}
	n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
	if (n <= 0) {
		*cp = -1;
		return 1;
	}
	*cp = c;
	return (size_t)n;
}

/*
 * A decimal digit without a compatibility form (Arabic-Indic ٣, Devanagari
 * ३): Unicode encodes decimal digits only in runs of ten from 0 to 9, so its
 * value is how far it is from the start of its run, modulo ten.
 */
static int
digit_value(int32_t cp)
{
	int k = 0;

	while (k < 100 && utf8proc_category(cp - k - 1) == UTF8PROC_CATEGORY_ND)
		k++;
	return k % 10;
}

/* One code point of a decomposition, not ASCII, as one view byte. */
static unsigned char
view_byte(int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return VIEW_LETTER;
	case UTF8PROC_CATEGORY_ND:
		return (unsigned char)('0' + digit_value(cp));
	case UTF8PROC_CATEGORY_ZS:
		return ' ';
	case UTF8PROC_CATEGORY_PD:
		return '-';
	case UTF8PROC_CATEGORY_SC:
		return '$';
	default:
		return VIEW_OTHER;
	}
}

size_t
textview_fold(int32_t cp, unsigned char *out)
{
	utf8proc_int32_t d[VIEW_FOLD_MAX];
	utf8proc_ssize_t n, k;

	if (cp < 0) {
		out[0] = VIEW_OTHER;
		return 1;
	}
	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		return 1;
	}
	/*
	 * LUMP makes spaces ' ' and dashes '-', IGNORE drops the default
	 * ignorable characters, STRIPMARK the accents of the decomposition.
	 */
	n = utf8proc_decompose_char(cp, d, VIEW_FOLD_MAX,
	    UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_IGNORE | UTF8PROC_LUMP | UTF8PROC_STRIPMARK, NULL);
	if (n < 0 || n > VIEW_FOLD_MAX) {
		out[0] = view_byte(cp);
		return 1;
	}
	for (k = 0; k < n; k++)
		out[k] = d[k] < 0x80 ? (unsigned char)d[k] : view_byte(d[k]);
	return (size_t)n;
}

static void
view_room(struct textview *v, size_t extra)
{
	size_t cap;

	if (v->cap - v->len > extra)
		return;
	cap = v->cap ? v->cap : 256;
	while (cap - v->len <= extra)
		cap *= 2;
	v->b = xrealloc(v->b, cap);
	v->from = xreallocarray(v->from, cap, sizeof(*v->from));
	v->cap = cap;
}

void
textview_build(struct textview *v, const char *text, size_t len)
{
	unsigned char fold[VIEW_FOLD_MAX];
	size_t i = 0, n, k, m;
	int32_t cp;

	v->len = 0;
	view_room(v, len);
	while (i < len) {
		unsigned char c = (unsigned char)text[i];

		if (c < 0x80) {
			v->b[v->len] = c;
			v->from[v->len++] = i++;
			continue;
		}
		n = utf8_next(text, len, i, &cp);
		m = textview_fold(cp, fold);
		view_room(v, m + (len - i));	/* and a byte for each byte still to come */
		for (k = 0; k < m; k++) {
			v->b[v->len] = fold[k];
			v->from[v->len++] = i;
		}
		i += n;
	}
	view_room(v, 0);
	v->b[v->len] = '\0';
}

size_t
textview_end(const struct textview *v, const char *text, size_t len, size_t k)
{
	int32_t cp;
	size_t at = v->from[k];

	return at + utf8_next(text, len, at, &cp);
}

void
textview_free(struct textview *v)
{
	free(v->b);
	free(v->from);
	v->b = NULL;
	v->from = NULL;
	v->len = v->cap = 0;
}
