/* UTF-8 text: validation and accent-insensitive folding for matching. */
#ifndef OER_TEXT_H
#define OER_TEXT_H

#include <stddef.h>

#include "buf.h"

/* Offset of the first byte that is not well-formed UTF-8, or -1 if none. */
long utf8_invalid(const char *s, size_t len);

/* Is s[0..len) the word, ignoring ASCII case? ("Ja" is "ja") */
int text_is(const char *s, size_t len, const char *word);

/* Is s[0..len) empty or only spaces, tabs and line breaks? */
int text_blank(const char *s, size_t len);

/* Number of code points in well-formed UTF-8. */
size_t utf8_chars(const char *s, size_t len);

/*
 * Fold text for matching: ASCII letters lowercased, accented Latin letters
 * to their base letter (e -> e for é, ë, è), digits kept, every other run of
 * characters turned into one `sep` (trimmed at both ends).  Appends to out.
 */
void text_fold(const char *s, size_t len, int sep, struct buf *out);

/*
 * Fold a field name for alias lookup: lowercase, accents stripped, spaces and
 * hyphens to '_', dots kept ("Financiën.self" -> "financien.self").
 */
void name_fold(const char *s, size_t len, struct buf *out);

/*
 * A value quoted for a message: 'value', control characters shown as \xNN,
 * cut after 40 characters with "...", identifiers redacted first by
 * quote_redact when a tool has set it (messages reach cron mail: SPEC 3).
 * Returns one of four static buffers (so up to four may be used in one
 * message).
 */
const char *quote(const char *s, size_t len);

/* The same without the quotes (case ids in messages: "case W-0042"). */
const char *printable(const char *s, size_t len);

/* The redaction of quoted values: privacy_redact, set by each tool's main. */
extern _Thread_local int (*quote_redact)(const char *s, size_t len, struct buf *out);

#endif
