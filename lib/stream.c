#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "die.h"
#include "handover.h"
#include "exits.h"
#include "schema.h"
#include "stage.h"
#include "stream.h"
#include "text.h"

static char *stdin_only[] = { "-" };

void
stream_open(struct stream *s, struct cli *cli, int argc, char **argv)
{
	int i, stdins = 0;

	memset(s, 0, sizeof(*s));
	s->cli = cli;
	if (argc == 0) {
		s->paths = stdin_only;
		s->npaths = 1;
	} else {
		s->paths = argv;
		s->npaths = argc;
	}
	for (i = 0; i < s->npaths; i++)
		stdins += strcmp(s->paths[i], "-") == 0;
	if (stdins > 1)
		die(EXIT_USAGE, "'-' (stdin) given more than once");
	rec_init(&s->rec);
	out_init(&s->out, stage_stdout(), "stdout");
	s->out_fmt = cli->out_fmt;
	s->out_delim = cli->excel ? ';' : cli->out_delim;
	s->eol = cli->excel ? "\r\n" : "\n";
	if (cli->rejects) {
		if (out_open(&s->rej, cli->rejects) < 0)
			die(EXIT_IO, "cannot create rejects file %s:", cli->rejects);
		s->rej_open = 1;
	}
}

/* A reader cannot go on: keep what is complete, then stop. */
static void
fatal(struct stream *s, long line, const char *msg)
{
	out_flush(&s->out);
	if (s->rej_open)
		out_flush(&s->rej);
	die(EXIT_DATA, "%s:%ld: %s", s->in.name, line, msg);
}

static void
close_input(struct stream *s)
{
	int n;
	const int *cols = reader_header(&s->rd, &n);

	if (n > 0) {
		s->last_cols = xreallocarray(s->last_cols, (size_t)n, sizeof(int));
		memcpy(s->last_cols, cols, (size_t)n * sizeof(int));
		s->nlast_cols = n;
	}
	reader_close(&s->rd);
	input_close(&s->in);
	s->open = 0;
}

/* Open the next input that can be opened; 0 when there is none left. */
static int
open_next(struct stream *s)
{
	while (s->next < s->npaths) {
		const char *path = s->paths[s->next++];
		int r = input_open(&s->in, path, s->cli->encoding);

		if (r == -2)
			die(EXIT_USAGE, "--encoding: unknown encoding '%s' (see iconv -l)", s->cli->encoding);
		if (r < 0) {
			warn("cannot open %s:", path);
			s->noinput = 1;
			continue;
		}
		s->open = 1;
		s->inputno++;
		if (reader_open(&s->rd, &s->in, s->cli->in_fmt, s->cli->in_delim) < 0) {
			long line;
			const char *msg = reader_fatal(&s->rd, &line);

			fatal(s, line, msg);
		}
		if (s->out_fmt == FMT_AUTO)
			s->out_fmt = s->rd.fmt;
		return 1;
	}
	return 0;
}

struct record *
stream_next(struct stream *s)
{
	const char *row;
	int got;

	for (;;) {
		if (!s->open && !open_next(s))
			return NULL;
		if (s->rd.fmt == FMT_CSV && csvin_at_row_start(&s->rd.csv) &&
		    (row = stage_take_row(s->in.fd, s->rd.csv.delim)) != NULL) {
			/* A row the stage before handed over: read as its text would be. */
			if ((got = csvin_take_row(&s->rd.csv, &s->rec, row)) == 0)
				continue;
		} else {
			got = reader_next(&s->rd, &s->rec);
		}
		if (got < 0) {
			long line;
			const char *msg = reader_fatal(&s->rd, &line);

			fatal(s, line, msg);
		}
		if (got == 0) {
			close_input(s);
			continue;
		}
		s->nread++;
		if (s->rec.bad) {
			stream_reject(s, &s->rec, s->rec.bad_key, "%s", s->rec.error.data);
			continue;
		}
		return &s->rec;
	}
}

/* ---- output ---- */

static void
put_csv_header(struct stream *s, const int *keys, int n)
{
	struct buf *b = &s->out.buf;
	int c;

	for (c = 0; c < n; c++) {
		const struct fieldinfo *fi = field_info(keys[c]);

		if (c > 0)
			buf_addc(b, s->out_delim);
		csv_put_field(b, fi->name, fi->len, s->out_delim);
	}
	buf_adds(b, s->eol);
}

/*
 * Write r under the header; returns how many of r's fields were written.
 * Room is made once for the whole line: every value is in r's arena with a
 * NUL after it, so 2 * text.len bounds the values even if every byte is a
 * quote, plus a delimiter per column and the line break.
 */
static int
put_csv_line(struct stream *s, const struct record *r)
{
	const unsigned char *special = csv_specials(s->out_delim);
	struct buf *b = &s->out.buf;
	/* Quoting at most doubles a value; --excel adds at most a ' to each. */
	size_t need = 2 * r->text.len + 4 * (size_t)s->nhdr + 4;
	char *d, delim = (char)s->out_delim;
	const char *e;
	int c, found = 0;

	if (b->cap - b->len <= need)
		buf_grow(b, need);
	d = b->data + b->len;
	for (c = 0; c < s->nhdr; c++) {
		int i = rec_index(r, s->hdr[c]);

		if (c > 0)
			*d++ = delim;
		if (i >= 0 && s->cli->excel &&
		    excel_cell(rec_value(r, i), r->f[i].len, field_info(r->f[i].key)->type == FT_NUMBER, &s->scratch)) {
			d = csv_put_raw(d, s->scratch.data, s->scratch.len, delim, special);
			found++;
		} else if (i >= 0) {
			d = csv_put_raw(d, rec_value(r, i), r->f[i].len, delim, special);
			found++;
		}
	}
	for (e = s->eol; *e; e++)
		*d++ = *e;
	*d = '\0';
	b->len = (size_t)(d - b->data);
	return found;
}

/*
 * How many leading columns of the output are still the row r was handed,
 * unchanged and in its order: the record's first fields, each where
 * rec_hold put it (a value a stage set lies beyond the row).  Those go on
 * as the row's own bytes, copied at once to *d, which moves on; *text
 * gets the length of their CSV text with the delimiters between them (the
 * row's own, when they are all of it, in the same delimiter).
 */
static int
put_held(const struct stream *s, const struct record *r, char **d, size_t *text)
{
	const char *row = r->text.data;
	size_t at = HANDOVER_HEAD + 4;	/* where the next value lies if all before are the row's */
	size_t count;
	int k = 0, i;

	*text = 0;
	if (r->held == 0)
		return 0;
	while (k < s->nhdr && k < r->n && s->hdr[k] == r->f[k].key && r->f[k].off == at &&
	    at + r->f[k].len < r->held) {
		at += r->f[k].len + 5;
		k++;
	}
	memcpy(*d, row + HANDOVER_HEAD, at - 4 - HANDOVER_HEAD);
	*d += at - 4 - HANDOVER_HEAD;
	handover_row_values(row, &count);
	if (k > 0 && (size_t)k == count && r->raw_row == s->out_delim) {
		*text = handover_row_text_size(row);
	} else {
		const unsigned char *special = csv_specials(s->out_delim);

		for (i = 0; i < k; i++)
			*text += csv_text_len(rec_value(r, i), r->f[i].len, s->out_delim, special) + (i > 0);
	}
	return k;
}

/*
 * The line under the header as a row handed over to the next stage of a
 * chain (handover.h): its values in column order, unquoted, and the length
 * of the line it stands for.  Returns how many of r's fields were written,
 * as put_csv_line does.
 */
static int
put_row(struct stream *s, const struct record *r)
{
	const unsigned char *special = csv_specials(s->out_delim);
	struct buf *b = &s->out.buf;
	size_t text, need = r->text.len + 5 * (size_t)s->nhdr + HANDOVER_HEAD + 1;
	char *row, *d;
	int c, found;

	if (b->cap - b->len <= need)
		buf_grow(b, need);
	row = b->data + b->len;
	d = row + HANDOVER_HEAD;
	found = c = put_held(s, r, &d, &text);
	for (; c < s->nhdr; c++) {
		int i = rec_index(r, s->hdr[c]);

		text += c > 0;
		if (i >= 0) {
			text += csv_text_len(rec_value(r, i), r->f[i].len, s->out_delim, special);
			d = handover_put_value(d, rec_value(r, i), r->f[i].len);
			found++;
		} else {
			d = handover_put_value(d, "", 0);
		}
	}
	*d = '\0';
	handover_put_count(row, (size_t)(d - row));
	handover_put_count(row + 4, (size_t)s->nhdr);
	handover_put_count(row + 8, text);
	b->len = (size_t)(d - b->data);
	return found;
}

static void
write_header(struct stream *s, const struct record *r)
{
	int i;

	s->nhdr = r->n;
	s->hdr = xreallocarray(NULL, (size_t)r->n + 1, sizeof(int));
	s->nhdr_col = field_count();
	s->hdr_col = xcalloc((size_t)s->nhdr_col + 1, sizeof(int));
	for (i = 0; i < r->n; i++) {
		s->hdr[i] = r->f[i].key;
		s->hdr_col[r->f[i].key] = i + 1;
	}
	if (s->cli->excel)
		buf_adds(&s->out.buf, "\xEF\xBB\xBF");
	put_csv_header(s, s->hdr, s->nhdr);
	/*
	 * In a chain, plain CSV goes on to the next stage as rows from here;
	 * what was written before and the header go first, as text, when
	 * the buffer would have been flushed.
	 */
	if (!s->cli->excel && stage_hand_over(s->out.fd, s->out_delim))
		out_rows_from_here(&s->out);
	s->header_written = 1;
}

int
stream_write(struct stream *s, const struct record *r)
{
	size_t before;
	int i;

	if (s->out_fmt == FMT_JSON) {
		jsonout_record(&s->jw, r, &s->out.buf);
	} else {
		if (!s->header_written)
			write_header(s, r);
		/* Keys are unique in a record: all its fields were written, or one is no column. */
		before = s->out.buf.len;
		if ((s->out.rows ? put_row(s, r) : put_csv_line(s, r)) < r->n) {
			s->out.buf.len = before;
			s->out.buf.data[before] = '\0';
			for (i = 0; i < r->n; i++) {
				int key = r->f[i].key;

				if (key >= s->nhdr_col || s->hdr_col[key] == 0) {
					stream_reject(s, r, key, "not a column of the CSV output, whose header comes from the first record (write JSON, or give every record the same fields)");
					return -1;
				}
			}
		}
		/* A row weighs in the output what its line would (output.h). */
		if (s->out.rows)
			s->out.text += handover_row_text_size(s->out.buf.data + before) + strlen(s->eol);
	}
	s->nwritten++;
	out_maybe_flush(&s->out);
	return 0;
}

/* ---- rejects ---- */

static void
strip_end(const char **p, size_t *n)
{
	while (*n > 0 && ((*p)[*n - 1] == '\n' || (*p)[*n - 1] == '\r' ||
	    (*p)[*n - 1] == ' ' || (*p)[*n - 1] == '\t'))
		(*n)--;
}

/* Does the CSV text end inside a quoted field? (A quote within an unquoted field is text.) */
static int
ends_in_quotes(const char *p, size_t n, char delim)
{
	size_t i;
	int quoted = 0, field_start = 1;

	for (i = 0; i < n; i++) {
		if (quoted) {
			if (p[i] == '"' && i + 1 < n && p[i + 1] == '"')
				i++;
			else if (p[i] == '"')
				quoted = 0;
			continue;
		}
		if (field_start && p[i] == '"')
			quoted = 1;
		field_start = p[i] == delim || p[i] == '\n' || p[i] == '\r';
	}
	return quoted;
}

/*
 * The record's input text, as read; a row handed over in a chain as the
 * text the stage before would have written (made in text, freed by the
 * caller).
 */
static const char *
raw_text(const struct record *r, struct buf *text, size_t *n)
{
	if (r->raw_row) {
		handover_row_text(text, r->raw.data, r->raw_row, "\n");
		*n = text->len;
		return text->data;
	}
	*n = r->raw.len;
	return r->raw.data ? r->raw.data : "";
}

static void
reject_csv(struct stream *s, const struct record *r, const char *msg)
{
	struct buf *b = &s->rej.buf;
	const struct csv_reader *csv = &s->rd.csv;
	const char *eol = csv->crlf ? "\r\n" : "\n";
	struct buf text = { 0 };
	size_t n;
	const char *raw = raw_text(r, &text, &n);

	if (s->rej_header_input != s->inputno) {
		buf_add(b, csv->header_raw.data, csv->header_raw.len);
		buf_addc(b, csv->delim);
		buf_adds(b, "error");
		buf_adds(b, eol);
		s->rej_header_input = s->inputno;
	}
	while (n > 0 && (raw[n - 1] == '\n' || raw[n - 1] == '\r'))
		n--;
	buf_add(b, raw, n);
	/*
	 * A quoted field left open (the input ended inside it) is closed, so
	 * the error is a field of its own and the rejects file reads as CSV.
	 */
	if (ends_in_quotes(raw, n, csv->delim))
		buf_addc(b, '"');
	buf_addc(b, csv->delim);
	csv_put_field(b, msg, strlen(msg), csv->delim);
	buf_adds(b, eol);
	buf_free(&text);
}

/*
 * Members of raw[0..n) if it is exactly one JSON object, strictly (a line
 * with NaN in it must not become a rejects line with NaN in it), else -1.
 * A lone surrogate escape is JSON by the grammar, but jq and others refuse
 * it: such a line is kept as text too.
 */
static int
object_members(const char *raw, size_t n)
{
	struct json_scan sc = { 0 };
	int members = json_scan(&sc, raw, n) == 0 && !sc.lone_surrogate ? (int)sc.members : -1;

	json_scan_free(&sc);
	return members;
}

static void
reject_json(struct stream *s, const struct record *r, const char *msg)
{
	struct buf *b = &s->rej.buf;
	struct buf text = { 0 };
	size_t n;
	const char *raw = raw_text(r, &text, &n);
	int members;

	strip_end(&raw, &n);
	if ((members = object_members(raw, n)) >= 0) {
		/* The record as it came, with the error as one more member. */
		buf_add(b, raw, n - 1);
		if (members > 0)
			buf_addc(b, ',');
		buf_adds(b, "\"error\":");
		json_put_string(b, msg, strlen(msg));
		buf_adds(b, "}\n");
	} else {
		/* Not an object: keep the line as text beside the error. */
		buf_adds(b, "{\"error\":");
		json_put_string(b, msg, strlen(msg));
		buf_adds(b, ",\"raw\":");
		json_put_string(b, raw, n);
		buf_adds(b, "}\n");
	}
	buf_free(&text);
}

/* "<input>:<line>: case <id>: <field>: <what>" in s->scratch. */
static void
record_message(struct stream *s, const struct record *r, int key, const char *fmt, va_list ap)
{
	struct buf *m = &s->scratch;
	const char *id, *case_id = field_known_name(FIELD_CASE_ID);
	size_t idlen;
	struct buf what = { 0 };

	/* The message first: its arguments may be quote()'s buffer, which the prefix reuses. */
	buf_vprintf(&what, fmt, ap);
	buf_reset(m);
	buf_printf(m, "%s:%ld: ", r->input ? r->input : s->in.name, r->line);
	id = rec_get(r, field_find(case_id, strlen(case_id)), &idlen);
	if (id && idlen > 0)
		buf_printf(m, "case %s: ", printable(id, idlen));
	if (key >= 0)
		buf_printf(m, "%s: ", field_info(key)->name);
	buf_add(m, what.data ? what.data : "", what.len);
	buf_free(&what);
}

void
stream_warn(struct stream *s, const struct record *r, int key, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	record_message(s, r, key, fmt, ap);
	va_end(ap);
	warn("%s", s->scratch.data);
}

void
stream_reject(struct stream *s, const struct record *r, int key, const char *fmt, ...)
{
	struct buf *m = &s->scratch;
	va_list ap;

	va_start(ap, fmt);
	record_message(s, r, key, fmt, ap);
	va_end(ap);

	if (!s->rej_open) {
		out_flush(&s->out);
		die(EXIT_DATA, "%s", m->data);
	}
	if (s->rd.fmt == FMT_CSV)
		reject_csv(s, r, m->data);
	else
		reject_json(s, r, m->data);
	s->nrejected++;
	out_maybe_flush(&s->rej);
}

int
stream_finish(struct stream *s)
{
	if (s->out_fmt != FMT_JSON && !s->header_written && !s->own_output && s->nlast_cols > 0) {
		/* No record came out: still give the header the records would have. */
		struct record proto;
		int i;

		rec_init(&proto);
		for (i = 0; i < s->nlast_cols; i++)
			rec_append(&proto, s->last_cols[i], "", 0, J_TEXT);
		if (s->header_hook)
			s->header_hook(&proto, s->hook_arg);
		if (proto.n > 0)
			write_header(s, &proto);
		rec_free(&proto);
	}
	out_close(&s->out);
	if (s->rej_open) {
		out_close(&s->rej);
		if (s->nrejected > 0)
			warn("%ld of %ld records rejected, see %s", s->nrejected, s->nread, s->cli->rejects);
	}
	if (s->open)
		close_input(s);
	rec_free(&s->rec);
	jsonout_free(&s->jw);
	free(s->hdr);
	free(s->hdr_col);
	free(s->last_cols);
	buf_free(&s->scratch);
	if (s->noinput)
		return EXIT_NOINPUT;
	return s->nrejected > 0 ? EXIT_REJECTS : EXIT_OK;
}
