/*
 * The seven sections of a report page (SPEC 9), each from the state of its
 * period and group: which tables, which rows, which figures.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "dates.h"
#include "report_disclosure.h"
#include "report_labels.h"
#include "report_model.h"
#include "report_population.h"
#include "report_table.h"

const char *const section_id[NSECTIONS] = {
	"intake", "monitor", "plan", "referral", "agenda", "prevention", "goals"
};

enum { S_INTAKE, S_MONITOR, S_PLAN, S_REFERRAL, S_AGENDA, S_PREVENTION, S_GOALS };

/* ---- 1. intake ---- */

/* The route and source words, and "none" for a case without one. */
static const char *const route_names[NROUTES + 1] = {
	"safety", "crisis", "outreach", "info", "halfline", "none"
};
static const char *const source_names[NSOURCES + 1] = {
	"self", "network", "professional", "gp", "police", "school", "housing", "other", "none"
};

/*
 * Whether a case list is drawn: not when empty; under --suppress only a
 * note (left_out) says it is left out, since case ids do not leave the
 * team.  When drawn, it is sorted into its order.
 */
static int
list_drawn(const struct report_options *o, struct rsection *sec, struct case_list *l, int lang,
    const char *left_out)
{
	if (l->n == 0)
		return 0;
	if (o->suppress > 0) {
		rt_note(sec, xstrdup(rlabel(lang, left_out)));
		return 0;
	}
	report_list_sort(l);
	return 1;
}

static void
overdue_list(const struct report_options *o, struct rsection *sec, struct report_state *st,
    int lang)
{
	struct rtable *t;
	int i;

	if (!list_drawn(o, sec, &st->overdue_list, lang, "note.overdue_left_out"))
		return;
	/* --list: the count of all is the fact "overdue"; say that this is the top of it. */
	if (st->overdue > st->overdue_list.n)
		rt_note(sec, rt_printf(rlabel(lang, "note.overdue_top"), st->overdue_list.n, st->overdue));
	t = rt_table(sec, "overdue_list", "case", CHART_NONE, "wijk", "route", "received",
	    "deadline", "plan_date", "days_late", NULL);
	for (i = 0; i < st->overdue_list.n; i++) {
		const struct listed_case *e = &st->overdue_list.v[i];
		struct rrow *r = rt_row(t, e->case_id, 0);
		const char *route = e->route >= 0 ? routes[e->route].name : "";

		rt_cell(&r->cells[0], "overdue.wijk", e->case_id, xstrdup(e->wijk), 0);
		if (e->route >= 0) {
			rt_cell(&r->cells[1], "overdue.route", e->case_id, xstrdup(route), 0);
			r->cells[1].label = rt_label("route", route);
		}
		rt_cell(&r->cells[2], "overdue.received", e->case_id, rt_date(e->received), 0);
		rt_cell(&r->cells[3], "overdue.deadline", e->case_id, rt_date(e->deadline), 0);
		/* A case without a recorded plan is open: no plan date is invented for it. */
		rt_cell(&r->cells[4], "overdue.plan_date", e->case_id,
		    e->plan_date != NO_DATE ? rt_date(e->plan_date) : xstrdup("open"), 0);
		if (e->plan_date == NO_DATE)
			r->cells[4].label = rt_label("plan", "open");
		rt_cell(&r->cells[5], "overdue.days_late", e->case_id, rt_printf("%ld", e->days_late), 1);
	}
}

/* The counts of a one-column table are the parts of total. */
static void
column_sum(struct rsums *sums, struct rcell *total, const struct rtable *t, int col)
{
	struct rsum *sum = rsum_new(sums, total);
	int i;

	for (i = 0; i < t->nrows; i++)
		rsum_part(sum, &t->rows[i].cells[col]);
}

/*
 * The cases whose safety or crisis signal a route override set aside:
 * never hidden inside the team, left out under --suppress like every case
 * list (SPEC 0, 9).
 */
static void
set_aside_list(const struct report_options *o, struct rsection *sec, struct report_state *st,
    int lang)
{
	struct rtable *t;
	int i;

	if (!list_drawn(o, sec, &st->set_aside, lang, "note.set_aside_left_out"))
		return;
	t = rt_table(sec, "set_aside_list", "case", CHART_NONE, "wijk", "signal_route",
	    "chosen_route", "reasons", NULL);
	for (i = 0; i < st->set_aside.n; i++) {
		const struct listed_case *e = &st->set_aside.v[i];
		struct rrow *r = rt_row(t, e->case_id, 0);
		const char *signal = strstr(e->reasons, "I1") ? "safety" : "crisis";

		rt_cell(&r->cells[0], "set_aside.wijk", e->case_id, xstrdup(e->wijk), 0);
		rt_cell(&r->cells[1], "set_aside.signal", e->case_id, xstrdup(signal), 0);
		r->cells[1].label = rt_label("route", signal);
		if (e->route >= 0) {
			rt_cell(&r->cells[2], "set_aside.route", e->case_id,
			    xstrdup(routes[e->route].name), 0);
			r->cells[2].label = rt_label("route", routes[e->route].name);
		}
		rt_cell(&r->cells[3], "set_aside.reasons", e->case_id, xstrdup(e->reasons), 0);
		r->cells[3].label = rt_label("intake_rules", e->reasons);
	}
}

static void
intake_section(const struct report_options *o, struct rsection *sec, struct report_state *st,
    int lang, struct rsums *sums)
{
	struct rtable *t = rt_facts(sec);
	struct rcell *cases = rt_fact_count(o, t, "cases", st->cases, NULL);

	if (st->seen & SEEN_PLAN_DATE) {
		rt_fact_count(o, t, "planned", hist_total(&st->lead), NULL);
		rt_fact_figure(o, t, "median_lead_days", rt_median(&st->lead), hist_total(&st->lead));
		if (st->seen & SEEN_RECEIVED) {
			rt_fact_count(o, t, "overdue", st->overdue, NULL);
			rt_note(sec, rt_printf(rlabel(lang, "note.limits"), o->crisis_days));
		}
	}
	if (st->seen & SEEN_ROUTE) {
		t = rt_table(sec, "routes", "route", CHART_BARS, "cases", NULL);
		rt_vocab_rows(o, t, "route", "route", route_names, st->route,
		    st->route[NROUTES] > 0 ? NROUTES + 1 : NROUTES);
		column_sum(sums, cases, t, 0);
	}
	if (st->seen & SEEN_SOURCE) {
		t = rt_table(sec, "sources", "source", CHART_NONE, "cases", NULL);
		rt_vocab_rows(o, t, "source", "source", source_names, st->source,
		    st->source[NSOURCES] > 0 ? NSOURCES + 1 : NSOURCES);
		column_sum(sums, cases, t, 0);
	}
	overdue_list(o, sec, st, lang);
	set_aside_list(o, sec, st, lang);
}

/* ---- 2. monitor ---- */

static void
monitor_section(const struct report_options *o, struct rsection *sec,
    const struct report_state *st, int lang, struct rsums *sums)
{
	struct rcell *monitored = NULL;
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
		rt_note(sec, xstrdup(rlabel(lang, "note.no_monitor")));
		return;
	}
	t = rt_facts(sec);
	if (st->seen & SEEN_MONITOR) {
		monitored = rt_fact_count(o, t, "monitored", st->monitored, NULL);
		rt_fact_count(o, t, "all_scored", st->all_scored, NULL);
	}
	if (st->seen & SEEN_COMPLEX)
		rt_fact_count(o, t, "complex", st->complex, NULL);
	if (st->seen & SEEN_MONITOR) {
		t = rt_table(sec, "levels", "domain", CHART_STACKED, "level.acute",
		    "level.insufficient", "level.limited", "level.sufficient", "level.full",
		    "unscored", NULL);
		rt_domain_rows(o, t, level_metrics, level_idx, NLEVELS + 1, &st->level[0][0],
		    NLEVELS + 1);
		/* Each domain's levels and "not scored" add up to the monitored cases. */
		for (d = 0; d < NDOMAINS; d++) {
			struct rsum *sum = rsum_new(sums, monitored);
			int i;

			for (i = 0; i < NLEVELS + 1; i++)
				rsum_part(sum, &t->rows[d].cells[i]);
		}
		t = rt_table(sec, "self_together", "domain", CHART_NONE, "carried",
		    "mean_self", "mean_together", NULL);
		for (d = 0; d < NDOMAINS; d++) {
			char *id = rt_label("domain", domains[d].key);
			struct rrow *r = rt_row(t, id, 1);
			char *m;

			free(id);
			rt_count(o, &r->cells[0], "carried", domains[d].key, st->carried[d]);
			m = rt_mean(st->sum_self[d], st->n_self[d]);
			rt_figure(o, &r->cells[1], "mean_self", domains[d].key, m, st->n_self[d]);
			m = rt_mean(st->sum_together[d], st->n_together[d]);
			rt_figure(o, &r->cells[2], "mean_together", domains[d].key, m,
			    st->n_together[d]);
		}
	}
	if (st->seen & SEEN_NEED) {
		t = rt_table(sec, "needs", "domain", CHART_NONE, "need.urgent", "need.support",
		    "need.watch", "need.none", NULL);
		rt_domain_rows(o, t, need_metrics, need_idx, NNEEDS, &st->need[0][0], NNEEDS);
		/* A domain's needs add up to the monitored cases when every case was judged. */
		for (d = 0; monitored && d < NDOMAINS; d++) {
			long all = 0;
			int i;

			for (i = 0; i < NNEEDS; i++)
				all += st->need[d][i];
			if (all == st->monitored) {
				struct rsum *sum = rsum_new(sums, monitored);

				for (i = 0; i < NNEEDS; i++)
					rsum_part(sum, &t->rows[d].cells[i]);
			}
		}
	}
	if (st->seen & SEEN_TREND) {
		t = rt_table(sec, "trends", "trend", CHART_NONE, "cases", NULL);
		rt_vocab_rows(o, t, "trend", "trend", report_trend_name, st->trend, NTRENDS);
	}
}

/* ---- 3. plan: the decisions of the professional and the resident ---- */

static void
decisions_table(const struct report_options *o, struct rsection *sec,
    const struct report_state *st)
{
	long n[NDECISIONS + 1];
	const char *names[NDECISIONS + 1];
	struct rtable *t;
	int i, j, d;

	if (!(st->seen & (SEEN_DECISION | SEEN_REFER)))
		return;
	/* The table's order: by stage, then the resident's own plan. */
	for (i = j = 0; i < NDECISIONS; i++) {
		if (i == DEC_REROUTED) {
			names[j] = "agreed";
			n[j] = 0;
			for (d = 0; d < NDOMAINS; d++)
				n[j] += st->refer[d][REF_AGREED];
			j++;
		}
		names[j] = decision_name[i];
		n[j++] = st->decision[i];
	}
	t = rt_table(sec, "decisions", "decision", CHART_NONE, "number", NULL);
	rt_vocab_rows(o, t, "decision", "decision", names, n, NDECISIONS + 1);
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

/*
 * The relations the plan section shows: the cascade's levels add up to the
 * items, to the informal and formal items, and to the echelons (echelon 0
 * is the informal items); informal + formal + no fit are the items.
 */
static void
plan_sums(struct rsums *sums, struct rcell *items, struct rcell *informal,
    struct rcell *formal, const struct rtable *cascade, const struct rtable *echelons)
{
	static const int echelon_of[NPLAN_ITEMS] = { 0, 0, 0, 1, 1, 2, 3, 2, -1 };
	struct rcell *level[NPLAN_ITEMS], *ech[NECHELONS];
	struct rsum *all = rsum_new(sums, items), *inf = rsum_new(sums, informal);
	struct rsum *form = rsum_new(sums, formal), *by_ech = rsum_new(sums, items);
	struct rsum *facts = rsum_new(sums, items), *e[NECHELONS];
	int i;

	for (i = 0; i < NECHELONS; i++) {
		ech[i] = &echelons->rows[i].cells[0];
		e[i] = rsum_new(sums, ech[i]);
		rsum_part(by_ech, ech[i]);
	}
	for (i = 0; i < NPLAN_ITEMS; i++) {
		level[i] = &cascade->rows[i].cells[0];
		rsum_part(all, level[i]);
		rsum_part(i < PL_GENERAL ? inf : i == PL_ITEM_NO_FIT ? facts : form, level[i]);
		if (echelon_of[i] >= 0)
			rsum_part(e[echelon_of[i]], level[i]);
	}
	rsum_part(by_ech, level[PL_ITEM_NO_FIT]);
	rsum_part(facts, informal);
	rsum_part(facts, formal);
	rsum_part(rsum_new(sums, informal), ech[0]);
}

static void
plan_section(const struct report_options *o, struct rsection *sec,
    const struct report_state *st, int lang, struct rsums *sums)
{
	struct rcell *items = NULL, *informal_cell = NULL, *formal = NULL, *share = NULL;
	struct rtable *cascade;
	static const char *const echelon_keys[NECHELONS] = { "0", "1", "2", "3" };
	static const char *const item_names[NPLAN_ITEMS] = {
		"self", "network", "volunteer", "general", "first_line", "second_line",
		"third_line", "crisis", "no_fit"
	};
	struct rtable *t;
	long informal = items_at(st, PL_SELF, PL_VOLUNTEER);

	if (!(st->seen & (SEEN_PLAN | SEEN_COORDINATION | SEEN_CONSULT))) {
		rt_note(sec, xstrdup(rlabel(lang, "note.no_plan")));
		return;
	}
	t = rt_facts(sec);
	if (st->seen & SEEN_PLAN) {
		rt_fact_count(o, t, "cases", st->plan_cases, "plan.cases");
		items = rt_fact_count(o, t, "items", st->items, NULL);
		informal_cell = rt_fact_count(o, t, "informal", informal, NULL);
		formal = rt_fact_count(o, t, "formal", items_at(st, PL_GENERAL, PL_CRISIS), NULL);
		share = rt_fact_figure(o, t, "informal_share", rt_share(informal, st->items),
		    st->plan_cases);
		rsum_derived(sums, share, informal_cell, items, (struct rcell *)NULL);
		rt_fact_count(o, t, "scale_down", st->action[ACT_SCALE_DOWN], NULL);
		rt_fact_count(o, t, "scale_up", st->action[ACT_SCALE_UP], NULL);
	}
	if (st->seen & SEEN_COORDINATION)
		rt_fact_count(o, t, "coordination", st->coordination, NULL);
	if (st->seen & SEEN_CONSULT)
		rt_fact_count(o, t, "consult", st->consult, NULL);
	decisions_table(o, sec, st);
	if (st->seen & SEEN_PLAN) {
		cascade = rt_table(sec, "cascade", "plan_level", CHART_BARS, "items", NULL);
		rt_vocab_rows(o, cascade, "plan_level", "items_by_level", item_names,
		    st->items_level, NPLAN_ITEMS);
		t = rt_table(sec, "echelons", "echelon", CHART_NONE, "items", NULL);
		rt_vocab_rows(o, t, "echelon", "items_by_echelon", echelon_keys, st->items_echelon,
		    NECHELONS);
		plan_sums(sums, items, informal_cell, formal, cascade, t);
	}
}

/* ---- 4. referral ---- */

/* Items sent to a provider, per law that pays for it; the team's own help. */
static void
law_table(const struct report_options *o, struct rsection *sec, const struct report_state *st)
{
	static const char *const law_keys[NLAWS + 1] = {
		"wmo", "jeugdwet", "zvw", "wlz", "none", "unknown"
	};
	struct rtable *t;

	t = rt_table(sec, "referral_law", "law", CHART_NONE, "items", NULL);
	rt_vocab_rows(o, t, "law", "law", law_keys, st->law, NLAWS + 1);
	rt_fact_count(o, rt_facts(sec), "team", st->team, "referral.team");
}

static void
referral_section(const struct report_options *o, struct rsection *sec,
    const struct report_state *st, int lang, struct rsums *sums)
{
	struct rtable *t;
	struct rrow *r;
	static const int status_idx[NREFER_STATUSES] = {
		REF_INFORMAL, REF_PROPOSED, REF_AGREED, REF_DECISION_NEEDED, REF_WAITLIST, REF_UNMATCHED
	};
	/* The columns' metrics: the status words in the order shown. */
	static const char *const status_metric[NREFER_STATUSES] = {
		"informal", "proposed", "agreed", "decision_needed", "waitlist", "unmatched"
	};
	long total[NREFER_STATUSES] = { 0 };
	int d, s, i;

	if (!(st->seen & SEEN_REFER)) {
		rt_note(sec, xstrdup(rlabel(lang, "note.no_referral")));
		return;
	}
	t = rt_table(sec, "referral", "domain", CHART_NONE, "status.informal",
	    "status.proposed", "status.agreed", "status.decision_needed", "status.waitlist",
	    "status.unmatched", NULL);
	rt_domain_rows(o, t, status_metric, status_idx, NREFER_STATUSES, &st->refer[0][0],
	    NREFER_STATUSES);
	for (d = 0; d < NDOMAINS; d++)
		for (s = 0; s < NREFER_STATUSES; s++)
			total[s] += st->refer[d][s];
	r = rt_row(t, "total", 1);
	for (s = 0; s < NREFER_STATUSES; s++) {
		struct rsum *sum = rsum_new(sums,
		    rt_count(o, &r->cells[s], status_metric[s], "", total[status_idx[s]]));

		for (d = 0; d < NDOMAINS; d++)
			rsum_part(sum, &t->rows[d].cells[s]);
	}
	law_table(o, sec, st);
	if (!(st->seen & SEEN_WIJK))
		return;
	t = rt_table(sec, "white_spots", "wijk", CHART_NONE, "domain", "status.unmatched", NULL);
	for (i = 0; i < st->nwijk; i++)
		for (d = 0; d < NDOMAINS; d++) {
			const struct wijk_stat *w = &st->wijk[i];
			char *metric;

			if (w->unmatched[d] == 0)
				continue;
			r = rt_row(t, w->name, 0);
			rt_cell(&r->cells[0], NULL, w->name, xstrdup(domains[d].key), 0);
			r->cells[0].label = rt_label("domain", domains[d].key);
			metric = rt_label("white_spots", domains[d].key);
			rt_count(o, &r->cells[1], metric, w->name, w->unmatched[d]);
			free(metric);
		}
	if (t->nrows == 0)
		rt_note(sec, xstrdup(rlabel(lang, "note.no_white_spots")));
}

/* ---- 5. peer consultation agenda ---- */

/* The reasons "complex;scale_up" as shown: "complex, scale_up", in Dutch "complex, opschalen". */
static char *
reasons_shown(const char *list, int lang)
{
	struct buf b = { 0 }, id = { 0 };
	const char *p = list, *end;

	buf_adds(&b, "");
	while (*p) {
		end = strchr(p, ';');
		if (end == NULL)
			end = p + strlen(p);
		buf_reset(&id);
		buf_adds(&id, "reason.");
		buf_add(&id, p, (size_t)(end - p));
		if (b.len > 0)
			buf_adds(&b, ", ");
		/* A reason the table does not know is shown as it came. */
		if (strcmp(rlabel(lang, id.data), id.data) == 0)
			buf_add(&b, p, (size_t)(end - p));
		else
			buf_adds(&b, rlabel(lang, id.data));
		p = *end ? end + 1 : end;
	}
	buf_free(&id);
	return b.data;
}

static void
agenda_section(const struct report_options *o, struct rsection *sec, struct report_state *st,
    int lang)
{
	struct rtable *t;
	int i;

	if (!(st->seen & SEEN_CONSULT)) {
		rt_note(sec, xstrdup(rlabel(lang, "note.no_consult")));
		return;
	}
	rt_fact_count(o, rt_facts(sec), "cases", st->consult, "agenda.cases");
	if (!list_drawn(o, sec, &st->agenda, lang, "note.agenda_left_out"))
		return;
	if (st->consult > st->agenda.n)
		rt_note(sec, rt_printf(rlabel(lang, "note.agenda_top"), st->agenda.n, st->consult));
	t = rt_table(sec, "agenda_list", "case", CHART_NONE, "rank", "priority", "wijk",
	    "route", "urgent", "reasons", NULL);
	for (i = 0; i < st->agenda.n; i++) {
		const struct listed_case *e = &st->agenda.v[i];
		struct rrow *r = rt_row(t, e->case_id, 0);

		rt_cell(&r->cells[0], "rank", e->case_id, rt_printf("%d", i + 1), 1);
		rt_cell(&r->cells[1], e->priority > 0 ? "priority" : NULL, e->case_id,
		    e->priority > 0 ? rt_printf("%d", e->priority) : NULL, 1);
		rt_cell(&r->cells[2], "wijk", e->case_id, xstrdup(e->wijk), 0);
		rt_cell(&r->cells[3], e->route >= 0 ? "route" : NULL, e->case_id,
		    e->route >= 0 ? xstrdup(routes[e->route].name) : NULL, 0);
		if (e->route >= 0)
			r->cells[3].label = rt_label("route", routes[e->route].name);
		rt_cell(&r->cells[4], e->urgent >= 0 ? "urgent" : NULL, e->case_id,
		    e->urgent >= 0 ? rt_printf("%d", e->urgent) : NULL, 1);
		rt_cell(&r->cells[5], "reasons", e->case_id, xstrdup(e->reasons), 0);
		r->cells[5].shown = reasons_shown(e->reasons, lang);
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
    const struct wijk_stat *pw, int d, const char *kind, struct rsums *sums)
{
	const char *dk = domains[d].key;
	struct rrow *r = rt_row(t, w->name, 0);
	char *m;

	rt_cell(&r->cells[0], NULL, w->name, xstrdup(dk), 0);
	r->cells[0].label = rt_label("domain", dk);
	rt_count(o, &r->cells[1], m = rt_label("cases", dk), w->name, w->cases);
	free(m);
	rt_count(o, &r->cells[2], m = rt_label("need", dk), w->name, w->need[d]);
	free(m);
	rt_figure(o, &r->cells[3], m = rt_label("share", dk), w->name,
	    rt_share(w->need[d], w->cases), w->cases);
	free(m);
	rsum_derived(sums, &r->cells[3], &r->cells[1], &r->cells[2], (struct rcell *)NULL);
	/* The previous counts are not on this page: the share stands for its count. */
	if (pw && pw->cases > 0) {
		rt_figure(o, &r->cells[4], m = rt_label("previous_share", dk), w->name,
		    rt_share(pw->need[d], pw->cases), pw->need[d]);
		free(m);
	}
	rt_cell(&r->cells[5], m = rt_label("signal", dk), w->name, xstrdup(kind), 0);
	free(m);
	r->cells[5].label = rt_label("signal", kind);
}

/*
 * A week has too few cases per wijk for a signal, so the signals count a
 * window of periods together: by default a quarter's worth (13 weeks, 3
 * months), against the window before.  Weekly and period-all runs then
 * tell the same story.
 */
long
report_signal_window(const struct report_options *o)
{
	if (o->period == PERIOD_ALL)
		return 1;
	if (o->signal_window > 0)
		return o->signal_window;
	return o->period == PERIOD_WEEK ? 13 : o->period == PERIOD_MONTH ? 3 : 1;
}

/* The wijk figures of a group's periods last-n+1 .. last, added up in `into`. */
static void
window_add(const struct report *rp, long last, long n, const char *group,
    struct report_state *into)
{
	long p;
	int i, d;

	for (p = last - n + 1; p <= last; p++) {
		const struct report_state *st = report_find(rp, p, group);

		for (i = 0; st && i < st->nwijk; i++) {
			const struct wijk_stat *w = &st->wijk[i];
			struct wijk_stat *sum = report_wijk_get(into, w->name, strlen(w->name));

			sum->cases += w->cases;
			for (d = 0; d < NDOMAINS; d++)
				sum->need[d] += w->need[d];
		}
	}
}

static void
window_free(struct report_state *w)
{
	int i;

	for (i = 0; i < w->nwijk; i++)
		free(w->wijk[i].name);
	free(w->wijk);
}

/* Returns the number of signals, or -1 when the fields are not there. */
static long
prevention_section(const struct report *rp, const struct report_options *o,
    struct rsection *sec, const struct report_state *page, int lang, struct rsums *sums,
    struct pop_page *pp)
{
	struct report_state now = { 0 }, before = { 0 };
	const struct report_state *st = page, *prev = NULL;
	long window = report_signal_window(o), n = 0;
	struct rtable *f, *t;
	int i, d;

	if ((page->seen & (SEEN_NEED | SEEN_WIJK)) != (SEEN_NEED | SEEN_WIJK)) {
		rt_note(sec, xstrdup(rlabel(lang, "note.no_prevention")));
		return -1;
	}
	if (window > 1) {
		window_add(rp, page->period, window, page->group, &now);
		window_add(rp, page->period - window, window, page->group, &before);
		st = &now;
		prev = &before;
	} else if (rp->period != PERIOD_ALL) {
		prev = report_find(rp, page->period - 1, page->group);
	}
	f = rt_facts(sec);
	t = rt_table(sec, "signal_list", "wijk", CHART_NONE, "domain", "cases", "with_need",
	    "share", "previous_share", "signal", NULL);
	for (i = 0; i < st->nwijk; i++) {
		const struct wijk_stat *w = &st->wijk[i], *pw = wijk_find(prev, w->name);

		for (d = 0; d < NDOMAINS; d++) {
			const char *kind = signal_kind(o, w, pw, d);

			if (kind) {
				signal_row(o, t, w, pw, d, kind, sums);
				n++;
			}
		}
	}
	n += population_signals(rp, o, sec, page, window, lang, sums, pp);
	/* The number of signals counts places, not people: never suppressed. */
	rt_cell(rt_row(f, "signals", 1)->cells, "signals", "", rt_printf("%ld", n), 1);
	rt_note(sec, rt_printf(rlabel(lang, "note.signal_rule"), o->signal_share, o->signal_min,
	    o->signal_rise));
	population_note(o, sec, lang);
	if (window > 1) {
		char *unit = rt_label("periods", period_kind_name(rp->period));

		rt_note(sec, rt_printf(rlabel(lang, "note.signal_window"), window,
		    rlabel(lang, unit), window));
		free(unit);
	}
	window_free(&now);
	window_free(&before);
	return n;
}

/* ---- 7. transformation goals ---- */

/* A goal's figure is worked out from the counts shown elsewhere on the page. */
static void
derive(struct rsums *sums, struct rcell *figure, struct rcell *const *from, int n)
{
	struct rsum *sum = rsum_new(sums, figure);
	int i;

	sum->derived = 1;
	for (i = 0; i < n; i++)
		if (from[i])
			rsum_part(sum, from[i]);
}

static struct rcell *
goal_row(const struct report_options *o, struct rtable *t, const char *goal,
    const char *metric, char *value, long base)
{
	struct rrow *r = rt_row(t, goal, 1);

	rt_cell(&r->cells[0], NULL, goal + strlen("goal."), xstrdup(metric), 0);
	r->cells[0].label = rt_label("indicator", metric);
	return rt_figure(o, &r->cells[1], metric, goal + strlen("goal."), value, base);
}

static long
trend_cases(const struct report_state *st)
{
	long n = 0;
	int i;

	for (i = 0; i < NTRENDS; i++)
		n += st->trend[i];
	return n;
}

static void
goals_section(const struct report_options *o, struct rpage *pg, const struct report_state *st,
    long signals, struct rsums *sums)
{
	struct rsection *sec = &pg->sec[S_GOALS], *in = &pg->sec[S_INTAKE];
	struct rsection *mon = &pg->sec[S_MONITOR], *plan = &pg->sec[S_PLAN];
	struct rtable *t = rt_table(sec, NULL, "goal", CHART_NONE, "indicator", "value", NULL);
	long light = items_at(st, PL_VOLUNTEER, PL_GENERAL);
	long professional = items_at(st, PL_FIRST_LINE, PL_CRISIS);
	int planned = (st->seen & SEEN_PLAN) != 0;
	struct rcell *g, *from[8];
	int i;

	if (st->seen & SEEN_DECISION) {
		g = goal_row(o, t, "goal.1", "own_goal_share", planned ?
		    rt_share(st->decision[DEC_OWN_GOAL], st->plan_cases) : NULL, st->plan_cases);
		from[0] = rt_find(plan, "decision", "own_goal");
		from[1] = rt_find(plan, "cases", "");
		derive(sums, g, from, 2);
	}
	g = goal_row(o, t, "goal.1", "own_strength_share",
	    planned ? rt_share(items_at(st, PL_SELF, PL_NETWORK), st->items) : NULL,
	    st->plan_cases);
	from[0] = rt_find(plan, "items", "");
	from[1] = rt_find(plan, "items_by_level", "self");
	from[2] = rt_find(plan, "items_by_level", "network");
	derive(sums, g, from, 3);
	g = goal_row(o, t, "goal.2", "all_scored_share",
	    st->seen & SEEN_MONITOR ? rt_share(st->all_scored, st->monitored) : NULL,
	    st->monitored);
	from[0] = rt_find(mon, "all_scored", "");
	from[1] = rt_find(mon, "monitored", "");
	derive(sums, g, from, 2);
	g = goal_row(o, t, "goal.3", "light_support_share",
	    planned ? rt_share(light, light + professional) : NULL, st->plan_cases);
	{
		static const char *const used[] = {
			"volunteer", "general", "first_line", "second_line", "third_line", "crisis"
		};

		for (i = 0; i < 6; i++)
			from[i] = rt_find(plan, "items_by_level", used[i]);
		derive(sums, g, from, 6);
	}
	goal_row(o, t, "goal.4", "median_lead_days", rt_median(&st->lead), hist_total(&st->lead));
	if (st->seen & SEEN_DELTA)
		goal_row(o, t, "goal.4", "improved_share",
		    rt_share(st->delta_improved, st->delta_domains), trend_cases(st));
	/* Signals count places, not people: never suppressed. */
	goal_row(o, t, "goal.5", "signals", signals >= 0 ? rt_printf("%ld", signals) : NULL,
	    o->suppress);
	g = goal_row(o, t, "goal.5", "info_share", st->seen & SEEN_ROUTE ?
	    rt_share(st->route[ROUTE_INFO], st->cases - st->route[NROUTES]) : NULL,
	    st->cases - st->route[NROUTES]);
	from[0] = rt_find(in, "route", "info");
	from[1] = rt_find(in, "route", "none");
	from[2] = rt_find(in, "cases", "");
	derive(sums, g, from, 3);
}

/* ---- the document ---- */

void
report_page_sections(const struct report *rp, const struct report_options *o, int lang,
    struct report_state *st, struct rpage *pg)
{
	struct rsums sums = { 0 };
	struct pop_page pp = { 0 };
	long signals;
	int i;

	period_label(rp->period, st->period, pg->period);
	pg->group = xstrdup(st->group);
	for (i = 0; i < NSECTIONS; i++)
		pg->sec[i].id = section_id[i];
	intake_section(o, &pg->sec[S_INTAKE], st, lang, &sums);
	monitor_section(o, &pg->sec[S_MONITOR], st, lang, &sums);
	population_monitor(rp, o, &pg->sec[S_MONITOR], st, lang, &sums, &pp);
	plan_section(o, &pg->sec[S_PLAN], st, lang, &sums);
	referral_section(o, &pg->sec[S_REFERRAL], st, lang, &sums);
	agenda_section(o, &pg->sec[S_AGENDA], st, lang);
	signals = prevention_section(rp, o, &pg->sec[S_PREVENTION], st, lang, &sums, &pp);
	goals_section(o, pg, st, signals, &sums);
	population_link(pg, &sums, &pp);
	rsum_protect(o, &sums);
	rsum_free(&sums);
	population_page_done(&pp, lang);
	if (o->suppress > 0)
		rt_note(&pg->sec[S_INTAKE], rt_printf(rlabel(lang, "note.suppress"),
		    o->suppress, o->suppress));
}

/* Numbers as the language writes them: in Dutch 1.234,5 (the tidy rows keep 1234.5). */
static void
section_numbers(struct rsection *sec, int lang)
{
	int t, r, c;

	for (t = 0; t < sec->ntables; t++) {
		struct rtable *tb = sec->tables[t];

		for (r = 0; r < tb->nrows; r++)
			for (c = 0; c < tb->ncols; c++) {
				struct rcell *x = &tb->rows[r].cells[c];

				if (x->text && !x->label && !x->shown && (x->numeric || x->suppressed))
					x->shown = report_number_shown(x->text, lang);
			}
	}
}

void
report_page_build(const struct report *rp, const struct rdoc *doc, int i, struct rpage *pg)
{
	int s;

	memset(pg, 0, sizeof(*pg));
	report_page_sections(rp, doc->opt, doc->lang, rp->states[i], pg);
	report_overview_build(rp, doc, i, pg);
	if (doc->lang == LANG_NL) {
		section_numbers(&pg->overview, doc->lang);
		for (s = 0; s < NSECTIONS; s++)
			section_numbers(&pg->sec[s], doc->lang);
	}
}

static void
section_free(struct rsection *sec)
{
	int i;

	for (i = 0; i < sec->ntables; i++)
		rt_table_free(sec->tables[i]);
	free(sec->tables);
	for (i = 0; i < sec->nnotes; i++)
		free(sec->notes[i]);
}

void
report_page_free(struct rpage *pg)
{
	int s;

	for (s = 0; s < NSECTIONS; s++)
		section_free(&pg->sec[s]);
	section_free(&pg->overview);
	for (s = 0; s < NOVERVIEW; s++)
		free(pg->trend[s]);
	free(pg->group);
	memset(pg, 0, sizeof(*pg));
}

/* Newest period first; within a period the groups in order (the states' order). */
int
report_page_order(const struct report *rp, int latest, int **order)
{
	int i = rp->n, j, k, n = 0, periods = 0;

	*order = xcalloc((size_t)(rp->n > 0 ? rp->n : 1), sizeof(**order));
	while (i > 0 && (latest == 0 || periods < latest)) {
		long p = rp->states[i - 1]->period;

		for (j = i; j > 0 && rp->states[j - 1]->period == p; j--)
			;
		for (k = j; k < i; k++)
			(*order)[n++] = k;
		periods++;
		i = j;
	}
	return n;
}
