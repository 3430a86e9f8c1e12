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
#include <stdint.h>
#include <string.h>

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
	int laid;		/* the handed-over row is taken into fields laid out already */

	/* header collection */
	struct buf names;
	size_t *name_off, *name_len;
	int nnames, capnames;
	int header_failed;

	/* a reader-level failure: no more records can be read */
	struct buf fatal;
	struct buf cell;	/* a field read back from --excel's form */
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

/*
 * Whether the reader stands between two rows with nothing of its input
 * buffered or converted: where a row handed over in a chain (handover.h)
 * may be taken instead of text.
 */
int csvin_at_row_start(const struct csv_reader *r);

/*
 * Take a row handed over in a chain as if its text had been read: the
 * same fields and checks, and the line numbers go on.  Returns 1 (rec->bad
 * tells whether it is malformed), 0 for a row of empty cells (skipped), -1
 * on a fatal error.
 */
int csvin_take_row(struct csv_reader *r, struct record *rec, const char *row);

void csvin_close(struct csv_reader *r);

/*
 * A value as --excel writes it (SPEC 2), in out (reset first): a number
 * with a fraction of a numeric field with a decimal comma (Dutch Excel
 * reads 3.8 as a date), and text that Excel would run as a formula
 * (starting with = + - @, TAB or CR; plain numbers excepted) behind a '.
 * Returns 0 and leaves out alone when the value is written as it is.
 */
int excel_cell(const char *s, size_t len, int numeric, struct buf *out);

/*
 * Undo excel_cell when reading, in place: the ' before a formula character
 * goes, and a numeric field's decimal comma becomes a point.  Returns the
 * new length.
 */
size_t excel_uncell(char *s, size_t len, int numeric);

/* Append one CSV field, quoted only when it holds the delimiter, a quote, CR or LF. */
void csv_put_field(struct buf *b, const char *s, size_t len, int delim);

/* The bytes that make a field need quotes with this delimiter: special[c] != 0. */
const unsigned char *csv_specials(int delim);

/* Whether some byte of the word w may need quotes: the delimiter (dl: it in every byte), a quote, or below 0x0E (LF and CR are). */
static inline uint64_t
csv_maybe_special(uint64_t w, uint64_t dl)
{
	return word_below(w ^ dl, 1) | word_below(w ^ (WORD_ONES * '"'), 1) | word_below(w, 0x0e);
}

/*
 * Whether s[0..len) needs quotes: a delimiter, a quote, CR or LF in it.
 * delim and special (from csv_specials) must agree.  Inline, and without a
 * loop over the bytes of a short value: the value is read as words (the
 * last one overlapping, one to three bytes placed in a word of 'a's),
 * never past its end; only a value where some word might hold a special
 * byte is looked at byte by byte.
 */
static inline int
csv_needs_quotes(const char *s, size_t len, int delim, const unsigned char *special)
{
	uint64_t dl = WORD_ONES * (unsigned char)delim, maybe = 0, w;
	uint32_t lo, hi;
	size_t i;

	if (len >= 8) {
		for (i = 0; i + 8 < len; i += 8) {
			memcpy(&w, s + i, 8);
			maybe |= csv_maybe_special(w, dl);
		}
		memcpy(&w, s + len - 8, 8);
		maybe |= csv_maybe_special(w, dl);
	} else if (len >= 4) {
		memcpy(&lo, s, 4);
		memcpy(&hi, s + len - 4, 4);
		maybe = csv_maybe_special((uint64_t)lo | (uint64_t)hi << 32, dl);
	} else if (len > 0) {
		w = (WORD_ONES * 'a') << 24 | (uint64_t)(unsigned char)s[0] |
		    (uint64_t)(unsigned char)s[len / 2] << 8 | (uint64_t)(unsigned char)s[len - 1] << 16;
		maybe = csv_maybe_special(w, dl);
	}
	if (!maybe)
		return 0;
	for (i = 0; i < len; i++)
		if (special[(unsigned char)s[i]])
			return 1;
	return 0;
}

/*
 * csv_put_field for a writer that made room itself (at most 2 * len + 2
 * bytes) and writes a whole record without a check per field: s[0..len)
 * goes to d, the end is returned.
 */
static inline char *
csv_put_raw(char *d, const char *s, size_t len, int delim, const unsigned char *special)
{
	size_t i;

	if (!csv_needs_quotes(s, len, delim, special)) {
		copy_bytes(d, s, len);
		return d + len;
	}
	*d++ = '"';
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			*d++ = '"';
		*d++ = s[i];
	}
	*d++ = '"';
	return d;
}

/* How many bytes csv_put_raw writes of s[0..len). */
static inline size_t
csv_text_len(const char *s, size_t len, int delim, const unsigned char *special)
{
	size_t i, n = len;

	if (!csv_needs_quotes(s, len, delim, special))
		return n;
	for (i = 0; i < len; i++)
		n += s[i] == '"';
	return n + 2;
}

#endif
