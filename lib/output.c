#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "die.h"
#include "exits.h"
#include "output.h"
#include "stage.h"

void
out_init(struct output *o, int fd, const char *name)
{
	o->fd = fd;
	o->name = name;
	o->buf.data = NULL;
	o->buf.len = o->buf.cap = 0;
	o->rows = 0;
	o->text = 0;
	o->head.data = NULL;
	o->head.len = o->head.cap = 0;
	/* A closed pipe must show up as EPIPE, not kill us. */
	signal(SIGPIPE, SIG_IGN);
}

int
out_open(struct output *o, const char *path)
{
	int fd = stage_open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	struct stat st;

	if (fd < 0)
		return -1;
	/*
	 * A file the tool writes holds case data: private whatever the umask,
	 * also when it was there before (SPEC 3).  A device or pipe is left as
	 * it is.
	 */
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) != 0)
		(void)fchmod(fd, 0600);
	out_init(o, fd, path);
	return 0;
}

/* buf as one block to the next stage of a chain (stage_hand_block). */
static void
hand_block(struct output *o, struct buf *b, int rows, size_t text)
{
	if (stage_hand_block(o->fd, b, rows, text) == 0)
		return;
	if (errno == EPIPE)
		stage_exit(EXIT_OK);	/* the next stage is gone, as a closed pipe */
	die(EXIT_IO, "%s: write error:", o->name);
}

void
out_rows_from_here(struct output *o)
{
	o->rows = 1;
	o->text = 0;
	buf_add(&o->head, o->buf.data ? o->buf.data : "", o->buf.len);
	buf_reset(&o->buf);
}

void
out_flush(struct output *o)
{
	size_t done = 0;

	if (o->rows) {
		if (o->head.len > 0)
			hand_block(o, &o->head, 0, o->head.len);
		hand_block(o, &o->buf, 1, o->text);
		o->text = 0;
		return;
	}

	while (done < o->buf.len) {
		ssize_t n = stage_write(o->fd, o->buf.data + done, o->buf.len - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EPIPE)
			stage_exit(EXIT_OK);	/* the reader is gone: nothing to say */
		if (n < 0)
			die(EXIT_IO, "%s: write error:", o->name);
		done += (size_t)n;
	}
	buf_reset(&o->buf);
}

void
out_close(struct output *o)
{
	out_flush(o);
	if (stage_close(o->fd) < 0 && errno != EINTR)
		die(EXIT_IO, "%s: write error:", o->name);
	buf_free(&o->buf);
	buf_free(&o->head);
	o->fd = -1;
}
