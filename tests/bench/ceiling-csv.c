/*
 * The CSV ceiling of the benchmark: the least any stage has to do.  libcsv
 * parses stdin with the settings the toolkit uses (strict, spaces kept) and
 * every row is written back, quoted only where needed, through a 64 KiB
 * buffer.  No records, no checks, no messages: a stage can approach this,
 * not beat it.
 *
 * usage: ceiling-csv < in.csv > out.csv
 */
#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BUFSIZE (64 * 1024)

static char out[2 * BUFSIZE];
static size_t outlen;
static int first = 1;

static void
flush(void)
{
	size_t done = 0;

	while (done < outlen) {
		ssize_t n = write(1, out + done, outlen - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			perror("ceiling-csv: write");
			exit(74);
		}
		done += (size_t)n;
	}
	outlen = 0;
}

static void
put(const char *s, size_t n)
{
	while (n > 0) {
		size_t room = sizeof(out) - outlen, k = n < room ? n : room;

		memcpy(out + outlen, s, k);
		outlen += k;
		s += k;
		n -= k;
		if (outlen == sizeof(out))
			flush();
	}
}

static void
on_field(void *p, size_t n, void *data)
{
	const char *s = p ? p : "";
	size_t i, run = 0;

	(void)data;
	if (!first)
		put(",", 1);
	first = 0;
	/* libcsv appends a NUL (CSV_APPEND_NULL); the synthetic export has none inside. */
	if (strcspn(s, ",\"\r\n") >= n) {
		put(s, n);
		return;
	}
	put("\"", 1);
	for (i = 0; i < n; i++)
		if (s[i] == '"') {
			put(s + run, i + 1 - run);
			put("\"", 1);
			run = i + 1;
		}
	put(s + run, n - run);
	put("\"", 1);
}

static void
on_row(int c, void *data)
{
	(void)c;
	(void)data;
	put("\n", 1);
	first = 1;
	if (outlen >= BUFSIZE)
		flush();
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

int
main(void)
{
	static char in[BUFSIZE];
	struct csv_parser p;
	ssize_t n;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		return 70;
	csv_set_space_func(&p, no_space);
	while ((n = read(0, in, sizeof(in))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			perror("ceiling-csv: read");
			return 74;
		}
		if (csv_parse(&p, in, (size_t)n, on_field, on_row, NULL) != (size_t)n) {
			fprintf(stderr, "ceiling-csv: %s\n", csv_strerror(csv_error(&p)));
			return 65;
		}
	}
	csv_fini(&p, on_field, on_row, NULL);
	csv_free(&p);
	flush();
	return 0;
}
