/*
 * The hand-over of records between two stages of a chain (stage.h).  In
 * `oer X then Y`, X's CSV writer passes its lines to Y as values instead
 * of text, and Y's CSV reader takes them as it would have read them back
 * (csvin_take_row): the same fields, checks, line numbers and rejects, but
 * no line is written, split or parsed.  Where Y cannot take values (it
 * reads JSON, another delimiter or an encoding), the block is made into the
 * very text X would have written (handover_row_text), so the hand-over is an
 * optimisation that never changes a byte of what a stage reads.
 *
 * A block of rows is, per row, the row's size (these 4 bytes included), the
 * number of values, the length of the row's CSV text (its line break left
 * out), and then each value as its length, its bytes and a NUL (the
 * numbers as 4 bytes in the machine's order): the values of one CSV line
 * in column order, before quoting.  The NUL lets the reader's record keep
 * the row as it came and point into it (rec_hold) instead of copying every
 * value again.  The text's length is what the row weighs in the pipe it
 * stands for: a chain holds as many rows between two stages as the pipe
 * would hold of their text (output.h).
 */
#ifndef OER_HANDOVER_H
#define OER_HANDOVER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"

static inline char *
handover_put_count(char *d, size_t n)
{
	uint32_t v = (uint32_t)n;

	memcpy(d, &v, 4);
	return d + 4;
}

/* A value at d, which has room for 5 + len bytes; returns the end. */
static inline char *
handover_put_value(char *d, const char *v, size_t len)
{
	d = handover_put_count(d, len);
	copy_bytes(d, v, len);
	d[len] = '\0';
	return d + len + 1;
}

static inline const char *
handover_get_count(const char *p, size_t *n)
{
	uint32_t v;

	memcpy(&v, p, 4);
	*n = v;
	return p + 4;
}

/* The value at p: *v (NUL-terminated) and its length; returns where the next one starts. */
static inline const char *
handover_get_value(const char *p, const char **v, size_t *len)
{
	p = handover_get_count(p, len);
	*v = p;
	return p + *len + 1;
}

/* The size of the row at row, as its writer put it in front. */
static inline size_t
handover_row_size(const char *row)
{
	size_t n;

	handover_get_count(row, &n);
	return n;
}

/* Where a row's first value starts: after its size, count and text length. */
#define HANDOVER_HEAD 12

/* The row's number of values; returns where the first value starts. */
static inline const char *
handover_row_values(const char *row, size_t *n)
{
	handover_get_count(row + 4, n);
	return row + HANDOVER_HEAD;
}

/* The length of the row's CSV text, its line break left out, as its writer put it in front. */
static inline size_t
handover_row_text_size(const char *row)
{
	size_t n;

	handover_get_count(row + 8, &n);
	return n;
}

/*
 * Whether v may hold a line break (a byte below 0x0E): read as words, the
 * way csv_put_raw reads a value, so that a row without one costs no loop
 * over its bytes.
 */
static inline int
handover_maybe_break(const char *v, size_t len)
{
	uint64_t w, maybe = 0;
	size_t i;

	if (len >= 8) {
		for (i = 0; i + 8 < len; i += 8) {
			memcpy(&w, v + i, 8);
			maybe |= word_below(w, 0x0e);
		}
		memcpy(&w, v + len - 8, 8);
		maybe |= word_below(w, 0x0e);
	} else {
		for (i = 0; i < len; i++)
			maybe |= (unsigned char)v[i] < 0x0e;
	}
	return maybe != 0;
}

/*
 * The row at row as the writer's CSV text, line break (eol) included,
 * appended to out; returns how many line breaks the text has (the one at
 * the end included), as an input counts them (LF, CRLF, lone CR).
 */
long handover_row_text(struct buf *out, const char *row, int delim, const char *eol);


/* The line breaks inside one value (LF, CRLF, a lone CR), as an input counts them. */
long handover_breaks(const char *v, size_t len);

#endif
