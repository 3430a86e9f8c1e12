/*
 * oer ... then tee FILE then ...: what the stage before writes, kept in
 * FILE on its way to the next stage (Miller's tee verb, tee(1) in the
 * pipe).  The chain names the next stage's input FILE in its messages and
 * rejects (stage.h), for its lines are FILE's lines: scripts/oer-pipeline
 * keeps every stage's output this way and its messages name real files.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "die.h"
#include "exits.h"
#include "stage.h"

static const char usage_text[] =
"usage: oer ... then tee FILE then ...\n"
"Write what the stage before writes to FILE (created or emptied) and pass\n"
"it on to the next stage, which names its input FILE in its messages.\n";

/* All of p to fd; the next stage gone (EPIPE on the output) ends the stage quietly. */
static void
write_all(int fd, const char *p, size_t n, const char *name, int output)
{
	ssize_t w;

	while (n > 0) {
		if ((w = stage_write(fd, p, n)) < 0 && errno == EINTR)
			continue;
		if (w < 0 && errno == EPIPE && output)
			stage_exit(EXIT_OK);
		if (w < 0)
			die(EXIT_IO, "%s: write error:", name);
		p += w;
		n -= (size_t)w;
	}
}

int
stage_tee_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char block[64 * 1024];
	const char *path;
	ssize_t n;
	int c, fd, in = stage_stdin();

	setprogname(argv);
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (c == 'h') {
			FILE *out = stage_stdio();

			fputs(usage_text, out);
			return stage_stdio_status(out);
		}
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	if (argc - optind != 1) {
		warn("%s", argc == optind ? "a file to write is needed" : "one file at a time");
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	path = argv[optind];
	if ((fd = stage_open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) < 0)
		die(EXIT_IO, "cannot write %s:", path);
	while ((n = stage_read(in, block, sizeof(block))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			die(EXIT_IO, "stdin: read error:");
		write_all(fd, block, (size_t)n, path, 0);
		write_all(stage_stdout(), block, (size_t)n, "stdout", 1);
	}
	if (stage_close(fd) != 0)
		die(EXIT_IO, "%s: write error:", path);
	return EXIT_OK;
}
