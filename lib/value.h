/* Parsing of scalar field values: bounded integers, booleans, lists. */
#ifndef OER_VALUE_H
#define OER_VALUE_H

#include <stddef.h>

/*
 * Parse a whole decimal integer in [min, max] from s[0..len).  No locale,
 * no leading or trailing space, no '+'.  Returns 0, or -1 with *errstr set
 * to a short reason ("not a whole number", "too small", "too large").
 */
int parse_int(const char *s, size_t len, long long min, long long max,
    long long *out, const char **errstr);

/* Boolean values as read (SPEC 2). */
enum tristate { BOOL_UNKNOWN = -1, BOOL_FALSE = 0, BOOL_TRUE = 1 };

/*
 * Parse true/false, yes/no, ja/nee, waar/onwaar (Dutch Excel), 1/0, any case;
 * empty is BOOL_UNKNOWN.  Returns 0, or -1 when s is none of these.
 */
int parse_bool(const char *s, size_t len, enum tristate *out);

/* Does s[0..len) follow the JSON number grammar (RFC 8259)? */
int is_json_number(const char *s, size_t len);

/*
 * Iterate over the items of a ';'-separated list: *pos starts at 0; each call
 * yields the next item (spaces around it trimmed) and returns 1, or returns 0
 * at the end.  Empty items are skipped; an empty string is an empty list.
 */
int list_next(const char *s, size_t len, size_t *pos, const char **item,
    size_t *itemlen);

/*
 * Figures as the toolkit writes them, the one way: no printf, no locale.
 * ratio_half_up: num / den rounded half up, in integers (num >= 0, den > 0).
 * format_int: v in decimal; format_fixed: scaled / 10^decimals with that
 * many decimals (at most 2) after a point ("3.8", "0.75").  Both end out
 * with a NUL and return the length; out holds FIGURE_LEN.
 */
#define FIGURE_LEN 24
long long ratio_half_up(long long num, long long den);
size_t format_int(long long v, char out[FIGURE_LEN]);
size_t format_fixed(long long scaled, int decimals, char out[FIGURE_LEN]);

#endif
