/*
 * JSON Lines records on json-c: one object per line, nested objects
 * flattened to dotted keys on reading ({"finances":{"self":2}} is the field
 * finances.self) and nested again on writing, values typed by the field
 * dictionary (schema.h).
 */
#ifndef OER_JSON_H
#define OER_JSON_H

#include <json-c/json.h>

#include "buf.h"
#include "input.h"
#include "jsoncheck.h"
#include "record.h"

struct json_reader {
	struct input *in;
	json_tokener *tok;
	struct buf line;
	struct buf name;	/* the dotted name being built */
	int *pos_key;		/* key of the name at each place of the last record; -1 */
	int npos;
	struct buf fatal;
	long fatal_line;
	struct json_scan scan;	/* the line's RFC 8259 check and its numbers */
	int numi;		/* the next of scan.nums to take */
	struct buf rawval;	/* an array kept as JSON text */
};

void jsonin_open(struct json_reader *r, struct input *in);

/* As csvin_next: 1 (check rec->bad), 0 at the end, -1 fatal (r->fatal). */
int jsonin_next(struct json_reader *r, struct record *rec);

void jsonin_close(struct json_reader *r);

/* One output object per record; the nesting plan is cached per key order. */
struct json_writer {
	int *keys;		/* key order the plan was made for */
	int nkeys;
	struct json_op *ops;
	int nops, capops;
	int *node_of;		/* scratch while planning: prefix key -> node */
	int nnode_of;
	struct buf lit;		/* the text around the values, per op (json.c) */
	size_t tail;		/* where the record's closing text starts in lit */
};

void jsonout_record(struct json_writer *w, const struct record *r, struct buf *out);
void jsonout_free(struct json_writer *w);

/* Append s as a JSON string literal (quoted and escaped). */
void json_put_string(struct buf *b, const char *s, size_t len);

#endif
