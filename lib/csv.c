#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "csv.h"
#include "handover.h"
#include "record_limits.h"
#include "schema.h"
#include "text.h"

/* Keep spaces and tabs: fields are data, exactly as the export has them. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
parser_init(struct csv_reader *r)
{
	csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI);
	csv_set_space_func(&r->p, no_space);
	csv_set_delim(&r->p, (unsigned char)r->delim);
	/* libcsv's field buffer grows by this; its 128 bytes make a long field quadratic. */
	csv_set_blk_size(&r->p, 64 * 1024);
}

static void
header_field(struct csv_reader *r, const char *s, size_t len)
{
	if (r->nnames >= RECORD_FIELDS_MAX) {
		r->header_failed = 1;
		return;
	}
	if (r->nnames == r->capnames) {
		r->capnames = r->capnames ? r->capnames * 2 : 64;
		r->name_off = xreallocarray(r->name_off, (size_t)r->capnames, sizeof(size_t));
		r->name_len = xreallocarray(r->name_len, (size_t)r->capnames, sizeof(size_t));
	}
	r->name_off[r->nnames] = r->names.len;
	r->name_len[r->nnames] = len;
	r->nnames++;
	buf_add(&r->names, s, len);
}

/*
 * Whether s[0..len) is ASCII without NUL bytes, so valid UTF-8 that needs
 * no closer look: almost every field of an export.  Eight bytes at a time:
 * a byte in 1..127 has its top bit clear, and so does that byte minus one
 * (0 borrows and turns into 0xFF); a borrow that runs on into the next byte
 * can only start at a 0, which is caught anyway.
 */
static inline int
plain_ascii(const char *s, size_t len)
{
	uint64_t acc = 0, w;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w | (w - 0x0101010101010101ULL);
	}
	for (; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		acc |= c | (unsigned char)(c - 1);
	}
	return (acc & 0x8080808080808080ULL) == 0;
}

static int formula_start(char c);

/* Whether a short value has a comma: a word at a time, as plain_ascii reads. */
static inline int
has_comma(const char *v, size_t len)
{
	uint64_t w, hit = 0;
	size_t i;

	if (len < 8) {
		for (i = 0; i < len; i++)
			hit |= v[i] == ',';
		return hit != 0;
	}
	for (i = 0; i + 8 < len; i += 8) {
		memcpy(&w, v + i, 8);
		hit |= word_below(w ^ (WORD_ONES * ','), 1);
	}
	memcpy(&w, v + len - 8, 8);
	hit |= word_below(w ^ (WORD_ONES * ','), 1);
	return hit != 0;
}

/*
 * A blank cell: empty or white space, also as read back from --excel (a '
 * before a TAB or CR is taken off, so "'<TAB>" is a TAB).  A row of blank
 * cells is skipped, so what the writer makes of a record reads back as one.
 */
static int
blank_cell(const char *v, size_t len)
{
	if (len >= 2 && v[0] == '\'' && formula_start(v[1]))
		v++, len--;
	return text_blank(v, len);
}

/*
 * Column c's value v becomes its field: appended, or, where the row's
 * fields are laid out already (csvin_take_row), set in its place; held as
 * in take_value.
 */
static inline void
put_value(struct csv_reader *r, struct record *rec, int c, const char *v, size_t len, long held)
{
	if (r->laid && held >= 0) {
		struct field *f = &rec->f[c];

		f->off = (size_t)held;
		f->len = len;
		f->jtype = J_TEXT;
	} else if (r->laid) {
		rec_set(rec, r->cols[c], v, len);
	} else if (held >= 0) {
		rec_append_held(rec, r->cols[c], (size_t)held, len, J_TEXT);
	} else {
		rec_append(rec, r->cols[c], v, len, J_TEXT);
	}
}

/* Column c's value is bad: the record is, and has no field from c on, as if read from text. */
static void __attribute__((format(printf, 4, 5)))
mark_bad(struct csv_reader *r, struct record *rec, int c, const char *fmt, ...)
{
	struct buf msg = { 0 };
	va_list ap;

	if (r->laid)
		rec_truncate(rec, c);
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	rec_mark_bad(rec, r->cols[c], "%s", msg.data);
	buf_free(&msg);
}

/*
 * The next value of the row being read: the one place where a value of a
 * CSV input becomes a field, whether libcsv parsed it or a stage before in
 * the chain handed it over (csvin_take_row).  held is where v lies in
 * what the record holds of a handed-over row (rec_hold), or -1.
 */
static inline __attribute__((always_inline)) void
take_value(struct csv_reader *r, const char *v, size_t len, long held)
{
	struct record *rec = r->rec;
	int nf = ++r->nf;
	long bad;

	if (len == 0) {
		/* Most cells of a stage's wide output are empty: nothing to check. */
		if (rec->bad || nf > r->ncols)
			return;
		put_value(r, rec, nf - 1, "", 0, held);
		return;
	}
	if (r->blank && !blank_cell(v, len))
		r->blank = 0;
	if (rec->bad || nf > r->ncols)
		return;
	if (len > FIELD_MAX) {
		mark_bad(r, rec, nf - 1, "longer than the limit of %d bytes", FIELD_MAX);
		return;
	}
	if (!plain_ascii(v, len)) {
		if (memchr(v, '\0', len)) {
			mark_bad(r, rec, nf - 1, "contains a NUL byte");
			return;
		}
		if ((bad = utf8_invalid(v, len)) >= 0) {
			mark_bad(r, rec, nf - 1,
			    "invalid UTF-8 (byte 0x%02X at position %ld); if this is a Windows export, try %s cp1252",
			    (unsigned char)v[bad], bad + 1, r->in->encoding_option);
			return;
		}
	}
	/* What --excel writes reads back as it was (a ' before a formula, a decimal comma). */
	if (len >= 2 && (v[0] == '\'' || (len <= 32 && has_comma(v, len)))) {
		int key = r->cols[nf - 1];

		buf_reset(&r->cell);
		buf_add(&r->cell, v, len);
		len = excel_uncell(r->cell.data, len, field_info(key)->type == FT_NUMBER);
		put_value(r, rec, nf - 1, r->cell.data, len, -1);
		return;
	}
	put_value(r, rec, nf - 1, v, len, held);
}

static void
on_field(void *s, size_t len, void *data)
{
	struct csv_reader *r = data;
	const char *v = s ? s : "";

	if (!r->header_done)
		header_field(r, v, len);
	else
		take_value(r, v, len, -1);
}

static void
on_row(int c, void *data)
{
	struct csv_reader *r = data;

	(void)c;
	r->row_done = 1;
}

/* Count candidate delimiters outside quotes on the first line. */
static int
sniff(const char *p, size_t n)
{
	static const char cand[] = { ',', ';', '\t' };
	size_t count[3] = { 0, 0, 0 }, i;
	int q = 0, best = 0, k;

	for (i = 0; i < n && (q || (p[i] != '\n' && p[i] != '\r')); i++) {
		if (p[i] == '"')
			q = !q;
		else if (!q)
			for (k = 0; k < 3; k++)
				if (p[i] == cand[k])
					count[k]++;
	}
	for (k = 1; k < 3; k++)
		if (count[k] > count[best])
			best = k;
	return cand[best];
}

/*
 * An Excel "sep=;" first line: consume it and return the delimiter, else 0.
 * A line break or a quote cannot be the delimiter ("sep=" alone is a header).
 */
static int
sep_line(struct input *in)
{
	const char *p, *piece;
	size_t n = input_peek(in, &p);
	int eol, delim;

	if (n < 5 || memcmp(p, "sep=", 4) != 0)
		return 0;
	if (n > 5 && p[5] != '\n' && p[5] != '\r')
		return 0;
	delim = (unsigned char)p[4];
	if (delim == '\n' || delim == '\r' || delim == '"')
		return 0;
	input_piece(in, &piece, &eol);
	return delim;
}

static int
fail(struct csv_reader *r, long line, const char *msg)
{
	buf_reset(&r->fatal);
	buf_adds(&r->fatal, msg);
	r->fatal_line = line;
	return -1;
}

/* Column i's name, without the stray spaces around it (an Excel accident, not a name). */
static void
column_name(const struct csv_reader *r, int i, const char **name, size_t *len)
{
	const char *s = r->names.data + r->name_off[i];
	size_t n = r->name_len[i];

	while (n > 0 && (s[0] == ' ' || s[0] == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	*name = s;
	*len = n;
}

/* Is column j's name written exactly as s? */
static int
same_name(const struct csv_reader *r, int j, const char *s, size_t len)
{
	const char *t;
	size_t n;

	column_name(r, j, &t, &n);
	return n == len && memcmp(t, s, len) == 0;
}

/* Turn the collected header names into keys; checks names and duplicates. */
static int
take_header(struct csv_reader *r, long line)
{
	int i, j;

	if (r->header_failed) {
		buf_reset(&r->fatal);
		buf_printf(&r->fatal, "the header has more than %d columns", RECORD_FIELDS_MAX);
		r->fatal_line = line;
		return -1;
	}
	r->cols = xreallocarray(NULL, (size_t)r->nnames, sizeof(int));
	r->ncols = r->nnames;
	for (i = 0; i < r->nnames; i++) {
		const char *s, *t;
		size_t len, tlen;

		column_name(r, i, &s, &len);
		buf_reset(&r->fatal);
		if (len == 0)
			buf_printf(&r->fatal, "header: column %d has no name", i + 1);
		else if (memchr(s, '\0', len) || utf8_invalid(s, len) >= 0)
			buf_printf(&r->fatal, "header: column %d: invalid UTF-8 in the name; if this is a Windows export, try %s cp1252", i + 1, r->in->encoding_option);
		else if ((r->cols[i] = field_intern(s, len)) < 0)
			buf_printf(&r->fatal, "more than %d distinct field names", FIELD_MAX_NAMES);
		if (r->fatal.len > 0) {
			r->fatal_line = line;
			return -1;
		}
		for (j = 0; j < i; j++)
			if (r->cols[j] == r->cols[i] && !same_name(r, j, s, len)) {
				/*
				 * Two spellings of one field ("Wijk", "Wijknaam"): the
				 * one written as the field's name, else the first, is
				 * the field; the other keeps the name it has.
				 */
				const struct fieldinfo *fi = field_info(r->cols[i]);

				column_name(r, j, &t, &tlen);
				if (fi->len == len && memcmp(fi->name, s, len) == 0)
					r->cols[j] = field_intern_as_written(t, tlen);
				else
					r->cols[i] = field_intern_as_written(s, len);
			}
		for (j = 0; j < i; j++)
			if (r->cols[j] == r->cols[i]) {
				buf_printf(&r->fatal, "header: duplicate column name '%s' (columns %d and %d)",
				    field_info(r->cols[i])->name, j + 1, i + 1);
				r->fatal_line = line;
				return -1;
			}
	}
	return 0;
}

/*
 * Feed the parser up to the end of one row.  Returns 1 when a row (or the
 * header) is complete, 0 at the end of the input, -1 on a fatal error.
 */
static int
feed_row(struct csv_reader *r, struct record *rec)
{
	const char *piece;
	int eol, skipping = 0;
	long n;

	r->rec = rec;
	r->nf = 0;
	r->row_done = 0;
	r->blank = 1;
	r->in_row = 0;
	for (;;) {
		long line;

		n = input_piece(r->in, &piece, &eol);
		line = r->in->line;	/* the piece's line, until the next call */
		if (n < 0) {
			buf_reset(&r->fatal);
			buf_add(&r->fatal, r->in->error.data, r->in->error.len);
			r->fatal_line = r->in->line;
			return -1;
		}
		if (n == 0)
			break;
		if (!r->in_row) {
			rec->line = line;
			r->in_row = 1;
		}
		if (rec->raw.len + (size_t)n > RECORD_MAX)
			return fail(r, rec->line, "record longer than the limit of 64 MiB");
		buf_add(&rec->raw, piece, (size_t)n);
		if (skipping) {
			/* After a quoting error: drop the rest of the physical line. */
			if (eol)
				return 1;
			continue;
		}
		if (csv_parse(&r->p, piece, (size_t)n, on_field, on_row, r) < (size_t)n) {
			rec_mark_bad(rec, -1, "malformed quoting on line %ld (a quote inside an unquoted field, or text after a closing quote)", line);
			csv_free(&r->p);
			parser_init(r);
			r->row_done = 1;
			if (eol)
				return 1;
			skipping = 1;
			continue;
		}
		if (r->p.entry_pos > FIELD_MAX) {
			if (!rec->bad)
				rec_mark_bad(rec, r->nf < r->ncols ? r->cols[r->nf] : -1,
				    "longer than the limit of %d bytes", FIELD_MAX);
			/*
			 * The value is refused: libcsv reads on to its end without
			 * keeping it, so that memory stays near the limit.  Only
			 * inside the field (libcsv's state 2, FIELD_BEGUN), where no
			 * quote or space is pending that libcsv would take back.
			 */
			if (r->p.pstate == 2 && r->p.spaces == 0)
				r->p.entry_pos = 0;
		}
		if (r->row_done)
			return 1;
		if (r->p.pstate == 0 && eol) {
			/* An empty line: nothing to read on it. */
			buf_reset(&rec->raw);
			r->in_row = 0;
		}
	}
	if (skipping)
		return 1;
	if (csv_fini(&r->p, on_field, on_row, r) != 0) {
		rec_mark_bad(rec, -1, "unterminated quoted field: a quote opened in this record is never closed");
		r->row_done = 1;
	}
	csv_free(&r->p);
	parser_init(r);
	return r->row_done ? 1 : 0;
}

static void
strip_eol(struct buf *b)
{
	while (b->len > 0 && (b->data[b->len - 1] == '\n' || b->data[b->len - 1] == '\r'))
		b->data[--b->len] = '\0';
}

int
csvin_open(struct csv_reader *r, struct input *in, int delim)
{
	struct record hdr;
	const char *p;
	size_t n;
	int got;

	memset(r, 0, sizeof(*r));
	r->in = in;
	if ((got = sep_line(in)) != 0 && delim == 0)
		delim = got;
	if (delim == 0) {
		n = input_peek(in, &p);
		delim = sniff(p, n);
	}
	r->delim = delim;
	parser_init(r);

	rec_init(&hdr);
	got = feed_row(r, &hdr);
	if (got < 0) {
		rec_free(&hdr);
		return -1;
	}
	r->header_done = 1;
	if (got == 0) {		/* an empty input: no header, no records */
		rec_free(&hdr);
		return 0;
	}
	if (hdr.bad) {
		fail(r, hdr.line, hdr.error.data);
		rec_free(&hdr);
		return -1;
	}
	r->crlf = hdr.raw.len >= 2 && memcmp(hdr.raw.data + hdr.raw.len - 2, "\r\n", 2) == 0;
	buf_add(&r->header_raw, hdr.raw.data, hdr.raw.len);
	strip_eol(&r->header_raw);
	got = take_header(r, hdr.line);
	rec_free(&hdr);
	return got < 0 ? -1 : 0;
}

int
csvin_next(struct csv_reader *r, struct record *rec)
{
	int got;

	if (r->ncols == 0)
		return 0;
	for (;;) {
		rec_clear(rec);
		rec->input = r->in->name;
		if ((got = feed_row(r, rec)) <= 0)
			return got;
		if (r->blank && !rec->bad)
			continue;	/* a row of empty cells (Excel leaves these) */
		if (!rec->bad && r->nf != r->ncols)
			rec_mark_bad(rec, -1, "%d fields, but the header has %d", r->nf, r->ncols);
		return 1;
	}
}

int
csvin_at_row_start(const struct csv_reader *r)
{
	const struct input *in = r->in;

	return r->header_done && r->ncols > 0 && r->p.pstate == 0 && r->p.entry_pos == 0 &&
	    in->cd == (iconv_t)-1 && in->started && !in->failed && in->pos == in->len;
}

/* Whether the record's first n fields are of the keys cols, in that order. */
static int
laid_out(const struct record *rec, const int *cols, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (rec->f[i].key != cols[i])
			return 0;
	return 1;
}

int
csvin_take_row(struct csv_reader *r, struct record *rec, const char *row)
{
	struct input *in = r->in;
	const char *v;
	size_t n, len, i, at, size = handover_row_size(row);
	long breaks = 1;

	/*
	 * A row of the columns the record already has in their order (the
	 * row before, as a stage leaves its fields): their keys and slots
	 * stay, only the values are set again.
	 */
	handover_row_values(row, &n);
	r->laid = (int)n == r->ncols && rec->n >= r->ncols && laid_out(rec, r->cols, r->ncols);
	rec_clear_after(rec, r->laid ? r->ncols : 0);
	rec->input = in->name;
	if (in->line_pending) {
		in->line++;
		in->line_pending = 0;
	}
	rec->line = in->line;
	/* The row's text, line break and all, as read from the pipe would be. */
	if (handover_row_text_size(row) + 1 + r->crlf > RECORD_MAX) {
		rec_truncate(rec, 0);
		r->laid = 0;
		return fail(r, rec->line, "record longer than the limit of 64 MiB");
	}
	r->rec = rec;
	r->nf = 0;
	r->blank = 1;
	/* The record keeps the row and its fields point into it: one copy. */
	rec_hold(rec, row, size);
	at = (size_t)(handover_row_values(rec->text.data, &n) - rec->text.data);
	for (i = 0; i < n; i++) {
		/* Positions, not pointers: a value read back from --excel's form grows the arena. */
		const char *base = rec->text.data;

		at = (size_t)(handover_get_value(base + at, &v, &len) - base);
		if (handover_maybe_break(v, len))
			breaks += handover_breaks(v, len);
		take_value(r, v, len, v - base);
	}
	r->laid = 0;
	/* The line numbers go on as if the row had been read as text. */
	in->line += breaks - 1;
	in->line_pending = 1;
	buf_add(&rec->raw, row, size);
	rec->raw_row = r->delim;
	if (r->blank && !rec->bad)
		return 0;	/* a row of empty cells, skipped as csvin_next does */
	if (!rec->bad && r->nf != r->ncols)
		rec_mark_bad(rec, -1, "%d fields, but the header has %d", r->nf, r->ncols);
	return 1;
}

void
csvin_close(struct csv_reader *r)
{
	csv_free(&r->p);
	free(r->cols);
	free(r->name_off);
	free(r->name_len);
	buf_free(&r->names);
	buf_free(&r->header_raw);
	buf_free(&r->fatal);
	buf_free(&r->cell);
}

const unsigned char *
csv_specials(int delim)
{
	static _Thread_local unsigned char special[256];
	static _Thread_local int made_for = -1;

	if (made_for != delim) {
		memset(special, 0, sizeof(special));
		special['"'] = special['\n'] = special['\r'] = 1;
		special[(unsigned char)delim] = 1;
		made_for = delim;
	}
	return special;
}

void
csv_put_field(struct buf *b, const char *s, size_t len, int delim)
{
	char *end;

	if (b->cap - b->len <= 2 * len + 2)
		buf_grow(b, 2 * len + 2);
	end = csv_put_raw(b->data + b->len, s, len, delim, csv_specials(delim));
	b->len = (size_t)(end - b->data);
	*end = '\0';
}

/* ---- Excel's cells ---- */

/* Is s a plain decimal number: an optional sign, digits, and a fraction after sep? */
static int
plain_number(const char *s, size_t len, char sep, size_t *point)
{
	size_t i = 0, digits = 0;

	*point = 0;
	if (i < len && (s[i] == '-' || s[i] == '+'))
		i++;
	for (; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			digits++;
		} else if (s[i] == sep && *point == 0 && digits > 0 && i + 1 < len) {
			*point = i;
		} else {
			return 0;
		}
	}
	return digits > 0;
}

static int
formula_start(char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

int
excel_cell(const char *s, size_t len, int numeric, struct buf *out)
{
	size_t point;

	if (len == 0)
		return 0;
	if (plain_number(s, len, '.', &point)) {
		if (!numeric || point == 0)
			return 0;	/* a number stays a number */
		buf_reset(out);
		buf_add(out, s, len);
		out->data[point] = ',';
		return 1;
	}
	if (!formula_start(s[0]))
		return 0;
	buf_reset(out);
	buf_addc(out, '\'');
	buf_add(out, s, len);
	return 1;
}

size_t
excel_uncell(char *s, size_t len, int numeric)
{
	size_t point;

	if (len >= 2 && s[0] == '\'' && formula_start(s[1])) {
		memmove(s, s + 1, len - 1);
		s[--len] = '\0';
		return len;
	}
	if (numeric && plain_number(s, len, ',', &point) && point > 0)
		s[point] = '.';
	return len;
}
