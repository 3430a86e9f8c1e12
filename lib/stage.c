/*
 * The stages alone and in a chain (stage.h): a thread per stage, a pipe
 * between two stages, and what a process's end does to its pipes.
 */
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
#include "die.h"
#include "exits.h"
#include "stage.h"

/* One stage of a running chain. */
struct running {
	const struct stage *stage;
	int argc;
	char **argv;		/* argv[0] is the tool's name, "oer-monitor" */
	int in, out;		/* its standard input and output; -1 once closed */
	int in_piped, out_piped;	/* a pipe of the chain (closed at its end), not the process's own */
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

/*
 * The first read of the input or write of the output: the options were
 * taken, the next stage to the front may start.  Only this thread writes
 * its ready, so the check needs no lock.
 */
static void
touched(int fd)
{
	if (self != NULL && !self->ready && (fd == self->in || fd == self->out)) {
		pthread_mutex_lock(&state);
		self->ready = 1;
		pthread_cond_broadcast(&changed);
		pthread_mutex_unlock(&state);
	}
}

ssize_t
stage_read(int fd, void *buf, size_t n)
{
	touched(fd);
	return read(fd, buf, n);
}

ssize_t
stage_write(int fd, const void *buf, size_t n)
{
	touched(fd);
	return write(fd, buf, n);
}

FILE *
stage_stdio(void)
{
	int fd;

	if (self == NULL || self->out < 0)
		return stdout;
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
	int fd = -1;

	if (self != NULL && (flags & O_ACCMODE) == O_RDONLY &&
	    (strcmp(path, "/dev/stdin") == 0 || strcmp(path, "/dev/fd/0") == 0))
		fd = self->in;
	else if (self != NULL && (flags & O_ACCMODE) == O_WRONLY &&
	    (strcmp(path, "/dev/stdout") == 0 || strcmp(path, "/dev/fd/1") == 0))
		fd = self->out;
	if (fd < 0)
		return open(path, flags, mode);
	touched(fd);
	return fcntl(fd, F_DUPFD_CLOEXEC, 3);
}

int
stage_close(int fd)
{
	if (self != NULL && fd == self->in)
		self->in = -1;
	if (self != NULL && fd == self->out)
		self->out = -1;
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
	if (self->stdio != NULL && fclose(self->stdio) != 0 && status == EXIT_OK && errno != EPIPE)
		status = EXIT_IO;
	self->stdio = NULL;
	if (self->in_piped && self->in >= 0)
		close(self->in);	/* the stage before gets EPIPE */
	if (self->out_piped && self->out >= 0)
		close(self->out);	/* the stage after reads the end */
	self->in = self->out = -1;
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
	fprintf(stderr, "usage: oer STAGE [OPTIONS] [FILE ...] [then STAGE [OPTIONS] ...]\n");
	exit(EXIT_USAGE);
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
			chain_usage("'%s' is not a stage (intake, monitor, plan, refer, report)", argv[start]);
		r[n].argc = i - start;
		r[n].argv = xcalloc((size_t)r[n].argc + 1, sizeof(char *));
		memcpy(r[n].argv, argv + start, (size_t)r[n].argc * sizeof(char *));
		r[n].argv[0] = xmalloc(strlen(argv[start]) + 5);
		strcpy(r[n].argv[0], "oer-");
		strcat(r[n].argv[0], argv[start]);
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
	for (i = 0; i + 1 < n; i++) {
		if (pipe2(fd, O_CLOEXEC) < 0)
			die(EXIT_IO, "cannot make a pipe between %s and %s:", r[i].argv[0], r[i + 1].argv[0]);
		r[i].out = fd[1];
		r[i].out_piped = 1;
		r[i + 1].in = fd[0];
		r[i + 1].in_piped = 1;
	}
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

int
stage_chain(const struct stage *table, int argc, char **argv)
{
	struct running *r = xcalloc((size_t)argc + 1, sizeof(*r));
	pthread_attr_t attr;
	pthread_t t;
	int i, n, status;

	n = split(table, argc, argv, r);
	if (n == 1)
		return r[0].stage->main(r[0].argc, r[0].argv);
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
	for (i = 0; i < n; i++) {
		free(r[i].argv[0]);
		free(r[i].argv);
	}
	free(r);
	return status;
}
