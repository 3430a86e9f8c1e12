/*
 * Building the tables of the report: rows, cells, notes, and the figures
 * formatted as the report writes them (counts with --suppress applied,
 * shares, means and medians with one decimal in integer arithmetic).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "dates.h"
#include "report_labels.h"
#include "report_table.h"
#include "value.h"

/* ---- building tables ---- */

char *
rt_printf(const char *fmt, ...)
{
	struct buf b = { 0 };
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (b.data == NULL)
		buf_add(&b, "", 0);
	return b.data;
}

/* A new table at the end of the section; cols are label ids, NULL-terminated. */
struct rtable *
rt_table(struct rsection *sec, const char *title, const char *headcol, enum rchart chart, ...)
{
	struct rtable *t = xcalloc(1, sizeof(*t));
	const char *col;
	va_list ap;

	t->title = title;
	t->headcol = headcol;
	t->chart = chart;
	va_start(ap, chart);
	while ((col = va_arg(ap, const char *)) != NULL) {
		t->cols = xreallocarray(t->cols, (size_t)t->ncols + 1, sizeof(*t->cols));
		t->cols[t->ncols++] = col;
	}
	va_end(ap);
	sec->tables = xreallocarray(sec->tables, (size_t)sec->ntables + 1, sizeof(*sec->tables));
	sec->tables[sec->ntables++] = t;
	return t;
}

struct rrow *
rt_row(struct rtable *t, const char *head, int head_label)
{
	struct rrow *r;

	if (t->nrows == t->caprows) {
		t->caprows = t->caprows ? t->caprows * 2 : 16;
		t->rows = xreallocarray(t->rows, (size_t)t->caprows, sizeof(*t->rows));
	}
	r = &t->rows[t->nrows++];
	r->head = xstrdup(head);
	r->head_label = head_label;
	r->cells = xcalloc((size_t)(t->ncols > 0 ? t->ncols : 1), sizeof(*r->cells));
	return r;
}

void
rt_note(struct rsection *sec, char *sentence)
{
	if (sec->nnotes < (int)(sizeof(sec->notes) / sizeof(sec->notes[0])))
		sec->notes[sec->nnotes++] = sentence;
	else
		free(sentence);
}

/* A value cell: metric NULL makes it shown only. */
struct rcell *
rt_cell(struct rcell *c, const char *metric, const char *key, char *text, int numeric)
{
	c->metric = metric ? xstrdup(metric) : NULL;
	c->key = xstrdup(key);
	c->text = text;
	c->numeric = numeric;
	return c;
}

/* A count of cases or items: below the --suppress threshold it shows "<K". */
struct rcell *
rt_count(const struct report_options *o, struct rcell *c, const char *metric,
    const char *key, long n)
{
	if (o->suppress > 0 && n < o->suppress) {
		rt_cell(c, metric, key, rt_printf("<%ld", o->suppress), 0);
		c->suppressed = 1;
		return c;
	}
	rt_cell(c, metric, key, rt_printf("%ld", n), 1);
	c->n = n;
	c->bar = 1;
	return c;
}

char *
rt_ratio(long long num, long long den)
{
	char figure[FIGURE_LEN];

	if (den <= 0)
		return NULL;
	format_fixed(ratio_half_up(num * 10, den), 1, figure);
	return xstrdup(figure);
}

/* A percentage with one decimal, rounded half up; no value when den is 0. */
char *
rt_share(long long num, long long den)
{
	return rt_ratio(num * 100, den);
}

/* A mean with one decimal, rounded half up. */
char *
rt_mean(long sum, long n)
{
	return rt_ratio(sum, n);
}

char *
rt_median(const struct day_hist *h)
{
	long m2 = hist_median2(h);

	if (hist_total(h) == 0)
		return NULL;
	return m2 % 2 == 0 ? rt_printf("%ld", m2 / 2) : rt_printf("%ld.5", m2 / 2);
}

char *
rt_date(long day)
{
	char d[DATE_LEN + 1];

	date_format(day, d);
	return xstrdup(d);
}

/* The section's table of single figures (title NULL): rows are metrics. */
struct rtable *
rt_facts(struct rsection *sec)
{
	return rt_table(sec, NULL, NULL, CHART_NONE, "value", NULL);
}

/* A count on a row labelled by label (the metric itself when NULL). */
struct rcell *
rt_fact_count(const struct report_options *o, struct rtable *t, const char *metric, long n,
    const char *label)
{
	return rt_count(o, rt_row(t, label ? label : metric, 1)->cells, metric, "", n);
}

/* A figure that is not a count of people (a share, a median); NULL: none. */
void
rt_fact_value(struct rtable *t, const char *metric, char *text)
{
	rt_cell(rt_row(t, metric, 1)->cells, text ? metric : NULL, "", text, 1);
}

char *
rt_label(const char *prefix, const char *name)
{
	return rt_printf("%s.%s", prefix, name);
}

/* A row per vocabulary word, each with its count in one column. */
void
rt_vocab_rows(const struct report_options *o, struct rtable *t, const char *prefix,
    const char *metric, const char *const *names, const long *counts, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		char *id = rt_label(prefix, names[i]);

		rt_count(o, rt_row(t, id, 1)->cells, metric, names[i], counts[i]);
		free(id);
	}
}

/* A row per domain; column i shows counts[d * stride + idx[i]]. */
void
rt_domain_rows(const struct report_options *o, struct rtable *t, const char *const *metrics,
    const int *idx, int n, const long *counts, int stride)
{
	int d, i;

	for (d = 0; d < NDOMAINS; d++) {
		char *id = rt_label("domain", domains[d].key);
		struct rrow *r = rt_row(t, id, 1);

		free(id);
		for (i = 0; i < n; i++)
			rt_count(o, &r->cells[i], metrics[i], domains[d].key,
			    counts[d * stride + idx[i]]);
	}
}

struct rcell *
rt_find(const struct rsection *sec, const char *metric, const char *key)
{
	int i, r, c;

	for (i = 0; i < sec->ntables; i++) {
		const struct rtable *t = sec->tables[i];

		for (r = 0; r < t->nrows; r++)
			for (c = 0; c < t->ncols; c++) {
				struct rcell *x = &t->rows[r].cells[c];

				if (x->metric && strcmp(x->metric, metric) == 0 &&
				    strcmp(x->key, key) == 0)
					return x;
			}
	}
	return NULL;
}

void
rt_table_free(struct rtable *t)
{
	int i, j;

	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < t->ncols; j++) {
			struct rcell *c = &t->rows[i].cells[j];

			free(c->text);
			free(c->label);
			free(c->shown);
			free(c->metric);
			free(c->key);
		}
		free(t->rows[i].cells);
		free(t->rows[i].head);
	}
	free(t->rows);
	free(t->cols);
	free(t);
}

const char *
rcell_display(const struct rcell *c, int lang)
{
	if (c->label)
		return rlabel(lang, c->label);
	if (c->shown)
		return c->shown;
	return c->text ? c->text : "-";
}

const char *
rrow_display(const struct rrow *r, int lang)
{
	return r->head_label ? rlabel(lang, r->head) : r->head;
}
