/*
 * The support plan as a stage of the record stream (SPEC 7): per domain an
 * item along the cascade "first the citizen, then the network, then the
 * volunteer, then the professional", the worker's recorded level beside
 * the method's proposal, the plan's figures, its date, coordination and
 * peer consultation.  oer-plan is its options and this:
 *
 *   plan_open(s, &options);
 *   while ((r = stream_next(s)) != NULL)
 *       plan_record(s, r);
 *   status = plan_close(s);
 */
#ifndef OER_PLAN_STAGE_H
#define OER_PLAN_STAGE_H

#include "cascade.h"
#include "consult.h"
#include "record.h"
#include "stream.h"

struct plan_options {
	struct cascade_table table;	/* the built-in table, or --rules */
	struct consult_rules consult;	/* --consult-items, --consult-on */
	long today;			/* the run's date: a proposed plan's date */
};

void plan_open(struct stream *s, const struct plan_options *o);

/* One record: planned and written, or refused through the stream. */
void plan_record(struct stream *s, struct record *r);

/* Finish the stream and free the stage; the exit status. */
int plan_close(struct stream *s);

#endif
