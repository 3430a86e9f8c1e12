#include "csv.h"
#include "handover.h"
#include "schema.h"
#include "unit.h"

/* A row of n values, laid out as a chain's writer lays it out. */
static const char *
row_of(int n, const char *const *values)
{
	static struct buf row, text;
	size_t size = HANDOVER_HEAD;
	char *d;
	int i;

	for (i = 0; i < n; i++)
		size += 5 + strlen(values[i]);
	buf_reset(&row);
	buf_grow(&row, size);
	handover_put_count(row.data, size);
	handover_put_count(row.data + 4, (size_t)n);
	d = row.data + HANDOVER_HEAD;
	for (i = 0; i < n; i++)
		d = handover_put_value(d, values[i], strlen(values[i]));
	row.len = size;
	/* The text's length in front, as the writer puts it (put_row): with ',', without the line break. */
	buf_reset(&text);
	handover_row_text(&text, row.data, ',', "");
	handover_put_count(row.data + 8, text.len);
	return row.data;
}

#define ROW(...) row_of((int)(sizeof((const char *[]){__VA_ARGS__}) / sizeof(const char *)), \
	(const char *[]){__VA_ARGS__})

static long text_breaks;

/* The row's text. */
static const char *
text(const char *row, int delim, const char *eol)
{
	static struct buf out;

	buf_reset(&out);
	buf_adds(&out, "");
	text_breaks = handover_row_text(&out, row, delim, eol);
	return out.data;
}

TEST(row_layout)
{
	const char *row = ROW("W-1", "", "geld");
	const char *p, *v;
	size_t n, len;

	CHECK_INT(handover_row_size(row), 12 + 5 + 3 + 5 + 0 + 5 + 4);
	CHECK_INT(handover_row_text_size(row), 3 + 1 + 0 + 1 + 4);	/* W-1,,geld */
	p = handover_row_values(row, &n);
	CHECK_INT(n, 3);
	p = handover_get_value(p, &v, &len);
	CHECK_INT(len, 3);
	CHECK_STR(v, "W-1");
	p = handover_get_value(p, &v, &len);
	CHECK_INT(len, 0);
	CHECK_STR(v, "");
	handover_get_value(p, &v, &len);
	CHECK_STR(v, "geld");
	CHECK(v + len + 1 == row + handover_row_size(row));
	CHECK_INT(handover_row_text_size(ROW("a,b", "x\"y", "")), 5 + 1 + 6 + 1);	/* "a,b","x""y", */
}

TEST(row_as_text)
{
	CHECK_STR(text(ROW("a", "b"), ',', "\n"), "a,b\n");
	CHECK_INT(text_breaks, 1);
	/* Quoted only where needed, quotes doubled: what the CSV writer writes. */
	CHECK_STR(text(ROW("b,c", "x\"y", "plain"), ',', "\n"), "\"b,c\",\"x\"\"y\",plain\n");
	CHECK_STR(text(ROW("b,c", "d;e"), ';', "\r\n"), "b,c;\"d;e\"\r\n");
	CHECK_STR(text(ROW("b\tc", "d"), '\t', "\n"), "\"b\tc\"\td\n");
	CHECK_STR(text(ROW("", ""), ',', "\n"), ",\n");
	CHECK_STR(text(ROW("één", "\xe2\x82\xac 5"), ',', "\n"), "één,\xe2\x82\xac 5\n");
	/* Line breaks inside values count as the lines a reader would count. */
	CHECK_STR(text(ROW("l1\nl2", "x"), ',', "\n"), "\"l1\nl2\",x\n");
	CHECK_INT(text_breaks, 2);
	CHECK_STR(text(ROW("l1\r\nl2\rl3", "x\n\ny"), ',', "\r\n"), "\"l1\r\nl2\rl3\",\"x\n\ny\"\r\n");
	CHECK_INT(text_breaks, 5);
	CHECK_STR(text(ROW("only"), ',', "\n"), "only\n");
}

TEST(line_breaks)
{
	CHECK_INT(handover_breaks("", 0), 0);
	CHECK_INT(handover_breaks("no break", 8), 0);
	CHECK_INT(handover_breaks("a\nb", 3), 1);
	CHECK_INT(handover_breaks("a\r\nb", 4), 1);
	CHECK_INT(handover_breaks("a\rb", 3), 1);
	CHECK_INT(handover_breaks("\r", 1), 1);
	CHECK_INT(handover_breaks("\r\n\r", 3), 2);
	CHECK_INT(handover_breaks("\n\r", 2), 2);
	CHECK_INT(handover_breaks("a\n\n\nb", 5), 3);
}

TEST(maybe_a_break)
{
	char v[32];
	size_t len, at;

	CHECK_INT(handover_maybe_break("", 0), 0);
	CHECK_INT(handover_maybe_break("short", 5), 0);
	CHECK_INT(handover_maybe_break("a value of some length, no break", 32), 0);
	/* Never "no" where a line break is, whatever its place and the length. */
	for (len = 1; len <= sizeof(v); len++)
		for (at = 0; at < len; at++) {
			memset(v, 'x', sizeof(v));
			v[at] = at & 1 ? '\r' : '\n';
			if (!handover_maybe_break(v, len)) {
				printf("  no break seen at %zu of %zu\n", at, len);
				unit_failed = 1;
			}
		}
}

static void
describe(struct buf *out, const struct csv_reader *r, const struct record *rec, int taken)
{
	int i;

	buf_printf(out, "%ld: ", rec->line);
	CHECK_INT(rec->raw_row, taken ? r->delim : 0);
	if (rec->bad)
		buf_printf(out, "BAD %s: ", rec->error.data);
	for (i = 0; i < rec->n; i++)
		buf_printf(out, "%s%s=%s", i ? "|" : "", field_info(rec->f[i].key)->name, rec_value(rec, i));
	buf_addc(out, '\n');
}

/* A CSV reader on text (its header, and for read_text its rows too). */
static int
open_reader(const char *csv, struct input *in, struct csv_reader *r)
{
	if (input_open(in, unit_file_with(csv, strlen(csv)), NULL) != 0)
		return -1;
	if (csvin_open(r, in, 0) < 0) {
		csvin_close(r);
		input_close(in);
		return -1;
	}
	return 0;
}

/* The records a reader makes of a CSV text, one line each. */
static const char *
read_text(const char *csv)
{
	static struct buf out;
	struct input in;
	struct csv_reader r;
	struct record rec;

	buf_reset(&out);
	buf_adds(&out, "");
	if (open_reader(csv, &in, &r) < 0)
		return "cannot read";
	rec_init(&rec);
	while (csvin_next(&r, &rec) > 0)
		describe(&out, &r, &rec, 0);
	rec_free(&rec);
	csvin_close(&r);
	input_close(&in);
	return out.data;
}

/* The records a reader makes of rows taken from a chain after the header. */
static const char *
take(const char *header, const char *const *rows[], int nrows)
{
	static struct buf out;
	struct input in;
	struct csv_reader r;
	struct record rec;
	int got, k;

	buf_reset(&out);
	buf_adds(&out, "");
	if (open_reader(header, &in, &r) < 0)
		return "cannot read";
	rec_init(&rec);
	for (k = 0; k < nrows; k++) {
		int n = 0;

		while (rows[k][n])
			n++;
		got = csvin_take_row(&r, &rec, row_of(n, rows[k]));
		if (got > 0)
			describe(&out, &r, &rec, 1);
		/* As a stage does: a field of its own, and one of the row's set anew. */
		rec_set(&rec, field_intern("added", 5), "by the stage", 12);
		if (rec.n > 1)
			rec_set(&rec, rec.f[0].key, "changed", 7);
	}
	rec_free(&rec);
	csvin_close(&r);
	input_close(&in);
	return out.data;
}

TEST(taken_as_read)
{
	/* The same records, line numbers and rejects as reading their text. */
	const char *const one[] = { "1", "x\ny", NULL };
	const char *const blank[] = { "", " ", NULL };
	const char *const two[] = { "3", "4", NULL };
	const char *const short_row[] = { "5", NULL };
	const char *const bad_utf8[] = { "6", "caf\xe9", NULL };
	const char *const *rows[] = { one, blank, two, short_row, bad_utf8 };

	const char *want =
	    "2: a=1|b=x\ny\n5: a=3|b=4\n6: BAD 1 fields, but the header has 2: a=5\n"
	    "7: BAD invalid UTF-8 (byte 0xE9 at position 4); if this is a Windows export, try --encoding cp1252: a=6\n";

	CHECK_STR(read_text("a,b\n1,\"x\ny\"\n, \n3,4\n5\n6,caf\xe9\n"), want);
	CHECK_STR(take("a,b\n", rows, 5), want);
}

TEST(excel_form_grows_the_arena)
{
	/*
	 * A value read back from --excel's form is stored anew, after the
	 * row the record holds: here the arena must grow for it (the row
	 * fills 250 of its 256 bytes), and the value after it is still read
	 * from its new place.
	 */
	char a[103], b[131], text[300];
	const char *const row[] = { a, b, NULL };
	const char *const *rows[] = { row };

	memset(a, 'x', sizeof(a) - 1);
	a[0] = '\'', a[1] = '=', a[sizeof(a) - 1] = '\0';
	memset(b, 'y', sizeof(b) - 1);
	b[sizeof(b) - 1] = '\0';
	snprintf(text, sizeof(text), "a,b\n%s,%s\n", a, b);
	CHECK_STR(take("a,b\n", rows, 1), read_text(text));
	CHECK(strstr(read_text(text), "2: a==xxx") != NULL);
}

TEST(rows_of_the_same_columns)
{
	/*
	 * From the second row on, the record keeps its fields and only the
	 * values are set again: a bad value drops the fields after it, a
	 * value read back from --excel's form is stored anew, a row of
	 * another width is read as the first, and every record is the one
	 * its text gives.
	 */
	const char *const r1[] = { "1", "x", "y", NULL };
	const char *const r2[] = { "2", "caf\xe9", "z", NULL };
	const char *const r3[] = { "3", "'=SUM(A1)", "w", NULL };
	const char *const r4[] = { "4", "", "", NULL };
	const char *const r5[] = { "5", "v", NULL };
	const char *const r6[] = { "6", "u", "t", NULL };
	const char *const *rows[] = { r1, r2, r3, r4, r5, r6 };
	const char *want =
	    "2: a=1|b=x|c=y\n"
	    "3: BAD invalid UTF-8 (byte 0xE9 at position 4); if this is a Windows export, try --encoding cp1252: a=2\n"
	    "4: a=3|b==SUM(A1)|c=w\n"
	    "5: a=4|b=|c=\n"
	    "6: BAD 2 fields, but the header has 3: a=5|b=v\n"
	    "7: a=6|b=u|c=t\n";

	CHECK_STR(read_text("a,b,c\n1,x,y\n2,caf\xe9,z\n3,'=SUM(A1),w\n4,,\n5,v\n6,u,t\n"), want);
	CHECK_STR(take("a,b,c\n", rows, 6), want);
}

int
main(void)
{
	unit_file = "test_handover";
	RUN(row_layout);
	RUN(row_as_text);
	RUN(line_breaks);
	RUN(maybe_a_break);
	RUN(taken_as_read);
	RUN(excel_form_grows_the_arena);
	RUN(rows_of_the_same_columns);
	return unit_any_failed;
}
