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

/*
 * The overview at the top of a page: the figures a team lead reads first,
 * each with its change against the previous period (report_overview.c).
 */
enum { OV_CASES, OV_OVERDUE, OV_NEW_AGENDA, OV_INFORMAL, OV_WHITE_SPOTS, OV_SIGNALS, NOVERVIEW };
extern const char *const overview_id[NOVERVIEW];	/* cases ... signals */

/* One figure of one period: a count, or a share in tenths of a percent. */
struct rfigure {
	long v;
	int have;		/* 0: no such figure (no data), 1: shown, 2: hidden "x", 3: "<K" */
};

struct rpage {
	int index;		/* its place among the pages drawn, from 0 (html anchors) */
	char period[PERIOD_LABEL_MAX];
	char *group;		/* the --by value ("all" without --by) */
	char previous[PERIOD_LABEL_MAX];	/* the period the changes are against; "" none */
	struct rsection overview;	/* id "overview": one table, figure / value / change */
	struct rsection sec[NSECTIONS];
	/* The figures across the periods, oldest first, up to this page's (html lines). */
	int ntrend;		/* 0: one period only */
	char trend_first[PERIOD_LABEL_MAX];
	struct rfigure *trend[NOVERVIEW];
};

struct report_figcache;

/* What every page shares: the options, the language, the csv shape. */
struct rdoc {
	const struct report_options *opt;
	int lang;		/* enum report_lang */
	int npages;		/* the pages drawn (--latest: of the newest periods) */
	int csv_delim;		/* csv: --delimiter, --excel */
	const char *csv_eol;
	int csv_excel;		/* --excel: a BOM, and numbers with a decimal comma */
	int latest;		/* --latest N: pages for the newest N periods only; 0 all */
	/* Set by report_render: */
	const struct report *rp;	/* for the contents list */
	const int *order;	/* the states drawn as pages, in page order (newest first) */
	struct report_figcache *cache;	/* the overview's figures per state, as needed */
};

/*
 * The tables of page i: the state rp->states[i] (pages are in the order
 * of the states: period, then group).  Built one at a time, drawn and
 * freed, so the tables of a long report are never all in memory at once.
 */
void report_page_build(const struct report *rp, const struct rdoc *doc, int i, struct rpage *pg);
void report_page_free(struct rpage *pg);

/*
 * The pages of a report in the order drawn: newest period first, groups
 * in order within a period; with doc->latest, only the newest N periods.
 * Returns their number; *order is allocated.
 */
int report_page_order(const struct report *rp, int latest, int **order);

/* The overview of page i (report_overview.c); the cache lives in doc. */
void report_overview_build(const struct report *rp, const struct rdoc *doc, int i,
    struct rpage *pg);
struct report_figcache *report_figcache_new(const struct report *rp);
void report_figcache_free(struct report_figcache *c);

/* The tables of state st without the overview (for the overview's figures). */
void report_page_sections(const struct report *rp, const struct report_options *o, int lang,
    struct report_state *st, struct rpage *pg);

/* A number as shown in a language: in Dutch 1.234,5; other text as it is. */
char *report_number_shown(const char *text, int lang);

/* The periods the prevention signals count together (--signal-window). */
long report_signal_window(const struct report_options *o);

/* The cell a renderer shows: its label, shown text or value, or "-". */
const char *rcell_display(const struct rcell *c, int lang);

/* The row head a renderer shows. */
const char *rrow_display(const struct rrow *r, int lang);

#endif
