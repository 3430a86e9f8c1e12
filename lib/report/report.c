#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "alloc.h"
#include "dates.h"
#include "die.h"
#include "exits.h"
#include "report.h"

const char *const report_trend_name[NTRENDS] = { "improved", "stable", "declined" };

int
vocab_find(const char *const *names, int n, const char *s, size_t len)
{
	int i;

	for (i = 0; i < n; i++)
		if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
			return i;
	return -1;
}

/* ---- periods ---- */

static const char *const period_names[] = { "week", "month", "quarter", "year", "all" };

int
period_parse(const char *s)
{
	return vocab_find(period_names, 5, s, strlen(s));
}

const char *
period_kind_name(enum period_kind k)
{
	return period_names[k];
}

/* Floor division: days before 1970 still fall in the right week. */
static long
floordiv(long a, long b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

long
period_of(enum period_kind k, long day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	switch (k) {
	case PERIOD_WEEK:
		return floordiv(day - 4, 7);	/* day 4, 1970-01-05, was a Monday */
	case PERIOD_MONTH:
		return (long)y * 12 + (m - 1);
	case PERIOD_QUARTER:
		return (long)y * 4 + (m - 1) / 3;
	case PERIOD_YEAR:
		return y;
	case PERIOD_ALL:
		break;
	}
	return 0;
}

void
period_label(enum period_kind k, long p, char out[PERIOD_LABEL_MAX])
{
	switch (k) {
	case PERIOD_WEEK:
		date_format_week(p * 7 + 4, out);
		return;
	case PERIOD_MONTH:
		snprintf(out, PERIOD_LABEL_MAX, "%04ld-%02ld", floordiv(p, 12), p - floordiv(p, 12) * 12 + 1);
		return;
	case PERIOD_QUARTER:
		snprintf(out, PERIOD_LABEL_MAX, "%04ld-Q%ld", floordiv(p, 4), p - floordiv(p, 4) * 4 + 1);
		return;
	case PERIOD_YEAR:
		snprintf(out, PERIOD_LABEL_MAX, "%04ld", p);
		return;
	case PERIOD_ALL:
		break;
	}
	snprintf(out, PERIOD_LABEL_MAX, "all");
}

int
period_from_label(enum period_kind k, const char *s, size_t len, long *period)
{
	char text[PERIOD_LABEL_MAX], back[PERIOD_LABEL_MAX];
	int y = 0, n = 1, fields = 0, want = 2;
	long day;

	if (len == 0 || len >= sizeof(text))
		return -1;
	memcpy(text, s, len);
	text[len] = '\0';
	switch (k) {
	case PERIOD_WEEK:
		fields = sscanf(text, "%4d-W%2d", &y, &n);
		break;
	case PERIOD_MONTH:
		fields = sscanf(text, "%4d-%2d", &y, &n);
		break;
	case PERIOD_QUARTER:
		fields = sscanf(text, "%4d-Q%1d", &y, &n);
		break;
	case PERIOD_YEAR:
		fields = sscanf(text, "%4d", &y);
		want = 1;
		break;
	case PERIOD_ALL:
		*period = 0;
		return strcmp(text, "all") == 0 ? 0 : -1;
	}
	if (fields != want || y < 1000 || y > 9999 || n < 1 || n > 53)
		return -1;
	if (k == PERIOD_WEEK) {
		day = date_from_ymd(y, 1, 4);	/* always in week 1 */
		day += 7L * (n - 1) - (date_weekday(day) - 1);
	} else if (k == PERIOD_MONTH && n <= 12) {
		day = date_from_ymd(y, n, 1);
	} else if (k == PERIOD_QUARTER && n <= 4) {
		day = date_from_ymd(y, 3 * n - 2, 1);
	} else if (k == PERIOD_YEAR) {
		day = date_from_ymd(y, 1, 1);
	} else {
		return -1;
	}
	/* Only the label itself: no spaces, signs or missing zeros. */
	*period = period_of(k, day);
	period_label(k, *period, back);
	return strcmp(back, text) == 0 ? 0 : -1;
}

/* ---- the histogram of lead times ---- */

void
hist_add(struct day_hist *h, long days, long count)
{
	int lo = 0, hi = h->n;

	while (lo < hi) {
		int mid = (lo + hi) / 2;

		if (h->days[mid] < days)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < h->n && h->days[lo] == days) {
		h->count[lo] += count;
		return;
	}
	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 16;
		h->days = xreallocarray(h->days, (size_t)h->cap, sizeof(long));
		h->count = xreallocarray(h->count, (size_t)h->cap, sizeof(long));
	}
	memmove(h->days + lo + 1, h->days + lo, (size_t)(h->n - lo) * sizeof(long));
	memmove(h->count + lo + 1, h->count + lo, (size_t)(h->n - lo) * sizeof(long));
	h->days[lo] = days;
	h->count[lo] = count;
	h->n++;
}

long
hist_total(const struct day_hist *h)
{
	long t = 0;
	int i;

	for (i = 0; i < h->n; i++)
		t += h->count[i];
	return t;
}

/* The value at 0-based rank in the sorted multiset. */
static long
hist_at(const struct day_hist *h, long rank)
{
	int i;

	for (i = 0; i < h->n; i++) {
		if (rank < h->count[i])
			return h->days[i];
		rank -= h->count[i];
	}
	return 0;
}

long
hist_median2(const struct day_hist *h)
{
	long n = hist_total(h);

	if (n == 0)
		return 0;
	return hist_at(h, (n - 1) / 2) + hist_at(h, n / 2);
}

/* ---- states ---- */

/*
 * The states are made in blocks, freed together by report_free(): a state
 * is some 3 KB of counters, and with a million groups (--by wijk) the
 * allocator's bookkeeping and a page fault for every 4 KiB page cost more
 * than adding the cases.  The blocks double up to a few megabytes, asked
 * for in huge pages (a hint: without it, 4 KiB pages).
 */
#define HUGE_PAGE (2 * 1024 * 1024)
#define BLOCK_MAX (4 * HUGE_PAGE)

struct state_block {
	struct state_block *next;
	size_t n, used;
	struct report_state st[];
};

static struct report_state *
state_new(struct report *rp)
{
	struct state_block *b = rp->blocks;
	size_t n, bytes;
	void *p;

	if (b != NULL && b->used < b->n)
		return &b->st[b->used++];
	n = b != NULL ? b->n * 2 : 4;
	bytes = offsetof(struct state_block, st) + n * sizeof(struct report_state);
	if (bytes > BLOCK_MAX) {
		n = (BLOCK_MAX - offsetof(struct state_block, st)) / sizeof(struct report_state);
		bytes = BLOCK_MAX;
	}
	if (bytes < HUGE_PAGE) {
		p = xcalloc(1, bytes);
	} else {
		if (posix_memalign(&p, HUGE_PAGE, bytes) != 0)
			die(EXIT_IO, "out of memory");
#ifdef MADV_HUGEPAGE
		madvise(p, bytes, MADV_HUGEPAGE);
#endif
		memset(p, 0, bytes);
	}
	b = p;
	b->n = n;
	b->next = rp->blocks;
	rp->blocks = b;
	return &b->st[b->used++];
}

void
report_init(struct report *rp, enum period_kind period, long today, int list)
{
	memset(rp, 0, sizeof(*rp));
	rp->period = period;
	rp->today = today;
	rp->list = list;
	rp->crisis_days = CRISIS_DAYS_DEFAULT;
}

static void
entry_free(struct listed_case *e)
{
	free(e->case_id);
	free(e->wijk);
	free(e->reasons);
}

static void
list_free(struct case_list *l)
{
	int i;

	for (i = 0; i < l->n; i++)
		entry_free(&l->v[i]);
	free(l->v);
}

static void
state_free(struct report_state *st)
{
	int i;

	free(st->group);
	free(st->lead.days);
	free(st->lead.count);
	list_free(&st->overdue_list);
	list_free(&st->agenda);
	list_free(&st->set_aside);
	for (i = 0; i < st->nwijk; i++)
		free(st->wijk[i].name);
	free(st->wijk);
}

void
report_free(struct report *rp)
{
	int i;

	for (i = 0; i < rp->n; i++)
		state_free(rp->states[i]);
	while (rp->blocks) {
		struct state_block *b = rp->blocks;

		rp->blocks = b->next;
		free(b);
	}
	free(rp->states);
	rp->states = NULL;
	rp->n = rp->cap = 0;
	htab_free(&rp->index);
}

/* The key of a state: a period and the group's bytes (not NUL-terminated). */
struct state_key {
	long period;
	const char *group;
	size_t len;
};

static uint64_t
state_hash(const struct state_key *k)
{
	return htab_hash(k->group, k->len, (uint64_t)k->period);
}

static int
state_is(const void *item, const void *key)
{
	const struct report_state *st = item;
	const struct state_key *k = key;

	return st->period == k->period && strncmp(st->group, k->group, k->len) == 0 &&
	    st->group[k->len] == '\0';
}

/* The state of the key, created empty if new. */
static struct report_state *
state_get(struct report *rp, const struct state_key *k)
{
	uint64_t h = state_hash(k);
	struct report_state *st = htab_find(&rp->index, h, state_is, k);

	if (st)
		return st;
	if (rp->n == rp->cap) {
		rp->cap = rp->cap ? rp->cap * 2 : 16;
		rp->states = xreallocarray(rp->states, (size_t)rp->cap, sizeof(*rp->states));
	}
	st = state_new(rp);
	st->period = k->period;
	st->group = xstrndup(k->group, k->len);
	st->overdue_list.max = st->agenda.max = st->set_aside.max = rp->list;
	st->set_aside.cmp = agenda_cmp;
	st->overdue_list.cmp = overdue_cmp;
	st->agenda.cmp = agenda_cmp;
	rp->states[rp->n++] = st;
	htab_add(&rp->index, h, st);
	return st;
}

struct report_state *
report_find(const struct report *rp, long period, const char *group)
{
	struct state_key k = { period, group, strlen(group) };

	return htab_find(&rp->index, state_hash(&k), state_is, &k);
}

struct report_state *
report_state_get(struct report *rp, long period, const char *group)
{
	struct state_key k = { period, group, strlen(group) };

	return state_get(rp, &k);
}

static int
state_order(const void *pa, const void *pb)
{
	const struct report_state *a = *(struct report_state *const *)pa;
	const struct report_state *b = *(struct report_state *const *)pb;

	if (a->period != b->period)
		return a->period < b->period ? -1 : 1;
	return strcmp(a->group, b->group);
}

void
report_sort(struct report *rp)
{
	if (rp->n > 1)
		qsort(rp->states, (size_t)rp->n, sizeof(*rp->states), state_order);
}

struct wijk_stat *
report_wijk_get(struct report_state *st, const char *name, size_t len)
{
	int lo = 0, hi = st->nwijk;
	struct wijk_stat *w;

	while (lo < hi) {
		int mid = (lo + hi) / 2;
		const char *m = st->wijk[mid].name;
		size_t mlen = strlen(m);
		int c = memcmp(name, m, len < mlen ? len : mlen);

		if (c == 0 && len == mlen)
			return &st->wijk[mid];
		if (c < 0 || (c == 0 && len < mlen))
			hi = mid;
		else
			lo = mid + 1;
	}
	if (st->nwijk == st->capwijk) {
		st->capwijk = st->capwijk ? st->capwijk * 2 : 1;	/* by wijk: one per state */
		st->wijk = xreallocarray(st->wijk, (size_t)st->capwijk, sizeof(*st->wijk));
	}
	memmove(st->wijk + lo + 1, st->wijk + lo, (size_t)(st->nwijk - lo) * sizeof(*st->wijk));
	w = &st->wijk[lo];
	memset(w, 0, sizeof(*w));
	w->name = xstrndup(name, len);
	st->nwijk++;
	return w;
}

static void
entry_swap(struct listed_case *a, struct listed_case *b)
{
	struct listed_case t = *a;

	*a = *b;
	*b = t;
}

/* The heap of l, its root the entry that ranks last (the largest by cmp). */
static void
heap_up(struct case_list *l, int i)
{
	while (i > 0) {
		int parent = (i - 1) / 2;

		if (l->cmp(&l->v[parent], &l->v[i]) >= 0)
			return;
		entry_swap(&l->v[parent], &l->v[i]);
		i = parent;
	}
}

static void
heap_down(struct case_list *l, int i)
{
	for (;;) {
		int big = i, c = 2 * i + 1;

		if (c < l->n && l->cmp(&l->v[c], &l->v[big]) > 0)
			big = c;
		if (c + 1 < l->n && l->cmp(&l->v[c + 1], &l->v[big]) > 0)
			big = c + 1;
		if (big == i)
			return;
		entry_swap(&l->v[i], &l->v[big]);
		i = big;
	}
}

int
report_list_offer(struct case_list *l, struct listed_case *e)
{
	if (l->max > 0 && l->n == l->max) {
		/* Full: only a case that ranks before the last kept gets in. */
		if (l->cmp(e, &l->v[0]) >= 0) {
			entry_free(e);
			return 0;
		}
		entry_free(&l->v[0]);
		l->v[0] = *e;
		heap_down(l, 0);
		return 1;
	}
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		if (l->max > 0 && l->cap > l->max)
			l->cap = l->max;
		l->v = xreallocarray(l->v, (size_t)l->cap, sizeof(*l->v));
	}
	l->v[l->n++] = *e;
	if (l->max > 0)
		heap_up(l, l->n - 1);
	return 1;
}

void
report_list_sort(struct case_list *l)
{
	if (l->n > 1)
		qsort(l->v, (size_t)l->n, sizeof(*l->v), l->cmp);
}

int
report_count_items(const char *s, size_t len)
{
	int n = 1;
	size_t i;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i++)
		n += s[i] == ';';
	return n;
}

/* The entry of case c, to offer to a list. */
static void
list_case(struct listed_case *e, const struct report_case *c)
{
	memset(e, 0, sizeof(*e));
	e->case_id = xstrndup(c->case_id ? c->case_id : "", c->case_id_len);
	e->wijk = xstrndup(c->wijk ? c->wijk : "", c->wijk_len);
	e->reasons = xstrndup(c->reasons ? c->reasons : "", c->reasons_len);
	e->nreasons = report_count_items(c->reasons, c->reasons_len);
	e->route = c->route;
	e->priority = c->priority;
	e->urgent = c->urgent;
	e->need = c->need;
	e->received = c->seen & SEEN_RECEIVED ? c->received : NO_DATE;
	e->plan_date = NO_DATE;
}

/*
 * The Wmo time limits: a case that gets a plan (route halfline, or no
 * route) must have it within 6 weeks of `received`; a crisis or safety case
 * within 2 days.  Judged only when the record has a plan.date field (the
 * plan stage ran).  Only a recorded plan counts: a case with an empty
 * plan.date, or one oer-plan only proposed, is open, and overdue once its
 * deadline is before the run's date.
 */
static void
add_overdue(struct report_state *st, const struct report_case *c, long today, int crisis_days)
{
	struct listed_case e;
	long limit, deadline, end;

	if (!(c->seen & SEEN_PLAN_DATE) || !(c->seen & SEEN_RECEIVED))
		return;
	if (c->route == ROUTE_CRISIS || c->route == ROUTE_SAFETY)
		limit = crisis_days;
	else if (c->route == ROUTE_HALFLINE || c->route < 0)
		limit = WMO_LIMIT_DAYS;
	else
		return;		/* info and outreach get no plan */
	deadline = c->received + limit;
	end = c->plan_date != NO_DATE ? c->plan_date : today;
	if (end <= deadline)
		return;
	st->overdue++;
	list_case(&e, c);
	e.deadline = deadline;
	e.plan_date = c->plan_date;
	e.days_late = end - deadline;
	report_list_offer(&st->overdue_list, &e);
}

static void
add_intake(struct report_state *st, const struct report_case *c, long today, int crisis_days)
{
	st->route[c->route >= 0 ? c->route : NROUTES]++;
	st->source[c->source >= 0 ? c->source : NSOURCES]++;
	if ((c->seen & SEEN_RECEIVED) && c->plan_date != NO_DATE)
		hist_add(&st->lead, c->plan_date - c->received, 1);
	add_overdue(st, c, today, crisis_days);
}

static void
add_monitor(struct report_state *st, const struct report_case *c)
{
	int d, scored = 0;

	for (d = 0; d < NDOMAINS; d++)
		scored += c->together[d] > 0;
	/* A case counts as monitored when at least one domain was scored. */
	if (scored > 0) {
		st->monitored++;
		st->all_scored += scored == NDOMAINS;
		for (d = 0; d < NDOMAINS; d++) {
			int self = c->self[d], tog = c->together[d];

			st->level[d][tog]++;
			if (self > 0) {
				st->sum_self[d] += self;
				st->n_self[d]++;
			}
			if (tog > 0) {
				st->sum_together[d] += tog;
				st->n_together[d]++;
			}
			/* The network lifts the level to sufficient or better. */
			if (self > 0 && self < 4 && tog >= 4)
				st->carried[d]++;
		}
	}
	for (d = 0; d < NDOMAINS; d++) {
		if (c->need_class[d] >= 0)
			st->need[d][c->need_class[d]]++;
		if (c->has_delta[d]) {
			st->delta_domains++;
			st->delta_improved += c->delta[d] > 0;
		}
	}
	st->complex += c->complex == 1;
	if (c->trend >= 0)
		st->trend[c->trend]++;
}

static void
add_plan(struct report_state *st, const struct report_case *c)
{
	int d, items = 0;

	for (d = 0; d < NDOMAINS; d++) {
		int lv = c->plan_level[d], ech;

		if (c->action[d] >= 0)
			st->action[c->action[d]]++;
		if (lv < 0)
			continue;
		items++;
		st->items_level[lv]++;
		if (lv == PL_ITEM_NO_FIT)
			continue;	/* no level, so no echelon */
		ech = c->echelon[d] >= 0 ? c->echelon[d] : plan_levels[lv].echelon;
		st->items_echelon[ech]++;
	}
	st->items += items;
	st->plan_cases += items > 0;
	st->coordination += c->coordination == 1;
	if (c->consult == 1) {
		struct listed_case e;

		st->consult++;
		list_case(&e, c);
		report_list_offer(&st->agenda, &e);
	}
}

const char *const decision_name[NDECISIONS] = {
	"route", "set_aside", "plan_level", "consult_on", "consult_off", "rerouted",
	"own_goal", "personal", "client_support"
};

/* Overrides, re-routing and the resident's own plan; a set-aside signal is listed too. */
static void
add_decisions(struct report_state *st, const struct report_case *c)
{
	int i;

	for (i = 0; i < NDECISIONS; i++)
		st->decision[i] += c->decision[i];
	if (c->decision[DEC_SET_ASIDE]) {
		struct listed_case e;

		list_case(&e, c);
		free(e.reasons);
		e.reasons = xstrndup(c->intake_reasons, c->intake_reasons_len);
		e.nreasons = report_count_items(c->intake_reasons, c->intake_reasons_len);
		report_list_offer(&st->set_aside, &e);
	}
}

static void
add_wijk(struct report_state *st, const struct report_case *c)
{
	struct wijk_stat *w;
	int d;

	for (d = 0; d < NDOMAINS; d++) {
		if (c->refer[d] >= 0)
			st->refer[d][c->refer[d]]++;
		/* Per law: the items sent to a provider (not informal, not unmatched). */
		if (c->refer[d] >= 0 && c->refer[d] != REF_INFORMAL && c->refer[d] != REF_UNMATCHED)
			st->law[c->law[d] >= 0 ? c->law[d] : LAW_UNKNOWN]++;
	}
	st->team += c->team;
	if (!(c->seen & SEEN_WIJK))
		return;
	w = report_wijk_get(st, c->wijk, c->wijk_len);
	w->cases++;
	for (d = 0; d < NDOMAINS; d++) {
		if (c->need_class[d] == NEED_URGENT || c->need_class[d] == NEED_SUPPORT)
			w->need[d]++;
		if (c->refer[d] == REF_UNMATCHED)
			w->unmatched[d]++;
	}
}

void
report_add(struct report *rp, const struct report_case *c)
{
	struct state_key k = { 0, c->group ? c->group : "", 0 };
	struct report_state *st;

	k.len = c->group ? strnlen(c->group, c->group_len) : 0;	/* the group ends at a NUL */
	if (rp->period != PERIOD_ALL && (c->seen & SEEN_RECEIVED))
		k.period = period_of(rp->period, c->received);
	st = state_get(rp, &k);
	st->seen |= c->seen;
	st->cases++;
	add_intake(st, c, rp->today, rp->crisis_days);
	add_monitor(st, c);
	add_plan(st, c);
	add_wijk(st, c);
	add_decisions(st, c);
}

void
report_case_clear(struct report_case *c)
{
	int d;

	memset(c, 0, sizeof(*c));
	c->plan_date = NO_DATE;
	c->proposed = 0;
	c->route = c->source = -1;
	c->urgent = c->need = -1;
	c->complex = c->trend = c->coordination = c->consult = -1;
	for (d = 0; d < NDOMAINS; d++)
		c->need_class[d] = c->plan_level[d] = c->echelon[d] = c->action[d] = c->refer[d] =
		    c->law[d] = -1;
}

/* ---- merging ---- */

static void
add_longs(long *into, const long *from, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		into[i] += from[i];
}

#define ADD_ARRAY(field) add_longs((long *)into->field, (const long *)from->field, \
	sizeof(into->field) / sizeof(long))

/* Every entry of `from` offered to `into`: the first of both are the first of the union. */
static void
list_merge(struct case_list *into, const struct case_list *from)
{
	int i;

	for (i = 0; i < from->n; i++) {
		struct listed_case e = from->v[i];

		e.case_id = xstrdup(from->v[i].case_id);
		e.wijk = xstrdup(from->v[i].wijk);
		e.reasons = xstrdup(from->v[i].reasons);
		report_list_offer(into, &e);
	}
}

void
report_merge_state(struct report_state *into, const struct report_state *from)
{
	int i;

	into->seen |= from->seen;
	into->cases += from->cases;
	ADD_ARRAY(route);
	ADD_ARRAY(source);
	for (i = 0; i < from->lead.n; i++)
		hist_add(&into->lead, from->lead.days[i], from->lead.count[i]);
	into->overdue += from->overdue;
	list_merge(&into->overdue_list, &from->overdue_list);
	into->monitored += from->monitored;
	into->all_scored += from->all_scored;
	into->complex += from->complex;
	ADD_ARRAY(level);
	ADD_ARRAY(need);
	ADD_ARRAY(carried);
	ADD_ARRAY(sum_self);
	ADD_ARRAY(n_self);
	ADD_ARRAY(sum_together);
	ADD_ARRAY(n_together);
	ADD_ARRAY(trend);
	into->delta_domains += from->delta_domains;
	into->delta_improved += from->delta_improved;
	into->plan_cases += from->plan_cases;
	into->items += from->items;
	ADD_ARRAY(items_level);
	ADD_ARRAY(items_echelon);
	ADD_ARRAY(action);
	into->coordination += from->coordination;
	into->consult += from->consult;
	ADD_ARRAY(refer);
	for (i = 0; i < from->nwijk; i++) {
		const struct wijk_stat *f = &from->wijk[i];
		struct wijk_stat *w = report_wijk_get(into, f->name, strlen(f->name));

		w->cases += f->cases;
		add_longs(w->need, f->need, NDOMAINS);
		add_longs(w->unmatched, f->unmatched, NDOMAINS);
	}
	list_merge(&into->agenda, &from->agenda);
	ADD_ARRAY(decision);
	ADD_ARRAY(law);
	into->team += from->team;
	list_merge(&into->set_aside, &from->set_aside);
}

/* ---- list orders ---- */

/*
 * Last: case id, then everything else a list shows (or a partial writes),
 * so that two entries compare equal only when their rows are the same (a case id given twice,
 * say, with different wijken).
 */
static int
same_case_cmp(const struct listed_case *a, const struct listed_case *b)
{
	int c;

	if ((c = strcmp(a->case_id, b->case_id)) != 0 || (c = strcmp(a->wijk, b->wijk)) != 0 ||
	    (c = strcmp(a->reasons, b->reasons)) != 0)
		return c;
	if (a->route != b->route)
		return a->route < b->route ? -1 : 1;
	if (a->priority != b->priority)
		return a->priority < b->priority ? -1 : 1;
	if (a->urgent != b->urgent)
		return a->urgent < b->urgent ? -1 : 1;
	if (a->received != b->received)
		return a->received < b->received ? -1 : 1;
	if (a->deadline != b->deadline)
		return a->deadline < b->deadline ? -1 : 1;
	if (a->plan_date != b->plan_date)
		return a->plan_date < b->plan_date ? -1 : 1;
	if (a->need != b->need)		/* not shown, but in a partial */
		return a->need < b->need ? -1 : 1;
	return 0;
}

/*
 * Most urgent first: intake priority (1 today, 2 this week, 3 normal;
 * unknown last), then more urgent domains, then more consultation
 * reasons, then the longest waiting (earliest received), then case id
 * (and the rest of the row).
 */
int
agenda_cmp(const void *pa, const void *pb)
{
	const struct listed_case *a = pa, *b = pb;
	int pra = a->priority > 0 ? a->priority : 99, prb = b->priority > 0 ? b->priority : 99;
	long ra = a->received != NO_DATE ? a->received : LONG_MAX;
	long rb = b->received != NO_DATE ? b->received : LONG_MAX;

	if (pra != prb)
		return pra < prb ? -1 : 1;
	if (a->urgent != b->urgent)
		return a->urgent > b->urgent ? -1 : 1;
	if (a->nreasons != b->nreasons)
		return a->nreasons > b->nreasons ? -1 : 1;
	if (ra != rb)
		return ra < rb ? -1 : 1;
	return same_case_cmp(a, b);
}

/* Longest past the limit first, then case id (and the rest of the row). */
int
overdue_cmp(const void *pa, const void *pb)
{
	const struct listed_case *a = pa, *b = pb;

	if (a->days_late != b->days_late)
		return a->days_late > b->days_late ? -1 : 1;
	return same_case_cmp(a, b);
}
