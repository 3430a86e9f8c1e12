/*
 * RFC 8259 on the text of one JSON Lines record, checked before json-c
 * builds its objects.  json-c 0.16 in strict mode still takes NaN,
 * Infinity, -01, 1., -.5, 2.e3 and raw control characters in strings,
 * turns lone surrogate escapes into U+FFFD, cuts a key at \u0000, keeps
 * only the last of two equal keys, and clamps integers beyond 64 bits.
 * This scan refuses what is not JSON, notes what json-c would change, and
 * keeps where each number is written so that it goes through as written.
 */
#ifndef OER_JSONCHECK_H
#define OER_JSONCHECK_H

#include <stddef.h>

struct json_span {
	size_t off, len;
};

struct json_scan {
	const char *error;	/* what is not JSON, NULL when the text is */
	size_t at;		/* where: offset of the error in the text */
	int incomplete;		/* the text ends inside the value */
	long keys;		/* members of all objects in the text */
	long members;		/* members of the outermost object; -1: not an object */
	int nul_key;		/* some key holds a \u0000 escape */
	int lone_surrogate;	/* some \uD800-\uDFFF escape is not half of a pair */
	struct json_span *nums;	/* every number, in the order of the text */
	int nnums, capnums;
	char msg[96];		/* room for a message naming a character */
};

/* Check s[0..len) is one JSON value, surrounded by whitespace: 0, or -1 (sc->error). */
int json_scan(struct json_scan *sc, const char *s, size_t len);

void json_scan_free(struct json_scan *sc);

#endif
