/*
 * A record: an ordered list of (key, value) fields, keys interned by schema.h.
 * Values are bytes in one text arena per record, so reading a row costs no
 * allocation per field once the arena has grown.  Readers fill a record,
 * the tool changes it in place, a writer prints it; the stream reuses the
 * same record for the next row ("baton passing": the stream owns it).
 */
#ifndef OER_RECORD_H
#define OER_RECORD_H

#include <stddef.h>
#include <string.h>

#include "buf.h"

/* How a value was typed when read from JSON; CSV values and tool output are J_TEXT. */
enum jtype {
	J_TEXT,		/* a string */
	J_NUMBER,	/* a JSON number, text as written */
	J_BOOL,		/* "true" or "false" */
	J_NULL,		/* null, empty text */
	J_LIST,		/* an array of strings, items joined with ';' */
	J_RAW		/* any other array or empty object, as JSON text */
};

struct field {
	int key;
	enum jtype jtype;
	size_t off;		/* value at text.data + off, NUL-terminated */
	size_t len;
};

struct record {
	struct field *f;
	int n, cap;
	struct buf text;
	int *slot;		/* slot[key] = field index + 1; 0 when absent */
	int nslot;

	/* Provenance, for messages and rejects. */
	const char *input;	/* file name or "stdin" */
	long line;		/* first line of the record */
	struct buf raw;		/* the record's input text, as read */
	int raw_row;		/* raw is a row handed over (handover.h) with this delimiter, not text */
	size_t held;		/* the arena starts with such a row of this size (rec_hold), or 0 */
	int bad;		/* a reader found it malformed: message in error */
	int bad_key;		/* field the error is about, or -1 */
	struct buf error;
};

void rec_init(struct record *r);
void rec_free(struct record *r);
void rec_clear(struct record *r);
void rec_copy(struct record *dst, const struct record *src);

static inline int
rec_index(const struct record *r, int key)
{
	return key >= 0 && key < r->nslot ? r->slot[key] - 1 : -1;
}

static inline const char *
rec_value(const struct record *r, int i)
{
	return r->text.data + r->f[i].off;
}

/* Value of key, or NULL when the record has no such field; *len if len. */
const char *rec_get(const struct record *r, int key, size_t *len);

/* Value of key, or "" (length 0) when the record has no such field. */
const char *rec_text(const struct record *r, int key, size_t *len);

/* Set key to a value: in place when present (it keeps its position), else appended. */
void rec_set(struct record *r, int key, const char *v, size_t len);

/* rec_set of a C string; inline, so the length of a literal is known when compiling. */
static inline void
rec_sets(struct record *r, int key, const char *v)
{
	rec_set(r, key, v, strlen(v));
}

void rec_setf(struct record *r, int key, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Set key to a whole number, written without printf (the stages write millions). */
void rec_set_int(struct record *r, int key, long v);

/*
 * The slow path of rec_append: room for key in the slots, one more field and
 * len + 2 more bytes of text.  Returns v, moved along when it pointed into
 * the arena that had to grow.
 */
const char *rec_reserve(struct record *r, int key, const char *v, size_t len);

/*
 * Append a field as read; returns -1 (and adds nothing) if the key is
 * already there.  Inline: the readers call it for every field of every row,
 * and once the record has grown to the width of the input it only copies.
 */
static inline int
rec_append(struct record *r, int key, const char *v, size_t len, enum jtype jt)
{
	struct field *f;
	char *d;

	if (key >= r->nslot || r->n == r->cap || r->text.cap - r->text.len <= len + 1)
		v = rec_reserve(r, key, v, len);
	if (r->slot[key])
		return -1;
	f = &r->f[r->n];
	f->key = key;
	f->jtype = jt;
	f->off = r->text.len;
	f->len = len;
	d = r->text.data + r->text.len;
	copy_bytes(d, v, len);
	d[len] = '\0';
	d[len + 1] = '\0';	/* the arena stays a NUL-terminated buf */
	r->text.len += len + 1;
	r->slot[key] = ++r->n;
	return 0;
}

/*
 * Keep len bytes as the start of the cleared record's arena, for fields
 * whose values lie in them, NUL-terminated (rec_append_held): a row handed
 * over in a chain is copied once instead of value by value.
 */
void rec_hold(struct record *r, const char *bytes, size_t len);

/* Append a field whose value lies at off in what rec_hold kept. */
static inline int
rec_append_held(struct record *r, int key, size_t off, size_t len, enum jtype jt)
{
	struct field *f;

	if (key >= r->nslot || r->n == r->cap)
		rec_reserve(r, key, "", 0);
	if (r->slot[key])
		return -1;
	f = &r->f[r->n];
	f->key = key;
	f->jtype = jt;
	f->off = off;
	f->len = len;
	r->slot[key] = ++r->n;
	return 0;
}

/*
 * Keep only the first k fields, with their keys and places, and clear the
 * rest as rec_clear does: a reader that takes the next row of the same
 * columns sets the values of those fields again without laying them out.
 */
void rec_clear_after(struct record *r, int k);

/* Drop every field from the k-th on. */
void rec_truncate(struct record *r, int k);

/* Remove a field, keeping the order of the others. */
void rec_delete(struct record *r, int key);

/* Mark a record malformed (readers); the first verdict stays. */
void rec_mark_bad(struct record *r, int key, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
