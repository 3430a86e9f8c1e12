#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "json.h"
#include "jsoncheck.h"
#include "record_limits.h"
#include "schema.h"
#include "text.h"
#include "value.h"

/* ---- reading ---- */

void
jsonin_open(struct json_reader *r, struct input *in)
{
	memset(r, 0, sizeof(*r));
	r->in = in;
	r->tok = json_tokener_new_ex(JSON_DEPTH_MAX);
	json_tokener_set_flags(r->tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
}

void
jsonin_close(struct json_reader *r)
{
	if (r->tok)
		json_tokener_free(r->tok);
	buf_free(&r->line);
	buf_free(&r->name);
	buf_free(&r->fatal);
	buf_free(&r->rawval);
	json_scan_free(&r->scan);
	free(r->pos_key);
}

/*
 * json-c keeps only the last of two equal keys in an object, silently.  To
 * notice, compare the keys the scan counted in the text with the members
 * json-c kept; they differ only when a key was repeated.
 */
static long
keys_kept(json_object *v)
{
	long n = 0;
	size_t i, len;

	if (json_object_get_type(v) == json_type_object) {
		json_object_object_foreach(v, key, val) {
			(void)key;
			n += 1 + keys_kept(val);
		}
	} else if (json_object_get_type(v) == json_type_array) {
		len = json_object_array_length(v);
		for (i = 0; i < len; i++)
			n += keys_kept(json_object_array_get_idx(v, i));
	}
	return n;
}

/*
 * The rare line with a repeated key: find it in the text to name it.  Each
 * key is remembered with its object and the key whose value that object is;
 * keys are compared as written (an escaped spelling of the same name is not
 * found, and the message then names no field).
 */
static void
repeated_key(const char *s, size_t len, struct buf *name)
{
	struct key { size_t off, len; int obj, parent; } *keys = NULL;
	struct level { int obj; int parent; int lastkey; } st[JSON_DEPTH_MAX + 2];
	int depth = 0, nobj = 0, nkeys = 0, k, chain[JSON_DEPTH_MAX + 2], n;
	size_t i, j, start;

	st[0] = (struct level){ -1, -1, -1 };
	for (i = 0; i < len; i++) {
		if (s[i] == '{' || s[i] == '[') {
			/* In an object the value belongs to its key; in an array to the array's. */
			int parent = st[depth].obj >= 0 ? st[depth].lastkey : st[depth].parent;

			if (depth > JSON_DEPTH_MAX)
				break;
			depth++;
			st[depth] = (struct level){ s[i] == '{' ? nobj++ : -1, parent, -1 };
			continue;
		}
		if (s[i] == '}' || s[i] == ']') {
			if (depth > 0)
				depth--;
			continue;
		}
		if (s[i] != '"')
			continue;
		start = i + 1;
		for (i++; i < len && s[i] != '"'; i++)
			if (s[i] == '\\')
				i++;
		for (j = i + 1; j < len && (s[j] == ' ' || s[j] == '\t'); j++)
			;
		if (j >= len || s[j] != ':' || st[depth].obj < 0)
			continue;
		keys = xreallocarray(keys, (size_t)nkeys + 1, sizeof(*keys));
		keys[nkeys] = (struct key){ start, i - start, st[depth].obj, st[depth].parent };
		for (k = 0; k < nkeys; k++)
			if (keys[k].obj == keys[nkeys].obj && keys[k].len == keys[nkeys].len &&
			    memcmp(s + keys[k].off, s + start, keys[k].len) == 0)
				goto found;
		st[depth].lastkey = nkeys++;
	}
	free(keys);
	return;
found:
	/* The dotted name: the keys of the enclosing objects, outermost first. */
	for (n = 0, k = nkeys; k >= 0 && n < JSON_DEPTH_MAX + 2; k = keys[k].parent)
		chain[n++] = k;
	while (n-- > 0) {
		buf_add(name, s + keys[chain[n]].off, keys[chain[n]].len);
		if (n > 0)
			buf_addc(name, '.');
	}
	free(keys);
}

/*
 * JSON Lines records mostly have the same names in the same order.  The
 * key of the name at each place of the previous record is kept: a name
 * equal to it needs no checks and no hash look-up again.
 */
static int
known_name(const struct json_reader *r, int pos)
{
	const struct fieldinfo *fi;

	if (pos >= r->npos || r->pos_key[pos] < 0)
		return -1;
	fi = field_info(r->pos_key[pos]);
	if (fi->len != r->name.len || memcmp(fi->name, r->name.data, r->name.len) != 0)
		return -1;
	return r->pos_key[pos];
}

static void
remember_name(struct json_reader *r, int pos, int key)
{
	if (pos >= r->npos) {
		int n = pos + 64;

		r->pos_key = xreallocarray(r->pos_key, (size_t)n, sizeof(int));
		while (r->npos < n)
			r->pos_key[r->npos++] = -1;
	}
	r->pos_key[pos] = key;
}

static void
add_field(struct json_reader *r, struct record *rec, const char *v, size_t len, enum jtype jt)
{
	int key;
	long bad;

	if (rec->bad)
		return;
	if (rec->n >= RECORD_FIELDS_MAX) {
		rec_mark_bad(rec, -1, "more than %d fields", RECORD_FIELDS_MAX);
		return;
	}
	if ((key = known_name(r, rec->n)) >= 0)
		goto named;	/* checked and interned for an earlier record */
	if (r->name.len > FIELD_MAX) {
		rec_mark_bad(rec, -1, "a field name longer than the limit of %d bytes", FIELD_MAX);
		return;
	}
	/* json-c lets overlong forms, surrogates and code points past U+10FFFF through. */
	if ((bad = utf8_invalid(r->name.data, r->name.len)) >= 0) {
		rec_mark_bad(rec, -1, "a field name is not valid UTF-8 (byte 0x%02X at position %ld)",
		    (unsigned char)r->name.data[bad], bad + 1);
		return;
	}
	if ((key = field_intern(r->name.data, r->name.len)) < 0) {
		rec_mark_bad(rec, -1, "more than %d distinct field names", FIELD_MAX_NAMES);
		return;
	}
	remember_name(r, rec->n, key);
named:
	if (len > FIELD_MAX) {
		rec_mark_bad(rec, key, "longer than the limit of %d bytes", FIELD_MAX);
		return;
	}
	if ((bad = utf8_invalid(v, len)) >= 0) {
		rec_mark_bad(rec, key, "invalid UTF-8 (byte 0x%02X at position %ld)",
		    (unsigned char)v[bad], bad + 1);
		return;
	}
	if (rec_append(rec, key, v, len, jt) < 0)
		rec_mark_bad(rec, key, "appears twice (as a nested and as a dotted key)");
}

/* An array of strings without ';' is a list; anything else stays JSON text. */
static int
is_list(json_object *a)
{
	size_t i, n = json_object_array_length(a);

	if (n == 1 && json_object_get_type(json_object_array_get_idx(a, 0)) == json_type_string &&
	    json_object_get_string_len(json_object_array_get_idx(a, 0)) == 0)
		return 0;	/* [""] would read back as [] */
	for (i = 0; i < n; i++) {
		json_object *it = json_object_array_get_idx(a, i);

		if (json_object_get_type(it) != json_type_string ||
		    memchr(json_object_get_string(it), ';', (size_t)json_object_get_string_len(it)))
			return 0;
	}
	return 1;
}

/*
 * The next number of the line, as written: json-c's objects come in the
 * order of the text (no key is repeated in a good record), so the scan's
 * numbers are taken in turn.  json-c itself would write -01 as -1 and clamp
 * 100000000000000000000 to 18446744073709551615.
 */
static void
next_number(struct json_reader *r, json_object *v, const char **s, size_t *len)
{
	if (r->numi < r->scan.nnums) {
		*s = r->line.data + r->scan.nums[r->numi].off;
		*len = r->scan.nums[r->numi++].len;
	} else {
		/* Only when json-c and the scan disagree: the record is refused anyway. */
		*s = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
		*len = strlen(*s);
	}
}

/* Any JSON value as compact JSON text, its numbers as written. */
static void
put_json(struct json_reader *r, struct buf *b, json_object *v)
{
	const char *s;
	size_t i, n;

	switch (json_object_get_type(v)) {
	case json_type_object:
		buf_addc(b, '{');
		i = 0;
		json_object_object_foreach(v, key, val) {
			if (i++ > 0)
				buf_addc(b, ',');
			json_put_string(b, key, strlen(key));
			buf_addc(b, ':');
			put_json(r, b, val);
		}
		buf_addc(b, '}');
		break;
	case json_type_array:
		buf_addc(b, '[');
		n = json_object_array_length(v);
		for (i = 0; i < n; i++) {
			if (i > 0)
				buf_addc(b, ',');
			put_json(r, b, json_object_array_get_idx(v, i));
		}
		buf_addc(b, ']');
		break;
	case json_type_string:
		json_put_string(b, json_object_get_string(v), (size_t)json_object_get_string_len(v));
		break;
	case json_type_int:
	case json_type_double:
		next_number(r, v, &s, &n);
		buf_add(b, s, n);
		break;
	case json_type_boolean:
		buf_adds(b, json_object_get_boolean(v) ? "true" : "false");
		break;
	case json_type_null:
		buf_adds(b, "null");
		break;
	}
}

static void flatten(struct json_reader *r, struct record *rec, json_object *obj);

static void
add_value(struct json_reader *r, struct record *rec, json_object *v)
{
	const char *s;
	struct buf list = { 0 };
	size_t i, n;

	switch (json_object_get_type(v)) {
	case json_type_object:
		if (json_object_object_length(v) == 0) {
			add_field(r, rec, "{}", 2, J_RAW);
			break;
		}
		buf_addc(&r->name, '.');
		flatten(r, rec, v);
		break;
	case json_type_array:
		if (!is_list(v)) {
			buf_reset(&r->rawval);
			put_json(r, &r->rawval, v);
			add_field(r, rec, r->rawval.data, r->rawval.len, J_RAW);
			break;
		}
		n = json_object_array_length(v);
		for (i = 0; i < n; i++) {
			json_object *it = json_object_array_get_idx(v, i);

			if (i > 0)
				buf_addc(&list, ';');
			buf_add(&list, json_object_get_string(it), (size_t)json_object_get_string_len(it));
		}
		if (list.len > 0 && memchr(list.data, '\0', list.len))
			rec_mark_bad(rec, -1, "%s: contains a NUL character", r->name.data);
		add_field(r, rec, list.data ? list.data : "", list.len, J_LIST);
		buf_free(&list);
		break;
	case json_type_string:
		s = json_object_get_string(v);
		n = (size_t)json_object_get_string_len(v);
		if (memchr(s, '\0', n)) {
			int key = field_intern(r->name.data, r->name.len);

			rec_mark_bad(rec, key, "contains a NUL character (\\u0000)");
			break;
		}
		add_field(r, rec, s, n, J_TEXT);
		break;
	case json_type_int:
	case json_type_double:
		next_number(r, v, &s, &n);
		add_field(r, rec, s, n, J_NUMBER);
		break;
	case json_type_boolean:
		s = json_object_get_boolean(v) ? "true" : "false";
		add_field(r, rec, s, strlen(s), J_BOOL);
		break;
	case json_type_null:
		add_field(r, rec, "", 0, J_NULL);
		break;
	}
}

static void
flatten(struct json_reader *r, struct record *rec, json_object *obj)
{
	size_t base = r->name.len;

	json_object_object_foreach(obj, key, val) {
		size_t klen = strlen(key);

		if (rec->bad)
			return;
		r->name.len = base;
		if (klen == 0) {
			rec_mark_bad(rec, -1, "a field name is empty");
			return;
		}
		buf_add(&r->name, key, klen);
		add_value(r, rec, val);
	}
	r->name.len = base;
}

static int
fatal(struct json_reader *r, long line, const char *msg)
{
	buf_reset(&r->fatal);
	buf_adds(&r->fatal, msg);
	r->fatal_line = line;
	return -1;
}

/* Read one physical line into r->line; 0 at the end, -1 fatal. */
static int
read_line(struct json_reader *r, long *line)
{
	const char *piece;
	int eol = 0;
	long n;

	buf_reset(&r->line);
	*line = r->in->line;
	while (!eol) {
		n = input_piece(r->in, &piece, &eol);
		if (r->line.len == 0)
			*line = r->in->line;
		if (n < 0)
			return fatal(r, r->in->line, r->in->error.data);
		if (n == 0)
			break;
		if (r->line.len + (size_t)n > RECORD_MAX)
			return fatal(r, *line, "record longer than the limit of 64 MiB");
		buf_add(&r->line, piece, (size_t)n);
	}
	return r->line.len > 0;
}

/* json-c's verdict on the line the scan found to be JSON; 0 when it agrees. */
static int
parse(struct json_reader *r, struct record *rec, size_t len, json_object **obj)
{
	enum json_tokener_error err;
	size_t end;

	json_tokener_reset(r->tok);
	*obj = json_tokener_parse_ex(r->tok, r->line.data, (int)len);
	err = json_tokener_get_error(r->tok);
	end = json_tokener_get_parse_end(r->tok);
	if (err == json_tokener_continue) {
		/* The line ends the value: a bare number or word is complete there (a NUL tells json-c). */
		*obj = json_tokener_parse_ex(r->tok, "", 1);
		err = json_tokener_get_error(r->tok);
		end = len;
	}
	if (err != json_tokener_success) {
		rec_mark_bad(rec, -1, "invalid JSON at column %zu: %s", end + 1, json_tokener_error_desc(err));
		return -1;
	}
	if (*obj == NULL || json_object_get_type(*obj) != json_type_object) {
		rec_mark_bad(rec, -1, "a JSON Lines record must be an object, not %s",
		    json_type_to_name(json_object_get_type(*obj)));
		return -1;
	}
	return 0;
}

/* What json-c would change without a word; after flattening, so that the message names the case. */
static void
check_changes(struct json_reader *r, struct record *rec, size_t len, json_object *obj)
{
	if (r->scan.nul_key) {
		rec_mark_bad(rec, -1, "a field name contains a NUL character (\\u0000)");
	} else if (r->scan.lone_surrogate) {
		rec_mark_bad(rec, -1, "invalid JSON: a lone UTF-16 surrogate escape");
	} else if (r->scan.keys != keys_kept(obj)) {
		buf_reset(&r->name);
		repeated_key(r->line.data, len, &r->name);
		if (r->name.len > 0)
			rec_mark_bad(rec, field_intern(r->name.data, r->name.len),
			    "appears twice in the JSON object");
		else
			rec_mark_bad(rec, -1, "a key appears twice in a JSON object");
	}
}

int
jsonin_next(struct json_reader *r, struct record *rec)
{
	json_object *obj = NULL;
	long line;
	int got;
	size_t len;

	do {
		if ((got = read_line(r, &line)) <= 0)
			return got;
	} while (text_blank(r->line.data, r->line.len));

	rec_clear(rec);
	rec->input = r->in->name;
	rec->line = line;
	buf_add(&rec->raw, r->line.data, r->line.len);
	len = r->line.len;
	while (len > 0 && (r->line.data[len - 1] == '\n' || r->line.data[len - 1] == '\r'))
		len--;

	if (json_scan(&r->scan, r->line.data, len) < 0) {
		if (r->scan.incomplete)
			rec_mark_bad(rec, -1, "invalid JSON: the object is not complete on this line");
		else
			rec_mark_bad(rec, -1, "invalid JSON at column %zu: %s", r->scan.at + 1, r->scan.error);
	} else if (parse(r, rec, len, &obj) == 0) {
		buf_reset(&r->name);
		r->numi = 0;
		flatten(r, rec, obj);
		check_changes(r, rec, len, obj);
	}
	if (obj)
		json_object_put(obj);
	return 1;
}

/* ---- writing ---- */

enum { OP_OPEN, OP_CLOSE, OP_FIELD };

struct json_op {
	int kind;
	int field;		/* OP_FIELD: index in the record */
	const char *name;	/* member name (not for OP_CLOSE) */
	size_t namelen;
	size_t lit, litlen;	/* what is written before the value: in w->lit */
};

/* Some byte of w needs an escape in a JSON string: below 0x20, a quote or a backslash. */
static inline uint64_t
needs_escape(uint64_t w)
{
	return word_below(w, 0x20) | word_below(w ^ (WORD_ONES * '"'), 1) |
	    word_below(w ^ (WORD_ONES * '\\'), 1);
}

/*
 * s as a JSON string literal at d (room for 6 * len + 2 bytes); returns the
 * end.  As csv_put_raw: the value is read as words, never past its end, and
 * only a string where some word might need an escape is written byte by
 * byte.
 */
static char *
put_string_raw(char *d, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	uint64_t maybe = 0, w;
	uint32_t lo, hi;
	size_t i;

	*d++ = '"';
	if (len >= 8) {
		for (i = 0; i + 8 < len; i += 8) {
			memcpy(&w, s + i, 8);
			maybe |= needs_escape(w);
		}
		memcpy(&w, s + len - 8, 8);
		maybe |= needs_escape(w);
	} else if (len >= 4) {
		memcpy(&lo, s, 4);
		memcpy(&hi, s + len - 4, 4);
		maybe = needs_escape((uint64_t)lo | (uint64_t)hi << 32);
	} else if (len > 0) {
		w = (WORD_ONES * 'a') << 24 | (uint64_t)(unsigned char)s[0] |
		    (uint64_t)(unsigned char)s[len / 2] << 8 | (uint64_t)(unsigned char)s[len - 1] << 16;
		maybe = needs_escape(w);
	}
	if (!maybe) {
		copy_bytes(d, s, len);
		d += len;
		*d++ = '"';
		return d;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c != '"' && c != '\\') {
			*d++ = (char)c;
			continue;
		}
		*d++ = '\\';
		switch (c) {
		case '"': *d++ = '"'; break;
		case '\\': *d++ = '\\'; break;
		case '\n': *d++ = 'n'; break;
		case '\r': *d++ = 'r'; break;
		case '\t': *d++ = 't'; break;
		case '\b': *d++ = 'b'; break;
		case '\f': *d++ = 'f'; break;
		default:
			*d++ = 'u';
			*d++ = '0';
			*d++ = '0';
			*d++ = hex[c >> 4];
			*d++ = hex[c & 15];
		}
	}
	*d++ = '"';
	return d;
}

void
json_put_string(struct buf *b, const char *s, size_t len)
{
	char *end;

	if (b->cap - b->len <= 6 * len + 2)
		buf_grow(b, 6 * len + 2);
	end = put_string_raw(b->data + b->len, s, len);
	*end = '\0';
	b->len = (size_t)(end - b->data);
}

/* A plan node; children are kept as a linked list in insertion order. */
struct node {
	const char *name;
	size_t namelen;
	int field;		/* leaf: record index; object: -1 */
	int first, last, next;
};

static int
new_node(struct node **nodes, int *n, int *cap, int parent, const char *name, size_t len, int field)
{
	struct node *nd;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*nodes = xreallocarray(*nodes, (size_t)*cap, sizeof(**nodes));
	}
	nd = &(*nodes)[*n];
	nd->name = name;
	nd->namelen = len;
	nd->field = field;
	nd->first = nd->last = nd->next = -1;
	if (parent >= 0) {
		if ((*nodes)[parent].last >= 0)
			(*nodes)[(*nodes)[parent].last].next = *n;
		else
			(*nodes)[parent].first = *n;
		(*nodes)[parent].last = *n;
	}
	return (*n)++;
}

static void
add_op(struct json_writer *w, int kind, int field, const char *name, size_t len)
{
	if (w->nops == w->capops) {
		w->capops = w->capops ? w->capops * 2 : 64;
		w->ops = xreallocarray(w->ops, (size_t)w->capops, sizeof(*w->ops));
	}
	w->ops[w->nops].kind = kind;
	w->ops[w->nops].field = field;
	w->ops[w->nops].name = name;
	w->ops[w->nops].namelen = len;
	w->nops++;
}

static void
emit_plan(struct json_writer *w, const struct node *nodes, int id)
{
	int c;

	for (c = nodes[id].first; c >= 0; c = nodes[c].next) {
		if (nodes[c].field >= 0) {
			add_op(w, OP_FIELD, nodes[c].field, nodes[c].name, nodes[c].namelen);
		} else {
			add_op(w, OP_OPEN, -1, nodes[c].name, nodes[c].namelen);
			emit_plan(w, nodes, c);
			add_op(w, OP_CLOSE, -1, NULL, 0);
		}
	}
}

/*
 * The text around the values depends on the plan only: per op, what comes
 * before its value (a comma, the quoted member name, a colon, an opening
 * or closing brace), written once here instead of escaped per record.
 */
static void
literals(struct json_writer *w)
{
	int k, first = 1;

	buf_reset(&w->lit);
	buf_addc(&w->lit, '{');
	for (k = 0; k < w->nops; k++) {
		struct json_op *op = &w->ops[k];

		op->lit = k == 0 ? 0 : w->lit.len;
		if (op->kind == OP_CLOSE) {
			buf_addc(&w->lit, '}');
			first = 0;
		} else {
			if (!first)
				buf_addc(&w->lit, ',');
			json_put_string(&w->lit, op->name, op->namelen);
			buf_addc(&w->lit, ':');
			if (op->kind == OP_OPEN)
				buf_addc(&w->lit, '{');
			first = op->kind == OP_OPEN;
		}
		op->litlen = w->lit.len - op->lit;
	}
	w->tail = w->nops == 0 ? 0 : w->lit.len;
	buf_adds(&w->lit, "}\n");
}

/*
 * Nest dotted keys into objects, each object at the place of its first
 * member.  A prefix that is itself a field ("housing" and "housing.status")
 * cannot also be an object: the longer key is then written with its dots.
 */
static void
plan(struct json_writer *w, const struct record *r)
{
	struct node *nodes = NULL;
	int nn = 0, cap = 0, i, k;
	int *touched = NULL, ntouched = 0;

	w->nops = 0;
	new_node(&nodes, &nn, &cap, -1, NULL, 0, -1);
	for (i = 0; i < r->n; i++) {
		/* Not a fieldinfo pointer: interning a prefix below may move them. */
		const char *name = field_info(r->f[i].key)->name, *seg = name, *dot;
		size_t len = field_info(r->f[i].key)->len;
		int parent = 0, ok = 1;

		/* Empty segments ("a..b", ".a", "a.") are never nested. */
		if (name[0] == '.' || name[len - 1] == '.' || strstr(name, ".."))
			ok = 0;
		while (ok && (dot = strchr(seg, '.')) != NULL) {
			size_t plen = (size_t)(dot - name);
			/*
			 * The prefix exactly as written: through the header
			 * dictionary "Financiën" would be "finances", and
			 * "Financiën.x" would come out as "finances.x" (found
			 * by fuzz_json).
			 */
			int pk = field_intern_as_written(name, plen);

			if (pk < 0)
				break;
			if (rec_index(r, pk) >= 0)
				break;	/* the prefix is a field of its own */
			if (pk >= w->nnode_of) {
				int n = field_count() + 64;

				w->node_of = xreallocarray(w->node_of, (size_t)n, sizeof(int));
				memset(w->node_of + w->nnode_of, 0, (size_t)(n - w->nnode_of) * sizeof(int));
				w->nnode_of = n;
			}
			if (w->node_of[pk] == 0) {
				w->node_of[pk] = new_node(&nodes, &nn, &cap, parent, seg, (size_t)(dot - seg), -1);
				touched = xreallocarray(touched, (size_t)ntouched + 1, sizeof(int));
				touched[ntouched++] = pk;
			}
			parent = w->node_of[pk];
			seg = dot + 1;
		}
		new_node(&nodes, &nn, &cap, parent, seg, len - (size_t)(seg - name), i);
	}
	emit_plan(w, nodes, 0);
	literals(w);
	for (k = 0; k < ntouched; k++)
		w->node_of[touched[k]] = 0;
	free(touched);
	free(nodes);

	w->keys = xreallocarray(w->keys, (size_t)r->n + 1, sizeof(int));
	for (i = 0; i < r->n; i++)
		w->keys[i] = r->f[i].key;
	w->nkeys = r->n;
}

static int
same_keys(const struct json_writer *w, const struct record *r)
{
	int i;

	if (w->nkeys != r->n || w->keys == NULL)
		return 0;
	for (i = 0; i < r->n; i++)
		if (w->keys[i] != r->f[i].key)
			return 0;
	return 1;
}

/* A ';'-separated list as an array of strings at d; the end is returned. */
static char *
put_list_raw(char *d, const char *s, size_t len)
{
	size_t i, start = 0;

	*d++ = '[';
	if (len > 0) {
		for (i = 0; i <= len; i++) {
			if (i < len && s[i] != ';')
				continue;
			if (start > 0)
				*d++ = ',';
			d = put_string_raw(d, s + start, i - start);
			start = i + 1;
		}
	}
	*d++ = ']';
	return d;
}

static char *
put_word(char *d, const char *word, size_t len)
{
	memcpy(d, word, len);
	return d + len;
}

/* Field i of r as a JSON value at d (room for 6 * len + 10 bytes); the end is returned. */
static char *
put_value_raw(char *d, const struct record *r, int i)
{
	const struct field *f = &r->f[i];
	const struct fieldinfo *fi = field_info(f->key);
	const char *s = rec_value(r, i);
	enum tristate t;

	if (f->jtype == J_RAW)
		return put_word(d, s, f->len);
	if (f->jtype == J_NULL)
		return put_word(d, "null", 4);
	if (!fi->known) {
		/* Unknown fields keep the JSON type they were read with. */
		if (f->jtype == J_NUMBER || f->jtype == J_BOOL)
			return put_word(d, s, f->len);
		if (f->jtype == J_LIST)
			return put_list_raw(d, s, f->len);
		return put_string_raw(d, s, f->len);
	}
	switch (fi->type) {
	case FT_NUMBER:
		if (f->len == 0)
			return put_word(d, "null", 4);
		/* The reader keeps every number as written: no limit to watch here. */
		if (is_json_number(s, f->len))
			return put_word(d, s, f->len);
		return put_string_raw(d, s, f->len);
	case FT_BOOL:
		if (parse_bool(s, f->len, &t) < 0)
			return put_string_raw(d, s, f->len);
		if (t == BOOL_UNKNOWN)
			return put_word(d, "null", 4);
		return t == BOOL_TRUE ? put_word(d, "true", 4) : put_word(d, "false", 5);
	case FT_LIST:
		return put_list_raw(d, s, f->len);
	case FT_STRING:
	case FT_DATE:
		break;
	}
	return put_string_raw(d, s, f->len);
}

void
jsonout_record(struct json_writer *w, const struct record *r, struct buf *out)
{
	size_t need;
	char *d;
	int k;

	if (!same_keys(w, r) || w->lit.data == NULL)
		plan(w, r);
	/*
	 * Room once per record: the text around the values, and per value at
	 * most 6 * len + 10 bytes (\u00XX escapes, a list's brackets, quotes
	 * and commas, "false" for "0"); the arena holds len + 1 bytes a value.
	 */
	need = w->lit.len + 6 * r->text.len + 4 * (size_t)r->n + 4;
	if (out->cap - out->len <= need)
		buf_grow(out, need);
	d = out->data + out->len;
	for (k = 0; k < w->nops; k++) {
		const struct json_op *op = &w->ops[k];

		d = put_word(d, w->lit.data + op->lit, op->litlen);
		if (op->kind == OP_FIELD)
			d = put_value_raw(d, r, op->field);
	}
	d = put_word(d, w->lit.data + w->tail, w->lit.len - w->tail);
	*d = '\0';
	out->len = (size_t)(d - out->data);
}

void
jsonout_free(struct json_writer *w)
{
	free(w->keys);
	free(w->ops);
	free(w->node_of);
	buf_free(&w->lit);
	memset(w, 0, sizeof(*w));
}
