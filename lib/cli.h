/*
 * The options every tool shares (formats, delimiters, encoding, rejects, the
 * run's date, help, version), defined once so that they are spelled, parsed
 * and documented the same way everywhere.  A tool lists CLI_LONGOPTS in its
 * option table, CLI_SHORTOPTS in its option string, and hands every option
 * it does not know itself to cli_option().
 */
#ifndef OER_CLI_H
#define OER_CLI_H

#include <getopt.h>

enum format { FMT_AUTO, FMT_CSV, FMT_JSON };

struct cli {
	const char *usage;	/* the tool's own help text (before the common block) */
	enum format in_fmt;
	enum format out_fmt;
	int in_delim;		/* 0: sniff */
	int out_delim;
	int excel;
	const char *encoding;	/* NULL: UTF-8 */
	const char *rejects;
	long today;		/* day number; see cli_today() */
	int today_given;
	const char **columns;	/* --columns files, read by cli_options_taken */
	int ncolumns;
};

enum {
	OPT_INPUT_FORMAT = 0x100,
	OPT_OUTPUT_FORMAT,
	OPT_DELIMITER,
	OPT_EXCEL,
	OPT_ENCODING,
	OPT_REJECTS,
	OPT_DATE,
	OPT_COLUMNS,
	OPT_TOOL		/* first value free for a tool's own long options */
};

#define CLI_SHORTOPTS "d:hV"
#define CLI_LONGOPTS \
	{ "input-format", required_argument, NULL, OPT_INPUT_FORMAT }, \
	{ "output-format", required_argument, NULL, OPT_OUTPUT_FORMAT }, \
	{ "input-delimiter", required_argument, NULL, 'd' }, \
	{ "delimiter", required_argument, NULL, OPT_DELIMITER }, \
	{ "excel", no_argument, NULL, OPT_EXCEL }, \
	{ "encoding", required_argument, NULL, OPT_ENCODING }, \
	{ "rejects", required_argument, NULL, OPT_REJECTS }, \
	{ "date", required_argument, NULL, OPT_DATE }, \
	{ "columns", required_argument, NULL, OPT_COLUMNS }, \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, 'V' }

extern const char cli_common_help[];

void cli_init(struct cli *c, const char *usage);

/* Handle a common option; returns 0 if opt is not one.  Bad values exit 2. */
int cli_option(struct cli *c, int opt, const char *arg);

/*
 * After the getopt loop: the options are taken (stage_options_taken), then
 * the --columns files are read, in their order.
 */
void cli_options_taken(struct cli *c);

/* Print the short usage and a pointer to --help on stderr; exit 2. */
void cli_usage_error(const struct cli *c);

/* Resolve the run's date: --date, else SOURCE_DATE_EPOCH, else the clock. */
long cli_today(struct cli *c);

/* A tool's own option values: a whole number min..max, a date; else exit 2 naming opt. */
long cli_number(const char *opt, const char *arg, long min, long max);
long cli_date(const char *opt, const char *arg);

#endif
