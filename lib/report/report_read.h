/*
 * Reading the facts of one case from a record of any stage (SPEC 5-8) for
 * oer-report.  Only the fields the report uses are looked at, each checked
 * against its vocabulary; a bad value is a data error through the stream
 * (stream_reject), so it names input, line, case and field.  Dutch domain
 * aliases in field names are understood ("financien.self").
 */
#ifndef OER_REPORT_READ_H
#define OER_REPORT_READ_H

#include "keymemo.h"
#include "record.h"
#include "report.h"
#include "stream.h"

struct report_reader {
	int by;			/* key of the --by field; -1: one group, "all" */
	long from, to;		/* received within [from, to] (day numbers) */
	int need_received;	/* a period or --from/--to needs the date */
	struct key_memo kind;	/* per key: what the field is to the report */
	struct key_memo domain;	/* per key: its domain + 1, 0 none */
};

/* from/to: LONG_MIN/LONG_MAX when not given. */
void report_reader_init(struct report_reader *rr, int by, long from, long to, int need_received);
void report_reader_free(struct report_reader *rr);

/*
 * The facts of record r into c: 1 when the case counts, 0 when received
 * lies outside --from/--to, -1 when the record was rejected.
 */
int report_read(struct report_reader *rr, struct stream *s, const struct record *r,
    struct report_case *c);

#endif
