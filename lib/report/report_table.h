/*
 * Building the tables of report_model.h: the sections use these to add
 * tables, rows, cells and notes, and to write figures the one way the
 * report writes them.  Every string a cell holds is its own copy.
 */
#ifndef OER_REPORT_TABLE_H
#define OER_REPORT_TABLE_H

#include "report_model.h"

/* A new string, formatted. */
char *rt_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* "prefix.name": a label id or a per-domain metric name. */
char *rt_label(const char *prefix, const char *name);

/* A new table at the end of the section; the value columns' label ids follow, then NULL. */
struct rtable *rt_table(struct rsection *sec, const char *title, const char *headcol,
    enum rchart chart, ...);

/* The section's table of single figures (no title): a row per metric. */
struct rtable *rt_facts(struct rsection *sec);

/* A new row; head is a label id when head_label, else text shown as it is. */
struct rrow *rt_row(struct rtable *t, const char *head, int head_label);

/* A note under the section (sentence is taken over). */
void rt_note(struct rsection *sec, char *sentence);

/* A cell: its tidy row (metric NULL: shown only) and its value (taken over). */
struct rcell *rt_cell(struct rcell *c, const char *metric, const char *key, char *text,
    int numeric);

/* A count of cases or items: below --suppress it is "<K" and not drawn. */
struct rcell *rt_count(const struct report_options *o, struct rcell *c, const char *metric,
    const char *key, long n);

/*
 * Figures with one decimal, rounded half up in integers: a percentage
 * (NULL when den is 0), a mean (NULL when n is 0); the exact median
 * ("6" or "6.5"; NULL when empty); a date.
 */
char *rt_ratio(long long num, long long den);	/* num / den, one decimal */
char *rt_share(long long num, long long den);
char *rt_mean(long sum, long n);
char *rt_median(const struct day_hist *h);
char *rt_date(long day);

/* A row of the single figures: a count (labelled by label, or the metric), or a value. */
struct rcell *rt_fact_count(const struct report_options *o, struct rtable *t, const char *metric,
    long n, const char *label);
void rt_fact_value(struct rtable *t, const char *metric, char *text);

/* A row per word of a vocabulary, its count in the one column. */
void rt_vocab_rows(const struct report_options *o, struct rtable *t, const char *prefix,
    const char *metric, const char *const *names, const long *counts, int n);

/* A row per domain; column i counts[d * stride + idx[i]]. */
void rt_domain_rows(const struct report_options *o, struct rtable *t, const char *const *metrics,
    const int *idx, int n, const long *counts, int stride);

/* The cell of a tidy row (metric, key) in a section, or NULL. */
struct rcell *rt_find(const struct rsection *sec, const char *metric, const char *key);

void rt_table_free(struct rtable *t);

#endif
