/*
 * The JSON Lines reader and writer (lib/json.c) on any bytes.  Checked: no
 * memory error; every good record is within the limits, its names and text
 * values without NUL; the writer's output of the good records reads back
 * without an error, and writing that again gives the same bytes.
 */
#include "fuzz.h"
#include "json.h"
#include "limits.h"
#include "text.h"

/* Read path; write the good records as JSON Lines to out. */
static int
read_json(const char *path, struct buf *out, long *good)
{
	struct input in;
	struct json_reader r;
	struct json_writer w = { 0 };
	struct record rec;
	int got, i;

	*good = 0;
	if (input_open(&in, path, NULL) != 0) {
		perror("fuzz: opening the input");
		abort();
	}
	jsonin_open(&r, &in);
	rec_init(&rec);
	while ((got = jsonin_next(&r, &rec)) > 0) {
		if (rec.bad) {
			FUZZ_CHECK(rec.error.len > 0, "a bad record without a message");
			continue;
		}
		FUZZ_CHECK(rec.n <= RECORD_FIELDS_MAX, "%d fields", rec.n);
		for (i = 0; i < rec.n; i++) {
			const char *v = rec_value(&rec, i);
			size_t len = rec.f[i].len;
			const struct fieldinfo *fi = field_info(rec.f[i].key);

			FUZZ_CHECK(fi->len > 0, "a field without a name");
			FUZZ_CHECK(strlen(fi->name) == fi->len, "a NUL in the name %s", fi->name);
			FUZZ_CHECK(len <= FIELD_MAX, "field of %zu bytes", len);
			FUZZ_CHECK(rec.f[i].jtype == J_RAW || memchr(v, '\0', len) == NULL,
			    "a NUL in the value of %s", fi->name);
			FUZZ_CHECK(utf8_invalid(v, len) < 0, "invalid UTF-8 in %s", fi->name);
		}
		jsonout_record(&w, &rec, out);
		(*good)++;
	}
	if (got < 0)
		FUZZ_CHECK(r.fatal.len > 0, "a fatal error without a message");
	jsonout_free(&w);
	jsonin_close(&r);
	rec_free(&rec);
	input_close(&in);
	return got;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf first = { 0 }, second = { 0 };
	long good, again;
	int base = field_count();

	read_json(fuzz_file(data, size), &first, &good);
	if (good > 0) {
		FUZZ_CHECK(read_json(fuzz_file((const uint8_t *)first.data, first.len), &second, &again) == 0,
		    "the written JSON does not read back");
		FUZZ_CHECK(again == good, "%ld records written, %ld read back:\n%s---\n%s",
		    good, again, first.data, second.data);
		FUZZ_CHECK(first.len == second.len && memcmp(first.data, second.data, first.len) == 0,
		    "writing what was written changes it:\n%s---\n%s", first.data, second.data);
	}
	buf_free(&first);
	buf_free(&second);
	field_forget(base);
	return 0;
}
