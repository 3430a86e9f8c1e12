#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "die.h"
#include "exits.h"
#include "input.h"
#include "stage.h"

#define CHUNK (64 * 1024)

static int
is_utf8_name(const char *e)
{
	return e == NULL || strcasecmp(e, "utf-8") == 0 || strcasecmp(e, "utf8") == 0;
}

int
input_open(struct input *in, const char *path, const char *encoding)
{
	struct stat st;

	memset(in, 0, sizeof(*in));
	in->cd = (iconv_t)-1;
	in->line = 1;
	in->encoding = encoding;
	in->encoding_option = "--encoding";
	if (strcmp(path, "-") == 0) {
		in->name = stage_stdin_name();
		in->fd = stage_stdin();
	} else {
		in->name = path;
		if ((in->fd = stage_open(path, O_RDONLY | O_CLOEXEC, 0)) < 0)
			return -1;
		if (fstat(in->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			stage_close(in->fd);
			errno = EISDIR;
			return -1;
		}
	}
	if (!is_utf8_name(encoding)) {
		in->cd = iconv_open("UTF-8", encoding);
		if (in->cd == (iconv_t)-1) {
			if (in->fd > 0)
				stage_close(in->fd);
			return -2;
		}
	}
	return 0;
}

void
input_close(struct input *in)
{
	if (in->fd > 0)
		stage_close(in->fd);
	if (in->cd != (iconv_t)-1)
		iconv_close(in->cd);
	free(in->data);
	free(in->raw);
	buf_free(&in->error);
	memset(in, 0, sizeof(*in));
	in->cd = (iconv_t)-1;
}

static size_t
read_some(struct input *in, char *dst, size_t n)
{
	ssize_t got;

	do
		got = stage_read(in->fd, dst, n);
	while (got < 0 && errno == EINTR);
	if (got < 0)
		die(EXIT_IO, "%s: read error:", in->name);
	if (got == 0)
		in->eof = 1;
	return (size_t)got;
}

/* Make room for at least CHUNK more decoded bytes, keeping data[pos..len). */
static void
make_room(struct input *in)
{
	if (in->pos > 0) {
		memmove(in->data, in->data + in->pos, in->len - in->pos);
		in->len -= in->pos;
		in->pos = 0;
	}
	if (in->cap - in->len < CHUNK) {
		in->cap = in->cap ? in->cap * 2 : 2 * CHUNK;
		in->data = xrealloc(in->data, in->cap);
	}
}

/* Decode the waiting raw bytes into data; a bad byte stops decoding for good. */
static void
decode(struct input *in)
{
	char *src = in->raw, *dst = in->data + in->len;
	size_t srcleft = in->rawlen, dstleft = in->cap - in->len;

	if (iconv(in->cd, &src, &srcleft, &dst, &dstleft) == (size_t)-1) {
		if (errno == EILSEQ || (errno == EINVAL && in->eof)) {
			in->failed = 1;
			buf_reset(&in->error);
			buf_printf(&in->error, "byte 0x%02X is not valid %s text",
			    (unsigned char)*src, in->encoding);
		}
		/* EINVAL: an incomplete sequence, completed by the next read. E2BIG: next round. */
	}
	in->len = (size_t)(dst - in->data);
	memmove(in->raw, src, srcleft);
	in->rawlen = srcleft;
}

/* Read more input; returns 0 when nothing more can come. */
static int
fill(struct input *in)
{
	size_t before;

	if (in->failed)
		return 0;
	make_room(in);
	before = in->len;
	if (in->cd == (iconv_t)-1) {
		if (in->eof)
			return 0;
		in->len += read_some(in, in->data + in->len, CHUNK);
	} else {
		while (in->len == before && !in->failed) {
			if (in->raw == NULL)
				in->raw = xmalloc(CHUNK);
			if (!in->eof && in->rawlen < CHUNK)
				in->rawlen += read_some(in, in->raw + in->rawlen, CHUNK - in->rawlen);
			if (in->rawlen == 0)
				return 0;
			decode(in);
			if (in->eof && in->len == before && !in->failed)
				return 0;
		}
	}
	if (!in->started && in->len - in->pos >= 3) {
		in->started = 1;
		if (memcmp(in->data + in->pos, "\xEF\xBB\xBF", 3) == 0)
			in->pos += 3;
	} else if (!in->started && (in->eof || in->failed)) {
		in->started = 1;
	}
	return in->len > before;
}

/* Fill until at least n bytes are buffered, or no more can come. */
static void
want(struct input *in, size_t n)
{
	while (in->len - in->pos < n && fill(in))
		;
	if (!in->started)
		in->started = 1;
}

long
input_piece(struct input *in, const char **piece, int *eol)
{
	char *p, *nl, *cr;
	size_t avail, n;

	if (in->line_pending) {
		in->line++;
		in->line_pending = 0;
	}
	if (!in->started)
		want(in, 3);	/* the BOM check needs three bytes */
	if (in->pos == in->len) {
		if (!fill(in)) {
			if (in->failed)
				return -1;
			return 0;
		}
	}
	p = in->data + in->pos;
	avail = in->len - in->pos;
	nl = memchr(p, '\n', avail);
	cr = memchr(p, '\r', nl ? (size_t)(nl - p) : avail);
	if (cr && cr + 1 == p + avail && !in->eof && !in->failed) {
		/* A CR at the end of the buffer: CRLF or a lone CR?  Look ahead. */
		size_t off = (size_t)(cr - p);

		want(in, off + 2);
		p = in->data + in->pos;
		avail = in->len - in->pos;
		cr = p + off;
		nl = memchr(p, '\n', avail);
	}
	if (cr && (cr + 1 < p + avail ? cr[1] != '\n' : 1)) {
		n = (size_t)(cr - p) + 1;	/* a lone CR ends the line */
		*eol = 1;
	} else if (nl) {
		n = (size_t)(nl - p) + 1;
		*eol = 1;
	} else {
		n = avail;
		*eol = 0;
	}
	*piece = p;
	in->pos += n;
	in->line_pending = *eol;
	return (long)n;
}

size_t
input_peek(struct input *in, const char **p)
{
	size_t scanned = 0;

	if (!in->started)
		want(in, 3);
	for (;;) {
		size_t avail = in->len - in->pos;

		if (memchr(in->data + in->pos + scanned, '\n', avail - scanned) ||
		    memchr(in->data + in->pos + scanned, '\r', avail - scanned) ||
		    avail >= CHUNK)
			break;
		scanned = avail;
		if (!fill(in))
			break;
	}
	*p = in->data + in->pos;
	return in->len - in->pos;
}

int
input_slurp(const char *path, struct buf *out)
{
	char chunk[8192];
	ssize_t n;
	int fd = stage_open(path, O_RDONLY | O_CLOEXEC, 0), saved;

	if (fd < 0)
		return -1;
	/* Through the stage: /dev/stdin in a chain is what the stage before writes. */
	while ((n = stage_read(fd, chunk, sizeof(chunk))) > 0 || (n < 0 && errno == EINTR))
		if (n > 0)
			buf_add(out, chunk, (size_t)n);
	saved = errno;
	stage_close(fd);
	errno = saved;
	if (n < 0)
		return -2;
	if (out->data == NULL)
		buf_add(out, "", 0);
	/* A Windows editor's UTF-8 BOM is not part of the first line. */
	if (out->len >= 3 && memcmp(out->data, "\xef\xbb\xbf", 3) == 0) {
		memmove(out->data, out->data + 3, out->len - 3 + 1);
		out->len -= 3;
	}
	return 0;
}
