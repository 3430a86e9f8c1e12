/*
 * CSV records (RFC 4180) on libcsv: the header line names the fields.
 * Reading: delimiter sniffed among , ; TAB (or given), an Excel "sep=X" first
 * line honoured, CRLF/LF/CR, quoted fields with delimiters, quotes and line
 * breaks, fields kept exactly (spaces included).  Writing: quotes only where
 * needed, straight into the output buffer.
 */
#ifndef OER_CSV_H
#define OER_CSV_H

#include <csv.h>

#include "buf.h"
#include "input.h"
#include "record.h"

struct csv_reader {
	struct input *in;
	struct csv_parser p;
	int delim;
	int crlf;		/* the header line ended in CRLF */
	int *cols;		/* key of each header column */
	int ncols;
	struct buf header_raw;	/* the header line as read, without its line break */
	int header_done;

	/* the row being read */
	struct record *rec;
	int nf;			/* fields seen in this row */
	int row_done;
	int blank;		/* every field so far empty or blank */
	int in_row;		/* bytes of this row have been fed */

	/* header collection */
	struct buf names;
	size_t *name_off, *name_len;
	int nnames, capnames;
	int header_failed;

	/* a reader-level failure: no more records can be read */
	struct buf fatal;
	long fatal_line;
};

/*
 * Start reading CSV from in: the optional sep= line and the header.  delim 0
 * sniffs.  Returns 0, or -1 with r->fatal set (no header: an empty input is
 * not an error but has ncols == 0).
 */
int csvin_open(struct csv_reader *r, struct input *in, int delim);

/*
 * Read the next record into rec (cleared first).  Returns 1 (rec->bad tells
 * whether it is malformed), 0 at the end, -1 on a fatal error (r->fatal,
 * r->fatal_line).
 */
int csvin_next(struct csv_reader *r, struct record *rec);

void csvin_close(struct csv_reader *r);

/* Append one CSV field, quoted only when it holds the delimiter, a quote, CR or LF. */
void csv_put_field(struct buf *b, const char *s, size_t len, int delim);

/*
 * The same for a writer that made room itself (at most 2 * len + 2 bytes)
 * and writes a whole record without a check per field: s[0..len) goes to d,
 * the end is returned.  special[] comes from csv_specials(delim): the bytes
 * that make a field need quotes.
 */
char *csv_put_raw(char *d, const char *s, size_t len, const unsigned char *special);
const unsigned char *csv_specials(int delim);

#endif
