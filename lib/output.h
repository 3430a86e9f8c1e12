/*
 * Buffered output to a file descriptor with every write checked.  Writers put
 * whole records into out->buf and call out_maybe_flush(), so what reaches
 * the file is always complete records.  A closed pipe (EPIPE) ends the tool
 * quietly with status 0; any other write error ends it with status 74.
 */
#ifndef OER_OUTPUT_H
#define OER_OUTPUT_H

#include "buf.h"

#define OUTPUT_FLUSH_AT (64 * 1024)

struct output {
	int fd;
	const char *name;	/* for messages: "stdout" or the path */
	struct buf buf;
	int rows;		/* buf holds rows handed over in a chain (handover.h), not text */
};

void out_init(struct output *o, int fd, const char *name);

/* Open path for writing (created or truncated); -1 with errno on failure. */
int out_open(struct output *o, const char *path);

void out_flush(struct output *o);

/* Flush buf as text even while the output hands over rows (a header). */
void out_flush_text(struct output *o);

static inline void
out_maybe_flush(struct output *o)
{
	if (o->buf.len >= OUTPUT_FLUSH_AT)
		out_flush(o);
}

/* Flush and close; a failing close is a write error too. */
void out_close(struct output *o);

#endif
