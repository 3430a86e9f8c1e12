/*
 * oer-report's reading side as a stage of the record stream (SPEC 9): the
 * cases into the mergeable state per period and group (report.h), or with
 * --merge the partials of earlier runs.  oer-report is its options, one of
 * these, then --partial's records or the drawn report.
 */
#ifndef OER_REPORT_STAGE_H
#define OER_REPORT_STAGE_H

#include "report.h"
#include "report_partial.h"
#include "stream.h"

/* The cases of the stream into rp (initialised here); run is what shapes the aggregation. */
void report_read_cases(struct stream *s, struct report *rp, const struct report_run *run);

/* The partials of the stream into rp (initialised here) and pr; their run into run. */
void report_read_partials(struct stream *s, struct report *rp, struct partial_reader *pr,
    struct report_run *run);

#endif
