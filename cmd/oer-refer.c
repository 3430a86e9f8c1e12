/*
 * oer-refer: referral to fitting support over the social map (SPEC 8).
 *
 * Each plan item (plan.<domain>.level) goes to the provider on the social map
 * that works at that level, covers the domain, the resident's wijk and age,
 * and has an open place: the shortest wait first, then the most open places,
 * then the provider_id.  Informal items (self, network) need no provider.
 * When every fitting provider is full the item goes on the waitlist of the
 * one with the shortest wait; when none fits it is unmatched, a white spot in
 * the map, and never quietly sent to a heavier level.
 */
#include <string.h>

#include "cli.h"
#include "die.h"
#include "exits.h"
#include "privacy.h"
#include "refer_stage.h"
#include "socialmap.h"
#include "stream.h"
#include "text.h"
#include "tools.h"
#include "value.h"

static const char usage_text[] =
"usage: oer-refer --map FILE [--map-encoding NAME] [--items] [--decision-days N]\n"
"                 [common options] [FILE ...]\n"
"Refer each plan item to fitting support on the social map (sociale kaart):\n"
"the provider at the item's level that covers the domain, the wijk and the\n"
"age and has an open place, with the shortest wait; a waitlist when every\n"
"fitting provider is full; unmatched (a white spot) when none fits.\n"
"\n"
"Options:\n"
"      --map=FILE                the social map, CSV or JSON Lines (required)\n"
"      --map-encoding=NAME       the map's encoding, e.g. cp1252\n"
"      --items                   one record per plan item, to hand to providers,\n"
"                                instead of the case records\n"
"      --decision-days=N         the days a municipal decision (beschikking)\n"
"                                adds to the wait of a provider whose access\n"
"                                is decision (default: 14, Wmo 2015 art. 2.3.5)\n"
"\n";

enum { OPT_MAP = OPT_TOOL, OPT_MAP_ENCODING, OPT_ITEMS, OPT_DECISION_DAYS };

static const struct option longopts[] = {
	{ "map", required_argument, NULL, OPT_MAP },
	{ "map-encoding", required_argument, NULL, OPT_MAP_ENCODING },
	{ "items", no_argument, NULL, OPT_ITEMS },
	{ "decision-days", required_argument, NULL, OPT_DECISION_DAYS },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* The map is read before any record; stdin can carry only one of the two. */
static void
load_map(struct socialmap *map, const char *path, const char *encoding, int argc, char **argv)
{
	struct buf err = { 0 };
	int i, status, stdin_records = argc == 0;

	for (i = 0; i < argc; i++)
		stdin_records |= strcmp(argv[i], "-") == 0;
	if (strcmp(path, "-") == 0 && stdin_records)
		die(EXIT_USAGE, "--map: '-' (stdin) already carries the records; give the map as a file");
	if ((status = smap_load(map, path, encoding, &err)) != 0) {
		die(status, "%s", err.data);
	}
	buf_free(&err);
}

int
oer_refer_main(int argc, char **argv)
{
	struct cli cli;
	struct stream s;
	struct record *r;
	struct socialmap map;
	struct refer_options o = { .map = &map, .decision_days = 14 };
	const char *map_path = NULL, *map_encoding = NULL;
	int c, status;

	setprogname(argv);
	quote_redact = privacy_redact;	/* no identifier in a message (SPEC 3) */
	cli_init(&cli, usage_text);
	while ((c = getopt_long(argc, argv, CLI_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case OPT_MAP:
			map_path = optarg;
			break;
		case OPT_MAP_ENCODING:
			map_encoding = optarg;
			break;
		case OPT_ITEMS:
			o.items = 1;
			break;
		case OPT_DECISION_DAYS:
			o.decision_days = cli_number("--decision-days", optarg, 0, 365);
			break;
		default:
			if (!cli_option(&cli, c, optarg))
				cli_usage_error(&cli);
		}
	}
	argc -= optind;
	argv += optind;
	cli_options_taken(&cli);	/* after optind is read: the stage before may start getopt */
	if (map_path == NULL) {
		warn("--map FILE is required: the social map to refer to");
		cli_usage_error(&cli);
	}
	load_map(&map, map_path, map_encoding, argc, argv);

	stream_open(&s, &cli, argc, argv);
	refer_open(&s, &o);
	while ((r = stream_next(&s)) != NULL)
		refer_record(&s, r);
	status = refer_close(&s);
	smap_free(&map);
	return status;
}
