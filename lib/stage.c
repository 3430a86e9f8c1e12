/*
 * The stages alone and in a chain (stage.h): a thread per stage, a pipe
 * between two stages, and what a process's end does to its pipes.
 */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "buf.h"
#include "die.h"
#include "exits.h"
#include "handover.h"
#include "output.h"
#include "stage.h"

/*
 * What a channel holds, counted in the text the blocks stand for: what a
 * pipe of the shell holds.  A writer's block goes in whole, and the writer
 * goes on once what is held fits again, as a write into a pipe returns
 * once its last byte is in: it runs as far ahead of the reader as it
 * would in the pipe.
 */
#define CHANNEL_HOLDS (64 * 1024)
/* How many times a stage may open its standard input (output) as /dev/stdin (/dev/stdout) at once. */
#define ALIASES 4

/* A block handed over: CSV text, or rows (handover.h). */
struct block {
	struct buf b;
	int rows;
	size_t text;		/* the length of the text it stands for */
};

/*
 * What goes from one stage to the next once the writer has handed over
 * (stage_hand_over): the pipe between them is ended, and the blocks come
 * through here, in order.  The lock guards everything above "the reader's
 * own"; the reader's own part is touched by the reader's thread alone.
 */
struct channel {
	pthread_mutex_t lock;
	pthread_cond_t changed;
	int switched;		/* the writer handed over; the pipe ends after pipe_bytes */
	int delim;		/* the delimiter of the writer's rows */
	unsigned long long pipe_bytes;	/* what the writer wrote into the pipe (its thread counts) */
	struct block *q;	/* a ring of qcap blocks: qlen from qhead on */
	int qcap, qhead, qlen;
	size_t held;		/* the text the queued blocks stand for */
	struct buf spare;	/* a buffer the reader is done with, for the writer */
	int writer_done, reader_gone;

	/* The reader's own. */
	unsigned long long read_bytes;	/* what it read of the pipe */
	int pipe_ended;		/* it read the pipe's end after the switch */
	struct block cur;	/* the rows block it takes rows from */
	size_t cur_pos;
	struct buf text;	/* text not yet read: a text block, or rows as text */
	size_t text_pos;
};

/* One stage of a running chain. */
struct running {
	const struct stage *stage;
	int argc;
	char **argv;		/* argv[0] is the tool's name, "oer-monitor" */
	int in, out;		/* its standard input and output; -1 once closed */
	int in_piped, out_piped;	/* a pipe of the chain (closed at its end), not the process's own */
	struct channel *in_ch, *out_ch;	/* beside those pipes, or NULL */
	int out_shared;		/* its output was opened again (stage_stdio, /dev/stdout) */
	int in_alias[ALIASES];	/* its input opened again as /dev/stdin; -1 when free */
	int out_alias[ALIASES];	/* its output opened again as /dev/stdout; -1 when free */
	const char *in_name;	/* its input's name after `tee FILE`, or NULL: "stdin" */
	FILE *stdio;		/* stage_stdio: its standard output for stdio, or NULL */
	int ready;		/* it has read its input or written its output */
	int done;
	int status;
};

/* Guards ready and done of every stage (the chain's main thread waits on them). */
static pthread_mutex_t state = PTHREAD_MUTEX_INITIALIZER;
/* A stage got ready or ended. */
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
/* What an ended stage's thread waits for: nothing, until the process ends. */
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;

static _Thread_local struct running *self;

const struct stage *
stage_find(const struct stage *table, const char *name)
{
	for (; table->name != NULL; table++)
		if (strcmp(table->name, name) == 0)
			return table;
	return NULL;
}

int
stage_stdin(void)
{
	return self ? self->in : STDIN_FILENO;
}

int
stage_stdout(void)
{
	return self ? self->out : STDOUT_FILENO;
}

const char *
stage_stdin_name(void)
{
	return self && self->in_name ? self->in_name : "stdin";
}

void
stage_options_taken(void)
{
	/* Only this thread writes its ready, so the check needs no lock. */
	if (self != NULL && !self->ready) {
		pthread_mutex_lock(&state);
		self->ready = 1;
		pthread_cond_broadcast(&changed);
		pthread_mutex_unlock(&state);
	}
}

/* The first read of the input or write of the output: the options were taken. */
static void
touched(int fd)
{
	if (self != NULL && !self->ready && (fd == self->in || fd == self->out))
		stage_options_taken();
}

/* ---- the hand-over (handover.h) ---- */

/* The channel fd reads from: this stage's input, or that input opened again. */
static struct channel *
reading(int fd)
{
	int i;

	if (self == NULL || self->in_ch == NULL)
		return NULL;
	if (fd == self->in)
		return self->in_ch;
	for (i = 0; i < ALIASES; i++)
		if (self->in_alias[i] == fd)
			return self->in_ch;
	return NULL;
}

static struct channel *
writing(int fd)
{
	return self != NULL && fd == self->out ? self->out_ch : NULL;
}

/*
 * Queue b, standing for text bytes of text (its buffer goes to the
 * channel, b gets a spare), and wait until what the channel holds fits
 * again; -1 with EPIPE when the reader is gone before.
 */
static int
put_block(struct channel *ch, struct buf *b, int rows, size_t text)
{
	struct block *k;
	int gone;

	if (b->len == 0)
		return 0;
	pthread_mutex_lock(&ch->lock);
	if (ch->reader_gone) {
		pthread_mutex_unlock(&ch->lock);
		errno = EPIPE;
		return -1;
	}
	if (ch->qlen == ch->qcap) {
		int i, cap = ch->qcap ? 2 * ch->qcap : 4;
		struct block *q = xreallocarray(NULL, (size_t)cap, sizeof(*q));

		for (i = 0; i < ch->qlen; i++)
			q[i] = ch->q[(ch->qhead + i) % ch->qcap];
		free(ch->q);
		ch->q = q;
		ch->qcap = cap;
		ch->qhead = 0;
	}
	k = &ch->q[(ch->qhead + ch->qlen) % ch->qcap];
	k->b = *b;
	k->rows = rows;
	k->text = text;
	ch->qlen++;
	ch->held += text;
	*b = ch->spare;
	buf_reset(b);
	memset(&ch->spare, 0, sizeof(ch->spare));
	pthread_cond_broadcast(&ch->changed);
	/* Done once it fits, as a write into a pipe: then the reader may go. */
	while (ch->held > CHANNEL_HOLDS && !ch->reader_gone)
		pthread_cond_wait(&ch->changed, &ch->lock);
	gone = ch->held > CHANNEL_HOLDS;
	pthread_mutex_unlock(&ch->lock);
	if (gone) {
		errno = EPIPE;
		return -1;
	}
	return 0;
}

/* The reader's next block into ch->cur, the one before given back; 0 at the writer's end. */
static int
next_block(struct channel *ch)
{
	struct buf done = ch->cur.b;

	memset(&ch->cur, 0, sizeof(ch->cur));
	ch->cur_pos = 0;
	pthread_mutex_lock(&ch->lock);
	if (done.data != NULL && ch->spare.data == NULL) {
		ch->spare = done;
		memset(&done, 0, sizeof(done));
	}
	while (ch->qlen == 0 && !ch->writer_done)
		pthread_cond_wait(&ch->changed, &ch->lock);
	if (ch->qlen > 0) {
		ch->cur = ch->q[ch->qhead];
		ch->qhead = (ch->qhead + 1) % ch->qcap;
		ch->qlen--;
		ch->held -= ch->cur.text;
		pthread_cond_broadcast(&ch->changed);
	}
	pthread_mutex_unlock(&ch->lock);
	buf_free(&done);
	return ch->cur.b.data != NULL;
}

/* What is left of ch->cur, as the text the writer would have written, into ch->text. */
static void
cur_as_text(struct channel *ch)
{
	const char *row;

	buf_reset(&ch->text);
	ch->text_pos = 0;
	if (!ch->cur.rows) {
		buf_add(&ch->text, ch->cur.b.data + ch->cur_pos, ch->cur.b.len - ch->cur_pos);
	} else {
		while (ch->cur_pos < ch->cur.b.len) {
			size_t before = ch->text.len;

			/* "\n": rows are never written with --excel, whose lines end in CRLF. */
			row = ch->cur.b.data + ch->cur_pos;
			handover_row_text(&ch->text, row, ch->delim, "\n");
			/* The length the writer counted is the pipe's (output.h): it must be the text's. */
			assert(ch->text.len - before == handover_row_text_size(row) + 1);
			ch->cur_pos += handover_row_size(row);
		}
	}
	ch->cur_pos = ch->cur.b.len;
}

/* read(2) of what came after the pipe: the channel's blocks as text. */
static ssize_t
read_channel(struct channel *ch, char *buf, size_t n)
{
	size_t left;

	while (ch->text_pos == ch->text.len) {
		if (ch->cur_pos == ch->cur.b.len && !next_block(ch))
			return 0;
		cur_as_text(ch);
	}
	left = ch->text.len - ch->text_pos;
	if (n > left)
		n = left;
	memcpy(buf, ch->text.data + ch->text_pos, n);
	ch->text_pos += n;
	return (ssize_t)n;
}

int
stage_hand_over(int fd, int delim)
{
	struct channel *ch = writing(fd);
	int null;

	if (ch == NULL || self->out_shared)
		return 0;	/* not in a chain, or something else writes into the pipe too */
	if (ch->switched)
		return 1;
	touched(fd);
	if ((null = open("/dev/null", O_WRONLY | O_CLOEXEC)) < 0)
		return 0;
	pthread_mutex_lock(&ch->lock);
	ch->switched = 1;
	ch->delim = delim;
	pthread_mutex_unlock(&ch->lock);
	/* The pipe ends here: the reader reads it to its end, then the channel. */
	if (dup3(null, fd, O_CLOEXEC) < 0)
		die(EXIT_IO, "cannot hand over to the next stage:");
	close(null);
	return 1;
}

int
stage_hand_block(int fd, struct buf *b, int rows, size_t text)
{
	struct channel *ch = writing(fd);

	if (ch == NULL || !ch->switched) {
		errno = EBADF;
		return -1;
	}
	return put_block(ch, b, rows, text);
}

const char *
stage_take_row(int fd, int delim)
{
	struct channel *ch = reading(fd);
	const char *row;
	int ready;

	if (ch == NULL || ch->text_pos < ch->text.len)
		return NULL;
	if (!ch->pipe_ended) {
		pthread_mutex_lock(&ch->lock);
		ready = ch->switched && ch->read_bytes == ch->pipe_bytes;
		pthread_mutex_unlock(&ch->lock);
		if (!ready)
			return NULL;
		ch->pipe_ended = 1;	/* all the pipe held was read: what follows is here */
	}
	if (delim != ch->delim)
		return NULL;
	touched(fd);
	while (!ch->cur.rows || ch->cur_pos == ch->cur.b.len) {
		if (ch->cur_pos == ch->cur.b.len && !next_block(ch))
			return NULL;
		if (!ch->cur.rows) {
			cur_as_text(ch);	/* text: read as text */
			return NULL;
		}
	}
	row = ch->cur.b.data + ch->cur_pos;
	ch->cur_pos += handover_row_size(row);
	return row;
}

ssize_t
stage_read(int fd, void *buf, size_t n)
{
	struct channel *ch = reading(fd);
	ssize_t got;
	int switched;

	touched(fd);
	if (ch == NULL)
		return read(fd, buf, n);
	if (!ch->pipe_ended) {
		if ((got = read(fd, buf, n)) > 0)
			ch->read_bytes += (unsigned long long)got;
		if (got != 0)
			return got;
		pthread_mutex_lock(&ch->lock);
		switched = ch->switched;
		pthread_mutex_unlock(&ch->lock);
		if (!switched)
			return 0;
		ch->pipe_ended = 1;
	}
	return read_channel(ch, buf, n);
}

ssize_t
stage_write(int fd, const void *buf, size_t n)
{
	struct channel *ch = writing(fd);
	struct buf b = { 0 };
	ssize_t got;

	touched(fd);
	if (ch != NULL && ch->switched) {
		buf_add(&b, buf, n);
		got = put_block(ch, &b, 0, n) < 0 ? -1 : (ssize_t)n;
		buf_free(&b);
		return got;
	}
	got = write(fd, buf, n);
	if (ch != NULL && got > 0)
		ch->pipe_bytes += (unsigned long long)got;
	return got;
}

FILE *
stage_stdio(void)
{
	int fd;

	if (self == NULL || self->out < 0)
		return stdout;
	self->out_shared = 1;	/* written beside the stage's own output: no hand-over */
	if (self->stdio == NULL && (fd = dup(self->out)) >= 0 &&
	    (self->stdio = fdopen(fd, "w")) == NULL)
		close(fd);
	return self->stdio ? self->stdio : stdout;
}

int
stage_stdio_status(FILE *f)
{
	if (fflush(f) == 0 && !ferror(f))
		return EXIT_OK;
	return errno == EPIPE ? EXIT_OK : EXIT_IO;
}

int
stage_open(const char *path, int flags, mode_t mode)
{
	int fd = -1, dup, i, *alias;

	/* The first stage's input is the process's own: opened anew, as a process would. */
	if (self != NULL && self->in_piped && (flags & O_ACCMODE) == O_RDONLY &&
	    (strcmp(path, "/dev/stdin") == 0 || strcmp(path, "/dev/fd/0") == 0))
		fd = self->in;
	else if (self != NULL && (flags & O_ACCMODE) == O_WRONLY &&
	    (strcmp(path, "/dev/stdout") == 0 || strcmp(path, "/dev/fd/1") == 0))
		fd = self->out;
	if (fd < 0)
		return open(path, flags, mode);
	touched(fd);
	if (fd == self->out && self->out_ch != NULL && self->out_ch->switched) {
		errno = EBUSY;	/* the output went on as rows: a second writer would come out of order */
		return -1;
	}
	if (fd == self->out)
		self->out_shared = 1;
	if ((dup = fcntl(fd, F_DUPFD_CLOEXEC, 3)) < 0)
		return -1;
	/* Kept, so that they close when the stage ends (a pipe's end is every copy of it). */
	alias = fd == self->in ? self->in_alias : self->out_alias;
	for (i = 0; i < ALIASES; i++)
		if (alias[i] < 0) {
			alias[i] = dup;	/* an input's reads the channel after the pipe too */
			return dup;
		}
	close(dup);
	errno = EMFILE;
	return -1;
}

/* One side of a channel is done with it (the reader gone, or the writer done): wake the other. */
static void
channel_end(struct channel *ch, int reader)
{
	if (ch == NULL)
		return;
	pthread_mutex_lock(&ch->lock);
	if (reader)
		ch->reader_gone = 1;
	else
		ch->writer_done = 1;
	pthread_cond_broadcast(&ch->changed);
	pthread_mutex_unlock(&ch->lock);
}

int
stage_close(int fd)
{
	int i;

	if (self != NULL && fd == self->in) {
		self->in = -1;
		channel_end(self->in_ch, 1);
	} else if (self != NULL && fd == self->out) {
		self->out = -1;
		channel_end(self->out_ch, 0);
	} else if (self != NULL) {
		for (i = 0; i < ALIASES; i++) {
			if (self->in_alias[i] == fd)
				self->in_alias[i] = -1;
			if (self->out_alias[i] == fd)
				self->out_alias[i] = -1;
		}
	}
	return close(fd);
}

/*
 * The stage has ended: what the end of a process does to its pipes.  The
 * thread then waits until the process ends, its frames and its thread-local
 * state as they are: what it holds stays reachable, as in a process that
 * exits (so a leak checker sees what it would see of the tool alone).
 */
static void __attribute__((__noreturn__))
ended(int status)
{
	int i;

	if (self->stdio != NULL && fclose(self->stdio) != 0 && status == EXIT_OK && errno != EPIPE)
		status = EXIT_IO;
	self->stdio = NULL;
	if (self->in_piped && self->in >= 0)
		close(self->in);	/* the stage before gets EPIPE */
	if (self->out_piped && self->out >= 0)
		close(self->out);	/* the stage after reads the end */
	for (i = 0; i < ALIASES; i++) {
		/* Its copies too, as a process's end closes every descriptor. */
		if (self->in_alias[i] >= 0)
			close(self->in_alias[i]);
		if (self->out_alias[i] >= 0)
			close(self->out_alias[i]);
		self->in_alias[i] = self->out_alias[i] = -1;
	}
	self->in = self->out = -1;
	channel_end(self->in_ch, 1);
	channel_end(self->out_ch, 0);
	pthread_mutex_lock(&state);
	self->status = status;
	self->done = 1;
	pthread_cond_broadcast(&changed);
	for (;;)
		pthread_cond_wait(&never, &state);
}

void
stage_exit(int status)
{
	if (self == NULL)
		exit(status);
	ended(status);
}

static void *
run(void *arg)
{
	struct running *r = arg;

	self = r;
	optind = 0;	/* glibc: getopt starts afresh for each stage */
	ended(r->stage->main(r->argc, r->argv));
}

static void __attribute__((__noreturn__))
chain_usage(const char *fmt, const char *arg)
{
	warn(fmt, arg);
	fprintf(stderr, "usage: oer [--statuses FILE] STAGE [OPTIONS] [FILE ...] [then STAGE [OPTIONS] ...]\n");
	exit(EXIT_USAGE);
}

/* The FILE of `tee FILE` (or `tee -- FILE`), or NULL. */
static const char *
tee_file(const struct running *r)
{
	if (r->stage->main != stage_tee_main)
		return NULL;
	if (r->argc == 2 && r->argv[1][0] != '-')
		return r->argv[1];
	if (r->argc == 3 && strcmp(r->argv[1], "--") == 0)
		return r->argv[2];
	return NULL;
}

/* argv[0..argc) cut at each "then" into stages; returns how many. */
static int
split(const struct stage *table, int argc, char **argv, struct running *r)
{
	int i, n = 0, start = 0;

	for (i = 0; i <= argc; i++) {
		if (i < argc && strcmp(argv[i], "then") != 0)
			continue;
		if (i == start)
			chain_usage("'then' must stand between two stages%s", "");
		if ((r[n].stage = stage_find(table, argv[start])) == NULL)
			chain_usage("'%s' is not a stage (intake, monitor, plan, refer, report, tee)", argv[start]);
		r[n].argc = i - start;
		r[n].argv = xcalloc((size_t)r[n].argc + 1, sizeof(char *));
		memcpy(r[n].argv, argv + start, (size_t)r[n].argc * sizeof(char *));
		r[n].argv[0] = xmalloc(strlen(argv[start]) + 5);
		strcpy(r[n].argv[0], "oer-");
		strcat(r[n].argv[0], argv[start]);
		if (n > 0)
			r[n].in_name = tee_file(&r[n - 1]);
		n++;
		start = i + 1;
	}
	return n;
}

static void
connect_stages(struct running *r, int n)
{
	int i, fd[2];

	r[0].in = STDIN_FILENO;
	r[n - 1].out = STDOUT_FILENO;
	for (i = 0; i < n; i++) {
		memset(r[i].in_alias, -1, sizeof(r[i].in_alias));
		memset(r[i].out_alias, -1, sizeof(r[i].out_alias));
	}
	for (i = 0; i + 1 < n; i++) {
		if (pipe2(fd, O_CLOEXEC) < 0)
			die(EXIT_IO, "cannot make a pipe between %s and %s:", r[i].argv[0], r[i + 1].argv[0]);
		r[i].out = fd[1];
		r[i].out_piped = 1;
		r[i + 1].in = fd[0];
		r[i + 1].in_piped = 1;
		r[i].out_ch = r[i + 1].in_ch = xcalloc(1, sizeof(struct channel));
		pthread_mutex_init(&r[i].out_ch->lock, NULL);
		pthread_cond_init(&r[i].out_ch->changed, NULL);
	}
}

static void
channel_free(struct channel *ch)
{
	int i;

	for (i = 0; i < ch->qlen; i++)
		buf_free(&ch->q[(ch->qhead + i) % ch->qcap].b);
	free(ch->q);
	buf_free(&ch->spare);
	buf_free(&ch->cur.b);
	buf_free(&ch->text);
	pthread_mutex_destroy(&ch->lock);
	pthread_cond_destroy(&ch->changed);
	free(ch);
}

/* The chain's status: the first real error in chain order, else rejects, else 0. */
static int
chain_status(const struct running *r, int n)
{
	int i, rejected = 0;

	for (i = 0; i < n; i++) {
		if (r[i].status != EXIT_OK && r[i].status != EXIT_REJECTS)
			return r[i].status;
		rejected |= r[i].status == EXIT_REJECTS;
	}
	return rejected ? EXIT_REJECTS : EXIT_OK;
}

/* Each stage's status into path, a line each, in chain order (private, as every file written). */
static void
write_statuses(const char *path, const struct running *r, int n)
{
	struct output out;
	int i;

	if (out_open(&out, path) < 0)
		die(EXIT_IO, "cannot write %s:", path);
	for (i = 0; i < n; i++)
		buf_printf(&out.buf, "%s %d\n", r[i].argv[0], r[i].status);
	out_close(&out);
}

int
stage_chain(const struct stage *table, int argc, char **argv, const char *statuses)
{
	struct running *r = xcalloc((size_t)argc + 1, sizeof(*r));
	pthread_attr_t attr;
	pthread_t t;
	int i, n, status;

	n = split(table, argc, argv, r);
	/* One stage alone is the tool itself, unless its status is to be written. */
	if (n == 1 && statuses == NULL) {
		status = r[0].stage->main(r[0].argc, r[0].argv);
		progname = "oer";	/* the stage's name goes with its arguments */
		free(r[0].argv[0]);
		free(r[0].argv);
		free(r);
		return status;
	}
	connect_stages(r, n);
	signal(SIGPIPE, SIG_IGN);	/* a stage that stops reading is EPIPE to the one before */
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_mutex_lock(&state);
	/*
	 * From the last stage to the first, each up to its first read or
	 * write or its end: one stage at a time takes its options (getopt is
	 * one for the process), and all have taken them before a record moves.
	 */
	for (i = n - 1; i >= 0; i--) {
		if ((errno = pthread_create(&t, &attr, run, &r[i])) != 0)
			die(EXIT_IO, "cannot start %s:", r[i].argv[0]);
		while (i > 0 && !r[i].ready && !r[i].done)
			pthread_cond_wait(&changed, &state);
	}
	for (i = 0; i < n; i++)
		while (!r[i].done)
			pthread_cond_wait(&changed, &state);
	status = chain_status(r, n);
	pthread_mutex_unlock(&state);
	pthread_attr_destroy(&attr);
	if (statuses != NULL)
		write_statuses(statuses, r, n);
	for (i = 0; i < n; i++) {
		if (r[i].out_ch != NULL)
			channel_free(r[i].out_ch);
		free(r[i].argv[0]);
		free(r[i].argv);
	}
	free(r);
	return status;
}
