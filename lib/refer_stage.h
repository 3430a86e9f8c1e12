/*
 * Referral to fitting support as a stage of the record stream (SPEC 8):
 * per item of the plan a provider of the social map that offers the level
 * in the domain, the wijk and the age, with room, the shortest wait first;
 * an agreed provider is kept.  oer-refer is its options and this:
 *
 *   refer_open(s, &options);
 *   while ((r = stream_next(s)) != NULL)
 *       refer_record(s, r);
 *   status = refer_close(s);
 */
#ifndef OER_REFER_STAGE_H
#define OER_REFER_STAGE_H

#include "record.h"
#include "socialmap.h"
#include "stream.h"

struct refer_options {
	struct socialmap *map;	/* loaded; its capacities go down as cases are referred */
	int items;		/* --items: one record per referral */
	long decision_days;	/* --decision-days: the wait for a decision (Wmo: 14) */
};

void refer_open(struct stream *s, const struct refer_options *o);

/* One record: referred and written, or refused through the stream. */
void refer_record(struct stream *s, struct record *r);

/* Finish the stream and free the stage (not the map); the exit status. */
int refer_close(struct stream *s);

#endif
