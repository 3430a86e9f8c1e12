/*
 * Intake as a stage of the record stream (SPEC 5, the toelatingsmodel):
 * identifying columns dropped or refused, the record checked, the question
 * scanned for domains and signals with the lexicon and redacted (SPEC 3),
 * the case id pseudonymised on request, and the admission model's route,
 * priority and reasons, a worker's override beside the method's proposal.
 * oer-intake is its options and this:
 *
 *   intake_open(s, &options);
 *   while ((r = stream_next(s)) != NULL)
 *       intake_record(s, r);
 *   status = intake_close(s);
 */
#ifndef OER_INTAKE_STAGE_H
#define OER_INTAKE_STAGE_H

#include "buf.h"
#include "lexicon.h"
#include "record.h"
#include "stream.h"

/* --pii: what to do with a column that identifies a person. */
enum pii_mode { PII_REDACT, PII_REJECT, PII_OFF };

struct intake_options {
	const struct lexicon *lexicon;	/* the built-in one, or --lexicon */
	const int *scan_keys;		/* --scan: more fields to redact */
	int nscan;
	enum pii_mode pii;
	const struct buf *pseudonym_key;	/* --pseudonymise's key, or NULL */
};

void intake_open(struct stream *s, const struct intake_options *o);

/* One record: admitted and written, or refused through the stream. */
void intake_record(struct stream *s, struct record *r);

/* Warn of a missing question column, finish the stream, free the stage; the exit status. */
int intake_close(struct stream *s);

#endif
