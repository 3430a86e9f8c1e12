/* A growable byte buffer; data is always NUL-terminated for convenience. */
#ifndef OER_BUF_H
#define OER_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_grow(struct buf *b, size_t extra);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void buf_free(struct buf *b);

static inline void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (b->cap - b->len <= n)
		buf_grow(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static inline void
buf_addc(struct buf *b, int c)
{
	if (b->cap - b->len <= 1)
		buf_grow(b, 1);
	b->data[b->len++] = (char)c;
	b->data[b->len] = '\0';
}

static inline void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/*
 * memcpy for the short values of records (a level, a date, a name): most
 * are shorter than 16 bytes, and a call to memcpy costs more than the copy.
 * Two overlapping moves cover any length from 1 to 16 inside both ranges.
 */
static inline void
copy_bytes(char *d, const char *s, size_t n)
{
	if (n > 16) {
		memcpy(d, s, n);
	} else if (n >= 8) {
		memcpy(d, s, 8);
		memcpy(d + n - 8, s + n - 8, 8);
	} else if (n >= 4) {
		memcpy(d, s, 4);
		memcpy(d + n - 4, s + n - 4, 4);
	} else if (n > 0) {
		d[0] = s[0];
		d[n / 2] = s[n / 2];
		d[n - 1] = s[n - 1];
	}
}

/*
 * Eight bytes as one word, for the writers' scans (how many bytes need
 * quoting or escaping): WORD_ONES * c is c in every byte, and
 * word_below(x, n) is nonzero when some byte of x is below n (n <= 128).
 * A borrow can mark a byte wrongly only above a byte that is really below
 * n, so "some byte" is exact.
 */
#define WORD_ONES 0x0101010101010101ULL
#define WORD_HIGHS 0x8080808080808080ULL

static inline uint64_t
word_below(uint64_t x, unsigned n)
{
	return (x - WORD_ONES * n) & ~x & WORD_HIGHS;
}

static inline void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

#endif
