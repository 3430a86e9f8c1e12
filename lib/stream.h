/*
 * A tool's record stream: every input named on the command line (or stdin),
 * each in its detected format, out to stdout in the output format, with the
 * error contract of SPEC 3 in one place: data errors name input, line, case
 * and field; without --rejects the first bad record ends the run (exit 65)
 * after the complete records before it are written; with --rejects bad
 * records go to the rejects file unchanged plus an `error` field and the run
 * goes on.  Records in = records out + records rejected.
 *
 * The stream owns the record stream_next() returns; it is reused for the
 * next one, so a tool that keeps records (history) copies them.
 */
#ifndef OER_STREAM_H
#define OER_STREAM_H

#include "cli.h"
#include "input.h"
#include "json.h"
#include "output.h"
#include "reader.h"
#include "record.h"

struct stream {
	struct cli *cli;
	char **paths;
	int npaths, next;

	struct input in;
	int open;
	int inputno;		/* which input is open (1-based) */
	struct reader rd;
	struct record rec;

	long nread, nwritten, nrejected;
	int noinput;		/* some input could not be opened */

	/* output */
	struct output out;
	enum format out_fmt;
	int out_delim;
	const char *eol;
	int *hdr;		/* CSV output header: keys */
	int nhdr;
	int *hdr_col;		/* key -> column + 1 */
	int nhdr_col;
	int header_written;
	struct json_writer jw;
	int *last_cols;		/* the last CSV input header, for an empty output */
	int nlast_cols;

	/* rejects */
	struct output rej;
	int rej_open;
	int rej_header_input;	/* input whose CSV header the rejects file has */

	/* For an output without records: the tool adds its fields to the header. */
	void (*header_hook)(struct record *proto, void *arg);
	void *hook_arg;
	int own_output;		/* the tool writes its own output to out (oer-report): no record header */

	struct buf scratch;
};

/* Set up the inputs (argv[0..argc), none means stdin) and the output. */
void stream_open(struct stream *s, struct cli *cli, int argc, char **argv);

/*
 * The next well-formed record, or NULL at the end of all inputs.  Malformed
 * records (reader errors) are rejected here; the tool never sees them.
 */
struct record *stream_next(struct stream *s);

/*
 * Write a record the tool has finished: 0, or -1 when the stream rejected
 * it instead (a field that is no column of the CSV output; with --rejects
 * the run goes on, so a tool that counted the record takes it back).
 */
int stream_write(struct stream *s, const struct record *r);

/*
 * A data error in record r about field key (-1: none): the message is
 * "<input>:<line>: case <id>: <field>: <what>".  Without --rejects this
 * writes what is complete, prints the message and exits 65; with it, the
 * record goes to the rejects file and the run goes on.
 */
void stream_reject(struct stream *s, const struct record *r, int key,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* A warning about record r, with the same prefix; the record goes on. */
void stream_warn(struct stream *s, const struct record *r, int key,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Flush and close everything; returns the exit status of the run. */
int stream_finish(struct stream *s);

#endif
