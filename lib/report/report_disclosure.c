/*
 * Secondary suppression and left-out figures (report_disclosure.h).
 */
#include <stdarg.h>
#include <stdlib.h>

#include "alloc.h"
#include "report_disclosure.h"
#include "report_table.h"

struct rsum *
rsum_new(struct rsums *s, struct rcell *total)
{
	struct rsum *sum;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->v = xreallocarray(s->v, (size_t)s->cap, sizeof(*s->v));
	}
	sum = s->v[s->n++] = xcalloc(1, sizeof(*sum));
	sum->total = total;
	return sum;
}

void
rsum_derived(struct rsums *s, struct rcell *figure, ...)
{
	struct rsum *sum = rsum_new(s, figure);
	struct rcell *c;
	va_list ap;

	sum->derived = 1;
	va_start(ap, figure);
	while ((c = va_arg(ap, struct rcell *)) != NULL)
		rsum_part(sum, c);
	va_end(ap);
}

void
rsum_part(struct rsum *sum, struct rcell *part)
{
	if (sum->n < RSUM_PARTS)
		sum->part[sum->n++] = part;
}

void
rsum_free(struct rsums *s)
{
	int i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	s->v = NULL;
	s->n = s->cap = 0;
}

/* A cell shown as "x": a figure hidden so that another cannot be worked out. */
static void
hide(struct rcell *c)
{
	free(c->text);
	c->text = xstrdup("x");
	c->numeric = 0;
	c->suppressed = 1;
	c->bar = 0;
}

/* A derived figure left out: shown "x", and no tidy row. */
static void
leave_out(struct rcell *c)
{
	free(c->metric);
	c->metric = NULL;
	hide(c);
}

/* The visible part with the smallest count (the least lost), or NULL. */
static struct rcell *
smallest_visible(const struct rsum *sum)
{
	struct rcell *best = NULL;
	int i;

	for (i = 0; i < sum->n; i++) {
		struct rcell *c = sum->part[i];

		if (!c->suppressed && (best == NULL || c->n < best->n))
			best = c;
	}
	return best;
}

/* One relation: 1 when a cell was hidden. */
static int
protect_one(struct rsum *sum)
{
	struct rcell *c;
	int hidden = sum->total->suppressed, i;

	if (sum->derived || sum->total == NULL || sum->n == 0)
		return 0;
	for (i = 0; i < sum->n; i++)
		hidden += sum->part[i]->suppressed;
	if (hidden != 1)
		return 0;	/* nothing hidden, or two unknowns in one equation */
	c = smallest_visible(sum);
	if (c == NULL)
		c = sum->total;	/* the one part hidden is the whole total */
	if (c->suppressed)
		return 0;	/* the total hidden, every part hidden: nothing shows */
	hide(c);
	return 1;
}

/* Hiding a cell can open another relation it belongs to: repeat until none changes. */
void
rsum_protect(const struct report_options *o, struct rsums *s)
{
	int changed, i;

	if (o->suppress <= 0)
		return;
	do {
		changed = 0;
		for (i = 0; i < s->n; i++)
			changed |= protect_one(s->v[i]);
	} while (changed);
	/* A share of a hidden count would give it back: hidden too. */
	for (i = 0; i < s->n; i++) {
		struct rsum *sum = s->v[i];
		int j;

		if (!sum->derived || sum->total == NULL || sum->total->suppressed || sum->total->text == NULL)
			continue;
		for (j = 0; j < sum->n; j++)
			if (sum->part[j]->suppressed) {
				leave_out(sum->total);
				break;
			}
	}
}

struct rcell *
rt_figure(const struct report_options *o, struct rcell *c, const char *metric,
    const char *key, char *text, long base)
{
	if (text != NULL && o->suppress > 0 && base < o->suppress) {
		free(text);
		rt_cell(c, NULL, key, xstrdup("x"), 0);
		c->suppressed = 1;
		return c;
	}
	return rt_cell(c, text ? metric : NULL, key, text, 1);
}

struct rcell *
rt_fact_figure(const struct report_options *o, struct rtable *t, const char *metric,
    char *text, long base)
{
	return rt_figure(o, rt_row(t, metric, 1)->cells, metric, "", text, base);
}
