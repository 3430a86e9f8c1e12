#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "cli.h"
#include "dates.h"
#include "dictionary.h"
#include "die.h"
#include "exits.h"
#include "stage.h"
#include "value.h"

const char cli_common_help[] =
"Common options:\n"
"      --input-format=csv|json   input format (default: '{' first means JSON)\n"
"      --output-format=csv|json  output format (default: the input's)\n"
"  -d, --input-delimiter=C       CSV input delimiter (default: sniffed , ; TAB)\n"
"      --delimiter=C             CSV output delimiter (default: ,)\n"
"      --excel                   CSV for Dutch Excel: ';', BOM, CRLF, decimal comma\n"
"      --encoding=NAME           input encoding, e.g. cp1252 (default: UTF-8)\n"
"      --rejects=FILE            write bad records to FILE and go on\n"
"      --date=YYYY-MM-DD         run date (default: SOURCE_DATE_EPOCH or today)\n"
"      --columns=FILE            a team's own column names (lines NAME = field)\n"
"  -h, --help                    show this help and exit\n"
"  -V, --version                 show the version and exit\n";

void
cli_init(struct cli *c, const char *usage)
{
	memset(c, 0, sizeof(*c));
	c->usage = usage;
	c->out_delim = ',';
}

void
cli_usage_error(const struct cli *c)
{
	const char *line = c->usage, *nl;

	/* The whole synopsis: the usage line and the indented lines after it. */
	do {
		nl = strchr(line, '\n');
		fprintf(stderr, "%.*s\n", nl ? (int)(nl - line) : (int)strlen(line), line);
		line = nl ? nl + 1 : line + strlen(line);
	} while (*line == ' ');
	fprintf(stderr, "Try '%s --help' for more information.\n", progname);
	stage_exit(EXIT_USAGE);
}

static enum format
format(const char *arg, const char *opt)
{
	if (strcmp(arg, "csv") == 0)
		return FMT_CSV;
	if (strcmp(arg, "json") == 0 || strcmp(arg, "jsonl") == 0)
		return FMT_JSON;
	die(EXIT_USAGE, "%s: '%s' is not csv or json", opt, arg);
}

static int
delimiter(const char *arg, const char *opt)
{
	if (strcmp(arg, "tab") == 0 || strcmp(arg, "TAB") == 0 || strcmp(arg, "\\t") == 0)
		return '\t';
	if (strlen(arg) != 1 || arg[0] == '"' || arg[0] == '\n' || arg[0] == '\r')
		die(EXIT_USAGE, "%s: '%s' is not a single delimiter character (or 'tab')", opt, arg);
	return (unsigned char)arg[0];
}

/* --columns FILE: a team's own names for the spec's fields (dictionary.h). */
static void
columns(const char *path)
{
	struct buf err = { 0 };
	int status = dict_columns_file(path, &err);

	if (status == -2)
		die(EXIT_NOINPUT, "%s", err.data);
	if (status < 0)
		die(EXIT_USAGE, "--columns: %s", err.data);
	buf_free(&err);
}

int
cli_option(struct cli *c, int opt, const char *arg)
{
	switch (opt) {
	case OPT_INPUT_FORMAT:
		c->in_fmt = format(arg, "--input-format");
		break;
	case OPT_OUTPUT_FORMAT:
		c->out_fmt = format(arg, "--output-format");
		break;
	case 'd':
		c->in_delim = delimiter(arg, "--input-delimiter");
		break;
	case OPT_DELIMITER:
		c->out_delim = delimiter(arg, "--delimiter");
		break;
	case OPT_EXCEL:
		c->excel = 1;
		break;
	case OPT_ENCODING:
		c->encoding = arg;
		break;
	case OPT_REJECTS:
		c->rejects = arg;
		break;
	case OPT_DATE:
		c->today = cli_date("--date", arg);
		c->today_given = 1;
		break;
	case OPT_COLUMNS:
		c->columns = xreallocarray(c->columns, (size_t)c->ncolumns + 1, sizeof(*c->columns));
		c->columns[c->ncolumns++] = arg;
		break;
	case 'h':
		fputs(c->usage, stage_stdio());
		fputs(cli_common_help, stage_stdio());
		stage_exit(stage_stdio_status(stage_stdio()));
	case 'V':
		fprintf(stage_stdio(), "%s (OER toolkit) %s\n", progname, OER_VERSION);
		stage_exit(stage_stdio_status(stage_stdio()));
	default:
		return 0;
	}
	return 1;
}

void
cli_options_taken(struct cli *c)
{
	int i;

	stage_options_taken();
	for (i = 0; i < c->ncolumns; i++)
		columns(c->columns[i]);
	free(c->columns);
	c->columns = NULL;
	c->ncolumns = 0;
}

long
cli_today(struct cli *c)
{
	const char *err;

	if (!c->today_given) {
		if (date_today(&c->today, &err) < 0)
			die(EXIT_USAGE, "SOURCE_DATE_EPOCH: %s", err);
		c->today_given = 1;
	}
	return c->today;
}

long
cli_number(const char *opt, const char *arg, long min, long max)
{
	long long n;
	const char *err;

	if (parse_int(arg, strlen(arg), min, max, &n, &err) < 0)
		die(EXIT_USAGE, "%s: '%s' is not a whole number %ld to %ld", opt, arg, min, max);
	return (long)n;
}

long
cli_date(const char *opt, const char *arg)
{
	long day;
	const char *err;

	if (date_parse(arg, strlen(arg), &day, &err) < 0)
		die(EXIT_USAGE, "%s: '%s': %s", opt, arg, err);
	return day;
}
