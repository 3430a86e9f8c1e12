#include "csv.h"
#include "handover.h"

long
handover_breaks(const char *v, size_t len)
{
	const char *end = v + len, *p;
	long breaks = 0;

	for (p = v; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		breaks++;
	for (p = v; (p = memchr(p, '\r', (size_t)(end - p))) != NULL; p++)
		if (p + 1 == end || p[1] != '\n')
			breaks++;	/* a lone CR ends a line too; CRLF was counted once */
	return breaks;
}

long
handover_row_text(struct buf *out, const char *row, int delim, const char *eol)
{
	const unsigned char *special = csv_specials(delim);
	const char *p, *v;
	size_t n, len, i;
	long breaks = 1;
	char *d;

	p = handover_row_values(row, &n);
	for (i = 0; i < n; i++) {
		p = handover_get_value(p, &v, &len);
		if (out->cap - out->len <= 2 * len + 3)
			buf_grow(out, 2 * len + 3);
		d = out->data + out->len;
		if (i > 0)
			*d++ = (char)delim;
		d = csv_put_raw(d, v, len, delim, special);
		out->len = (size_t)(d - out->data);
		if (memchr(v, '\n', len) || memchr(v, '\r', len))
			breaks += handover_breaks(v, len);
	}
	buf_adds(out, eol);
	return breaks;
}
