/*
 * A record reader over one input in either format: the one place that
 * detects the format and dispatches to the CSV or JSON Lines reader.  The
 * record stream reads its inputs with it, oer-refer its social map.
 */
#ifndef OER_READER_H
#define OER_READER_H

#include "cli.h"
#include "csv.h"
#include "input.h"
#include "json.h"
#include "record.h"

struct reader {
	enum format fmt;
	struct csv_reader csv;
	struct json_reader json;
};

/* The format of an input: a first non-blank '{' means JSON Lines. */
enum format reader_detect(struct input *in);

/*
 * Start reading in as fmt (FMT_AUTO: detect); delim is the CSV delimiter,
 * 0 to sniff.  Returns 0, or -1 when the input cannot be read at all
 * (reader_fatal says why); close the reader either way.
 */
int reader_open(struct reader *rd, struct input *in, enum format fmt, int delim);

/* The next record: 1 (check rec->bad), 0 at the end, -1 fatal. */
int reader_next(struct reader *rd, struct record *rec);

/* Why the reader stopped, and on which line. */
const char *reader_fatal(const struct reader *rd, long *line);

/* A CSV input's header keys (NULL and 0 for JSON or an empty input). */
const int *reader_header(const struct reader *rd, int *n);

void reader_close(struct reader *rd);

#endif
