/*
 * Stages: each tool (intake, monitor, plan, refer, report) is a stage with
 * an entry point of the form of main().  `oer-X ARGS` and `oer X ARGS` run
 * stage X alone; `oer X ARGS then Y ARGS ...` runs the stages as one chain
 * in one process (SPEC 10), its output byte for byte the output of the pipe
 * `oer-X ARGS | oer-Y ARGS | ...`.
 *
 * How the chain keeps that promise: every stage runs its own, unchanged
 * code in a thread of its own, reading and writing the same bytes it would
 * in the pipe, over a pipe(2) between the threads; the stages run side by
 * side, as the processes of the pipe do.  Everything of lib/ that lives
 * beyond a call (the field names of schema.c, the header dictionary, the
 * caches and scratch buffers) is _Thread_local, so each stage has its own,
 * as each process has (the stages' own state too, so a stage may come
 * twice).  What a process would do by itself is done
 * here per stage:
 *
 *   - its standard input and output are the chain's pipe ends (stage_stdin,
 *     stage_stdout); its messages start with its own name (die.h progname);
 *   - stage_exit() ends the stage, not the process: its pipe ends are
 *     closed, so the next stage reads the end of its input and the one
 *     before gets EPIPE (and ends quietly, as in the pipe);
 *   - the stages are started from the last to the first, each up to its
 *     first read of its input or write of its output (or its end), one
 *     at a time through getopt; a stage that ends at once (a usage error,
 *     a map it cannot read) ends as it would in the pipe: the stages after
 *     it read the end of their input, the ones before it get EPIPE;
 *   - the pipes between the stages hold what a pipe of the shell holds, so
 *     a stage runs as far ahead of the next one as it would in the pipe.
 *
 * One thing is not done as in the pipe, because it costs most and changes
 * no byte: once a stage's CSV header is written, its rows go to the next
 * stage as values (the hand-over, handover.h), in blocks over the pipe's
 * channel, and the next stage's CSV reader takes them as if it had parsed
 * their text (csvin_take_row).  A reader that cannot take them reads the
 * very text the writer would have written; a writer whose output is shared
 * with anything else writes text.  The rows are counted as the text they
 * stand for (output.h) and the channel holds one block of 64 KiB of it,
 * as the pipe would: a stage runs as far ahead as it would over the pipe,
 * and the next stage sees the header when the pipe would have.
 *
 * Outside a chain every function here is its plain system call.
 */
#ifndef OER_STAGE_H
#define OER_STAGE_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

struct stage {
	const char *name;		/* "intake": the tool is oer-intake */
	int (*main)(int argc, char **argv);	/* argv[0] is "oer-intake" */
	const char *summary;		/* one line for oer --help */
};

/* The stage called name in table (ended by a NULL name), or NULL. */
const struct stage *stage_find(const struct stage *table, const char *name);

/*
 * Run argv (the arguments after `oer`: STAGE ARGS [then STAGE ARGS ...]) as
 * a chain; returns the exit status (oer(1)): the first stage's, in chain
 * order, that ended with an error other than rejected records, else 1 if
 * some stage rejected records, else 0.  With statuses, each stage's own
 * status goes to that file too, a line each in chain order ("oer-plan 0"),
 * as the shell's PIPESTATUS holds them for a pipe.
 */
int stage_chain(const struct stage *table, int argc, char **argv, const char *statuses);

/*
 * The stage has taken its options: in a chain the stage before it may
 * start (getopt is one for the process, so the stages take their options
 * one at a time, from the last).  A stage reads no file named in its
 * options before this: such a file may be /dev/stdin, which only the
 * stage before can fill.  A first read or write of the stage's input or
 * output says the same.
 */
void stage_options_taken(void);

/* The descriptors of this stage's standard input and output. */
int stage_stdin(void);
int stage_stdout(void);

/*
 * The name of this stage's standard input in messages and rejects:
 * "stdin", or FILE after `tee FILE` in a chain (the same bytes, the same
 * lines).
 */
const char *stage_stdin_name(void);

/* The tee stage of a chain (tee.c): `then tee FILE then`. */
int stage_tee_main(int argc, char **argv);

/*
 * What a stage prints with stdio (--help, --version, --print-rules ...): the
 * process's stdout alone, its own standard output in a chain.  Flush it
 * with stage_stdio_status, which also says what a closed reader is: the
 * quiet end of output.c, status 0.
 */
FILE *stage_stdio(void);
int stage_stdio_status(FILE *f);

/*
 * open(2) for the stages: in a chain /dev/stdin and /dev/fd/0 are the
 * stage's standard input, /dev/stdout and /dev/fd/1 its output, as they
 * are to a process in a pipe.
 */
int stage_open(const char *path, int flags, mode_t mode);

/* read(2), write(2) and close(2) for the stages, in or out of a chain. */
ssize_t stage_read(int fd, void *buf, size_t n);
ssize_t stage_write(int fd, const void *buf, size_t n);
int stage_close(int fd);

/*
 * The hand-over (handover.h).  stage_hand_over: the stage's CSV output fd
 * goes on to the next stage of the chain as blocks rather than through the
 * pipe, from here (1), or cannot (0: not in a chain, the last stage, or its
 * output is written by something else too).  What the stage has not
 * written yet goes as a block too.  stage_hand_block then passes b's contents
 * as one block, rows or text, standing for text bytes of text (b is left
 * empty), and returns as a write into a pipe would: once what the channel
 * holds fits in a pipe; -1 with EPIPE once the next stage is gone.  stage_write of fd after the hand-over is a text block too.
 */
struct buf;
int stage_hand_over(int fd, int delim);
int stage_hand_block(int fd, struct buf *b, int rows, size_t text);

/*
 * The next row handed over to the stage reading fd, when its CSV reader
 * stands between rows with nothing buffered and reads delim: NULL when
 * there is none (not in a chain, the writer writes text, this stage must
 * read text first, or the writer is done); what is not taken as rows is
 * read as the text the writer would have written, through stage_read.
 * The row is valid until the next call.
 */
const char *stage_take_row(int fd, int delim);

/* End the stage (in a chain) or the process with status. */
void stage_exit(int status) __attribute__((__noreturn__));

#endif
