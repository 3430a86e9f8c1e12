#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "record.h"
#include "schema.h"
#include "value.h"

void
rec_init(struct record *r)
{
	memset(r, 0, sizeof(*r));
	r->bad_key = -1;
}

void
rec_free(struct record *r)
{
	free(r->f);
	free(r->slot);
	buf_free(&r->text);
	buf_free(&r->raw);
	buf_free(&r->error);
	rec_init(r);
}

void
rec_truncate(struct record *r, int k)
{
	int i;

	for (i = k; i < r->n; i++)
		r->slot[r->f[i].key] = 0;
	if (k < r->n)
		r->n = k;
}

void
rec_clear(struct record *r)
{
	rec_clear_after(r, 0);
}

void
rec_clear_after(struct record *r, int k)
{
	rec_truncate(r, k);
	buf_reset(&r->text);
	buf_reset(&r->raw);
	r->raw_row = 0;
	r->held = 0;
	buf_reset(&r->error);
	r->bad = 0;
	r->bad_key = -1;
	r->line = 0;
}

static void
ensure_slot(struct record *r, int key)
{
	int n;

	if (key < r->nslot)
		return;
	n = field_count() > key ? field_count() : key + 1;
	if (n < 64)
		n = 64;
	r->slot = xreallocarray(r->slot, (size_t)n, sizeof(*r->slot));
	memset(r->slot + r->nslot, 0, (size_t)(n - r->nslot) * sizeof(*r->slot));
	r->nslot = n;
}

/* v[0..len) at the end of the arena, NUL-terminated; v must not point into it. */
static size_t
store(struct record *r, const char *v, size_t len)
{
	size_t off = r->text.len;

	if (r->text.cap - r->text.len <= len + 1)
		buf_grow(&r->text, len + 1);
	memcpy(r->text.data + off, v, len);
	r->text.data[off + len] = '\0';
	r->text.data[off + len + 1] = '\0';
	r->text.len += len + 1;
	return off;
}

const char *
rec_reserve(struct record *r, int key, const char *v, size_t len)
{
	if (key >= r->nslot)
		ensure_slot(r, key);
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->f = xreallocarray(r->f, (size_t)r->cap, sizeof(*r->f));
	}
	if (r->text.cap - r->text.len <= len + 1) {
		const char *old = r->text.data;

		buf_grow(&r->text, len + 1);
		if (old != NULL && v >= old && v < old + r->text.len)
			v = r->text.data + (v - old);
	}
	return v;
}

void
rec_hold(struct record *r, const char *bytes, size_t len)
{
	buf_reset(&r->text);
	buf_grow(&r->text, len + 1);
	memcpy(r->text.data, bytes, len);
	r->text.data[len] = '\0';
	r->text.len = len;
	r->held = len;
}

void
rec_copy(struct record *dst, const struct record *src)
{
	int i;

	rec_clear(dst);
	for (i = 0; i < src->n; i++)
		rec_append(dst, src->f[i].key, rec_value(src, i), src->f[i].len, src->f[i].jtype);
	dst->input = src->input;
	dst->line = src->line;
	buf_add(&dst->raw, src->raw.data ? src->raw.data : "", src->raw.len);
	dst->raw_row = src->raw_row;
	dst->bad = src->bad;
	dst->bad_key = src->bad_key;
	buf_add(&dst->error, src->error.data ? src->error.data : "", src->error.len);
}

const char *
rec_get(const struct record *r, int key, size_t *len)
{
	int i = rec_index(r, key);

	if (i < 0)
		return NULL;
	if (len)
		*len = r->f[i].len;
	return rec_value(r, i);
}

const char *
rec_text(const struct record *r, int key, size_t *len)
{
	const char *v = rec_get(r, key, len);

	if (v == NULL) {
		*len = 0;
		return "";
	}
	return v;
}

void
rec_set(struct record *r, int key, const char *v, size_t len)
{
	int i = rec_index(r, key);

	if (i < 0) {
		rec_append(r, key, v, len, J_TEXT);
		return;
	}
	/* v may point into the arena, which store() can move: make room first. */
	if (r->text.cap - r->text.len <= len + 1)
		v = rec_reserve(r, key, v, len);
	r->f[i].off = store(r, v, len);
	r->f[i].len = len;
	r->f[i].jtype = J_TEXT;
}

void
rec_set_int(struct record *r, int key, long v)
{
	char digits[FIGURE_LEN];

	rec_set(r, key, digits, format_int(v, digits));
}

void
rec_setf(struct record *r, int key, const char *fmt, ...)
{
	char small[128];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n < sizeof(small)) {
		rec_set(r, key, small, (size_t)n);
	} else {
		char *big = xmalloc((size_t)n + 1);

		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		rec_set(r, key, big, (size_t)n);
		free(big);
	}
}

void
rec_delete(struct record *r, int key)
{
	int i = rec_index(r, key), j;

	if (i < 0)
		return;
	r->slot[key] = 0;
	memmove(&r->f[i], &r->f[i + 1], (size_t)(r->n - i - 1) * sizeof(*r->f));
	r->n--;
	for (j = i; j < r->n; j++)
		r->slot[r->f[j].key] = j + 1;
}

void
rec_mark_bad(struct record *r, int key, const char *fmt, ...)
{
	va_list ap;

	if (r->bad)
		return;
	r->bad = 1;
	r->bad_key = key;
	buf_reset(&r->error);
	va_start(ap, fmt);
	buf_vprintf(&r->error, fmt, ap);
	va_end(ap);
}
