/*
 * oer ... then tee FILE then ...: what the stage before writes, kept in
 * FILE on its way to the next stage (Miller's tee verb, tee(1) in the
 * pipe).  The chain names the next stage's input FILE in its messages and
 * rejects (stage.h), for its lines are FILE's lines: scripts/oer-pipeline
 * keeps every stage's output this way and its messages name real files.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>

#include "die.h"
#include "exits.h"
#include "output.h"
#include "stage.h"

static const char usage_text[] =
"usage: oer ... then tee FILE then ...\n"
"Write what the stage before writes to FILE (created or emptied) and pass\n"
"it on to the next stage, which names its input FILE in its messages.\n";

int
stage_tee_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char block[64 * 1024];
	struct output file, out;
	ssize_t n;
	int c, in = stage_stdin();

	setprogname(argv);
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (c == 'h') {
			FILE *help = stage_stdio();

			fputs(usage_text, help);
			return stage_stdio_status(help);
		}
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	argc -= optind;
	argv += optind;
	stage_options_taken();	/* after optind is read: the stage before may start getopt */
	if (argc != 1) {
		warn("%s", argc == 0 ? "a file to write is needed" : "one file at a time");
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	/* FILE holds case data: private, as every file the tools write (out_open). */
	if (out_open(&file, argv[0]) < 0)
		die(EXIT_IO, "cannot write %s:", argv[0]);
	out_init(&out, stage_stdout(), "stdout");
	/* Each block goes on at once, as tee(1) passes what it reads. */
	while ((n = stage_read(in, block, sizeof(block))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			die(EXIT_IO, "stdin: read error:");
		buf_add(&file.buf, block, (size_t)n);
		out_flush(&file);
		buf_add(&out.buf, block, (size_t)n);
		out_flush(&out);	/* the next stage gone (EPIPE): the stage ends quietly */
	}
	out_close(&file);
	out_close(&out);
	return EXIT_OK;
}
