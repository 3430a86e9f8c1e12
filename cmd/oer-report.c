/*
 * oer-report: the weekly and periodic reports (SPEC 9).
 *
 * Reads records of any stage, adds each case to the aggregates of its
 * period (by received) and group (--by), and at the end writes the seven
 * sections -- intake, monitor, plan, referral, the peer consultation
 * agenda, prevention signals, transformation goals -- as text, tidy csv or
 * json rows, Markdown or one self-contained html page.  Only aggregates
 * and the two case lists are kept, never the records.
 *
 * Beyond one machine (SPEC 10): --partial writes those aggregates as
 * records instead of the report, and --merge reads any number of partials
 * and writes the report a single run over all their inputs would have
 * written (report_partial.h).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "dates.h"
#include "die.h"
#include "exits.h"
#include "privacy.h"
#include "report.h"
#include "report_labels.h"
#include "report_model.h"
#include "report_partial.h"
#include "report_population.h"
#include "report_render.h"
#include "report_stage.h"
#include "schema.h"
#include "stage.h"
#include "stream.h"
#include "text.h"
#include "tools.h"
#include "value.h"

static const char usage_text[] =
"usage: oer-report [--period week|month|quarter|year|all] [--by FIELD]\n"
"                  [--from DATE] [--to DATE]\n"
"                  [--format text|csv|json|md|html|xlsx] [--lang nl|en]\n"
"                  [--suppress K] [--signal-share PCT]\n"
"                  [--signal-min N] [--signal-rise POINTS] [--signal-window N]\n"
"                  [--list N] [--crisis-days N] [--latest N] [--population FILE]\n"
"                  [--rate-ratio R] [common options] [FILE ...]\n"
"       oer-report --partial [--period PERIOD] [--by FIELD] [--from DATE]\n"
"                  [--to DATE] [--list N] [--crisis-days N] [common options]\n"
"                  [FILE ...]\n"
"       oer-report --merge [--partial] [--period PERIOD] [--format FORMAT]\n"
"                  [--lang LANG] [--latest N] [--suppress K] [--signal-share PCT]\n"
"                  [--signal-min N] [--signal-rise POINTS] [--signal-window N]\n"
"                  [--population FILE] [--rate-ratio R] [common options]\n"
"                  [PARTIAL ...]\n"
"Report per period on records of any stage: intake, monitor, plan, referral,\n"
"the peer consultation agenda, prevention signals and the transformation goals.\n"
"\n"
"Options:\n"
"      --period=week|month|quarter|year|all\n"
"                                one report per period of received\n"
"                                (default: week)\n"
"      --by=FIELD                one report per value of FIELD, e.g. wijk\n"
"      --from=DATE               only cases received on or after DATE\n"
"      --to=DATE                 only cases received on or before DATE\n"
"      --format=text|csv|json|md|html|xlsx\n"
"                                default: text on a terminal, else tidy rows in\n"
"                                the output format (csv, or json for json input);\n"
"                                xlsx: an Excel workbook, never to a terminal\n"
"      --lang=nl|en              labels (default: LC_ALL, LC_MESSAGES, LANG; nl*\n"
"                                is Dutch, anything else English)\n"
"      --suppress=K              counts below K shown as <K, case lists left out\n"
"      --signal-share=PCT        prevention: share of a wijk's cases\n"
"                                (default: 25)\n"
"      --signal-min=N            prevention: cases with the need (default: 5)\n"
"      --signal-rise=POINTS      prevention: rise in percentage points against\n"
"                                the previous period (default: 10)\n"
"      --signal-window=N         prevention: count N periods together, against\n"
"                                the N before (default: 13 weeks, 3 months)\n"
"      --list=N                  the agenda and the overdue list show the N\n"
"                                most urgent cases, with the count of all\n"
"                                (default: 10; 0: all)\n"
"      --crisis-days=N           the team's norm for a plan on the crisis and\n"
"                                safety routes, in days (default: 2; the Wmo\n"
"                                says without delay; others: 6 weeks, Wmo)\n"
"      --population=FILE         rates per 1,000 inhabitants per wijk: a CSV or\n"
"                                JSON file of wijk name or CBS code and\n"
"                                inhabitants (CBS Kerncijfers wijken en buurten)\n"
"      --rate-ratio=R            prevention: a wijk's rate at least R times the\n"
"                                municipality's (default: 1.5)\n"
"      --latest=N                pages for the newest N periods only; the earlier\n"
"                                periods still feed the changes and trend lines\n"
"      --partial                 instead of the report, the aggregates of this\n"
"                                part of the input as records, for --merge\n"
"      --merge                   read partials (in any order) and write the\n"
"                                report of all their parts; with --partial,\n"
"                                one partial of them all\n"
"      --print-labels            only the labels of --lang as JSON Lines\n"
"                                {\"id\":...,\"label\":...}, for scripts\n"
"\n";

enum {
	OPT_PERIOD = OPT_TOOL, OPT_BY, OPT_FROM, OPT_TO, OPT_FORMAT, OPT_LANG,
	OPT_SUPPRESS, OPT_SIGNAL_SHARE, OPT_SIGNAL_MIN, OPT_SIGNAL_RISE, OPT_SIGNAL_WINDOW, OPT_PARTIAL, OPT_MERGE, OPT_LIST,
	OPT_CRISIS_DAYS, OPT_POPULATION, OPT_RATE_RATIO, OPT_PRINT_LABELS, OPT_LATEST
};

static const struct option longopts[] = {
	{ "period", required_argument, NULL, OPT_PERIOD },
	{ "by", required_argument, NULL, OPT_BY },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "to", required_argument, NULL, OPT_TO },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "suppress", required_argument, NULL, OPT_SUPPRESS },
	{ "signal-share", required_argument, NULL, OPT_SIGNAL_SHARE },
	{ "signal-min", required_argument, NULL, OPT_SIGNAL_MIN },
	{ "signal-rise", required_argument, NULL, OPT_SIGNAL_RISE },
	{ "signal-window", required_argument, NULL, OPT_SIGNAL_WINDOW },
	{ "partial", no_argument, NULL, OPT_PARTIAL },
	{ "merge", no_argument, NULL, OPT_MERGE },
	{ "list", required_argument, NULL, OPT_LIST },
	{ "crisis-days", required_argument, NULL, OPT_CRISIS_DAYS },
	{ "population", required_argument, NULL, OPT_POPULATION },
	{ "rate-ratio", required_argument, NULL, OPT_RATE_RATIO },
	{ "print-labels", no_argument, NULL, OPT_PRINT_LABELS },
	{ "latest", required_argument, NULL, OPT_LATEST },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/*
 * Which options shape what: the aggregation is made where the cases are
 * read (a single run, or --partial), the report where it is drawn (a single
 * run, or --merge).  An option given to the side it does not shape would be
 * silently ignored, so it is refused.
 */
static void
check_sides(int partial, int merge, const char *aggregation, const char *output)
{
	if (merge && aggregation)
		die(EXIT_USAGE, "%s shapes the aggregation: give it to oer-report --partial; --merge takes it from the partials", aggregation);
	if (partial && output)
		die(EXIT_USAGE, "%s shapes the report: give it to oer-report --merge, not --partial", output);
}

/*
 * The population file (--population), read when the report is drawn: the
 * partials carry counts only.  '-' would be the records' stdin.
 */
static void
load_population(struct population *pop, const char *path, long rate_ratio, const char *encoding)
{
	struct buf err = { 0 };
	int status;

	if (strcmp(path, "-") == 0)
		die(EXIT_USAGE, "--population: give the population as a file, not '-' (stdin)");
	if ((status = population_load(pop, path, encoding, &err)) != 0)
		die(status, "%s", err.data);
	pop->rate_ratio = rate_ratio;
	buf_free(&err);
}

/* The command line: what shapes the aggregation, and what draws the report. */
struct invocation {
	struct report_options opt;
	struct report_run run;
	struct cli cli;
	const char *aggregation;	/* an option of the --partial side, for messages */
	const char *output;		/* an option of the --merge side */
	const char *population;		/* --population FILE */
	long rate_ratio;		/* --rate-ratio in tenths; -1 not given */
	int format, lang;		/* -1: not given */
	int partial, merge, labels, latest, period_given;
};

/* The options of argv into iv; returns the index of the first file. */
static int
parse_options(struct invocation *iv, int argc, char **argv)
{
	struct report_options *opt = &iv->opt;
	struct report_run *run = &iv->run;
	int c, first;

	while ((c = getopt_long(argc, argv, CLI_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case OPT_PERIOD:
			if ((c = period_parse(optarg)) < 0)
				die(EXIT_USAGE, "--period: '%s' is not week, month, quarter, year or all", optarg);
			run->period = c;
			/* With --merge it can only name the partials' period (checked there). */
			iv->period_given = 1;
			break;
		case OPT_BY:
			if (optarg[0] == '\0')
				die(EXIT_USAGE, "--by: the name of a field is needed");
			run->by = optarg;
			iv->aggregation = "--by";
			break;
		case OPT_FROM:
			run->from = cli_date("--from", optarg);
			iv->aggregation = "--from";
			break;
		case OPT_TO:
			run->to = cli_date("--to", optarg);
			iv->aggregation = "--to";
			break;
		case OPT_FORMAT:
			if ((iv->format = report_format_parse(optarg)) < 0)
				die(EXIT_USAGE, "--format: '%s' is not text, csv, json, md, html or xlsx", optarg);
			iv->output = "--format";
			break;
		case OPT_LANG:
			if ((iv->lang = report_lang_parse(optarg)) < 0)
				die(EXIT_USAGE, "--lang: '%s' is not nl or en", optarg);
			iv->output = "--lang";
			break;
		case OPT_SUPPRESS:
			opt->suppress = cli_number("--suppress", optarg, 1, 1000000);
			iv->output = "--suppress";
			break;
		case OPT_SIGNAL_SHARE:
			opt->signal_share = cli_number("--signal-share", optarg, 1, 100);
			iv->output = "--signal-share";
			break;
		case OPT_SIGNAL_MIN:
			opt->signal_min = cli_number("--signal-min", optarg, 1, 1000000);
			iv->output = "--signal-min";
			break;
		case OPT_SIGNAL_RISE:
			opt->signal_rise = cli_number("--signal-rise", optarg, 0, 100);
			iv->output = "--signal-rise";
			break;
		case OPT_SIGNAL_WINDOW:
			opt->signal_window = cli_number("--signal-window", optarg, 1, 1000);
			iv->output = "--signal-window";
			break;
		case OPT_LIST:
			/* The lists are kept while the cases are read: --merge takes N from the partials. */
			run->list = (int)cli_number("--list", optarg, 0, PARTIAL_LIST_MAX);
			iv->aggregation = "--list";
			break;
		case OPT_CRISIS_DAYS:
			/* Overdue is judged while the cases are read: --merge takes it from the partials. */
			run->crisis_days = (int)cli_number("--crisis-days", optarg, 0, CRISIS_DAYS_MAX);
			iv->aggregation = "--crisis-days";
			break;
		case OPT_POPULATION:
			iv->population = optarg;
			iv->output = "--population";
			break;
		case OPT_RATE_RATIO:
			if ((iv->rate_ratio = rate_ratio_parse(optarg)) < 0)
				die(EXIT_USAGE, "--rate-ratio: '%s' is not a ratio 1.0 to 100.0 (one decimal)", optarg);
			iv->output = "--rate-ratio";
			break;
		case OPT_LATEST:
			iv->latest = (int)cli_number("--latest", optarg, 1, 1000000);
			iv->output = "--latest";
			break;
		case OPT_PARTIAL:
			iv->partial = 1;
			break;
		case OPT_MERGE:
			iv->merge = 1;
			break;
		case OPT_PRINT_LABELS:
			iv->labels = 1;
			break;
		default:
			if (!cli_option(&iv->cli, c, optarg))
				cli_usage_error(&iv->cli);
			if (c == OPT_DATE)
				iv->aggregation = "--date";
		}
	}
	first = optind;
	cli_options_taken(&iv->cli);	/* after optind is read: the stage before may start getopt */
	return first;
}

/* Options that cannot go together; nfiles files were named. */
static void
check_options(struct invocation *iv, int nfiles)
{
	check_sides(iv->partial, iv->merge, iv->aggregation, iv->output);
	if (iv->run.from > iv->run.to)
		die(EXIT_USAGE, "--from is after --to");
	if (iv->labels && (nfiles > 0 || iv->partial || iv->merge || iv->aggregation ||
	    iv->format >= 0 || iv->population ||
	    (iv->output && strcmp(iv->output, "--lang") != 0)))
		die(EXIT_USAGE, "--print-labels takes only --lang");
	/* A workbook is binary: it goes to a file or a pipe, not to the screen. */
	if (iv->format == RF_XLSX && isatty(stage_stdout()))
		die(EXIT_USAGE, "--format xlsx: the workbook is binary and the output is a terminal: "
		    "redirect it to a file (> report.xlsx)");
	if (iv->rate_ratio >= 0 && iv->population == NULL)
		die(EXIT_USAGE, "--rate-ratio needs --population FILE");
}

int
oer_report_main(int argc, char **argv)
{
	struct invocation iv = {
		{ PERIOD_WEEK, NULL, 0, 0, 25, 5, 10, 0, CRISIS_DAYS_DEFAULT, NULL },
		{ PERIOD_WEEK, NULL, LONG_MIN, LONG_MAX, 0, REPORT_LIST_DEFAULT, CRISIS_DAYS_DEFAULT },
		{ 0 }, NULL, NULL, NULL, -1, -1, -1, 0, 0, 0, 0, 0
	};
	struct population pop;
	struct partial_reader pr;
	struct report rp;
	struct stream s;
	int first, status;

	setprogname(argv);
	quote_redact = privacy_redact;	/* no identifier in a message (SPEC 3) */
	cli_init(&iv.cli, usage_text);
	first = parse_options(&iv, argc, argv);
	argc -= first;
	argv += first;
	check_options(&iv, argc);
	if (iv.lang < 0)
		iv.lang = report_lang_default();
	if (iv.labels) {
		rlabel_print(iv.lang, stage_stdout());
		return EXIT_OK;
	}
	if (iv.population)
		load_population(&pop, iv.population,
		    iv.rate_ratio >= 0 ? iv.rate_ratio : RATE_RATIO_DEFAULT, iv.cli.encoding);

	stream_open(&s, &iv.cli, argc, argv);
	if (iv.merge) {
		enum period_kind given = iv.run.period;

		report_read_partials(&s, &rp, &pr, &iv.run);
		/* The weekly job says what it merges: --merge --period week --latest 1. */
		if (iv.period_given && given != iv.run.period)
			die(EXIT_USAGE, "--period %s: the partials are of %s periods; --merge takes the period from the partials",
			    period_kind_name(given), period_kind_name(iv.run.period));
	} else {
		iv.run.today = cli_today(&iv.cli);
		report_read_cases(&s, &rp, &iv.run);
	}
	report_sort(&rp);	/* the pages (or partial states) by period, then group */
	if (iv.partial)
		partial_write(&rp, &iv.run, &s);
	else
		report_draw(&(struct report_drawing){ &iv.opt, &iv.run, iv.population ? &pop : NULL,
		    iv.format, iv.lang, iv.latest, iv.cli.excel }, &rp, &s);
	status = stream_finish(&s);

	if (iv.merge)
		partial_reader_free(&pr);
	if (iv.population)
		population_free(&pop);
	report_free(&rp);
	return status;
}
