#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admission.h"
#include "alloc.h"
#include "dates.h"
#include "die.h"
#include "exits.h"
#include "monitor.h"
#include "report_partial.h"
#include "schema.h"
#include "text.h"
#include "value.h"

/* ---- the fields of a partial record, in their order ---- */

enum {
	P_PARTIAL, P_RUN_PERIOD, P_RUN_BY, P_RUN_FROM, P_RUN_TO, P_RUN_DATE, P_RUN_LIST,
	P_RUN_CRISIS_DAYS, P_PERIOD, P_GROUP, P_ITEM, P_DOMAIN, P_KEY, P_VALUE,
	P_CASE_ID, P_WIJK, P_ROUTE, P_PRIORITY, P_URGENT, P_NEED,
	P_RECEIVED, P_DEADLINE, P_PLAN_DATE, P_DAYS_LATE, P_REASONS,
	NPFIELDS
};

static const char *const period_name[] = { "week", "month", "quarter", "year", "all" };

static const char *const pfield_name[NPFIELDS] = {
	"partial", "run.period", "run.by", "run.from", "run.to", "run.date", "run.list",
	"run.crisis_days", "period", "group", "item", "domain", "key", "value",
	"case_id", "wijk", "route", "priority", "urgent", "need",
	"received", "deadline", "planned", "days_late", "reasons"
};

/* Written as JSON numbers. */
static const unsigned char pfield_number[NPFIELDS] = {
	[P_PARTIAL] = 1, [P_RUN_LIST] = 1, [P_RUN_CRISIS_DAYS] = 1, [P_VALUE] = 1, [P_PRIORITY] = 1, [P_URGENT] = 1, [P_NEED] = 1,
	[P_DAYS_LATE] = 1,
};

static _Thread_local int pkey[NPFIELDS];

static void
keys_init(void)
{
	int i;

	if (pkey[P_PARTIAL] != 0 || pkey[P_RUN_PERIOD] != 0)
		return;
	for (i = 0; i < NPFIELDS; i++)
		pkey[i] = field_key(pfield_name[i]);
}

int
partial_looks(const struct record *r)
{
	keys_init();
	return rec_get(r, pkey[P_PARTIAL], NULL) && rec_get(r, pkey[P_RUN_DATE], NULL);
}

/* ---- the items ---- */

enum {
	I_RUN, I_SEEN, I_CASES, I_ROUTE, I_SOURCE, I_LEAD_DAYS, I_OVERDUE,
	I_MONITORED, I_ALL_SCORED, I_COMPLEX, I_LEVEL, I_NEED, I_CARRIED,
	I_SUM_SELF, I_N_SELF, I_SUM_TOGETHER, I_N_TOGETHER, I_TREND,
	I_DELTA_DOMAINS, I_DELTA_IMPROVED, I_PLAN_CASES, I_ITEMS, I_ITEMS_LEVEL,
	I_ITEMS_ECHELON, I_ACTION, I_COORDINATION, I_REFER, I_WIJK, I_WIJK_NEED,
	I_WIJK_UNMATCHED, I_AGENDA, I_OVERDUE_CASES, I_AGENDA_CASES, I_DECISION, I_SET_ASIDE,
	I_LAW, I_TEAM, NITEMS
};

static const char *const item_name[NITEMS] = {
	"run", "seen", "cases", "route", "source", "lead_days", "overdue",
	"monitored", "all_scored", "complex", "level", "need", "carried",
	"sum_self", "n_self", "sum_together", "n_together", "trend",
	"delta_domains", "delta_improved", "plan_cases", "items", "items_level",
	"items_echelon", "action", "coordination", "refer", "wijk", "wijk_need",
	"wijk_unmatched", "agenda", "overdue_cases", "agenda_cases", "decision", "set_aside",
	"law", "team"
};

/* The words of the keys: what the index of an array means. */
static const char *const seen_name[] = {
	"received", "route", "source", "plan_date", "monitor", "need", "complex",
	"trend", "delta", "plan", "coordination", "consult", "refer", "wijk", "decision"
};
#define NSEEN (int)(sizeof(seen_name) / sizeof(seen_name[0]))

static const char *const route_key[NROUTES + 1] = {
	"safety", "crisis", "outreach", "info", "halfline", "none"
};
static const char *const law_key[NLAWS + 1] = {
	"wmo", "jeugdwet", "zvw", "wlz", "none", "unknown"
};
static const char *const level_key[NLEVELS + 1] = { "0", "1", "2", "3", "4", "5" };
static const char *const echelon_key[NECHELONS] = { "0", "1", "2", "3" };
static const char *const action_key[NPLAN_ACTIONS] = {
	"none", "new", "continue", "scale_up", "scale_down", "relief"
};
static const char *const source_key[NSOURCES + 1] = {
	"self", "network", "professional", "gp", "police", "school", "housing", "other", "none"
};
static const char *const item_level_key[NPLAN_ITEMS] = {
	"self", "network", "volunteer", "general", "first_line", "second_line",
	"third_line", "crisis", "no_fit"
};

/* ---- writing ---- */

struct pwriter {
	struct stream *s;
	struct record rec;
	int json;			/* leave empty fields out */
	const char *v[NPFIELDS];	/* the record being made; NULL is empty */
	char run[6][DATE_LEN + 16];
	char period[PERIOD_LABEL_MAX];
	char value[32], num[4][32], date[3][DATE_LEN + 1];
};

static void
emit(struct pwriter *w)
{
	int i;

	rec_clear(&w->rec);
	for (i = 0; i < NPFIELDS; i++) {
		const char *v = w->v[i] ? w->v[i] : "";

		if (w->json && *v == '\0')
			continue;
		rec_append(&w->rec, pkey[i], v, strlen(v),
		    pfield_number[i] && *v ? J_NUMBER : J_TEXT);
	}
	stream_write(w->s, &w->rec);
	/* The state's fields stay; the item's go. */
	for (i = P_ITEM; i < NPFIELDS; i++)
		w->v[i] = NULL;
}

/* One number of the state (of a wijk in it), when it is not zero. */
static void
wijk_count(struct pwriter *w, int item, const char *wijk, int domain, const char *key, long n)
{
	if (n == 0)
		return;
	snprintf(w->value, sizeof(w->value), "%ld", n);
	w->v[P_ITEM] = item_name[item];
	w->v[P_WIJK] = wijk;
	w->v[P_DOMAIN] = domain >= 0 ? domains[domain].key : NULL;
	w->v[P_KEY] = key;
	w->v[P_VALUE] = w->value;
	emit(w);
}

static void
count(struct pwriter *w, int item, int domain, const char *key, long n)
{
	wijk_count(w, item, NULL, domain, key, n);
}

/* An array of counts, one record for each that is not zero. */
static void
counts(struct pwriter *w, int item, int domain, const char *const *keys, const long *n, int len)
{
	int i;

	for (i = 0; i < len; i++)
		count(w, item, domain, keys[i], n[i]);
}

static const char *
num_or_empty(char *buf, long n, int empty)
{
	if (empty)
		return NULL;
	snprintf(buf, 32, "%ld", n);
	return buf;
}

static const char *
date_or_empty(char *buf, long day)
{
	if (day == NO_DATE)
		return NULL;
	date_format(day, buf);
	return buf;
}

static void
listed(struct pwriter *w, int item, const struct listed_case *e)
{
	w->v[P_ITEM] = item_name[item];
	w->v[P_CASE_ID] = e->case_id;
	w->v[P_WIJK] = e->wijk;
	w->v[P_ROUTE] = e->route >= 0 ? route_key[e->route] : NULL;
	w->v[P_PRIORITY] = num_or_empty(w->num[0], e->priority, e->priority <= 0);
	w->v[P_URGENT] = num_or_empty(w->num[1], e->urgent, e->urgent < 0);
	w->v[P_NEED] = num_or_empty(w->num[2], e->need, e->need < 0);
	w->v[P_RECEIVED] = date_or_empty(w->date[0], e->received);
	if (item == I_OVERDUE) {
		date_format(e->deadline, w->date[1]);
		w->v[P_DEADLINE] = w->date[1];
		w->v[P_PLAN_DATE] = date_or_empty(w->date[2], e->plan_date);
		w->v[P_DAYS_LATE] = num_or_empty(w->num[3], e->days_late, 0);
	}
	w->v[P_REASONS] = e->reasons;
	emit(w);
}

static void
write_state(struct pwriter *w, enum period_kind kind, struct report_state *st)
{
	int i, d;

	period_label(kind, st->period, w->period);
	w->v[P_PERIOD] = w->period;
	w->v[P_GROUP] = st->group;
	for (i = 0; i < NSEEN; i++)
		if (st->seen & (1u << i)) {
			w->v[P_ITEM] = item_name[I_SEEN];
			w->v[P_KEY] = seen_name[i];
			emit(w);
		}
	count(w, I_CASES, -1, NULL, st->cases);
	counts(w, I_ROUTE, -1, route_key, st->route, NROUTES + 1);
	counts(w, I_SOURCE, -1, source_key, st->source, NSOURCES + 1);
	for (i = 0; i < st->lead.n; i++) {
		char days[32];

		snprintf(days, sizeof(days), "%ld", st->lead.days[i]);
		count(w, I_LEAD_DAYS, -1, days, st->lead.count[i]);
	}
	/* All overdue cases, then the --list first of them, most overdue first. */
	count(w, I_OVERDUE_CASES, -1, NULL, st->overdue);
	report_list_sort(&st->overdue_list);
	for (i = 0; i < st->overdue_list.n; i++)
		listed(w, I_OVERDUE, &st->overdue_list.v[i]);
	count(w, I_MONITORED, -1, NULL, st->monitored);
	count(w, I_ALL_SCORED, -1, NULL, st->all_scored);
	count(w, I_COMPLEX, -1, NULL, st->complex);
	for (d = 0; d < NDOMAINS; d++) {
		counts(w, I_LEVEL, d, level_key, st->level[d], NLEVELS + 1);
		counts(w, I_NEED, d, need_name, st->need[d], NNEEDS);
		count(w, I_CARRIED, d, NULL, st->carried[d]);
		count(w, I_SUM_SELF, d, NULL, st->sum_self[d]);
		count(w, I_N_SELF, d, NULL, st->n_self[d]);
		count(w, I_SUM_TOGETHER, d, NULL, st->sum_together[d]);
		count(w, I_N_TOGETHER, d, NULL, st->n_together[d]);
	}
	counts(w, I_TREND, -1, report_trend_name, st->trend, NTRENDS);
	count(w, I_DELTA_DOMAINS, -1, NULL, st->delta_domains);
	count(w, I_DELTA_IMPROVED, -1, NULL, st->delta_improved);
	count(w, I_PLAN_CASES, -1, NULL, st->plan_cases);
	count(w, I_ITEMS, -1, NULL, st->items);
	counts(w, I_ITEMS_LEVEL, -1, item_level_key, st->items_level, NPLAN_ITEMS);
	counts(w, I_ITEMS_ECHELON, -1, echelon_key, st->items_echelon, NECHELONS);
	counts(w, I_ACTION, -1, action_key, st->action, NPLAN_ACTIONS);
	count(w, I_COORDINATION, -1, NULL, st->coordination);
	for (d = 0; d < NDOMAINS; d++)
		counts(w, I_REFER, d, referral_status_name, st->refer[d], NREFER_STATUSES);
	for (i = 0; i < st->nwijk; i++) {
		const struct wijk_stat *ws = &st->wijk[i];

		wijk_count(w, I_WIJK, ws->name, -1, NULL, ws->cases);
		for (d = 0; d < NDOMAINS; d++) {
			wijk_count(w, I_WIJK_NEED, ws->name, d, NULL, ws->need[d]);
			wijk_count(w, I_WIJK_UNMATCHED, ws->name, d, NULL, ws->unmatched[d]);
		}
	}
	count(w, I_AGENDA_CASES, -1, NULL, st->consult);
	report_list_sort(&st->agenda);
	for (i = 0; i < st->agenda.n; i++)
		listed(w, I_AGENDA, &st->agenda.v[i]);
	counts(w, I_DECISION, -1, decision_name, st->decision, NDECISIONS);
	counts(w, I_LAW, -1, law_key, st->law, NLAWS + 1);
	count(w, I_TEAM, -1, NULL, st->team);
	report_list_sort(&st->set_aside);
	for (i = 0; i < st->set_aside.n; i++)
		listed(w, I_SET_ASIDE, &st->set_aside.v[i]);
}

void
partial_write(struct report *rp, const struct report_run *run, struct stream *s)
{
	struct pwriter w;
	int i;

	keys_init();
	memset(&w, 0, sizeof(w));
	rec_init(&w.rec);
	w.s = s;
	w.json = s->out_fmt == FMT_JSON;
	snprintf(w.run[0], sizeof(w.run[0]), "%d", PARTIAL_VERSION);
	w.v[P_PARTIAL] = w.run[0];
	w.v[P_RUN_PERIOD] = period_name[run->period];
	w.v[P_RUN_BY] = run->by;
	if (run->from != LONG_MIN)
		date_format(run->from, w.run[1]), w.v[P_RUN_FROM] = w.run[1];
	if (run->to != LONG_MAX)
		date_format(run->to, w.run[2]), w.v[P_RUN_TO] = w.run[2];
	date_format(run->today, w.run[3]);
	w.v[P_RUN_DATE] = w.run[3];
	snprintf(w.run[4], sizeof(w.run[4]), "%d", run->list);
	w.v[P_RUN_LIST] = w.run[4];
	snprintf(w.run[5], sizeof(w.run[5]), "%d", run->crisis_days);
	w.v[P_RUN_CRISIS_DAYS] = w.run[5];
	/* The run record first: in CSV it has every field, so it makes the header. */
	w.v[P_ITEM] = item_name[I_RUN];
	emit(&w);
	for (i = 0; i < rp->n; i++)
		write_state(&w, rp->period, rp->states[i]);
	rec_free(&w.rec);
}

/* ---- reading ---- */

/* What an item takes besides its value. */
enum { K_NONE, K_WORD, K_DAYS };

static const struct {
	int domain;			/* takes a domain */
	int wijk;			/* takes a wijk (the wijk items) */
	int key;			/* K_NONE, K_WORD (one of keys), K_DAYS */
	const char *const *keys;
	int nkeys;
} spec[NITEMS] = {
	[I_SEEN] = { 0, 0, K_WORD, seen_name, NSEEN },
	[I_ROUTE] = { 0, 0, K_WORD, route_key, NROUTES + 1 },
	[I_SOURCE] = { 0, 0, K_WORD, source_key, NSOURCES + 1 },
	[I_LEAD_DAYS] = { 0, 0, K_DAYS, NULL, 0 },
	[I_LEVEL] = { 1, 0, K_WORD, level_key, NLEVELS + 1 },
	[I_NEED] = { 1, 0, K_WORD, need_name, NNEEDS },
	[I_CARRIED] = { 1, 0, K_NONE, NULL, 0 },
	[I_SUM_SELF] = { 1, 0, K_NONE, NULL, 0 },
	[I_N_SELF] = { 1, 0, K_NONE, NULL, 0 },
	[I_SUM_TOGETHER] = { 1, 0, K_NONE, NULL, 0 },
	[I_N_TOGETHER] = { 1, 0, K_NONE, NULL, 0 },
	[I_TREND] = { 0, 0, K_WORD, report_trend_name, NTRENDS },
	[I_ITEMS_LEVEL] = { 0, 0, K_WORD, item_level_key, NPLAN_ITEMS },
	[I_ITEMS_ECHELON] = { 0, 0, K_WORD, echelon_key, NECHELONS },
	[I_ACTION] = { 0, 0, K_WORD, action_key, NPLAN_ACTIONS },
	[I_REFER] = { 1, 0, K_WORD, referral_status_name, NREFER_STATUSES },
	[I_WIJK] = { 0, 1, K_NONE, NULL, 0 },
	[I_WIJK_NEED] = { 1, 1, K_NONE, NULL, 0 },
	[I_WIJK_UNMATCHED] = { 1, 1, K_NONE, NULL, 0 },
	[I_OVERDUE_CASES] = { 0, 0, K_NONE, NULL, 0 },
	[I_AGENDA_CASES] = { 0, 0, K_NONE, NULL, 0 },
	[I_DECISION] = { 0, 0, K_WORD, decision_name, NDECISIONS },
	[I_LAW] = { 0, 0, K_WORD, law_key, NLAWS + 1 },
	[I_TEAM] = { 0, 0, K_NONE, NULL, 0 },
};

/* The longest lead time: plan and received are dates of years 1000-9999. */
#define LEAD_DAYS_MAX 3300000L

void
partial_reader_init(struct partial_reader *pr)
{
	memset(pr, 0, sizeof(*pr));
	keys_init();
}

void
partial_reader_free(struct partial_reader *pr)
{
	free(pr->run.by);
	free(pr->runs);
	free(pr->owners);
	buf_free(&pr->scratch);
}

static const char *
pget(const struct record *r, int f, size_t *len)
{
	return rec_text(r, pkey[f], len);
}

/* A partial that cannot be merged at all: stop, keeping the rejects so far. */
static noreturn void __attribute__((format(printf, 3, 4)))
merge_fatal(struct stream *s, const struct record *r, const char *fmt, ...)
{
	struct buf msg = { 0 };
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	if (s->rej_open)
		out_flush(&s->rej);
	die(EXIT_DATA, "%s:%ld: %s", r->input ? r->input : s->in.name, r->line, msg.data);
}

/* "--period week --by wijk --date 2026-11-28": a run as its options. */
static void
run_describe(const struct report_run *run, struct buf *b)
{
	char d[DATE_LEN + 1];

	buf_printf(b, "--period %s", period_name[run->period]);
	if (run->by)
		buf_printf(b, " --by %s", run->by);
	if (run->from != LONG_MIN) {
		date_format(run->from, d);
		buf_printf(b, " --from %s", d);
	}
	if (run->to != LONG_MAX) {
		date_format(run->to, d);
		buf_printf(b, " --to %s", d);
	}
	if (run->list != REPORT_LIST_DEFAULT)
		buf_printf(b, " --list %d", run->list);
	if (run->crisis_days != CRISIS_DAYS_DEFAULT)
		buf_printf(b, " --crisis-days %d", run->crisis_days);
	date_format(run->today, d);
	buf_printf(b, " --date %s", d);
}

/* Do two runs aggregate alike (their dates and --from/--to aside)? */
static int
run_shape_same(const struct report_run *a, const struct report_run *b)
{
	return a->period == b->period && a->list == b->list && a->crisis_days == b->crisis_days &&
	    (a->by == NULL) == (b->by == NULL) &&
	    (a->by == NULL || strcmp(a->by, b->by) == 0);
}

/* The index of run's span among the runs seen, added when new. */
static int
run_index(struct partial_reader *pr, const struct report_run *run)
{
	int i;

	for (i = pr->nruns - 1; i >= 0; i--)
		if (pr->runs[i].from == run->from && pr->runs[i].to == run->to &&
		    pr->runs[i].today == run->today)
			return i;
	if (pr->nruns == pr->capruns) {
		pr->capruns = pr->capruns ? 2 * pr->capruns : 4;
		pr->runs = xreallocarray(pr->runs, (size_t)pr->capruns, sizeof(*pr->runs));
	}
	pr->runs[pr->nruns].from = run->from;
	pr->runs[pr->nruns].to = run->to;
	pr->runs[pr->nruns].today = run->today;
	return pr->nruns++;
}

/* " --from A --to B --date C" of a span. */
static void
span_describe(const struct partial_span *sp, struct buf *b)
{
	char d[DATE_LEN + 1];

	if (sp->from != LONG_MIN) {
		date_format(sp->from, d);
		buf_printf(b, " --from %s", d);
	}
	if (sp->to != LONG_MAX) {
		date_format(sp->to, d);
		buf_printf(b, " --to %s", d);
	}
	date_format(sp->today, d);
	buf_printf(b, " --date %s", d);
}

/*
 * The period of a state record belongs to the record's run: a period that
 * a partial of another run holds too would count its cases twice, or mix
 * two days' views of them.
 */
static void
period_owned(struct partial_reader *pr, struct stream *s, const struct record *r, long period)
{
	int lo = 0, hi = pr->nowners;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (pr->owners[mid].period < period)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < pr->nowners && pr->owners[lo].period == period) {
		if (pr->owners[lo].run != pr->current) {
			struct buf b = { 0 };
			char label[PERIOD_LABEL_MAX];

			span_describe(&pr->runs[pr->current], &b);
			buf_adds(&b, " here,");
			span_describe(&pr->runs[pr->owners[lo].run], &b);
			buf_adds(&b, " before");
			period_label(pr->run.period, period, label);
			merge_fatal(s, r, "period %s is in the partials of two runs (%s): its cases would count twice; merge the partials of one run, or of runs of other periods (such as the weekly job's)",
			    label, b.data + 1);
		}
		return;
	}
	if (pr->nowners == pr->capowners) {
		pr->capowners = pr->capowners ? 2 * pr->capowners : 16;
		pr->owners = xreallocarray(pr->owners, (size_t)pr->capowners, sizeof(*pr->owners));
	}
	memmove(pr->owners + lo + 1, pr->owners + lo, (size_t)(pr->nowners - lo) * sizeof(*pr->owners));
	pr->owners[lo].period = period;
	pr->owners[lo].run = pr->current;
	pr->nowners++;
}

/* An ISO date field, or `none` when empty; -1 when it is not a date. */
static int
date_field(const struct record *r, int f, long none, long *out)
{
	const char *err, *v;
	size_t len;

	v = pget(r, f, &len);
	if (len == 0) {
		*out = none;
		return 0;
	}
	return date_parse(v, len, out, &err);
}

/* The run a record belongs to; the partial's fatal errors. */
static void
run_read(struct stream *s, const struct record *r, struct report_run *run)
{
	const char *v, *err;
	long long n;
	size_t len;
	int k;

	v = pget(r, P_RUN_PERIOD, &len);
	if ((k = vocab_find(period_name, 5, v, len)) < 0)
		merge_fatal(s, r, "run.period: %s is not week, month, quarter, year or all",
		    quote(v, len));
	run->period = k;
	if (date_field(r, P_RUN_FROM, LONG_MIN, &run->from) < 0)
		merge_fatal(s, r, "run.from: %s is not a date", quote(pget(r, P_RUN_FROM, &len), len));
	if (date_field(r, P_RUN_TO, LONG_MAX, &run->to) < 0)
		merge_fatal(s, r, "run.to: %s is not a date", quote(pget(r, P_RUN_TO, &len), len));
	if (date_field(r, P_RUN_DATE, LONG_MIN, &run->today) < 0 || run->today == LONG_MIN)
		merge_fatal(s, r, "run.date: %s is not a date (the partial run's date)",
		    quote(pget(r, P_RUN_DATE, &len), len));
	v = pget(r, P_RUN_LIST, &len);
	if (parse_int(v, len, 0, PARTIAL_LIST_MAX, &n, &err) < 0)
		merge_fatal(s, r, "run.list: %s is not a whole number 0 to %d (the partial run's --list)",
		    quote(v, len), PARTIAL_LIST_MAX);
	run->list = (int)n;
	v = pget(r, P_RUN_CRISIS_DAYS, &len);
	if (parse_int(v, len, 0, CRISIS_DAYS_MAX, &n, &err) < 0)
		merge_fatal(s, r, "run.crisis_days: %s is not a whole number 0 to %d (the partial run's --crisis-days)",
		    quote(v, len), CRISIS_DAYS_MAX);
	run->crisis_days = (int)n;
	v = pget(r, P_RUN_BY, &len);
	run->by = len > 0 ? xstrndup(v, len) : NULL;
}

/* The version and run of record r, checked against the partials before it. */
static void
check_run(struct partial_reader *pr, struct stream *s, const struct record *r,
    struct report *rp)
{
	struct report_run run;
	long long version;
	const char *v, *err;
	size_t len;

	v = pget(r, P_PARTIAL, &len);
	if (parse_int(v, len, 0, LLONG_MAX, &version, &err) < 0 || version != PARTIAL_VERSION)
		merge_fatal(s, r, "partial: %s is not format %d, the format this oer-report reads",
		    quote(v, len), PARTIAL_VERSION);
	run_read(s, r, &run);
	if (!pr->have_run) {
		pr->run = run;
		pr->have_run = 1;
		pr->current = run_index(pr, &run);
		rp->period = run.period;
		rp->today = run.today;
		rp->list = run.list;
		rp->crisis_days = run.crisis_days;
		return;
	}
	if (!run_shape_same(&run, &pr->run)) {
		struct buf b = { 0 };

		run_describe(&run, &b);
		buf_adds(&b, ", but the partials before it are of ");
		run_describe(&pr->run, &b);
		merge_fatal(s, r, "a partial of %s: merge only partials of runs with the same --period, --by, --list and --crisis-days",
		    b.data);
	}
	pr->current = run_index(pr, &run);
	/* The merged run spans its runs; the report is as of the latest date. */
	if (run.from < pr->run.from)
		pr->run.from = run.from;
	if (run.to > pr->run.to)
		pr->run.to = run.to;
	if (run.today > pr->run.today)
		pr->run.today = rp->today = run.today;
	free(run.by);
}

static int
domain_find(const char *v, size_t len)
{
	int d;

	for (d = 0; d < NDOMAINS; d++)
		if (strlen(domains[d].key) == len && memcmp(domains[d].key, v, len) == 0)
			return d;
	return -1;
}

/* The number in field f, min to max; -1 rejected. */
static int
number(struct stream *s, const struct record *r, int f, long min, long max, long *out)
{
	long long n;
	const char *v, *err;
	size_t len;

	v = pget(r, f, &len);
	if (parse_int(v, len, min, max, &n, &err) < 0) {
		stream_reject(s, r, pkey[f], "%s is not a whole number %ld to %ld", quote(v, len),
		    min, max);
		return -1;
	}
	*out = (long)n;
	return 0;
}

/* An optional small number: `none` when empty. */
static int
small(struct stream *s, const struct record *r, int f, int min, int max, int none, int *out)
{
	long n;
	size_t len;

	pget(r, f, &len);
	if (len == 0) {
		*out = none;
		return 0;
	}
	if (number(s, r, f, min, max, &n) < 0)
		return -1;
	*out = (int)n;
	return 0;
}

static int
date_or_reject(struct stream *s, const struct record *r, int f, long none, long *out)
{
	size_t len;
	const char *v;

	if (date_field(r, f, none, out) == 0)
		return 0;
	v = pget(r, f, &len);
	stream_reject(s, r, pkey[f], "%s is not a date", quote(v, len));
	return -1;
}

/* An overdue or agenda entry; -1 rejected. */
static int
read_listed(struct stream *s, const struct record *r, int item, struct report *rp, long period,
    const char *group)
{
	struct listed_case e = { 0 };
	struct report_state *st;
	const char *v;
	size_t len;

	v = pget(r, P_ROUTE, &len);
	if (len == 0)
		e.route = -1;
	else if ((e.route = vocab_find(route_key, NROUTES, v, len)) < 0) {
		stream_reject(s, r, pkey[P_ROUTE], "%s is not a route", quote(v, len));
		return -1;
	}
	if (small(s, r, P_PRIORITY, 1, 3, 0, &e.priority) < 0 ||
	    small(s, r, P_URGENT, 0, NDOMAINS, -1, &e.urgent) < 0 ||
	    small(s, r, P_NEED, 0, NDOMAINS, -1, &e.need) < 0 ||
	    date_or_reject(s, r, P_RECEIVED, NO_DATE, &e.received) < 0)
		return -1;
	e.plan_date = NO_DATE;
	if (item == I_OVERDUE) {
		if (date_or_reject(s, r, P_DEADLINE, LONG_MIN, &e.deadline) < 0 ||
		    date_or_reject(s, r, P_PLAN_DATE, NO_DATE, &e.plan_date) < 0 ||
		    number(s, r, P_DAYS_LATE, 1, LEAD_DAYS_MAX, &e.days_late) < 0)
			return -1;
		if (e.deadline == LONG_MIN) {
			stream_reject(s, r, pkey[P_DEADLINE], "missing (an overdue case has a deadline)");
			return -1;
		}
	}
	st = report_state_get(rp, period, group);
	v = pget(r, P_CASE_ID, &len);
	e.case_id = xstrndup(v, len);
	v = pget(r, P_WIJK, &len);
	e.wijk = xstrndup(v, len);
	v = pget(r, P_REASONS, &len);
	e.reasons = xstrndup(v, len);
	e.nreasons = report_count_items(v, len);
	/* The --list first of every partial's first are the first of all. */
	report_list_offer(item == I_OVERDUE ? &st->overdue_list :
	    item == I_AGENDA ? &st->agenda : &st->set_aside, &e);
	return 0;
}

/* Where a count item adds up in a state (and in wijk w of it). */
static long *
slot(struct report_state *st, struct wijk_stat *w, int item, int d, int k)
{
	switch (item) {
	case I_CASES: return &st->cases;
	case I_ROUTE: return &st->route[k];
	case I_SOURCE: return &st->source[k];
	case I_MONITORED: return &st->monitored;
	case I_ALL_SCORED: return &st->all_scored;
	case I_COMPLEX: return &st->complex;
	case I_LEVEL: return &st->level[d][k];
	case I_NEED: return &st->need[d][k];
	case I_CARRIED: return &st->carried[d];
	case I_SUM_SELF: return &st->sum_self[d];
	case I_N_SELF: return &st->n_self[d];
	case I_SUM_TOGETHER: return &st->sum_together[d];
	case I_N_TOGETHER: return &st->n_together[d];
	case I_TREND: return &st->trend[k];
	case I_DELTA_DOMAINS: return &st->delta_domains;
	case I_DELTA_IMPROVED: return &st->delta_improved;
	case I_PLAN_CASES: return &st->plan_cases;
	case I_ITEMS: return &st->items;
	case I_ITEMS_LEVEL: return &st->items_level[k];
	case I_ITEMS_ECHELON: return &st->items_echelon[k];
	case I_ACTION: return &st->action[k];
	case I_COORDINATION: return &st->coordination;
	case I_REFER: return &st->refer[d][k];
	case I_OVERDUE_CASES: return &st->overdue;
	case I_AGENDA_CASES: return &st->consult;
	case I_DECISION: return &st->decision[k];
	case I_LAW: return &st->law[k];
	case I_TEAM: return &st->team;
	case I_WIJK: return &w->cases;
	case I_WIJK_NEED: return &w->need[d];
	case I_WIJK_UNMATCHED: return &w->unmatched[d];
	}
	return NULL;
}

/* The domain and key of an item, as its spec wants them; -1 rejected. */
static int
item_place(struct stream *s, const struct record *r, int item, int *d, int *k, long *days)
{
	const char *v;
	size_t len;

	v = pget(r, P_DOMAIN, &len);
	*d = -1;
	if (spec[item].domain && (*d = domain_find(v, len)) < 0) {
		stream_reject(s, r, pkey[P_DOMAIN], "%s is not a domain key", quote(v, len));
		return -1;
	}
	if (!spec[item].domain && len > 0) {
		stream_reject(s, r, pkey[P_DOMAIN], "item %s takes no domain", item_name[item]);
		return -1;
	}
	v = pget(r, P_KEY, &len);
	*k = -1;
	switch (spec[item].key) {
	case K_WORD:
		if ((*k = vocab_find(spec[item].keys, spec[item].nkeys, v, len)) < 0) {
			stream_reject(s, r, pkey[P_KEY], "%s is not a key of item %s", quote(v, len),
			    item_name[item]);
			return -1;
		}
		return 0;
	case K_DAYS:
		return number(s, r, P_KEY, 0, LEAD_DAYS_MAX, days);
	}
	if (len > 0) {
		stream_reject(s, r, pkey[P_KEY], "item %s takes no key", item_name[item]);
		return -1;
	}
	return 0;
}

/* A count item; -1 rejected. */
static int
read_count(struct stream *s, const struct record *r, int item, struct report *rp, long period,
    const char *group)
{
	/* A sum adds up to five (the highest level) per case. */
	long max = item == I_SUM_SELF || item == I_SUM_TOGETHER ? NLEVELS * PARTIAL_COUNT_MAX :
	    PARTIAL_COUNT_MAX;
	struct report_state *st;
	struct wijk_stat *w = NULL;
	const char *v;
	size_t len;
	long value, days = 0, *p, have;
	int d, k;

	if (item_place(s, r, item, &d, &k, &days) < 0 || number(s, r, P_VALUE, 0, max, &value) < 0)
		return -1;
	/* A count of a new state or wijk starts at zero and so cannot overflow. */
	st = report_state_get(rp, period, group);
	if (spec[item].wijk) {
		v = pget(r, P_WIJK, &len);
		w = report_wijk_get(st, v, len);
	}
	if (item == I_LEAD_DAYS) {
		have = hist_total(&st->lead);
		p = NULL;
	} else {
		p = slot(st, w, item, d, k);
		have = *p;
	}
	if (have > max - value) {
		stream_reject(s, r, pkey[P_VALUE], "the merged count of item %s would pass %ld",
		    item_name[item], max);
		return -1;
	}
	if (p)
		*p += value;
	else
		hist_add(&st->lead, days, value);
	return 0;
}

int
partial_read(struct partial_reader *pr, struct stream *s, const struct record *r,
    struct report *rp)
{
	const char *v;
	char *group;
	size_t len;
	long period;
	int item, d, k, got;

	if (rec_get(r, pkey[P_PARTIAL], NULL) == NULL) {
		stream_reject(s, r, -1, "not a partial report (no field partial): merge what oer-report --partial writes");
		return -1;
	}
	check_run(pr, s, r, rp);
	v = pget(r, P_ITEM, &len);
	if ((item = vocab_find(item_name, NITEMS, v, len)) < 0) {
		stream_reject(s, r, pkey[P_ITEM], "%s is not an item of a partial report", quote(v, len));
		return -1;
	}
	if (item == I_RUN)
		return 0;
	v = pget(r, P_PERIOD, &len);
	if (period_from_label(rp->period, v, len, &period) < 0) {
		stream_reject(s, r, pkey[P_PERIOD], "%s is not a period of --period %s", quote(v, len),
		    period_name[rp->period]);
		return -1;
	}
	period_owned(pr, s, r, period);
	v = pget(r, P_GROUP, &len);
	group = xstrndup(v, len);
	if (item == I_SEEN) {
		long unused;

		if ((got = item_place(s, r, item, &d, &k, &unused)) == 0)
			report_state_get(rp, period, group)->seen |= 1u << k;
	} else if (item == I_OVERDUE || item == I_AGENDA || item == I_SET_ASIDE) {
		got = read_listed(s, r, item, rp, period, group);
	} else {
		got = read_count(s, r, item, rp, period, group);
	}
	free(group);
	return got;
}
