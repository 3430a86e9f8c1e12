/*
 * Shared by the libFuzzer targets (tests/fuzz/fuzz_*.c, `make fuzz`): the
 * fuzz input as a file the record layer can open, checks that abort with a
 * message (a finding), and a way to run a tool's entry point once per input.
 *
 * A tool target includes its cmd/oer-X.c (options, then the stage of
 * lib/X_stage.h, whose close leaves nothing behind) and runs its
 * oer_X_main on the input with --rejects.
 * The record layer ends a run only through exit(); the targets are linked
 * with -Wl,--wrap=exit so that an exit inside a tool run is caught: every
 * exit the input can cause (a header the reader refuses) is predicted and
 * skipped, so one that happens anyway is reported as a finding.
 */
#ifndef OER_FUZZ_H
#define OER_FUZZ_H

#include <fcntl.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "input.h"
#include "reader.h"
#include "schema.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A finding: say what, then abort (libFuzzer keeps the input). */
#define FUZZ_CHECK(cond, ...) do { \
	if (!(cond)) { \
		fprintf(stderr, "fuzz: %s:%d: %s: ", __FILE__, __LINE__, #cond); \
		fprintf(stderr, __VA_ARGS__); \
		fputc('\n', stderr); \
		abort(); \
	} \
} while (0)

/* The bytes as a file: one memory file, rewritten for every input. */
static inline const char *
fuzz_file(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];

	if (fd < 0) {
		if ((fd = memfd_create("fuzz-input", 0)) < 0) {
			perror("fuzz: memfd_create");
			abort();
		}
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) < 0 || (size > 0 && pwrite(fd, data, size, 0) != (ssize_t)size)) {
		perror("fuzz: writing the input");
		abort();
	}
	return path;
}

/*
 * Would the reader refuse this input as a whole (a header it cannot take)?
 * The tool then ends with exit 65, which is tested in the suite; the target
 * skips such an input instead of leaving the run through exit().
 */
static inline int
fuzz_refused(const char *path, enum format fmt)
{
	struct input in;
	struct reader rd;
	int refused;

	if (input_open(&in, path, NULL) != 0) {
		perror("fuzz: opening the input");
		abort();
	}
	refused = reader_open(&rd, &in, fmt, 0) < 0;
	reader_close(&rd);
	input_close(&in);
	return refused;
}

/* ---- running a tool's main() ---- */

void __real_exit(int status) __attribute__((noreturn));
void __wrap_exit(int status) __attribute__((noreturn));

static int fuzz_in_tool;

void
__wrap_exit(int status)
{
	if (fuzz_in_tool) {
		fprintf(stderr, "fuzz: the tool ended the run with exit(%d)\n", status);
		abort();
	}
	__real_exit(status);
}

static FILE *fuzz_quiet;
static int fuzz_null = -1;
static int fuzz_base_names = -1;	/* names every run keeps; -1: not known yet */

/*
 * Standard output to /dev/null: the output is made, not kept.  A tool
 * closes it at the end, and the descriptor must not stay free for the
 * fuzzer's own files in between.
 */
static inline void
fuzz_stdout(void)
{
	if (dup2(fuzz_null, 1) < 0) {
		perror("fuzz: standard output");
		abort();
	}
}

/* Once: /dev/null for the tools' messages and output. */
static inline void
fuzz_tool_init(void)
{
	if ((fuzz_null = open("/dev/null", O_WRONLY)) < 0 ||
	    (fuzz_quiet = fdopen(fuzz_null, "w")) == NULL) {
		perror("fuzz: /dev/null");
		abort();
	}
	fuzz_stdout();
}

/*
 * Run a tool's main with argv (NULL-terminated); its messages on stderr go
 * to /dev/null (sanitizer reports still reach stderr).  Names interned since
 * fuzz_tool_keep_names() are forgotten afterwards, so every input starts
 * the same.
 */
static inline int
fuzz_tool_run(int (*tool_main)(int, char **), char **argv)
{
	FILE *saved = stderr;
	int argc = 0, status;

	while (argv[argc])
		argc++;
	optind = 0;	/* glibc: start getopt afresh */
	stderr = fuzz_quiet;
	fuzz_in_tool = 1;
	status = tool_main(argc, argv);
	fuzz_in_tool = 0;
	stderr = saved;
	fuzz_stdout();
	FUZZ_CHECK(status == 0 || status == 1, "exit status %d", status);
	field_forget(fuzz_base_names);
	return status;
}

/*
 * The input of a tool target: its first byte chooses the options of
 * run(opts, path), the rest is the records; an input the reader refuses as
 * a whole is skipped (see fuzz_refused).
 */
static inline int
fuzz_tool_input(const uint8_t *data, size_t size, void (*run)(unsigned, const char *))
{
	const char *path;

	if (size < 1)
		return 0;
	path = fuzz_file(data + 1, size - 1);
	if (!fuzz_refused(path, FMT_AUTO))
		run(data[0], path);
	field_forget(fuzz_base_names);
	return 0;
}

/*
 * After a first run on a full record (the tool has interned its own names,
 * also the ones it looks up only when it meets them): keep these.
 */
static inline void
fuzz_tool_keep_names(void)
{
	fuzz_base_names = field_count();
}

#endif
