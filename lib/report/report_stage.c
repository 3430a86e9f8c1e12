/*
 * The report's reading side as a stage (report_stage.h): the cases of a
 * stream into the aggregation, or the partials of earlier runs merged.
 */
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "die.h"
#include "exits.h"
#include "report_partial.h"
#include "report_read.h"
#include "report_render.h"
#include "report_stage.h"
#include "schema.h"
#include "stage.h"

/* The cases of the input into rp; what shaped the aggregation into run. */
void
report_read_cases(struct stream *s, struct report *rp, const struct report_run *run)
{
	struct report_reader rr;
	struct report_case rc;
	struct record *r;
	int first = 1, by = run->by ? field_key(run->by) : -1, by_seen = 0;

	report_init(rp, run->period, run->today, run->list);
	rp->crisis_days = run->crisis_days;
	report_reader_init(&rr, by, run->from, run->to,
	    run->period != PERIOD_ALL || run->from != LONG_MIN || run->to != LONG_MAX);
	while ((r = stream_next(s)) != NULL) {
		if (by >= 0 && !by_seen && rec_get(r, by, NULL))
			by_seen = 1;
		if (first && partial_looks(r))
			die(EXIT_DATA, "%s:%ld: a partial report, not cases: merge partials with oer-report --merge",
			    r->input ? r->input : s->in.name, r->line);
		first = 0;
		if (report_read(&rr, s, r, &rc) > 0)
			report_add(rp, &rc);
	}
	/* A misspelt --by would give one empty group that looks like a report. */
	if (by >= 0 && !by_seen && !first)
		warn("--by %s: no record has this field; every case is in the empty group", run->by);
	report_reader_free(&rr);
}

/* The partials of the input into rp; their run into run. */
void
report_read_partials(struct stream *s, struct report *rp, struct partial_reader *pr,
    struct report_run *run)
{
	struct record *r;

	report_init(rp, PERIOD_WEEK, 0, 0);
	partial_reader_init(pr);
	while ((r = stream_next(s)) != NULL)
		partial_read(pr, s, r, rp);
	if (!pr->have_run) {
		if (s->rej_open)
			out_flush(&s->rej);
		die(EXIT_DATA, "no partial report in the input, so nothing to merge (oer-report --partial writes at least one record, even for no cases)");
	}
	*run = pr->run;
}

/* Without --format: people at a terminal get text, programs tidy rows. */
static int
default_format(const struct stream *s)
{
	if (isatty(stage_stdout()))
		return RF_TEXT;
	return s->out_fmt == FMT_JSON ? RF_JSON : RF_CSV;
}

void
report_draw(const struct report_drawing *d, struct report *rp, struct stream *s)
{
	struct report_options *opt = d->opt;
	struct rdoc doc;

	opt->period = d->run->period;
	opt->by = d->run->by;
	opt->today = d->run->today;
	opt->crisis_days = rp->crisis_days;
	if (d->population) {
		opt->population = d->population;
		population_match(d->population, rp);
	}
	memset(&doc, 0, sizeof(doc));
	doc.opt = opt;
	doc.latest = d->latest;
	doc.lang = d->lang;
	doc.npages = rp->n;
	doc.csv_delim = s->out_delim;
	doc.csv_eol = s->eol;
	doc.csv_excel = d->excel;
	report_render(rp, &doc, d->format >= 0 ? d->format : default_format(s), &s->out);
	s->own_output = 1;	/* the report is the output: no record header */
}
