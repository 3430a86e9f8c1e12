/*
 * Disclosure control under --suppress K, in the manner of statistical
 * offices (SPEC 9): a count below K is shown as "<K" (primary
 * suppression, report_table.h); a mean, share or median of fewer than K
 * cases is left out; and where a table shows a total and its parts, so
 * that one hidden cell would follow by subtraction, a second cell is
 * hidden too (secondary suppression).  Hidden figures show as "x", the
 * sign Statistics Netherlands uses for "secret".
 *
 * What this protects: every single relation total = sum of parts that a
 * page shows.  What it does not: combinations of several relations solved
 * together, or differences between two reports of overlapping periods
 * (statistical offices audit those with tools such as tau-argus).
 */
#ifndef OER_REPORT_DISCLOSURE_H
#define OER_REPORT_DISCLOSURE_H

#include "report_model.h"

#define RSUM_PARTS 16

/*
 * One relation a page shows: total = sum of parts.  Or, when derived, a
 * figure (a share) worked out from the parts: hidden when one of them is.
 */
struct rsum {
	struct rcell *total;
	struct rcell *part[RSUM_PARTS];
	int n;
	int derived;
};

struct rsums {
	struct rsum **v;		/* each its own, so a pointer to one stays good */
	int n, cap;
};

/* A new relation with its total; parts are added with rsum_part. */
struct rsum *rsum_new(struct rsums *s, struct rcell *total);
void rsum_part(struct rsum *sum, struct rcell *part);

/* The figure is worked out from the counts that follow (NULL-terminated). */
void rsum_derived(struct rsums *s, struct rcell *figure, ...);

/* Hide cells until no relation has exactly one hidden cell; 0 when --suppress is off. */
void rsum_protect(const struct report_options *o, struct rsums *s);
void rsum_free(struct rsums *s);

/*
 * A mean, share or median computed from `base` cases: its cell, left out
 * (shown "x", no tidy row) when base is below --suppress.  text NULL: none.
 */
struct rcell *rt_figure(const struct report_options *o, struct rcell *c, const char *metric,
    const char *key, char *text, long base);

/* A single figure of the section's facts table, as rt_figure. */
struct rcell *rt_fact_figure(const struct report_options *o, struct rtable *t, const char *metric,
    char *text, long base);

#endif
