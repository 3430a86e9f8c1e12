/*
 * The report as tables (SPEC 9), built from the aggregate states: derived
 * figures (shares, means, medians, prevention signals) are computed here,
 * suppression is applied here, and every renderer draws the same tables.
 *
 * A table has a first column (the row heads) and value columns.  Each value
 * cell carries its tidy row -- metric and key -- so the csv and json
 * formats are the cells in table order: the metric names the column, the
 * key names the row ("" for a section's single figures).  Values are
 * language-neutral text; the human formats translate label ids
 * (report_labels.h) and escape everything else.
 */
#ifndef OER_REPORT_MODEL_H
#define OER_REPORT_MODEL_H

#include "report.h"

struct population;

#define NSECTIONS 7
extern const char *const section_id[NSECTIONS];	/* intake ... goals */

struct report_options {
	enum period_kind period;
	const char *by;		/* the --by field, or NULL */
	long today;
	long suppress;		/* counts below it are shown as "<K"; 0: none */
	long signal_share;	/* prevention: share of a wijk's cases, percent */
	long signal_min;	/* prevention: at least this many cases with the need */
	long signal_rise;	/* prevention: rise in percentage points */
	long signal_window;	/* prevention: periods counted together; 0: a quarter's */
	int crisis_days;	/* the team's norm for crisis and safety (the run's) */
	const struct population *population;	/* --population: rates (report_population.h); NULL */
};

struct rcell {
	char *text;		/* the value: "12", "45.5", "<5", "2026-11-02"; NULL: none */
	char *label;		/* human formats: show this label id instead */
	char *shown;		/* human formats: show this text instead */
	char *metric;		/* the tidy row; NULL: shown only */
	char *key;
	int numeric;		/* a number: right-aligned, a JSON number */
	int suppressed;		/* a count below --suppress: "<K", right-aligned */
	long n;			/* for charts: the count ... */
	int bar;		/* ... when it may be drawn (not suppressed) */
};

struct rrow {
	char *head;		/* label id (head_label) or text */
	int head_label;
	struct rcell *cells;	/* one per value column */
};

enum rchart { CHART_NONE, CHART_BARS, CHART_STACKED };

struct rtable {
	const char *title;	/* label id; NULL: the section's single figures */
	const char *headcol;	/* label id of the first column */
	const char **cols;	/* label ids of the value columns */
	int ncols;
	struct rrow *rows;
	int nrows, caprows;
	enum rchart chart;	/* html: one bar per row, or one stacked bar per row */
};

struct rsection {
	const char *id;
	struct rtable **tables;
	int ntables;
	char *notes[8];		/* sentences, already in the report's language */
	int nnotes;
};

struct rpage {
	char period[PERIOD_LABEL_MAX];
	char *group;		/* the --by value ("all" without --by) */
	struct rsection sec[NSECTIONS];
};

/* What every page shares: the options, the language, the csv shape. */
struct rdoc {
	const struct report_options *opt;
	int lang;		/* enum report_lang */
	int npages;		/* one per state of the report */
	int csv_delim;		/* csv: --delimiter, --excel */
	const char *csv_eol;
	int csv_bom;
};

/*
 * The tables of page i: the state rp->states[i] (pages are in the order
 * of the states: period, then group).  Built one at a time, drawn and
 * freed, so the tables of a long report are never all in memory at once.
 */
void report_page_build(const struct report *rp, const struct rdoc *doc, int i, struct rpage *pg);
void report_page_free(struct rpage *pg);

/* The periods the prevention signals count together (--signal-window). */
long report_signal_window(const struct report_options *o);

/* The cell a renderer shows: its label, shown text or value, or "-". */
const char *rcell_display(const struct rcell *c, int lang);

/* The row head a renderer shows. */
const char *rrow_display(const struct rrow *r, int lang);

#endif
