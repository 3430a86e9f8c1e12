/*
 * A matching view of UTF-8 text, made with utf8proc (the privacy guard,
 * SPEC 5).  Scanners written for ASCII run on the view; every byte of the
 * view knows the code point of the original it came from, so that what a
 * scanner finds is replaced in the original, and the text around it stays
 * as it was, byte for byte.
 *
 * Per code point of the original, the view holds its compatibility
 * decomposition (NFKD) with the marks stripped: full-width digits and
 * letters are ASCII, accented letters their base letter (ä is a).  Default
 * ignorable characters (zero-width spaces and joiners U+200B..U+200D, word
 * joiner U+2060, BOM U+FEFF, soft hyphen U+00AD) leave nothing; every space
 * character (category Zs: U+00A0, U+202F, U+3000, ...) is ' '; every dash
 * (category Pd: U+2010..U+2015, ...) and the minus sign U+2212 are '-'.
 * What is left that has no ASCII form is one byte: VIEW_LETTER for a
 * letter (ø, ß, Cyrillic), a decimal digit of another script as its ASCII
 * digit, '$' for a currency sign (€, £), VIEW_OTHER for anything else and
 * for each byte of invalid UTF-8.
 */
#ifndef OER_UNICODE_H
#define OER_UNICODE_H

#include <stddef.h>
#include <stdint.h>

#define VIEW_LETTER 0x80	/* a letter without an ASCII form */
#define VIEW_OTHER 0x81		/* anything else without one; a byte of invalid UTF-8 */
#define VIEW_MARK 0x82		/* never made by textview_build: free for a scanner's own use */

#define VIEW_FOLD_MAX 32	/* the most view bytes one code point gives */

struct textview {
	unsigned char *b;	/* len bytes, NUL-terminated */
	size_t *from;		/* from[k]: where the code point b[k] came from starts */
	size_t len, cap;
};

/*
 * The next code point of s[i..len): its length in bytes (at least 1), and
 * in *cp the code point, or -1 for a byte of invalid UTF-8.
 */
size_t utf8_next(const char *s, size_t len, size_t i, int32_t *cp);

/* The view bytes of one code point (at most VIEW_FOLD_MAX); 0 when it leaves nothing. */
size_t textview_fold(int32_t cp, unsigned char *out);

/* Make v the view of text[0..len); v's memory is reused. */
void textview_build(struct textview *v, const char *text, size_t len);

/* Where the code point b[k] came from ends in the original text. */
size_t textview_end(const struct textview *v, const char *text, size_t len, size_t k);

void textview_free(struct textview *v);

#endif
