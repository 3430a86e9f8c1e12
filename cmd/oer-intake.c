/*
 * oer-intake: the question and the admission model (SPEC 5).
 *
 * Checks and normalises the intake fields of each case, finds the life
 * domains and the crisis and safety signals in the resident's question,
 * chooses the route by the admission rules I0-I5, and guards privacy:
 * identifiers in the text are redacted, identifying columns dropped, case ids
 * optionally replaced by keyed pseudonyms.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "cli.h"
#include "die.h"
#include "exits.h"
#include "input.h"
#include "intake_stage.h"
#include "lexicon.h"
#include "privacy.h"
#include "schema.h"
#include "stage.h"
#include "stream.h"
#include "text.h"
#include "tools.h"

static const char usage_text[] =
"usage: oer-intake [--lexicon FILE] [--scan FIELD]... [--pii redact|reject|off]\n"
"                  [--pseudonymise KEYFILE] [common options] [FILE ...]\n"
"       oer-intake --print-lexicon\n"
"Admit residents' questions: check the intake fields, find the life domains\n"
"and crisis or safety signals in the question, choose the route (rules I0-I5)\n"
"and redact identifiers that slipped into the text.\n"
"\n"
"Options:\n"
"      --lexicon=FILE            keyword lexicon instead of the built-in one\n"
"      --print-lexicon           print the built-in lexicon and exit\n"
"      --scan=FIELD              also redact identifiers in FIELD (repeatable)\n"
"      --pii=redact|reject|off   identifying columns: drop with a warning\n"
"                                (default), refuse (exit 65), or keep\n"
"      --pseudonymise=KEYFILE    replace case_id by its keyed HMAC-SHA-256\n"
"\n";

enum { OPT_LEXICON = OPT_TOOL, OPT_PRINT_LEXICON, OPT_SCAN, OPT_PII, OPT_PSEUDONYMISE };

static const struct option longopts[] = {
	{ "lexicon", required_argument, NULL, OPT_LEXICON },
	{ "print-lexicon", no_argument, NULL, OPT_PRINT_LEXICON },
	{ "scan", required_argument, NULL, OPT_SCAN },
	{ "pii", required_argument, NULL, OPT_PII },
	{ "pseudonymise", required_argument, NULL, OPT_PSEUDONYMISE },
	{ "pseudonymize", required_argument, NULL, OPT_PSEUDONYMISE },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static struct lexicon *
load_lexicon(const char *path)
{
	struct buf text = { 0 }, err = { 0 };
	struct lexicon *lx;
	int got = input_slurp(path, &text);

	if (got == -1)
		die(EXIT_NOINPUT, "cannot open lexicon %s:", path);
	if (got < 0)
		die(EXIT_IO, "cannot read lexicon %s:", path);
	if ((lx = lexicon_parse(text.data, text.len, path, &err)) == NULL)
		die(EXIT_USAGE, "%s", err.data);
	buf_free(&text);
	return lx;
}

int
oer_intake_main(int argc, char **argv)
{
	struct cli cli;
	struct stream s;
	struct record *r;
	struct lexicon *lexicon = NULL;
	const char *lexicon_path = NULL, *key_path = NULL;
	int *scan_keys = NULL;
	struct buf key = { 0 }, err = { 0 };
	struct intake_options o = { .pii = PII_REDACT };
	int c, status;

	setprogname(argv);
	quote_redact = privacy_redact;	/* no identifier in a message (SPEC 3) */
	cli_init(&cli, usage_text);
	while ((c = getopt_long(argc, argv, CLI_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case OPT_LEXICON:
			lexicon_path = optarg;	/* read once the options are taken (stage.h) */
			break;
		case OPT_PRINT_LEXICON:
			/* A text longer than the buffer is written past it: ferror tells. */
			fputs(lexicon_builtin_text, stage_stdio());
			if ((status = stage_stdio_status(stage_stdio())) != EXIT_OK)
				die(status, "stdout: write error");
			return EXIT_OK;
		case OPT_SCAN:
			scan_keys = xreallocarray(scan_keys, (size_t)o.nscan + 1, sizeof(int));
			scan_keys[o.nscan++] = field_key(optarg);
			break;
		case OPT_PII:
			if (strcmp(optarg, "redact") == 0)
				o.pii = PII_REDACT;
			else if (strcmp(optarg, "reject") == 0)
				o.pii = PII_REJECT;
			else if (strcmp(optarg, "off") == 0)
				o.pii = PII_OFF;
			else
				die(EXIT_USAGE, "--pii: '%s' is not redact, reject or off", optarg);
			break;
		case OPT_PSEUDONYMISE:
			key_path = optarg;	/* read once the options are taken (stage.h) */
			break;
		default:
			if (!cli_option(&cli, c, optarg))
				cli_usage_error(&cli);
		}
	}
	argc -= optind;
	argv += optind;
	cli_options_taken(&cli);	/* after optind is read: the stage before may start getopt */
	if (key_path != NULL) {
		if ((status = pseudonym_key(key_path, &key, &err)) != 0)
			die(status, "%s", err.data);
		o.pseudonym_key = &key;
	}
	if (lexicon_path != NULL)
		lexicon = load_lexicon(lexicon_path);
	else
		lexicon = lexicon_parse(lexicon_builtin_text, strlen(lexicon_builtin_text), "built-in", &err);
	o.lexicon = lexicon;
	o.scan_keys = scan_keys;

	stream_open(&s, &cli, argc, argv);
	intake_open(&s, &o);
	while ((r = stream_next(&s)) != NULL)
		intake_record(&s, r);
	status = intake_close(&s);

	lexicon_free(lexicon);
	free(scan_keys);
	buf_free(&key);
	buf_free(&err);
	return status;
}
