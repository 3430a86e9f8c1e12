/*
 * oer: the OER toolkit's one program.  Called as oer-intake (a link to
 * this program) it is that tool; `oer intake ARGS` is the same tool;
 * `oer intake ARGS then monitor ARGS then ...` runs the stages as one
 * chain in one process, byte for byte the output of the pipe (SPEC 10,
 * lib/stage.h).
 */
#include <stdio.h>
#include <string.h>

#include "die.h"
#include "exits.h"
#include "stage.h"
#include "tools.h"

static const struct stage stages[] = {
	{ "intake", oer_intake_main, "clarify and admit the question (toelatingsmodel)" },
	{ "monitor", oer_monitor_main, "score the joint self-reliance monitor" },
	{ "plan", oer_plan_main, "the support plan along the cascade" },
	{ "refer", oer_refer_main, "refer to fitting support on the social map" },
	{ "report", oer_report_main, "the weekly and periodic report" },
	{ "tee", stage_tee_main, "keep what the stage before writes in a file (tee FILE)" },
	{ NULL, NULL, NULL }
};

static void
usage(FILE *to)
{
	const struct stage *s;

	fprintf(to,
	    "usage: oer [--statuses FILE] STAGE [OPTIONS] [FILE ...] [then STAGE [OPTIONS] ...]\n"
	    "Run one stage of the OER toolkit, or several as one chain in one process:\n"
	    "the output is byte for byte that of the pipe oer-STAGE ... | oer-STAGE ....\n"
	    "\n"
	    "Stages (oer STAGE --help for their options):\n");
	for (s = stages; s->name != NULL; s++)
		fprintf(to, "  %-8s  %s\n", s->name, s->summary);
	fprintf(to,
	    "\n"
	    "Example:\n"
	    "  oer intake export.csv then monitor then plan then refer --map kaart.csv then report\n"
	    "\n"
	    "  --statuses=FILE   write each stage's exit status to FILE, a line each\n"
	    "  -h, --help        show this help and exit\n"
	    "  -V, --version     show the version and exit\n");
}

int
main(int argc, char **argv)
{
	const char *name, *statuses = NULL;
	const struct stage *s;

	setprogname(argv);
	name = argv[0] ? argv[0] : "oer";
	/* Called by a tool's name (the links oer-intake ...): that tool. */
	if (strncmp(name, "oer-", 4) == 0 && (s = stage_find(stages, name + 4)) != NULL)
		return s->main(argc, argv);
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		usage(stdout);
		return fflush(stdout) == 0 && !ferror(stdout) ? EXIT_OK : EXIT_IO;
	}
	if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
		printf("oer (OER toolkit) %s\n", OER_VERSION);
		return fflush(stdout) == 0 && !ferror(stdout) ? EXIT_OK : EXIT_IO;
	}
	argc--, argv++;
	/* The chain's own option comes before the first stage. */
	if (strncmp(argv[0], "--statuses=", 11) == 0) {
		statuses = argv[0] + 11;
		argc--, argv++;
	} else if (strcmp(argv[0], "--statuses") == 0) {
		statuses = argc >= 2 ? argv[1] : "";
		argc -= argc >= 2 ? 2 : 1, argv += 2;
	}
	if (statuses != NULL && (*statuses == '\0' || argc == 0)) {
		warn("%s", *statuses == '\0' ? "--statuses needs a file" : "--statuses needs a stage after it");
		usage(stderr);
		return EXIT_USAGE;
	}
	return stage_chain(stages, argc, argv, statuses);
}
