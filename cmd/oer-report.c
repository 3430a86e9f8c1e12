/*
 * oer-report: the weekly and periodic reports (SPEC 9).
 *
 * Reads records of any stage, adds each case to the aggregates of its
 * period (by received) and group (--by), and at the end writes the seven
 * sections -- intake, monitor, plan, referral, the peer consultation
 * agenda, prevention signals, transformation goals -- as text, tidy csv or
 * json rows, Markdown or one self-contained html page.  Only aggregates
 * and the two case lists are kept, never the records.
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
#include "report.h"
#include "report_labels.h"
#include "report_model.h"
#include "report_read.h"
#include "report_render.h"
#include "schema.h"
#include "stream.h"
#include "value.h"

static const char usage_text[] =
"usage: oer-report [--period week|month|quarter|year|all] [--by FIELD]\n"
"                  [--from DATE] [--to DATE] [--format text|csv|json|md|html]\n"
"                  [--lang nl|en] [--suppress K] [--signal-share PCT]\n"
"                  [--signal-min N] [--signal-rise POINTS] [common options]\n"
"                  [FILE ...]\n"
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
"      --format=text|csv|json|md|html\n"
"                                default: text on a terminal, else tidy rows in\n"
"                                the output format (csv, or json for json input)\n"
"      --lang=nl|en              labels (default: LC_ALL, LC_MESSAGES, LANG; nl*\n"
"                                is Dutch, anything else English)\n"
"      --suppress=K              counts below K shown as <K, case lists left out\n"
"      --signal-share=PCT        prevention: share of a wijk's cases\n"
"                                (default: 25)\n"
"      --signal-min=N            prevention: cases with the need (default: 5)\n"
"      --signal-rise=POINTS      prevention: rise in percentage points against\n"
"                                the previous period (default: 10)\n"
"\n";

enum {
	OPT_PERIOD = OPT_TOOL, OPT_BY, OPT_FROM, OPT_TO, OPT_FORMAT, OPT_LANG,
	OPT_SUPPRESS, OPT_SIGNAL_SHARE, OPT_SIGNAL_MIN, OPT_SIGNAL_RISE
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
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static long
number_option(const char *opt, const char *arg, long min, long max)
{
	long long n;
	const char *err;

	if (parse_int(arg, strlen(arg), min, max, &n, &err) < 0)
		die(EXIT_USAGE, "%s: '%s' is not a whole number %ld to %ld", opt, arg, min, max);
	return (long)n;
}

static long
date_option(const char *opt, const char *arg)
{
	long day;
	const char *err;

	if (date_parse(arg, strlen(arg), &day, &err) < 0)
		die(EXIT_USAGE, "%s: '%s': %s", opt, arg, err);
	return day;
}

/* Without --format: people at a terminal get text, programs tidy rows. */
static int
default_format(const struct stream *s)
{
	if (isatty(STDOUT_FILENO))
		return RF_TEXT;
	return s->out_fmt == FMT_JSON ? RF_JSON : RF_CSV;
}

int
main(int argc, char **argv)
{
	struct report_options opt = { PERIOD_WEEK, NULL, 0, 0, 25, 5, 10 };
	long from = LONG_MIN, to = LONG_MAX;
	int c, status, format = -1, lang = -1;
	struct report_reader rr;
	struct report_case rc;
	struct report rp;
	struct rdoc doc;
	struct record *r;
	struct stream s;
	struct cli cli;

	setprogname(argv[0]);
	cli_init(&cli, usage_text);
	while ((c = getopt_long(argc, argv, CLI_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case OPT_PERIOD:
			if ((c = period_parse(optarg)) < 0)
				die(EXIT_USAGE, "--period: '%s' is not week, month, quarter, year or all", optarg);
			opt.period = c;
			break;
		case OPT_BY:
			opt.by = optarg;
			break;
		case OPT_FROM:
			from = date_option("--from", optarg);
			break;
		case OPT_TO:
			to = date_option("--to", optarg);
			break;
		case OPT_FORMAT:
			if ((format = report_format_parse(optarg)) < 0)
				die(EXIT_USAGE, "--format: '%s' is not text, csv, json, md or html", optarg);
			break;
		case OPT_LANG:
			if ((lang = report_lang_parse(optarg)) < 0)
				die(EXIT_USAGE, "--lang: '%s' is not nl or en", optarg);
			break;
		case OPT_SUPPRESS:
			opt.suppress = number_option("--suppress", optarg, 1, 1000000);
			break;
		case OPT_SIGNAL_SHARE:
			opt.signal_share = number_option("--signal-share", optarg, 1, 100);
			break;
		case OPT_SIGNAL_MIN:
			opt.signal_min = number_option("--signal-min", optarg, 1, 1000000);
			break;
		case OPT_SIGNAL_RISE:
			opt.signal_rise = number_option("--signal-rise", optarg, 0, 100);
			break;
		default:
			if (!cli_option(&cli, c, optarg))
				cli_usage_error(&cli);
		}
	}
	argc -= optind;
	argv += optind;
	if (from > to)
		die(EXIT_USAGE, "--from is after --to");
	if (lang < 0)
		lang = report_lang_default();
	opt.today = cli_today(&cli);

	report_init(&rp, opt.period, opt.today);
	report_reader_init(&rr, opt.by ? field_key(opt.by) : -1, from, to,
	    opt.period != PERIOD_ALL || from != LONG_MIN || to != LONG_MAX);
	stream_open(&s, &cli, argc, argv);
	while ((r = stream_next(&s)) != NULL)
		if (report_read(&rr, &s, r, &rc) > 0)
			report_add(&rp, &rc);

	doc.opt = &opt;
	doc.lang = lang;
	doc.npages = rp.n;
	doc.csv_delim = s.out_delim;
	doc.csv_eol = s.eol;
	doc.csv_bom = cli.excel;
	report_render(&rp, &doc, format >= 0 ? format : default_format(&s), &s.out);
	s.header_written = 1;	/* the report is the output: no record header */
	status = stream_finish(&s);

	report_reader_free(&rr);
	report_free(&rp);
	return status;
}
