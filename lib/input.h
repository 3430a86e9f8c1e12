/*
 * An input: a file or stdin, decoded to UTF-8 (iconv) with a leading BOM
 * removed, handed out in pieces that end at line breaks so that readers
 * always know the line they are on.  A line break is LF, CRLF or a lone CR.
 */
#ifndef OER_INPUT_H
#define OER_INPUT_H

#include <iconv.h>
#include <stddef.h>

#include "buf.h"

struct input {
	const char *name;	/* for messages: the path, or "stdin" */
	int fd;
	iconv_t cd;		/* (iconv_t)-1 when the input is UTF-8 */
	const char *encoding;
	const char *encoding_option;	/* named in hints: "--encoding" unless set */

	char *data;		/* decoded bytes data[pos..len) not yet handed out */
	size_t pos, len, cap;
	char *raw;		/* undecoded bytes waiting for iconv */
	size_t rawlen;
	int eof;		/* read() returned 0 */
	int started;		/* BOM check done */

	long line;		/* line number of data[pos] */
	int line_pending;	/* the last piece ended a line */

	int failed;		/* decoding stopped at data[len]: error holds why */
	struct buf error;
};

/*
 * Open path ("-" is stdin) for reading in the given encoding (NULL or a
 * UTF-8 name: no conversion).  Returns 0, or -1 with errno set (cannot open)
 * or -2 when iconv does not know the encoding.
 */
int input_open(struct input *in, const char *path, const char *encoding);
void input_close(struct input *in);

/*
 * The next piece of text: up to and including the next line break, or what
 * is buffered.  Returns its length, 0 at the end of the input, or -1 when
 * the input cannot be decoded here (in->error says why, at in->line).  The
 * piece stays valid until the next call; *eol says whether it ends a line.
 * A read error ends the tool (exit 74).
 */
long input_piece(struct input *in, const char **piece, int *eol);

/*
 * Look ahead without consuming: make sure the first line (or 64 KiB of it)
 * is buffered and return the buffered bytes.  Used to sniff the format and
 * the CSV delimiter.
 */
size_t input_peek(struct input *in, const char **p);

/*
 * Read a whole small file (a lexicon, a rules file) into out, without a
 * leading UTF-8 BOM.  Returns 0, -1 when it cannot be opened, -2 when
 * reading fails (errno says why).
 */
int input_slurp(const char *path, struct buf *out);

#endif
