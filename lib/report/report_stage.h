/*
 * oer-report's reading side as a stage of the record stream (SPEC 9): the
 * cases into the mergeable state per period and group (report.h), or with
 * --merge the partials of earlier runs; then the report drawn.  oer-report
 * is its options, one of the readers, then --partial's records or
 * report_draw.
 */
#ifndef OER_REPORT_STAGE_H
#define OER_REPORT_STAGE_H

#include "report.h"
#include "report_population.h"
#include "report_partial.h"
#include "stream.h"

/* The cases of the stream into rp (initialised here); run is what shapes the aggregation. */
void report_read_cases(struct stream *s, struct report *rp, const struct report_run *run);

/* The partials of the stream into rp (initialised here) and pr; their run into run. */
void report_read_partials(struct stream *s, struct report *rp, struct partial_reader *pr,
    struct report_run *run);

/* How the report is drawn: what oer-report's options say. */
struct report_drawing {
	struct report_options *opt;	/* completed here from run and the state */
	const struct report_run *run;	/* period, --by, the run's date */
	struct population *population;	/* --population, or NULL */
	int format;			/* RF_*, or -1: text at a terminal, else tidy rows */
	int lang, latest, excel;	/* --lang, --latest, --excel */
};

/* The report of rp (sorted) in the chosen format, as the stream's output. */
void report_draw(const struct report_drawing *d, struct report *rp, struct stream *s);

#endif
