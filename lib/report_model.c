#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "dates.h"
#include "report_labels.h"
#include "report_model.h"

const char *const section_id[NSECTIONS] = {
	"intake", "monitor", "plan", "referral", "agenda", "prevention", "goals"
};

enum { S_INTAKE, S_MONITOR, S_PLAN, S_REFERRAL, S_AGENDA, S_PREVENTION, S_GOALS };

/* ---- building tables ---- */

static char *
xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *
xprintf(const char *fmt, ...)
{
	struct buf b = { 0 };
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_grow(&b, (size_t)(n > 0 ? n : 0));
	va_start(ap, fmt);
	vsnprintf(b.data, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return b.data;
}

/* A new table at the end of the section; cols are label ids, NULL-terminated. */
static struct rtable *
table_add(struct rsection *sec, const char *title, const char *headcol, enum rchart chart, ...)
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

static struct rrow *
row_add(struct rtable *t, const char *head, int head_label)
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

static void
note_add(struct rsection *sec, char *sentence)
{
	if (sec->nnotes < (int)(sizeof(sec->notes) / sizeof(sec->notes[0])))
		sec->notes[sec->nnotes++] = sentence;
	else
		free(sentence);
}

/* A value cell: metric NULL makes it shown only. */
static struct rcell *
cell_set(struct rcell *c, const char *metric, const char *key, char *text, int numeric)
{
	c->metric = metric ? xstrdup(metric) : NULL;
	c->key = xstrdup(key);
	c->text = text;
	c->numeric = numeric;
	return c;
}

/* A count of cases or items: below the --suppress threshold it shows "<K". */
static struct rcell *
cell_count(const struct report_options *o, struct rcell *c, const char *metric,
    const char *key, long n)
{
	if (o->suppress > 0 && n < o->suppress) {
		cell_set(c, metric, key, xprintf("<%ld", o->suppress), 0);
		c->suppressed = 1;
		return c;
	}
	cell_set(c, metric, key, xprintf("%ld", n), 1);
	c->n = n;
	c->bar = 1;
	return c;
}

/* A percentage with one decimal, rounded half up; no value when den is 0. */
static char *
fmt_share(long long num, long long den)
{
	long long tenths;

	if (den <= 0)
		return NULL;
	tenths = (num * 2000 + den) / (2 * den);
	return xprintf("%lld.%lld", tenths / 10, tenths % 10);
}

/* A mean with one decimal, rounded half up. */
static char *
fmt_mean(long sum, long n)
{
	long long tenths;

	if (n <= 0)
		return NULL;
	tenths = ((long long)sum * 20 + n) / (2LL * n);
	return xprintf("%lld.%lld", tenths / 10, tenths % 10);
}

static char *
fmt_median(const struct day_hist *h)
{
	long m2 = hist_median2(h);

	if (hist_total(h) == 0)
		return NULL;
	return m2 % 2 == 0 ? xprintf("%ld", m2 / 2) : xprintf("%ld.5", m2 / 2);
}

static char *
fmt_date(long day)
{
	char d[DATE_LEN + 1];

	date_format(day, d);
	return xstrdup(d);
}

/* The section's table of single figures (title NULL): rows are metrics. */
static struct rtable *
facts(struct rsection *sec)
{
	return table_add(sec, NULL, NULL, CHART_NONE, "value", NULL);
}

/* A count on a row labelled by label (the metric itself when NULL). */
static void
fact_count(const struct report_options *o, struct rtable *t, const char *metric, long n,
    const char *label)
{
	cell_count(o, row_add(t, label ? label : metric, 1)->cells, metric, "", n);
}

/* A figure that is not a count of people (a share, a median); NULL: none. */
static void
fact_value(struct rtable *t, const char *metric, char *text)
{
	cell_set(row_add(t, metric, 1)->cells, text ? metric : NULL, "", text, 1);
}

static char *
label_id(const char *prefix, const char *name)
{
	return xprintf("%s.%s", prefix, name);
}

/* A row per vocabulary word, each with its count in one column. */
static void
vocab_rows(const struct report_options *o, struct rtable *t, const char *prefix,
    const char *metric, const char *const *names, const long *counts, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		char *id = label_id(prefix, names[i]);

		cell_count(o, row_add(t, id, 1)->cells, metric, names[i], counts[i]);
		free(id);
	}
}

/* ---- 1. intake ---- */

/* The route and source words, and "none" for a case without one. */
static const char *const route_names[NROUTES + 1] = {
	"safety", "crisis", "outreach", "info", "halfline", "none"
};
static const char *const source_names[NSOURCES + 1] = {
	"self", "network", "professional", "gp", "police", "school", "housing", "other", "none"
};

static void
overdue_list(const struct report_options *o, struct rsection *sec, struct report_state *st,
    int lang)
{
	struct rtable *t;
	int i;

	if (st->overdue_list.n == 0)
		return;
	if (o->suppress > 0) {
		note_add(sec, xstrdup(rlabel(lang, "note.overdue_left_out")));
		return;
	}
	qsort(st->overdue_list.v, (size_t)st->overdue_list.n, sizeof(struct listed_case), overdue_cmp);
	t = table_add(sec, "overdue_list", "case", CHART_NONE, "wijk", "route", "received",
	    "deadline", "plan_date", "days_late", NULL);
	for (i = 0; i < st->overdue_list.n; i++) {
		const struct listed_case *e = &st->overdue_list.v[i];
		struct rrow *r = row_add(t, e->case_id, 0);
		const char *route = e->route >= 0 ? routes[e->route].name : "";

		cell_set(&r->cells[0], "overdue.wijk", e->case_id, xstrdup(e->wijk), 0);
		if (e->route >= 0) {
			cell_set(&r->cells[1], "overdue.route", e->case_id, xstrdup(route), 0);
			r->cells[1].label = label_id("route", route);
		}
		cell_set(&r->cells[2], "overdue.received", e->case_id, fmt_date(e->received), 0);
		cell_set(&r->cells[3], "overdue.deadline", e->case_id, fmt_date(e->deadline), 0);
		cell_set(&r->cells[4], e->plan_date >= 0 ? "overdue.plan_date" : NULL, e->case_id,
		    e->plan_date >= 0 ? fmt_date(e->plan_date) : NULL, 0);
		cell_set(&r->cells[5], "overdue.days_late", e->case_id, xprintf("%ld", e->days_late), 1);
	}
}

static void
intake_section(const struct report_options *o, struct rsection *sec, struct report_state *st,
    int lang)
{
	struct rtable *t = facts(sec);

	fact_count(o, t, "cases", st->cases, NULL);
	if (st->seen & SEEN_PLAN_DATE) {
		fact_count(o, t, "planned", hist_total(&st->lead), NULL);
		fact_value(t, "median_lead_days", fmt_median(&st->lead));
		if (st->seen & SEEN_RECEIVED)
			fact_count(o, t, "overdue", st->overdue, NULL);
	}
	if (st->seen & SEEN_ROUTE) {
		t = table_add(sec, "routes", "route", CHART_BARS, "cases", NULL);
		vocab_rows(o, t, "route", "route", route_names, st->route,
		    st->route[NROUTES] > 0 ? NROUTES + 1 : NROUTES);
	}
	if (st->seen & SEEN_SOURCE) {
		t = table_add(sec, "sources", "source", CHART_NONE, "cases", NULL);
		vocab_rows(o, t, "source", "source", source_names, st->source,
		    st->source[NSOURCES] > 0 ? NSOURCES + 1 : NSOURCES);
	}
	overdue_list(o, sec, st, lang);
}

/* ---- 2. monitor ---- */

/* A row per domain; column i shows counts[d * stride + idx[i]]. */
static void
domain_row_counts(const struct report_options *o, struct rtable *t, const char *const *metrics,
    const int *idx, int n, const long *counts, int stride)
{
	int d, i;

	for (d = 0; d < NDOMAINS; d++) {
		char *id = label_id("domain", domains[d].key);
		struct rrow *r = row_add(t, id, 1);

		free(id);
		for (i = 0; i < n; i++)
			cell_count(o, &r->cells[i], metrics[i], domains[d].key,
			    counts[d * stride + idx[i]]);
	}
}

static void
monitor_section(const struct report_options *o, struct rsection *sec,
    const struct report_state *st, int lang)
{
	static const char *const level_metrics[NLEVELS + 1] = {
		"level.acute", "level.insufficient", "level.limited", "level.sufficient",
		"level.full", "level.unscored"
	};
	/* Levels 1-5, then level 0: not scored.  Needs heavy to light. */
	static const int level_idx[NLEVELS + 1] = { 1, 2, 3, 4, 5, 0 };
	static const char *const need_metrics[NNEEDS] = {
		"need.urgent", "need.support", "need.watch", "need.none"
	};
	static const int need_idx[NNEEDS] = { NEED_URGENT, NEED_SUPPORT, NEED_WATCH, NEED_NONE };
	struct rtable *t;
	int d;

	if (!(st->seen & (SEEN_MONITOR | SEEN_NEED | SEEN_COMPLEX | SEEN_TREND))) {
		note_add(sec, xstrdup(rlabel(lang, "note.no_monitor")));
		return;
	}
	t = facts(sec);
	if (st->seen & SEEN_MONITOR) {
		fact_count(o, t, "monitored", st->monitored, NULL);
		fact_count(o, t, "all_scored", st->all_scored, NULL);
	}
	if (st->seen & SEEN_COMPLEX)
		fact_count(o, t, "complex", st->complex, NULL);
	if (st->seen & SEEN_MONITOR) {
		t = table_add(sec, "levels", "domain", CHART_STACKED, "level.acute",
		    "level.insufficient", "level.limited", "level.sufficient", "level.full",
		    "unscored", NULL);
		domain_row_counts(o, t, level_metrics, level_idx, NLEVELS + 1, &st->level[0][0],
		    NLEVELS + 1);
		t = table_add(sec, "self_together", "domain", CHART_NONE, "carried",
		    "mean_self", "mean_together", NULL);
		for (d = 0; d < NDOMAINS; d++) {
			char *id = label_id("domain", domains[d].key);
			struct rrow *r = row_add(t, id, 1);
			char *m;

			free(id);
			cell_count(o, &r->cells[0], "carried", domains[d].key, st->carried[d]);
			m = fmt_mean(st->sum_self[d], st->n_self[d]);
			cell_set(&r->cells[1], m ? "mean_self" : NULL, domains[d].key, m, 1);
			m = fmt_mean(st->sum_together[d], st->n_together[d]);
			cell_set(&r->cells[2], m ? "mean_together" : NULL, domains[d].key, m, 1);
		}
	}
	if (st->seen & SEEN_NEED) {
		t = table_add(sec, "needs", "domain", CHART_NONE, "need.urgent", "need.support",
		    "need.watch", "need.none", NULL);
		domain_row_counts(o, t, need_metrics, need_idx, NNEEDS, &st->need[0][0], NNEEDS);
	}
	if (st->seen & SEEN_TREND) {
		t = table_add(sec, "trends", "trend", CHART_NONE, "cases", NULL);
		vocab_rows(o, t, "trend", "trend", report_trend_name, st->trend, NTRENDS);
	}
}

/* ---- 3. plan ---- */

static long
items_at(const struct report_state *st, int from, int to)
{
	long n = 0;
	int i;

	for (i = from; i <= to; i++)
		n += st->items_level[i];
	return n;
}

static void
plan_section(const struct report_options *o, struct rsection *sec,
    const struct report_state *st, int lang)
{
	static const char *const echelon_keys[NECHELONS] = { "0", "1", "2", "3" };
	static const char *const item_names[NPLAN_ITEMS] = {
		"self", "network", "volunteer", "general", "first_line", "second_line",
		"third_line", "crisis", "no_fit"
	};
	struct rtable *t;
	long informal = items_at(st, PL_SELF, PL_VOLUNTEER);

	if (!(st->seen & (SEEN_PLAN | SEEN_COORDINATION | SEEN_CONSULT))) {
		note_add(sec, xstrdup(rlabel(lang, "note.no_plan")));
		return;
	}
	t = facts(sec);
	if (st->seen & SEEN_PLAN) {
		fact_count(o, t, "cases", st->plan_cases, "plan.cases");
		fact_count(o, t, "items", st->items, NULL);
		fact_count(o, t, "informal", informal, NULL);
		fact_count(o, t, "formal", items_at(st, PL_GENERAL, PL_CRISIS), NULL);
		fact_value(t, "informal_share", fmt_share(informal, st->items));
		fact_count(o, t, "scale_down", st->action[ACT_SCALE_DOWN], NULL);
		fact_count(o, t, "scale_up", st->action[ACT_SCALE_UP], NULL);
	}
	if (st->seen & SEEN_COORDINATION)
		fact_count(o, t, "coordination", st->coordination, NULL);
	if (st->seen & SEEN_CONSULT)
		fact_count(o, t, "consult", st->consult, NULL);
	if (st->seen & SEEN_PLAN) {
		t = table_add(sec, "cascade", "plan_level", CHART_BARS, "items", NULL);
		vocab_rows(o, t, "plan_level", "items_by_level", item_names, st->items_level,
		    NPLAN_ITEMS);
		t = table_add(sec, "echelons", "echelon", CHART_NONE, "items", NULL);
		vocab_rows(o, t, "echelon", "items_by_echelon", echelon_keys, st->items_echelon,
		    NECHELONS);
	}
}

/* ---- 4. referral ---- */

static void
referral_section(const struct report_options *o, struct rsection *sec,
    const struct report_state *st, int lang)
{
	struct rtable *t;
	struct rrow *r;
	static const int status_idx[NREFER_STATUSES] = {
		REF_INFORMAL, REF_PROPOSED, REF_WAITLIST, REF_UNMATCHED
	};
	long total[NREFER_STATUSES] = { 0 };
	int d, s, i;

	if (!(st->seen & SEEN_REFER)) {
		note_add(sec, xstrdup(rlabel(lang, "note.no_referral")));
		return;
	}
	t = table_add(sec, "referral", "domain", CHART_NONE, "status.informal",
	    "status.proposed", "status.waitlist", "status.unmatched", NULL);
	domain_row_counts(o, t, referral_status_name, status_idx, NREFER_STATUSES, &st->refer[0][0],
	    NREFER_STATUSES);
	for (d = 0; d < NDOMAINS; d++)
		for (s = 0; s < NREFER_STATUSES; s++)
			total[s] += st->refer[d][s];
	r = row_add(t, "total", 1);
	for (s = 0; s < NREFER_STATUSES; s++)
		cell_count(o, &r->cells[s], referral_status_name[s], "", total[s]);
	if (!(st->seen & SEEN_WIJK))
		return;
	t = table_add(sec, "white_spots", "wijk", CHART_NONE, "domain", "status.unmatched", NULL);
	for (i = 0; i < st->nwijk; i++)
		for (d = 0; d < NDOMAINS; d++) {
			const struct wijk_stat *w = &st->wijk[i];
			char *metric;

			if (w->unmatched[d] == 0)
				continue;
			r = row_add(t, w->name, 0);
			cell_set(&r->cells[0], NULL, w->name, xstrdup(domains[d].key), 0);
			r->cells[0].label = label_id("domain", domains[d].key);
			metric = label_id("white_spots", domains[d].key);
			cell_count(o, &r->cells[1], metric, w->name, w->unmatched[d]);
			free(metric);
		}
	if (t->nrows == 0)
		note_add(sec, xstrdup(rlabel(lang, "note.no_white_spots")));
}

/* ---- 5. peer consultation agenda ---- */

/* A ';'-list as people write it: "complex, crisis". */
static char *
list_shown(const char *list)
{
	struct buf b = { 0 };
	const char *p;

	buf_adds(&b, "");
	for (p = list; *p; p++)
		if (*p == ';')
			buf_adds(&b, ", ");
		else
			buf_addc(&b, *p);
	return b.data;
}

static void
agenda_section(const struct report_options *o, struct rsection *sec, struct report_state *st,
    int lang)
{
	struct rtable *t;
	int i;

	if (!(st->seen & SEEN_CONSULT)) {
		note_add(sec, xstrdup(rlabel(lang, "note.no_consult")));
		return;
	}
	fact_count(o, facts(sec), "cases", st->consult, "agenda.cases");
	if (st->agenda.n == 0)
		return;
	if (o->suppress > 0) {
		note_add(sec, xstrdup(rlabel(lang, "note.agenda_left_out")));
		return;
	}
	qsort(st->agenda.v, (size_t)st->agenda.n, sizeof(struct listed_case), agenda_cmp);
	t = table_add(sec, "agenda_list", "case", CHART_NONE, "rank", "priority", "wijk",
	    "route", "urgent", "reasons", NULL);
	for (i = 0; i < st->agenda.n; i++) {
		const struct listed_case *e = &st->agenda.v[i];
		struct rrow *r = row_add(t, e->case_id, 0);

		cell_set(&r->cells[0], "rank", e->case_id, xprintf("%d", i + 1), 1);
		cell_set(&r->cells[1], e->priority > 0 ? "priority" : NULL, e->case_id,
		    e->priority > 0 ? xprintf("%d", e->priority) : NULL, 1);
		cell_set(&r->cells[2], "wijk", e->case_id, xstrdup(e->wijk), 0);
		cell_set(&r->cells[3], e->route >= 0 ? "route" : NULL, e->case_id,
		    e->route >= 0 ? xstrdup(routes[e->route].name) : NULL, 0);
		if (e->route >= 0)
			r->cells[3].label = label_id("route", routes[e->route].name);
		cell_set(&r->cells[4], e->urgent >= 0 ? "urgent" : NULL, e->case_id,
		    e->urgent >= 0 ? xprintf("%d", e->urgent) : NULL, 1);
		cell_set(&r->cells[5], "reasons", e->case_id, xstrdup(e->reasons), 0);
		r->cells[5].shown = list_shown(e->reasons);
	}
}

/* ---- 6. prevention signals ---- */

static const struct wijk_stat *
wijk_find(const struct report_state *st, const char *name)
{
	int i;

	for (i = 0; st && i < st->nwijk; i++)
		if (strcmp(st->wijk[i].name, name) == 0)
			return &st->wijk[i];
	return NULL;
}

/*
 * The signal of a wijk in a domain: "high" when at least signal_min of its
 * cases have the need (urgent or support) and they are at least
 * signal_share percent of its cases; "rising" when at least signal_min
 * have it and their share is higher than in the previous period by at
 * least signal_rise percentage points (the wijk had cases then).
 * Integer arithmetic, so the thresholds hold exactly.
 */
static const char *
signal_kind(const struct report_options *o, const struct wijk_stat *w,
    const struct wijk_stat *pw, int d)
{
	long long need = w->need[d], cases = w->cases, pn, pc, diff;
	int high, rising = 0;

	if (need < o->signal_min || need == 0)
		return NULL;
	high = need * 100 >= (long long)o->signal_share * cases;
	if (pw && pw->cases > 0) {
		pn = pw->need[d];
		pc = pw->cases;
		diff = need * pc - pn * cases;	/* share now - share then, times cases * pc */
		rising = diff > 0 && diff * 100 >= (long long)o->signal_rise * cases * pc;
	}
	return high && rising ? "high;rising" : high ? "high" : rising ? "rising" : NULL;
}

static void
signal_row(const struct report_options *o, struct rtable *t, const struct wijk_stat *w,
    const struct wijk_stat *pw, int d, const char *kind)
{
	const char *dk = domains[d].key;
	struct rrow *r = row_add(t, w->name, 0);
	char *m;

	cell_set(&r->cells[0], NULL, w->name, xstrdup(dk), 0);
	r->cells[0].label = label_id("domain", dk);
	cell_count(o, &r->cells[1], m = label_id("cases", dk), w->name, w->cases);
	free(m);
	cell_count(o, &r->cells[2], m = label_id("need", dk), w->name, w->need[d]);
	free(m);
	cell_set(&r->cells[3], m = label_id("share", dk), w->name, fmt_share(w->need[d], w->cases), 1);
	free(m);
	if (pw && pw->cases > 0) {
		cell_set(&r->cells[4], m = label_id("previous_share", dk), w->name,
		    fmt_share(pw->need[d], pw->cases), 1);
		free(m);
	}
	cell_set(&r->cells[5], m = label_id("signal", dk), w->name, xstrdup(kind), 0);
	free(m);
	r->cells[5].label = label_id("signal", kind);
}

/* Returns the number of signals, or -1 when the fields are not there. */
static long
prevention_section(const struct report *rp, const struct report_options *o,
    struct rsection *sec, const struct report_state *st, int lang)
{
	const struct report_state *prev = NULL;
	struct rtable *f, *t;
	long n = 0;
	int i, d;

	if ((st->seen & (SEEN_NEED | SEEN_WIJK)) != (SEEN_NEED | SEEN_WIJK)) {
		note_add(sec, xstrdup(rlabel(lang, "note.no_prevention")));
		return -1;
	}
	if (rp->period != PERIOD_ALL)
		prev = report_find(rp, st->period - 1, st->group);
	f = facts(sec);
	t = table_add(sec, "signal_list", "wijk", CHART_NONE, "domain", "cases", "with_need",
	    "share", "previous_share", "signal", NULL);
	for (i = 0; i < st->nwijk; i++) {
		const struct wijk_stat *w = &st->wijk[i], *pw = wijk_find(prev, w->name);

		for (d = 0; d < NDOMAINS; d++) {
			const char *kind = signal_kind(o, w, pw, d);

			if (kind) {
				signal_row(o, t, w, pw, d, kind);
				n++;
			}
		}
	}
	/* The number of signals counts places, not people: never suppressed. */
	cell_set(row_add(f, "signals", 1)->cells, "signals", "", xprintf("%ld", n), 1);
	note_add(sec, xprintf(rlabel(lang, "note.signal_rule"), o->signal_share, o->signal_min,
	    o->signal_rise));
	return n;
}

/* ---- 7. transformation goals ---- */

static void
goal_row(struct rtable *t, const char *goal, const char *metric, char *value)
{
	struct rrow *r = row_add(t, goal, 1);

	cell_set(&r->cells[0], NULL, goal + strlen("goal."), xstrdup(metric), 0);
	r->cells[0].label = label_id("indicator", metric);
	cell_set(&r->cells[1], value ? metric : NULL, goal + strlen("goal."), value, 1);
}

static void
goals_section(struct rsection *sec, const struct report_state *st, long signals)
{
	struct rtable *t = table_add(sec, NULL, "goal", CHART_NONE, "indicator", "value", NULL);
	long light = items_at(st, PL_VOLUNTEER, PL_GENERAL);
	long professional = items_at(st, PL_FIRST_LINE, PL_CRISIS);
	int planned = (st->seen & SEEN_PLAN) != 0;

	goal_row(t, "goal.1", "own_strength_share",
	    planned ? fmt_share(items_at(st, PL_SELF, PL_NETWORK), st->items) : NULL);
	goal_row(t, "goal.2", "all_scored_share",
	    st->seen & SEEN_MONITOR ? fmt_share(st->all_scored, st->monitored) : NULL);
	goal_row(t, "goal.3", "light_support_share",
	    planned ? fmt_share(light, light + professional) : NULL);
	goal_row(t, "goal.4", "median_lead_days", fmt_median(&st->lead));
	if (st->seen & SEEN_DELTA)
		goal_row(t, "goal.4", "improved_share", fmt_share(st->delta_improved, st->delta_domains));
	goal_row(t, "goal.5", "signals", signals >= 0 ? xprintf("%ld", signals) : NULL);
	goal_row(t, "goal.5", "info_share", st->seen & SEEN_ROUTE ?
	    fmt_share(st->route[ROUTE_INFO], st->cases - st->route[NROUTES]) : NULL);
}

/* ---- the document ---- */

static void
build_page(const struct report *rp, const struct report_options *o, int lang,
    struct report_state *st, struct rpage *pg)
{
	long signals;
	int i;

	period_label(rp->period, st->period, pg->period);
	pg->group = xstrdup(st->group);
	for (i = 0; i < NSECTIONS; i++)
		pg->sec[i].id = section_id[i];
	intake_section(o, &pg->sec[S_INTAKE], st, lang);
	monitor_section(o, &pg->sec[S_MONITOR], st, lang);
	plan_section(o, &pg->sec[S_PLAN], st, lang);
	referral_section(o, &pg->sec[S_REFERRAL], st, lang);
	agenda_section(o, &pg->sec[S_AGENDA], st, lang);
	signals = prevention_section(rp, o, &pg->sec[S_PREVENTION], st, lang);
	goals_section(&pg->sec[S_GOALS], st, signals);
}

void
report_page_build(const struct report *rp, const struct rdoc *doc, int i, struct rpage *pg)
{
	memset(pg, 0, sizeof(*pg));
	build_page(rp, doc->opt, doc->lang, rp->states[i], pg);
}

static void
table_free(struct rtable *t)
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

void
report_page_free(struct rpage *pg)
{
	int s, i;

	for (s = 0; s < NSECTIONS; s++) {
		struct rsection *sec = &pg->sec[s];

		for (i = 0; i < sec->ntables; i++)
			table_free(sec->tables[i]);
		free(sec->tables);
		for (i = 0; i < sec->nnotes; i++)
			free(sec->notes[i]);
	}
	free(pg->group);
	memset(pg, 0, sizeof(*pg));
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
