/*
 * oer-monitor: the joint self-reliance monitor (samenredzaamheidmonitor,
 * SPEC 6).
 *
 * Reads per life domain the level a resident reaches on their own (self)
 * and together with their informal network (together), and writes per
 * domain the level name, what the network adds and the need for support,
 * and per case the counts, the means, whether the case is complex and
 * whether the measurement is stale.  With --history the measurements of a
 * case are folded into one record: the latest, plus the first and previous
 * level, the change and the trend per domain.
 */
#include "cli.h"
#include "die.h"
#include "monitor_stage.h"
#include "privacy.h"
#include "stream.h"
#include "text.h"
#include "tools.h"

static const char usage_text[] =
"usage: oer-monitor [--history] [common options] [FILE ...]\n"
"Score the joint self-reliance monitor: per life domain the level on own\n"
"strength (self) and with the informal network (together), what the network\n"
"adds and the need for support; per case the counts, means, complexity and\n"
"whether the measurement is stale.\n"
"\n"
"Options:\n"
"      --history                 several measurements per case, grouped by\n"
"                                case_id in measured order: one record per\n"
"                                case with first, prev, delta and trend\n"
"\n";

enum { OPT_HISTORY = OPT_TOOL };

static const struct option longopts[] = {
	{ "history", no_argument, NULL, OPT_HISTORY },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

int
oer_monitor_main(int argc, char **argv)
{
	struct cli cli;
	struct stream s;
	struct record *r;
	int c, history = 0;

	setprogname(argv);
	quote_redact = privacy_redact;	/* no identifier in a message (SPEC 3) */
	cli_init(&cli, usage_text);
	while ((c = getopt_long(argc, argv, CLI_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case OPT_HISTORY:
			history = 1;
			break;
		default:
			if (!cli_option(&cli, c, optarg))
				cli_usage_error(&cli);
		}
	}
	argc -= optind;
	argv += optind;
	cli_options_taken(&cli);	/* after optind is read: the stage before may start getopt */

	stream_open(&s, &cli, argc, argv);
	monitor_open(&s, history, cli_today(&cli));
	while ((r = stream_next(&s)) != NULL)
		monitor_record(&s, r);
	return monitor_close(&s);
}
