/*
 * Population rates of oer-report (SPEC 9.6, --population FILE): the
 * inhabitants per wijk, as CBS publishes them in "Kerncijfers wijken en
 * buurten", turn the counts of the report's wijken into cases and cases
 * with need per 1,000 inhabitants, and a wijk whose rate in a domain is at
 * least --rate-ratio times the municipality's is a prevention signal.
 *
 * The file is read when the report is drawn, never when the cases are
 * counted: partials carry counts only, so --merge with --population gives
 * the single run's report exactly.  The figures come from the per-wijk
 * counts every state keeps (struct wijk_stat, report.h).
 *
 * The municipality is every wijk of the file that the cases of the period
 * cover, over all groups of the period: with --by wijk a page's wijk is
 * compared with the whole municipality, not with itself.
 */
#ifndef OER_REPORT_POPULATION_H
#define OER_REPORT_POPULATION_H

#include "buf.h"
#include "report_model.h"

#define RATE_RATIO_DEFAULT 15		/* tenths: 1.5 times the municipality's rate */
#define RATE_RATIO_MAX 1000		/* 100.0 */
#define INHABITANTS_MAX 100000000L

struct pop_wijk {
	char *name;		/* as the file writes it ("" when only a code is given) */
	char *code;		/* CBS wijk code "WK099901" ("" when none) */
	char *folded;		/* the name folded as the header dictionary folds */
	long inhabitants;	/* -1: not known (CBS writes "." for a secret figure) */
	long line;		/* where the file gives it */
};

struct population {
	const char *path;
	struct pop_wijk *w;	/* in the order of the file */
	int n, cap;
	long rate_ratio;	/* --rate-ratio, in tenths */
	struct pop_match {	/* the report's wijk names, sorted, with their entry or -1 */
		char *wijk;
		int index;
	} *match;
	int nmatch;
};

/*
 * Read FILE (CSV or JSON Lines, in encoding; NULL: UTF-8).  Returns 0, or
 * the exit status with the message in err: EXIT_NOINPUT when it cannot be
 * opened, EXIT_USAGE for an unknown encoding, EXIT_DATA for a missing
 * column, a bad number or a wijk given twice (file:line: field: what).
 */
int population_load(struct population *p, const char *path, const char *encoding,
    struct buf *err);
void population_free(struct population *p);

/* The entry of a case's wijk, by folded name or by CBS code; -1 when absent. */
int population_find(const struct population *p, const char *wijk);

/* "1.5" or "1,5": the ratio in tenths (1.0 to 100.0), or -1. */
long rate_ratio_parse(const char *s);

/*
 * Match every wijk of the report's cases once, before the report is drawn,
 * and warn (stderr, "warning: ...") once about each that the file lacks:
 * its rates are left out.
 */
void population_match(struct population *p, const struct report *rp);

/* What a page's rate tables hold until the page's suppression is done. */
struct pop_page {
	struct rtable *t[4];
	int nt;
	struct rcell **extra;		/* subtotals of long sums, in no table */
	int nextra;
	struct pop_count {		/* the counts of the rate tables, with their true value */
		struct rcell *c;
		long n;
	} *count;
	int ncount;
	/*
	 * The municipality's cases with need per domain: no cell shows the
	 * count, but its rate gives it away, so it takes part in the page's
	 * relations (the wijken add up to it; with every case in a wijk of
	 * the file, so do the monitor's urgent and support).  NULL: none.
	 */
	struct rcell *muni_need[NDOMAINS];
	int all_covered;
};

struct rsums;

/* The monitor section's tables: cases and cases with need per 1,000 inhabitants. */
void population_monitor(const struct report *rp, const struct report_options *o,
    struct rsection *sec, const struct report_state *st, int lang, struct rsums *sums,
    struct pop_page *pp);

/*
 * The prevention section's rate signals over the signal window (periods
 * last - window + 1 .. last of the page's group): their table, and their
 * number.
 */
long population_signals(const struct report *rp, const struct report_options *o,
    struct rsection *sec, const struct report_state *st, long window, int lang,
    struct rsums *sums, struct pop_page *pp);

/* The note that states the rate signal's rule. */
void population_note(const struct report_options *o, struct rsection *sec, int lang);

/*
 * Before the page's suppression: a count of the rate tables and a count
 * elsewhere on the page of the same wijk and value (the prevention
 * signals show a wijk's cases too) are one figure, hidden together.
 */
void population_link(struct rpage *pg, struct rsums *sums, struct pop_page *pp);

/* After the page's suppression: decimal commas in Dutch, and the subtotals freed. */
void population_page_done(struct pop_page *pp, int lang);

/* The labels of the rate tables (report_labels.c asks here last): NULL when not one. */
const char *population_label(int lang, const char *id);

#endif
