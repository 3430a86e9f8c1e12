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

/*
 * In a chain, a CSV writer's buffer may hold rows handed over instead of
 * text (handover.h).  Those are flushed when the text they stand for
 * (text) reaches OUTPUT_FLUSH_AT, as the text would be, after the text
 * that came before them (head: what was written before the hand-over and
 * the header), so that the next stage sees what it would see through the
 * pipe, when it would see it.
 */
struct output {
	int fd;
	const char *name;	/* for messages: "stdout" or the path */
	struct buf buf;
	int rows;		/* buf holds rows handed over in a chain (handover.h), not text */
	size_t text;		/* rows: the length of the text they stand for */
	struct buf head;	/* rows: text to go before them, with the first flush */
};

void out_init(struct output *o, int fd, const char *name);

/* Open path for writing (created or truncated); -1 with errno on failure. */
int out_open(struct output *o, const char *path);

void out_flush(struct output *o);

/* From here buf holds rows: what it holds now is text to go before them (head). */
void out_rows_from_here(struct output *o);

static inline void
out_maybe_flush(struct output *o)
{
	if ((o->rows ? o->head.len + o->text : o->buf.len) >= OUTPUT_FLUSH_AT)
		out_flush(o);
}

/* Flush and close; a failing close is a write error too. */
void out_close(struct output *o);

#endif
