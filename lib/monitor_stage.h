/*
 * The joint self-reliance monitor as a stage of the record stream (SPEC 6):
 * the level reader (self and together per domain, in English or Dutch
 * columns and level names, together at least self), the scoring of one
 * measurement, and with --history the fold of a case's measurements into
 * one record (first, prev, delta and trend per domain).  oer-monitor is its
 * options and this; the fuzz target drives it the same way.
 *
 *   monitor_open(s, history, today);
 *   while ((r = stream_next(s)) != NULL)
 *       monitor_record(s, r);
 *   status = monitor_close(s);
 */
#ifndef OER_MONITOR_STAGE_H
#define OER_MONITOR_STAGE_H

#include "record.h"
#include "stream.h"

/* Start the stage on an open stream; today is the day staleness counts from. */
void monitor_open(struct stream *s, int history, long today);

/*
 * One record: scored and written, or refused through the stream; under
 * --history folded into its case, which is written when the next case
 * begins (a case's measurements are consecutive).
 */
void monitor_record(struct stream *s, struct record *r);

/* Write the last case (--history), finish the stream, free the stage; the exit status. */
int monitor_close(struct stream *s);

#endif
