/*
 * The JSON Lines reader and writer (lib/json.c) on any bytes.  Checked: no
 * memory error; every good record is within the limits, its names and text
 * values without NUL; every line the writer writes is strict JSON (RFC
 * 8259, no lone surrogate: what jq and Python take) and one object; the
 * written records read back without an error to the same records, and
 * writing them again gives the same bytes.
 */
#include "alloc.h"
#include "fuzz.h"
#include "json.h"
#include "jsoncheck.h"
#include "record_limits.h"
#include "text.h"
#include "value.h"

/* The good records of the first reading, to compare with their reading back. */
static struct record *kept;
static long nkept, capkept;

static void
keep(const struct record *rec)
{
	if (nkept == capkept) {
		long n = capkept ? 2 * capkept : 16;

		kept = xreallocarray(kept, (size_t)n, sizeof(*kept));
		while (capkept < n)
			rec_init(&kept[capkept++]);
	}
	rec_copy(&kept[nkept++], rec);
}

/*
 * Equal values: the writer types a known field by the field dictionary,
 * which for a boolean changes the spelling ("ja" is written true), not the
 * meaning.  Field order may change too (dotted keys are nested together).
 */
static int
same_value(const struct record *a, int i, const struct record *b, int j)
{
	const struct fieldinfo *fi = field_info(a->f[i].key);
	enum tristate ta, tb;

	if (a->f[i].len == b->f[j].len && memcmp(rec_value(a, i), rec_value(b, j), a->f[i].len) == 0)
		return 1;
	return fi->known && fi->type == FT_BOOL &&
	    parse_bool(rec_value(a, i), a->f[i].len, &ta) == 0 &&
	    parse_bool(rec_value(b, j), b->f[j].len, &tb) == 0 && ta == tb;
}

static void
check_same_record(const struct record *a, const struct record *b)
{
	int i, j;

	FUZZ_CHECK(a->n == b->n, "%d fields written, %d read back", a->n, b->n);
	for (i = 0; i < a->n; i++) {
		const char *name = field_info(a->f[i].key)->name;

		FUZZ_CHECK((j = rec_index(b, a->f[i].key)) >= 0, "%s is not read back", name);
		FUZZ_CHECK(same_value(a, i, b, j), "%s: '%s' read back as '%s'", name,
		    rec_value(a, i), rec_value(b, j));
	}
}

/* Every line written is strict JSON, and an object. */
static void
check_strict(const char *s, size_t len)
{
	struct json_scan sc = { 0 };
	const char *end = s + len, *nl;

	for (; s < end; s = nl + 1) {
		nl = memchr(s, '\n', (size_t)(end - s));
		FUZZ_CHECK(nl != NULL, "the last line written has no line end");
		FUZZ_CHECK(json_scan(&sc, s, (size_t)(nl - s)) == 0,
		    "a line written is not JSON (%s at %zu): %.*s", sc.error, sc.at, (int)(nl - s), s);
		FUZZ_CHECK(sc.members >= 0, "a line written is not an object: %.*s", (int)(nl - s), s);
		FUZZ_CHECK(!sc.lone_surrogate, "a line written has a lone surrogate: %.*s", (int)(nl - s), s);
	}
	json_scan_free(&sc);
}

/* Read path; write the good records as JSON Lines to out; keep or compare them. */
static int
read_json(const char *path, struct buf *out, long *good, int compare)
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
			FUZZ_CHECK(!compare, "a written record reads back bad: %s", rec.error.data);
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
		if (compare) {
			FUZZ_CHECK(*good < nkept, "more records read back than written");
			check_same_record(&kept[*good], &rec);
		} else {
			keep(&rec);
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

	nkept = 0;
	read_json(fuzz_file(data, size), &first, &good, 0);
	if (good > 0) {
		check_strict(first.data, first.len);
		FUZZ_CHECK(read_json(fuzz_file((const uint8_t *)first.data, first.len), &second, &again, 1) == 0,
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
