/*
 * The CSV reader (lib/csv.c over lib/input.c) on any bytes.  The first byte
 * picks the delimiter (sniffed, ',', ';' or TAB); the rest is the input.
 * Checked: no memory error; every good record has a value for each column,
 * within the limits, valid UTF-8 without NUL; and what the writer makes of
 * the good records reads back as the same records.
 */
#include "csv.h"
#include "fuzz.h"
#include "record_limits.h"
#include "text.h"

static const int delims[] = { 0, ',', ';', '\t' };

/* Read path; write the header and the good records as CSV to out. */
static int
read_csv(const char *path, int delim, struct buf *out, long *good)
{
	struct input in;
	struct csv_reader r;
	struct record rec;
	int got, i;

	*good = 0;
	if (input_open(&in, path, NULL) != 0) {
		perror("fuzz: opening the input");
		abort();
	}
	rec_init(&rec);
	got = csvin_open(&r, &in, delim);
	if (got == 0) {
		for (i = 0; i < r.ncols; i++) {
			const struct fieldinfo *fi = field_info(r.cols[i]);

			if (i > 0)
				buf_addc(out, ',');
			csv_put_field(out, fi->name, fi->len, ',');
		}
		if (r.ncols > 0)
			buf_addc(out, '\n');
		while ((got = csvin_next(&r, &rec)) > 0) {
			if (rec.bad) {
				FUZZ_CHECK(rec.error.len > 0, "a bad record without a message");
				continue;
			}
			FUZZ_CHECK(rec.n == r.ncols, "%d fields, %d columns", rec.n, r.ncols);
			for (i = 0; i < rec.n; i++) {
				const char *v = rec_value(&rec, i);
				size_t len = rec.f[i].len;

				FUZZ_CHECK(rec.f[i].key == r.cols[i], "field %d out of order", i);
				FUZZ_CHECK(len <= FIELD_MAX, "field of %zu bytes", len);
				FUZZ_CHECK(memchr(v, '\0', len) == NULL, "a NUL byte in a good field");
				FUZZ_CHECK(utf8_invalid(v, len) < 0, "invalid UTF-8 in a good field");
				if (i > 0)
					buf_addc(out, ',');
				csv_put_field(out, v, len, ',');
			}
			buf_addc(out, '\n');
			(*good)++;
		}
	}
	if (got < 0)
		FUZZ_CHECK(r.fatal.len > 0, "a fatal error without a message");
	csvin_close(&r);
	rec_free(&rec);
	input_close(&in);
	return got;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf first = { 0 }, second = { 0 };
	long good, again;
	int base = field_count(), got;

	if (size < 1)
		return 0;
	got = read_csv(fuzz_file(data + 1, size - 1), delims[data[0] & 3], &first, &good);
	/*
	 * Read back what was written.  Not when the header could be taken for
	 * something else: a lone "sep=X" column (Excel's delimiter line), or a
	 * name that starts with a byte order mark (removed on reading).
	 */
	if (got == 0 && first.len > 0 &&
	    !(first.len >= 6 && memcmp(first.data, "sep=", 4) == 0 && first.data[5] == '\n') &&
	    !(first.len >= 3 && memcmp(first.data, "\xEF\xBB\xBF", 3) == 0)) {
		got = read_csv(fuzz_file((const uint8_t *)first.data, first.len), ',', &second, &again);
		FUZZ_CHECK(got == 0, "the written CSV does not read back");
		FUZZ_CHECK(again == good, "%ld records written, %ld read back", good, again);
		FUZZ_CHECK(first.len == second.len && memcmp(first.data, second.data, first.len) == 0,
		    "the records read back differ:\n%s---\n%s", first.data, second.data);
	}
	buf_free(&first);
	buf_free(&second);
	field_forget(base);
	return 0;
}
