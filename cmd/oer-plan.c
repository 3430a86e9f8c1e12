/*
 * oer-plan: the support plan (ondersteuningsplan, SPEC 7).
 *
 * For the cases on the half line (and crisis and safety cases) it decides
 * per life domain the level of support along the cascade -- first the
 * citizen, then the network, then the volunteer, then the professional --
 * by the rules P1-P6 and the decision table (lib/cascade.h), and per case
 * the figures of the plan and whether it goes to peer consultation
 * (collegiale raadpleging).  Other records pass through with the plan
 * fields empty.
 */
#include <stdio.h>
#include <string.h>

#include "cascade.h"
#include "cli.h"
#include "consult.h"
#include "die.h"
#include "exits.h"
#include "input.h"
#include "plan_stage.h"
#include "privacy.h"
#include "stage.h"
#include "stream.h"
#include "text.h"
#include "tools.h"
#include "value.h"

static const char usage_text[] =
"usage: oer-plan [--rules FILE] [--consult-items N] [--consult-on REASONS]\n"
"                [common options] [FILE ...]\n"
"       oer-plan --print-rules\n"
"Make the support plan: per life domain a level of support along the\n"
"cascade (self, network, volunteer, general, first_line, second_line,\n"
"third_line, crisis) by the rules P1-P6, and per case the plan's figures and\n"
"the reasons for peer consultation.\n"
"\n"
"Options:\n"
"      --rules=FILE              decision table instead of the built-in one\n"
"      --print-rules             print the built-in decision table and exit\n"
"      --consult-items=N         many_items: N or more items (default: 4;\n"
"                                0: never)\n"
"      --consult-on=REASONS      the reasons that put a case on the agenda,\n"
"                                comma-separated (default: complex,crisis,\n"
"                                no_fit,many_items,scale_up); the others are\n"
"                                listed but flag nothing on their own\n"
"\n";

enum { OPT_RULES = OPT_TOOL, OPT_PRINT_RULES, OPT_CONSULT_ITEMS, OPT_CONSULT_ON };

static const struct option longopts[] = {
	{ "rules", required_argument, NULL, OPT_RULES },
	{ "print-rules", no_argument, NULL, OPT_PRINT_RULES },
	{ "consult-items", required_argument, NULL, OPT_CONSULT_ITEMS },
	{ "consult-on", required_argument, NULL, OPT_CONSULT_ON },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static void
load_rules(const char *path, struct cascade_table *table)
{
	struct buf text = { 0 }, err = { 0 };
	int got = input_slurp(path, &text);

	if (got == -1)
		die(EXIT_NOINPUT, "cannot open rules %s:", path);
	if (got < 0)
		die(EXIT_IO, "cannot read rules %s:", path);
	if (cascade_parse(table, text.data, text.len, path, &err) < 0)
		die(EXIT_USAGE, "%s", err.data);
	buf_free(&text);
	buf_free(&err);
}

/* The table, then the rules as comments: what --rules replaces, and what it cannot. */
static int
print_rules(void)
{
	const struct plan_rule *rule;
	FILE *out = stage_stdio();

	fputs(cascade_builtin_text, out);
	fputs("\n# The rules, first that applies per domain (built in, not part of the table):\n",
	    out);
	for (rule = plan_rules; rule->id; rule++)
		fprintf(out, "#   %s  %s\n", rule->id, rule->why);
	return stage_stdio_status(out);
}

int
oer_plan_main(int argc, char **argv)
{
	struct cli cli;
	struct stream s;
	struct record *r;
	struct plan_options o = { .consult = CONSULT_RULES_DEFAULT };
	struct buf err = { 0 };
	const char *rules_path = NULL;
	int c;

	setprogname(argv);
	quote_redact = privacy_redact;	/* no identifier in a message (SPEC 3) */
	cli_init(&cli, usage_text);
	while ((c = getopt_long(argc, argv, CLI_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case OPT_RULES:
			rules_path = optarg;	/* read once the options are taken (stage.h) */
			break;
		case OPT_PRINT_RULES:
			return print_rules();
		case OPT_CONSULT_ITEMS:
			o.consult.many_items = cli_number("--consult-items", optarg, 0, NDOMAINS);
			break;
		case OPT_CONSULT_ON: {
			const char *bad;
			size_t badlen;

			if (consult_parse_on(optarg, &o.consult.on, &bad, &badlen) < 0)
				die(EXIT_USAGE, "--consult-on: '%.*s' is not complex, crisis, no_fit, many_items or scale_up",
				    (int)badlen, bad);
			break;
		}
		default:
			if (!cli_option(&cli, c, optarg))
				cli_usage_error(&cli);
		}
	}
	argc -= optind;
	argv += optind;
	cli_options_taken(&cli);	/* after optind is read: the stage before may start getopt */
	if (rules_path != NULL)
		load_rules(rules_path, &o.table);
	else if (cascade_parse(&o.table, cascade_builtin_text,
	    strlen(cascade_builtin_text), "built-in", &err) < 0)
		die(EXIT_IO, "%s", err.data);	/* not reached: tests/unit/test_cascade.c */
	buf_free(&err);
	o.today = cli_today(&cli);

	stream_open(&s, &cli, argc, argv);
	plan_open(&s, &o);
	while ((r = stream_next(&s)) != NULL)
		plan_record(&s, r);
	return plan_close(&s);
}
