#include "csv.h"
#include "record_limits.h"
#include "schema.h"
#include "unit.h"

/*
 * Read text as CSV and describe what came out, one line per record:
 * "3: a=1|b=x" or "3: BAD b: message"; a fatal error as "FATAL 3: message".
 */
static const char *
read_csv(const char *text, size_t len, int delim, const char *encoding)
{
	static struct buf out;
	struct input in;
	struct csv_reader r;
	struct record rec;
	int got, i;

	buf_reset(&out);
	if (input_open(&in, unit_file_with(text, len), encoding) != 0)
		return "cannot open";
	if (csvin_open(&r, &in, delim) < 0) {
		buf_printf(&out, "FATAL %ld: %s\n", r.fatal_line, r.fatal.data);
		goto done;
	}
	buf_printf(&out, "delim %c\n", r.delim == '\t' ? 'T' : r.delim);
	rec_init(&rec);
	while ((got = csvin_next(&r, &rec)) > 0) {
		buf_printf(&out, "%ld: ", rec.line);
		if (rec.bad) {
			buf_printf(&out, "BAD %s: %s\n",
			    rec.bad_key >= 0 ? field_info(rec.bad_key)->name : "-", rec.error.data);
			continue;
		}
		for (i = 0; i < rec.n; i++)
			buf_printf(&out, "%s%s=%s", i ? "|" : "", field_info(rec.f[i].key)->name, rec_value(&rec, i));
		buf_addc(&out, '\n');
	}
	if (got < 0)
		buf_printf(&out, "FATAL %ld: %s\n", r.fatal_line, r.fatal.data);
	rec_free(&rec);
done:
	csvin_close(&r);
	input_close(&in);
	return out.data ? out.data : "";
}

#define CSV(text) read_csv(text, sizeof(text) - 1, 0, NULL)

TEST(plain_and_sniffed)
{
	CHECK_STR(CSV("a,b\n1,2\n3,4\n"), "delim ,\n2: a=1|b=2\n3: a=3|b=4\n");
	CHECK_STR(CSV("a;b\n1;2,5\n"), "delim ;\n2: a=1|b=2,5\n");
	CHECK_STR(CSV("a\tb\n1\t2\n"), "delim T\n2: a=1|b=2\n");
	CHECK_STR(CSV("a\n1\n"), "delim ,\n2: a=1\n");
	CHECK_STR(read_csv("a;b\n1;2\n", 8, ',', NULL), "delim ,\n2: a;b=1;2\n");
}

TEST(excel_export)
{
	/* BOM, sep= line, CRLF, a quoted field with ';', quotes and a line break */
	CHECK_STR(CSV("\xEF\xBB\xBFsep=;\r\ncase_id;question\r\nW-1;\"geld; \"\"veel\"\"\r\nschuld\"\r\nW-2;ok\r\n"),
	    "delim ;\n3: case_id=W-1|question=geld; \"veel\"\r\nschuld\n5: case_id=W-2|question=ok\n");
	/* Found by fuzz_csv: a line break or a quote is no delimiter; "sep=" alone is a name. */
	CHECK_STR(CSV("sep=\nW-1\n"), "delim ,\n2: sep==W-1\n");
	CHECK_STR(CSV("sep=\r\nW-1\r\n"), "delim ,\n2: sep==W-1\n");
	CHECK_STR(CSV("sep=\"\na\"b\n"),
	    "FATAL 1: malformed quoting on line 1 (a quote inside an unquoted field, or text after a closing quote)\n");
}

TEST(spaces_are_kept)
{
	CHECK_STR(CSV("a,b\n  x ,\" y \"\n"), "delim ,\n2: a=  x |b= y \n");
	/* RFC 4180: a quote after a space is inside an unquoted field. */
	CHECK_STR(CSV("a,b\n  x , \" y \"\n"), "delim ,\n2: BAD -: malformed quoting on line 2 (a quote inside an unquoted field, or text after a closing quote)\n");
	CHECK_STR(CSV("a,b\n  x ,\t\n"), "delim ,\n2: a=  x |b=\t\n");
}

TEST(line_ends)
{
	CHECK_STR(CSV("a,b\r1,2\r3,4\r"), "delim ,\n2: a=1|b=2\n3: a=3|b=4\n");
	CHECK_STR(CSV("a,b\n1,2"), "delim ,\n2: a=1|b=2\n");
	CHECK_STR(CSV("a,b\n\n\n1,2\n\n3,4\n"), "delim ,\n4: a=1|b=2\n6: a=3|b=4\n");
	CHECK_STR(CSV("a,b\n1,\"x\ny\nz\"\n5,6\n"), "delim ,\n2: a=1|b=x\ny\nz\n5: a=5|b=6\n");
}

TEST(empty_rows_and_inputs)
{
	CHECK_STR(CSV(""), "delim ,\n");
	CHECK_STR(CSV("\xEF\xBB\xBF"), "delim ,\n");
	CHECK_STR(CSV("a;b;c\n"), "delim ;\n");
	CHECK_STR(CSV("a;b;c\n;;\n1;2;3\n;;\n"), "delim ;\n3: a=1|b=2|c=3\n");
}

TEST(ragged_rows)
{
	CHECK_STR(CSV("a,b\n1\n1,2,3\n4,5\n"),
	    "delim ,\n2: BAD -: 1 fields, but the header has 2\n3: BAD -: 3 fields, but the header has 2\n4: a=4|b=5\n");
}

TEST(bad_quoting)
{
	CHECK_STR(CSV("a,b\n1,x\"y\n2,3\n"),
	    "delim ,\n2: BAD -: malformed quoting on line 2 (a quote inside an unquoted field, or text after a closing quote)\n3: a=2|b=3\n");
	CHECK_STR(CSV("a,b\n1,\"xy\"z\n2,3\n"),
	    "delim ,\n2: BAD -: malformed quoting on line 2 (a quote inside an unquoted field, or text after a closing quote)\n3: a=2|b=3\n");
	CHECK_STR(CSV("a,b\n1,2\n3,\"open\n4,5\n"),
	    "delim ,\n2: a=1|b=2\n3: BAD -: unterminated quoted field: a quote opened in this record is never closed\n");
}

TEST(bad_bytes)
{
	CHECK_STR(CSV("a,b\n1,caf\xe9\n2,ok\n"),
	    "delim ,\n2: BAD b: invalid UTF-8 (byte 0xE9 at position 4); if this is a Windows export, try --encoding cp1252\n3: a=2|b=ok\n");
	CHECK_STR(read_csv("a,b\n1,x\0y\n", 10, 0, NULL), "delim ,\n2: BAD b: contains a NUL byte\n");
}

TEST(encodings)
{
	CHECK_STR(read_csv("a;b\n1;caf\xe9 \x80\n", 12, 0, "cp1252"),
	    "delim ;\n2: a=1|b=caf\xc3\xa9 \xe2\x82\xac\n");
	CHECK_STR(read_csv("a;b\n1;x\x81y\n", 10, 0, "cp1252"),
	    "delim ;\nFATAL 2: byte 0x81 is not valid cp1252 text\n");
	CHECK_STR(read_csv("a;b\n1;caf\xc3\xa9\n", 11, 0, "UTF-8"), "delim ;\n2: a=1|b=caf\xc3\xa9\n");
}

TEST(header_errors)
{
	CHECK_STR(CSV("a,b,a\n1,2,3\n"), "FATAL 1: header: duplicate column name 'a' (columns 1 and 3)\n");
	CHECK_STR(CSV("a,,c\n1,2,3\n"), "FATAL 1: header: column 2 has no name\n");
	CHECK_STR(CSV(" a , b\n1,2\n"), "delim ,\n2: a=1|b=2\n");
	CHECK_STR(CSV("a,\"b\n"), "FATAL 1: unterminated quoted field: a quote opened in this record is never closed\n");
}

TEST(limits)
{
	size_t n = FIELD_MAX + 100, i;
	char *big = malloc(n + 64);
	struct buf want = { 0 };

	/* One field over the limit: that record is bad, the next one is read. */
	memcpy(big, "a,b\n1,", 6);
	memset(big + 6, 'x', FIELD_MAX + 1);
	memcpy(big + 6 + FIELD_MAX + 1, "\n2,3\n", 5);
	CHECK_STR(read_csv(big, 6 + FIELD_MAX + 1 + 5, 0, NULL),
	    "delim ,\n2: BAD b: longer than the limit of 1048576 bytes\n3: a=2|b=3\n");
	/* Exactly at the limit is fine. */
	memcpy(big + 6 + FIELD_MAX, "\n", 1);
	CHECK(strstr(read_csv(big, 6 + FIELD_MAX + 1, 0, NULL), "BAD") == NULL);
	free(big);

	/*
	 * Far over the limit, quoted over many lines with doubled quotes, and
	 * unquoted in the middle of a row: the value is not kept, but its end,
	 * and with it the next record, is still found.
	 */
	buf_adds(&want, "a,b,c\n1,\"");
	for (i = 0; i < 3 * 1024; i++)
		buf_printf(&want, "%01022d\"\"\n", 0);
	buf_adds(&want, "\",z\n2,");
	for (i = 0; i < 3 * 1024; i++)
		buf_printf(&want, "%01024d", 0);
	buf_adds(&want, ",z\n3,4,5\n");
	CHECK_STR(read_csv(want.data, want.len, 0, NULL),
	    "delim ,\n2: BAD b: longer than the limit of 1048576 bytes\n"
	    "3075: BAD b: longer than the limit of 1048576 bytes\n3076: a=3|b=4|c=5\n");
	buf_reset(&want);

	/* A header of more than 4096 columns. */
	for (i = 0; i <= RECORD_FIELDS_MAX; i++)
		buf_printf(&want, "%sc%zu", i ? "," : "", i);
	buf_adds(&want, "\n");
	CHECK_STR(read_csv(want.data, want.len, 0, NULL), "FATAL 1: the header has more than 4096 columns\n");
	buf_free(&want);
}

/* What csv_put_raw writes of v, and csv_text_len must say its length. */
static const char *
put_raw(const char *v, int delim)
{
	static char out[256];
	const unsigned char *special = csv_specials(delim);
	size_t len = strlen(v);
	char *end = csv_put_raw(out, v, len, delim, special);

	*end = '\0';
	CHECK_INT(csv_text_len(v, len, delim, special), end - out);
	return out;
}

TEST(writing_values)
{
	CHECK_STR(put_raw("", ','), "");
	CHECK_STR(put_raw("plain", ','), "plain");
	CHECK_STR(put_raw("a,b", ','), "\"a,b\"");
	CHECK_STR(put_raw("a,b", ';'), "a,b");
	CHECK_STR(put_raw("a;b", ';'), "\"a;b\"");
	CHECK_STR(put_raw("a\tb", '\t'), "\"a\tb\"");
	CHECK_STR(put_raw("zeg \"ja\"", ','), "\"zeg \"\"ja\"\"\"");
	CHECK_STR(put_raw("\"", ','), "\"\"\"\"");
	CHECK_STR(put_raw("regel\nregel", ','), "\"regel\nregel\"");
	CHECK_STR(put_raw("cr\r", ','), "\"cr\r\"");
	CHECK_STR(put_raw("a long value without anything to quote in it", ','),
	    "a long value without anything to quote in it");
	CHECK_STR(put_raw("a long value with, at the end, a quote\"", ','),
	    "\"a long value with, at the end, a quote\"\"\"");
	CHECK_STR(put_raw("\x01\x02\x0b", ','), "\x01\x02\x0b");	/* below 0x0E but no line break */
}

int
main(void)
{
	unit_file = "test_csv";
	RUN(plain_and_sniffed);
	RUN(excel_export);
	RUN(spaces_are_kept);
	RUN(line_ends);
	RUN(empty_rows_and_inputs);
	RUN(ragged_rows);
	RUN(bad_quoting);
	RUN(bad_bytes);
	RUN(encodings);
	RUN(header_errors);
	RUN(limits);
	RUN(writing_values);
	return unit_any_failed;
}
