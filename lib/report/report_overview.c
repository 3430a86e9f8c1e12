/*
 * The overview at the top of every page (SPEC 9): cases in, open past the
 * Wmo limit, new on the consultation agenda, the informal share, white
 * spots and prevention signals, each with its change against the previous
 * period of the same group.
 *
 * The figures are read from the page's own tables after disclosure
 * control, so the overview never shows what the page hides: a hidden
 * figure hides its change, and so does a hidden figure of the previous
 * period (the change would give it away).  Each state's figures are worked
 * out once, when first needed, and kept in a small cache: the changes and
 * the html trend lines of later pages read them again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "report_labels.h"
#include "report_model.h"
#include "report_table.h"

const char *const overview_id[NOVERVIEW] = {
	"cases", "overdue", "new_on_agenda", "informal_share", "white_spots", "signals"
};

/* Longest trend line drawn: two years of weeks. */
#define TREND_MAX 104

struct report_figcache {
	int n;
	struct rfigure (*fig)[NOVERVIEW];
	unsigned char *done;
};

struct report_figcache *
report_figcache_new(const struct report *rp)
{
	struct report_figcache *c = xcalloc(1, sizeof(*c));

	c->n = rp->n;
	c->fig = xcalloc((size_t)(rp->n > 0 ? rp->n : 1), sizeof(*c->fig));
	c->done = xcalloc((size_t)(rp->n > 0 ? rp->n : 1), 1);
	return c;
}

void
report_figcache_free(struct report_figcache *c)
{
	if (c == NULL)
		return;
	free(c->fig);
	free(c->done);
	free(c);
}

/* The index of the state of (period, group) in the sorted states, or -1. */
static int
state_index(const struct report *rp, long period, const char *group)
{
	int lo = 0, hi = rp->n;

	while (lo < hi) {
		int mid = (lo + hi) / 2, c;
		const struct report_state *st = rp->states[mid];

		c = period != st->period ? (period < st->period ? -1 : 1) : strcmp(group, st->group);
		if (c == 0)
			return mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

/* The value of a goal's indicator (its cell, hidden or not), or NULL. */
static const struct rcell *
goal_cell(const struct rsection *sec, const char *indicator)
{
	int i, r;

	for (i = 0; i < sec->ntables; i++) {
		const struct rtable *t = sec->tables[i];

		for (r = 0; t->ncols == 2 && r < t->nrows; r++)
			if (t->rows[r].cells[0].text &&
			    strcmp(t->rows[r].cells[0].text, indicator) == 0)
				return &t->rows[r].cells[1];
	}
	return NULL;
}

/* A count ("12") or a share in tenths ("45.5" -> 455), as a figure. */
static struct rfigure
figure_of(const struct rcell *c, int tenths)
{
	struct rfigure f = { 0, 0 };
	const char *p;

	if (c == NULL || c->text == NULL)
		return f;
	if (c->suppressed) {
		f.have = c->text[0] == '<' ? 3 : 2;
		return f;
	}
	f.v = strtol(c->text, NULL, 10) * (tenths ? 10 : 1);
	if (tenths && (p = strchr(c->text, '.')) != NULL)
		f.v += p[1] - '0';
	f.have = 1;
	return f;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The listed cases of a that are listed in b too. */
static long
listed_in_both(const struct case_list *a, const struct case_list *b)
{
	char **x, **y;
	long both = 0;
	int i = 0, j = 0, c;

	if (a->n == 0 || b->n == 0)
		return 0;
	x = xcalloc((size_t)a->n, sizeof(*x));
	y = xcalloc((size_t)b->n, sizeof(*y));
	for (i = 0; i < a->n; i++)
		x[i] = a->v[i].case_id;
	for (j = 0; j < b->n; j++)
		y[j] = b->v[j].case_id;
	qsort(x, (size_t)a->n, sizeof(*x), cmp_str);
	qsort(y, (size_t)b->n, sizeof(*y), cmp_str);
	for (i = j = 0; i < a->n && j < b->n;) {
		c = strcmp(x[i], y[j]);
		both += c == 0;
		i += c <= 0;
		j += c >= 0;
	}
	free(x);
	free(y);
	return both;
}

/*
 * New on the agenda: on this period's agenda and not on the previous
 * one's.  The lists hold the --list most urgent, so a case beyond them is
 * counted as new: exact when the lists hold every case (--list 0, or no
 * more cases than N).
 */
static struct rfigure
new_on_agenda(const struct report *rp, const struct report_options *o,
    const struct report_state *st)
{
	const struct report_state *prev = NULL;
	struct rfigure f = { 0, 0 };

	if (!(st->seen & SEEN_CONSULT))
		return f;
	if (rp->period != PERIOD_ALL)
		prev = report_find(rp, st->period - 1, st->group);
	f.v = st->consult - (prev ? listed_in_both(&st->agenda, &prev->agenda) : 0);
	f.have = o->suppress > 0 && f.v < o->suppress ? 3 : 1;
	return f;
}

/* The figures of state i, worked out once. */
static const struct rfigure *
figures(const struct report *rp, const struct rdoc *doc, int i)
{
	struct report_figcache *c = doc->cache;
	struct rfigure *f;
	struct rpage pg;

	if (c->done[i])
		return c->fig[i];
	f = c->fig[i];
	memset(&pg, 0, sizeof(pg));
	report_page_sections(rp, doc->opt, doc->lang, rp->states[i], &pg);
	f[OV_CASES] = figure_of(rt_find(&pg.sec[0], "cases", ""), 0);
	f[OV_OVERDUE] = figure_of(rt_find(&pg.sec[0], "overdue", ""), 0);
	f[OV_NEW_AGENDA] = new_on_agenda(rp, doc->opt, rp->states[i]);
	f[OV_INFORMAL] = figure_of(goal_cell(&pg.sec[6], "own_strength_share"), 1);
	f[OV_WHITE_SPOTS] = figure_of(rt_find(&pg.sec[3], "unmatched", ""), 0);
	f[OV_SIGNALS] = figure_of(rt_find(&pg.sec[5], "signals", ""), 0);
	report_page_free(&pg);
	c->done[i] = 1;
	return f;
}

/* The figures of a period and group, or NULL when the period has no data. */
static const struct rfigure *
figures_at(const struct report *rp, const struct rdoc *doc, long period, const char *group)
{
	int i = state_index(rp, period, group);

	return i >= 0 ? figures(rp, doc, i) : NULL;
}

static char *
figure_text(const struct rfigure *f, int id, long suppress, int sign)
{
	long v = f->v < 0 ? -f->v : f->v;
	const char *s = f->v < 0 ? "-" : sign && f->v > 0 ? "+" : "";

	if (f->have == 3)
		return rt_printf("<%ld", suppress);
	if (f->have == 2)
		return xstrdup("x");
	if (id == OV_INFORMAL)
		return rt_printf("%s%ld.%ld", s, v / 10, v % 10);
	return rt_printf("%s%ld", s, v);
}

void
report_overview_build(const struct report *rp, const struct rdoc *doc, int i, struct rpage *pg)
{
	const struct report_options *o = doc->opt;
	const struct report_state *st = rp->states[i];
	const struct rfigure *f, *pf = NULL;
	struct report_figcache *own = NULL;
	struct rdoc d = *doc;
	struct rtable *t;
	long first, p;
	int k, n;

	if (d.cache == NULL)
		own = d.cache = report_figcache_new(rp);
	pg->overview.id = "overview";
	f = figures(rp, &d, i);
	if (rp->period != PERIOD_ALL && (pf = figures_at(rp, &d, st->period - 1, st->group)))
		period_label(rp->period, st->period - 1, pg->previous);
	t = rt_table(&pg->overview, NULL, "overview.figure", CHART_NONE, "value", "change", NULL);
	for (k = 0; k < NOVERVIEW; k++) {
		char *id, *metric;
		struct rrow *r;

		if (f[k].have == 0 && (pf == NULL || pf[k].have == 0))
			continue;
		r = rt_row(t, id = rt_label("overview", overview_id[k]), 1);
		free(id);
		/* "<K" is a tidy row as the page's counts are; "x" (left out) is not. */
		rt_cell(&r->cells[0], f[k].have == 1 || f[k].have == 3 ? overview_id[k] : NULL, "",
		    f[k].have ? figure_text(&f[k], k, o->suppress, 0) : NULL, f[k].have == 1);
		r->cells[0].suppressed = f[k].have >= 2;
		if (pf && f[k].have == 1 && pf[k].have == 1) {
			struct rfigure diff = { f[k].v - pf[k].v, 1 };

			metric = rt_printf("%s_change", overview_id[k]);
			rt_cell(&r->cells[1], metric, "", figure_text(&diff, k, 0, 0), 1);
			free(metric);
			r->cells[1].shown = figure_text(&diff, k, 0, 1);
			if (doc->lang == LANG_NL) {
				char *nl = report_number_shown(r->cells[1].shown, doc->lang);

				free(r->cells[1].shown);
				r->cells[1].shown = nl;
			}
		} else if (pf && (f[k].have >= 2 || pf[k].have >= 2)) {
			rt_cell(&r->cells[1], NULL, "", xstrdup("x"), 0);
			r->cells[1].suppressed = 1;
		} else {
			/* No previous period to compare with. */
			rt_cell(&r->cells[1], NULL, "", NULL, 0);
			r->cells[1].label = xstrdup("change.none");
		}
	}
	/*
	 * The trend lines, when the report holds more than one period: every
	 * period from the report's first to this one (the first page's is a dot).
	 */
	first = rp->states[0]->period;
	if (rp->period != PERIOD_ALL && rp->states[rp->n - 1]->period > first) {
		if (st->period - first + 1 > TREND_MAX)
			first = st->period - TREND_MAX + 1;
		n = (int)(st->period - first + 1);
		pg->ntrend = n;
		period_label(rp->period, first, pg->trend_first);
		for (k = 0; k < NOVERVIEW; k++)
			pg->trend[k] = xcalloc((size_t)n, sizeof(*pg->trend[k]));
		for (p = first; p <= st->period; p++) {
			const struct rfigure *x = figures_at(rp, &d, p, st->group);

			for (k = 0; x && k < NOVERVIEW; k++)
				pg->trend[k][p - first] = x[k];
		}
	}
	report_figcache_free(own);
}

/* "1234.5" as Dutch "1.234,5"; "<1000" as "<1.000"; "+10.4" as "+10,4". */
char *
report_number_shown(const char *text, int lang)
{
	char out[96];
	const char *p = text, *dot;
	size_t i, n = 0, digits;

	while (*p && strchr("<+-", *p) && n < 8)
		out[n++] = *p++;
	for (digits = 0; p[digits] >= '0' && p[digits] <= '9'; digits++)
		;
	if (digits == 0 || digits > 40 || strlen(p) > 60 ||
	    (p[digits] != '\0' && p[digits] != '.'))
		return xstrdup(text);	/* not a plain number: as it is */
	dot = p + digits;
	for (i = 0; i < digits; i++) {
		if (lang == LANG_NL && i > 0 && (digits - i) % 3 == 0)
			out[n++] = '.';
		out[n++] = p[i];
	}
	if (*dot == '.') {
		out[n++] = lang == LANG_NL ? ',' : '.';
		for (dot++; *dot && n < sizeof(out) - 1; dot++)
			out[n++] = *dot;
	}
	out[n] = '\0';
	return xstrdup(out);
}
