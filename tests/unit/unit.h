/*
 * A minimal unit-test harness: each TEST is a function; RUN prints one line
 * "PASS <file>: <test>" or "FAIL ..." (with the failed checks above it), which
 * tests/run counts.
 */
#ifndef OER_UNIT_H
#define OER_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int unit_failed, unit_any_failed;
static const char *unit_file = "unit";

#define TEST(name) static void name(void)

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stdout, "  %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		unit_failed = 1; \
	} \
} while (0)

#define CHECK_INT(got, want) do { \
	long long g_ = (long long)(got), w_ = (long long)(want); \
	if (g_ != w_) { \
		fprintf(stdout, "  %s:%d: %s is %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_); \
		unit_failed = 1; \
	} \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (g_ == NULL || strcmp(g_, w_) != 0) { \
		fprintf(stdout, "  %s:%d: %s is \"%s\", want \"%s\"\n", __FILE__, __LINE__, #got, g_ ? g_ : "(null)", w_); \
		unit_failed = 1; \
	} \
} while (0)

#define RUN(name) do { \
	unit_failed = 0; \
	name(); \
	printf("%s %s: %s\n", unit_failed ? "FAIL" : "PASS", unit_file, #name); \
	unit_any_failed |= unit_failed; \
} while (0)

static char unit_paths[8][64];

static void
unit_remove_files(void)
{
	int i;

	for (i = 0; i < 8; i++)
		if (unit_paths[i][0])
			unlink(unit_paths[i]);
}

/*
 * Write text to a fresh temporary file; returns its path.  The last eight
 * stay valid; each is removed when reused and at exit.
 */
static inline const char *
unit_file_with(const char *text, size_t len)
{
	static int next;
	char *p = unit_paths[next++ & 7];
	int fd;

	if (next == 1)
		atexit(unit_remove_files);
	if (p[0])
		unlink(p);
	snprintf(p, 64, "/tmp/oer-unit-XXXXXX");
	fd = mkstemp(p);
	if (fd < 0 || write(fd, text, len) != (ssize_t)len) {
		perror("unit_file_with");
		exit(2);
	}
	close(fd);
	return p;
}

#endif
