/*
 * The aggregates of oer-report (SPEC 9): one state per period and group,
 * holding only counts, sums, a histogram of lead times and the two case
 * lists (overdue cases, the consultation agenda) -- never the records.
 *
 * Every part of a state is mergeable exactly (counts and sums add,
 * histograms add bin by bin, the case lists keep their --list first of
 * both, which are the first of the union), so partial states of split inputs combine into the
 * state a single run would have had: report_merge_state().
 *
 * The flow: report_read.c turns a record into a struct report_case (the
 * facts of one case), report_add() adds it to the state of its period and
 * group, report_model.c turns the states into the tables of the report.
 */
#ifndef OER_REPORT_H
#define OER_REPORT_H

#include "admission.h"
#include "cascade.h"
#include "domain.h"
#include "htab.h"
#include "monitor.h"
#include "socialmap.h"

/* ---- the vocabularies the report reads (SPEC 6-8) ---- */

enum period_kind { PERIOD_WEEK, PERIOD_MONTH, PERIOD_QUARTER, PERIOD_YEAR, PERIOD_ALL };

/* "week", "month", ...: the kind, or -1. */
int period_parse(const char *s);
const char *period_kind_name(enum period_kind k);

/* The period a day falls in, as a number: the next period is one more. */
long period_of(enum period_kind k, long day);

/* Its label: "2026-W45", "2026-11", "2026-Q4", "2026", "all". */
#define PERIOD_LABEL_MAX 48
void period_label(enum period_kind k, long period, char out[PERIOD_LABEL_MAX]);

/* The period of a label, exactly as period_label() writes it: 0, or -1. */
int period_from_label(enum period_kind k, const char *s, size_t len, long *period);

/*
 * The words of the other stages come from their own tables: the needs of
 * the monitor (monitor.h), the plan levels and actions of the cascade
 * (cascade.h), the referral statuses of the social map (socialmap.h).  The
 * report adds "no_fit" after the levels of the cascade, an item for which
 * no level fitted (it has no echelon and is neither informal nor formal).
 */
#define PL_ITEM_NO_FIT NPLAN_LEVELS
#define NPLAN_ITEMS (NPLAN_LEVELS + 1)
#define NECHELONS 4
#define NPLAN_ACTIONS (ACT_RELIEF + 1)
#define NREFER_STATUSES (REF_DECISION_NEEDED + 1)

/* A case's trend over its measurements (monitor.trend, with --history). */
enum report_trend { TREND_IMPROVED, TREND_STABLE, TREND_DECLINED, NTRENDS };
extern const char *const report_trend_name[NTRENDS];

/* Index of s[0..len) in names[0..n), exactly; -1 if absent. */
int vocab_find(const char *const *names, int n, const char *s, size_t len);

/* The Dutch Wmo time limits, in days after `received` (SPEC 9). */
#define WMO_LIMIT_DAYS 42		/* a plan within 6 weeks */
#define CRISIS_DAYS_MAX 42		/* at most the Wmo's 6 weeks */
#define CRISIS_DAYS_DEFAULT 2		/* crisis or safety route: the team's norm, --crisis-days */

/* ---- one case, as read from one record ---- */

/* Which fields a record (and so a state) had: what the report can say. */
enum {
	SEEN_RECEIVED = 1 << 0, SEEN_ROUTE = 1 << 1, SEEN_SOURCE = 1 << 2,
	SEEN_PLAN_DATE = 1 << 3, SEEN_MONITOR = 1 << 4, SEEN_NEED = 1 << 5,
	SEEN_COMPLEX = 1 << 6, SEEN_TREND = 1 << 7, SEEN_DELTA = 1 << 8,
	SEEN_PLAN = 1 << 9, SEEN_COORDINATION = 1 << 10, SEEN_CONSULT = 1 << 11,
	SEEN_REFER = 1 << 12, SEEN_WIJK = 1 << 13, SEEN_DECISION = 1 << 14
};

/*
 * The facts of one case.  Strings point into the record they were read
 * from; report_add() copies what it keeps.  -1 (or 0 for levels) is "not
 * in the record".
 */
/*
 * The decisions of the professional and the resident the report counts
 * (SPEC 0, 9): overrides per stage, info cases planned after all, and the
 * plan as the resident's own.  Agreed providers are a referral status.
 */
enum decision {
	DEC_ROUTE,		/* route_override: intake.reasons I0 */
	DEC_SET_ASIDE,		/* ... away from the safety or crisis route (I0;I1, I0;I2) */
	DEC_PLAN_LEVEL,		/* plan items with rule override */
	DEC_CONSULT_ON,		/* the worker put the case on the agenda */
	DEC_CONSULT_OFF,	/* ... or took it off */
	DEC_REROUTED,		/* plan.reroute P0 */
	DEC_OWN_GOAL,		/* a plan with the resident's own goal recorded */
	DEC_PERSONAL,		/* plan.personal true */
	DEC_CLIENT_SUPPORT,	/* plan.client_support true */
	NDECISIONS
};

extern const char *const decision_name[NDECISIONS];

struct report_case {
	unsigned seen;			/* SEEN_* of this record */
	const char *case_id, *wijk, *group, *reasons;
	size_t case_id_len, wijk_len, group_len, reasons_len;
	long received;			/* day number; valid with SEEN_RECEIVED */
	long plan_date;			/* NO_DATE: no recorded plan yet (or no field) */
	int proposed;			/* plan.status proposed: the date is oer-plan's proposal */
	int route;			/* enum route, -1 */
	int source;			/* enum source, -1 */
	int priority;			/* intake.priority 1-3, 0 */
	int urgent, need;		/* monitor.urgent, monitor.need; -1 */
	int complex;			/* monitor.complex: 1, 0, -1 */
	int trend;			/* monitor.trend, -1 */
	int coordination, consult;	/* plan.coordination, plan.consult: 1, 0, -1 */
	int self[NDOMAINS];		/* levels 1-5, 0 not scored */
	int together[NDOMAINS];		/* together, else the bare domain, else self */
	int need_class[NDOMAINS];	/* enum need (monitor.h), -1 */
	int delta[NDOMAINS];		/* with has_delta */
	unsigned char has_delta[NDOMAINS];
	int plan_level[NDOMAINS];	/* enum plan_level or PL_ITEM_NO_FIT; -1 no item */
	int echelon[NDOMAINS];		/* 0-3, -1 */
	int action[NDOMAINS];		/* enum action (cascade.h), -1 */
	int refer[NDOMAINS];		/* enum referral_status (socialmap.h), -1 */
	int decision[NDECISIONS];	/* counts of this case */
	int law[NDOMAINS];		/* refer.<domain>.law: enum law, LAW_UNKNOWN for empty; -1 none */
	int team;			/* refer.team: items with the team's own help */
	const char *intake_reasons;	/* "I0;I1" */
	size_t intake_reasons_len;
};

/* A case with every fact absent. */
void report_case_clear(struct report_case *c);

/* ---- the state of one period and group ---- */

/* Exact histogram of whole days: sorted distinct values with their counts. */
struct day_hist {
	long *days, *count;
	int n, cap;
};

void hist_add(struct day_hist *h, long days, long count);
long hist_total(const struct day_hist *h);

/* Twice the median (so that it stays a whole number); 0 when empty. */
long hist_median2(const struct day_hist *h);

struct wijk_stat {
	char *name;
	long cases;
	long need[NDOMAINS];		/* cases with need urgent or support */
	long unmatched[NDOMAINS];	/* referral items without a provider */
};

/* A case on a list: the overdue list and the consultation agenda. */
struct listed_case {
	char *case_id, *wijk, *reasons;
	int route, priority, urgent, need, nreasons;
	long received;			/* NO_DATE: unknown */
	long deadline, plan_date, days_late;	/* overdue list; plan_date NO_DATE: none */
};

/*
 * A bounded case list (--list N): with max > 0, a binary max-heap of at
 * most max entries under the list's order (agenda_cmp, overdue_cmp), so
 * the root v[0] is the least urgent kept and a new case takes its place
 * only when it ranks higher.  The list then holds exactly the max first
 * cases of all that were offered, whatever their order, in memory bounded
 * by max.  With max 0 every case is kept (in the order offered).
 */
struct case_list {
	struct listed_case *v;
	int n, cap;
	int max;			/* --list: at most this many; 0 all */
	int (*cmp)(const void *, const void *);
};

/* Offer e to l (which takes over e's strings, or frees them): 1 kept, 0 not. */
int report_list_offer(struct case_list *l, struct listed_case *e);

/* Sort the entries of l into its order (most urgent first); l is then no heap. */
void report_list_sort(struct case_list *l);

struct report_state {
	long period;
	char *group;
	unsigned seen;
	long cases;

	/* intake */
	long route[NROUTES + 1];	/* [NROUTES]: no route */
	long source[NSOURCES + 1];	/* [NSOURCES]: no source */
	struct day_hist lead;		/* days from received to plan.date */
	long overdue;			/* all overdue cases, listed or not */
	struct case_list overdue_list;	/* the --list most overdue */

	/* monitor */
	long monitored, all_scored, complex;
	long level[NDOMAINS][NLEVELS + 1];	/* [0]: not scored */
	long need[NDOMAINS][NNEEDS];
	long carried[NDOMAINS];
	long sum_self[NDOMAINS], n_self[NDOMAINS];
	long sum_together[NDOMAINS], n_together[NDOMAINS];
	long trend[NTRENDS];
	long delta_domains, delta_improved;

	/* plan */
	long plan_cases, items;
	long items_level[NPLAN_ITEMS];
	long items_echelon[NECHELONS];
	long action[NPLAN_ACTIONS];
	long coordination, consult;	/* consult: all cases for the agenda */

	/* referral */
	long refer[NDOMAINS][NREFER_STATUSES];
	long law[NLAWS + 1];		/* referred items per law; [NLAWS]: not given */
	long team;			/* items with the team's own direct help */

	/* per wijk: prevention signals and white spots; sorted by name */
	struct wijk_stat *wijk;
	int nwijk, capwijk;

	struct case_list agenda;	/* the --list most urgent of them */

	/* decisions; set_aside: the --list first cases whose signal an override set aside */
	long decision[NDECISIONS];
	struct case_list set_aside;
};

/*
 * ---- the whole report: one state per period and group ----
 *
 * The states are found through a hash table (by period and group), and
 * kept in an array in the order they were made; report_sort() sorts the
 * array by period, then group, once, before the report is written.
 */

struct state_block;

struct report {
	enum period_kind period;
	long today;			/* for cases still without a plan */
	int list;			/* --list: the case lists keep this many; 0 all */
	int crisis_days;		/* --crisis-days: the team's norm for crisis and safety */
	struct report_state **states;	/* sorted only after report_sort() */
	int n, cap;
	struct htab index;		/* the same states, by period and group */
	struct state_block *blocks;	/* the states' memory (report.c) */
};

/* list: the --list N of the case lists (0: all). */
void report_init(struct report *rp, enum period_kind period, long today, int list);
void report_free(struct report *rp);

/* Add one case to the state of its period (by received) and group. */
void report_add(struct report *rp, const struct report_case *c);

/* The state of a period and group, or NULL. */
struct report_state *report_find(const struct report *rp, long period, const char *group);

/* The state of a period and group, created empty if new. */
struct report_state *report_state_get(struct report *rp, long period, const char *group);

/* Sort the states by period, then group (byte order): the order of the report. */
void report_sort(struct report *rp);

/* The statistics of a wijk in st, created when new (kept sorted by name). */
struct wijk_stat *report_wijk_get(struct report_state *st, const char *name, size_t len);


/* The items of a ';'-list: 0 for an empty one. */
int report_count_items(const char *s, size_t len);

/* Add everything in `from` to `into` (same period and group): exact. */
void report_merge_state(struct report_state *into, const struct report_state *from);

/*
 * The urgency order of the agenda, and the order of the overdue list.  Both
 * are total on what a row shows, so the lists come out the same whatever
 * order the cases were added in (one run, or partials merged).
 */
int agenda_cmp(const void *a, const void *b);
int overdue_cmp(const void *a, const void *b);

#endif
