/*
 * The support plan as a stage (plan_stage.h): the fields a case carries per
 * domain, its levels, needs and trends read and checked, an item per domain
 * along the cascade (cascade.c), the worker's recorded level beside the
 * method's proposal, the plan's figures, date and consultation (consult.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "admission.h"
#include "alloc.h"
#include "cascade.h"
#include "consult.h"
#include "dates.h"
#include "domain.h"
#include "fields.h"
#include "keymemo.h"
#include "monitor.h"
#include "plan_stage.h"
#include "schema.h"
#include "stream.h"
#include "text.h"
#include "value.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* The stage's settings and state: one per thread, as lib's state is (stage.h). */
static _Thread_local struct cascade_table table;
static _Thread_local long today;


/* The per-item fields, in their documented order. */
enum { P_LEVEL, P_ECHELON, P_ACTION, P_GOAL, P_REVIEW, P_RULE, P_PROPOSED, NPARTS };
static const char *const part_name[NPARTS] = {
	"level", "echelon", "action", "goal", "review", "rule", "proposed"
};

/* Fields read, and the fields written. */
static _Thread_local int K_ROUTE, K_LOAD, K_COMPLEX, K_URGENT, K_CONSULT_DECISION;
static _Thread_local int K_PLAN[NDOMAINS][NPARTS];
static _Thread_local int K_DATE, K_STATUS, K_ITEMS, K_INFORMAL, K_FORMAL, K_SHARE, K_COORDINATION,
    K_CONSULT, K_REASONS, K_REROUTE;

/* The per-case fields in their order (keys_init). */
static _Thread_local int case_keys[10];

static void
keys_init(void)
{
	char name[128];
	int d, p;

	K_ROUTE = field_known(FIELD_INTAKE_ROUTE);
	K_LOAD = field_known(FIELD_NETWORK_LOAD);
	K_COMPLEX = field_known(FIELD_MONITOR_COMPLEX);
	K_URGENT = field_known(FIELD_MONITOR_URGENT);
	K_CONSULT_DECISION = field_known(FIELD_CONSULT);
	for (d = 0; d < NDOMAINS; d++)
		for (p = 0; p < NPARTS; p++) {
			snprintf(name, sizeof(name), "plan.%s.%s", domains[d].key, part_name[p]);
			K_PLAN[d][p] = field_key(name);
		}
	K_DATE = field_known(FIELD_PLAN_DATE);
	K_STATUS = field_known(FIELD_PLAN_STATUS);
	K_ITEMS = field_known(FIELD_PLAN_ITEMS);
	K_INFORMAL = field_known(FIELD_PLAN_INFORMAL);
	K_FORMAL = field_known(FIELD_PLAN_FORMAL);
	K_SHARE = field_known(FIELD_PLAN_INFORMAL_SHARE);
	K_COORDINATION = field_known(FIELD_PLAN_COORDINATION);
	K_CONSULT = field_known(FIELD_PLAN_CONSULT);
	K_REASONS = field_known(FIELD_PLAN_CONSULT_REASONS);
	K_REROUTE = field_known(FIELD_PLAN_REROUTE);
	memcpy(case_keys, (int[]){ K_DATE, K_STATUS, K_ITEMS, K_INFORMAL, K_FORMAL, K_SHARE,
	    K_COORDINATION, K_CONSULT, K_REASONS, K_REROUTE }, sizeof(case_keys));
}

/* ---- the fields a record carries per domain ---- */

enum role { R_OTHER, R_DOMAIN, R_NEED, R_TOGETHER, R_SELF, R_BARE, R_CURRENT, R_TREND };

static _Thread_local struct key_memo roles;	/* the role of each key, judged once */

static enum role
role(int key)
{
	static const struct {
		const char *part;
		enum role role;
	} parts[] = {
		{ "need", R_NEED }, { "together", R_TOGETHER }, { "self", R_SELF },
		{ "", R_BARE }, { "current", R_CURRENT }, { "trend", R_TREND },
	};
	const struct fieldinfo *fi;
	enum role ro;
	size_t i;
	int known = key_memo_get(&roles, key);

	if (known >= 0)
		return (enum role)known;
	fi = field_info(key);
	ro = R_OTHER;
	if (fi->domain >= 0) {
		ro = R_DOMAIN;
		for (i = 0; i < NELEM(parts); i++)
			if (strcasecmp(fi->part, parts[i].part) == 0)	/* housing.Together */
				ro = parts[i].role;
	}
	return (enum role)key_memo_set(&roles, key, ro);
}

/* Where a domain's fields are in the record (field index, or -1). */
struct domain_fields {
	int present;		/* the record has some field of the domain */
	int at[R_TREND + 1];
};

static void
find_fields(const struct record *r, struct domain_fields *df)
{
	int d, i;

	for (d = 0; d < NDOMAINS; d++) {
		df[d].present = 0;
		for (i = 0; i <= R_TREND; i++)
			df[d].at[i] = -1;
	}
	for (i = 0; i < r->n; i++) {
		enum role ro = role(r->f[i].key);
		int d2;

		if (ro == R_OTHER)
			continue;
		d2 = field_info(r->f[i].key)->domain;
		df[d2].present = 1;
		if (ro != R_DOMAIN && df[d2].at[ro] < 0)	/* a name given twice (alias): the first */
			df[d2].at[ro] = i;
	}
	/* A level the worker recorded is an item even where nothing was scored. */
	for (d = 0; d < NDOMAINS; d++)
		if (rec_index(r, K_PLAN[d][P_LEVEL]) >= 0)
			df[d].present = 1;
}

/*
 * The plan's fields, empty, in their documented order: per present domain
 * in the order of the domain table, then per case.  Fields already there
 * keep their place.
 */
static void
add_columns(struct record *r, const struct domain_fields *df)
{
	size_t i;
	int d, p;

	for (d = 0; d < NDOMAINS; d++)
		for (p = 0; df[d].present && p < NPARTS; p++)
			rec_set(r, K_PLAN[d][p], "", 0);
	for (i = 0; i < NELEM(case_keys); i++)
		rec_set(r, case_keys[i], "", 0);
}

/* The CSV header of an output without records. */
static void
header(struct record *proto, void *arg)
{
	struct domain_fields df[NDOMAINS];

	(void)arg;
	find_fields(proto, df);
	add_columns(proto, df);
}

/* ---- reading the facts ---- */

/* The intake's route, or NROUTES for none (no intake); -1 when refused. */
static int
intake_route(struct stream *s, struct record *r)
{
	size_t len;
	const char *v = rec_text(r, K_ROUTE, &len);
	int route;

	if (len == 0)
		return NROUTES;
	if ((route = route_parse(v, len)) < 0) {
		stream_reject(s, r, K_ROUTE, "%s is not a route (safety, crisis, outreach, info, halfline)",
		    quote(v, len));
		return -1;
	}
	return route;
}

/* The monitor's case figures: complex and the number of urgent domains; -1 when refused. */
static int
monitor_case(struct stream *s, struct record *r, enum tristate *complex, long *urgent)
{
	size_t len;
	const char *v = rec_text(r, K_COMPLEX, &len), *err;
	long long n = 0;

	if (parse_bool(v, len, complex) < 0) {
		stream_reject(s, r, K_COMPLEX, "%s is not true or false (also ja/nee, yes/no, 1/0)", quote(v, len));
		return -1;
	}
	v = rec_text(r, K_URGENT, &len);
	if (len > 0 && parse_int(v, len, 0, NDOMAINS, &n, &err) < 0) {
		stream_reject(s, r, K_URGENT, "%s is not a number of domains 0-%d", quote(v, len), NDOMAINS);
		return -1;
	}
	*urgent = (long)n;
	return 0;
}

/* The worker's consultation decision (input field consult): a tristate; -1 when refused. */
static int
consult_decision(struct stream *s, struct record *r, enum tristate *decision)
{
	size_t len;
	const char *v = rec_text(r, K_CONSULT_DECISION, &len);

	if (parse_bool(v, len, decision) < 0) {
		stream_reject(s, r, K_CONSULT_DECISION, "%s is not true or false (also ja/nee, yes/no, 1/0)",
		    quote(v, len));
		return -1;
	}
	return 0;
}

#define NOT_RECORDED (-10)

/* The rule that plans an info case after all (SPEC 0): its id in plan.reroute. */
#define REROUTE_RULE "P0"

/*
 * The level the input records for domain d: the professional's decision
 * (with the resident) when its rule is empty or "override" -- a level with
 * a rule id of P1-P6 is this stage's own earlier proposal, made again.
 * NOT_RECORDED when there is none; -1 when refused.
 */
static int
recorded_level(struct stream *s, struct record *r, int d, int *level)
{
	size_t len, rlen;
	const char *v = rec_text(r, K_PLAN[d][P_LEVEL], &len);
	const char *rule = rec_text(r, K_PLAN[d][P_RULE], &rlen);

	*level = NOT_RECORDED;
	if (text_blank(v, len) || !(text_blank(rule, rlen) || text_is(rule, rlen, "override")))
		return 0;
	if (plan_level_parse(v, len, level) < 0) {
		stream_reject(s, r, K_PLAN[d][P_LEVEL], "%s is not a level of support (%s; or none)",
		    quote(v, len), plan_level_names);
		return -1;
	}
	return 0;
}

/* A level 1-5 at field index at (-1: none, level 0); -1 when refused. */
static int
read_level(struct stream *s, const struct record *r, int at, int *level)
{
	const char *err;

	*level = 0;
	if (at < 0)
		return 0;
	if (level_parse(rec_value(r, at), r->f[at].len, level, &err) < 0) {
		stream_reject(s, r, r->f[at].key, "%s %s", quote(rec_value(r, at), r->f[at].len), err);
		return -1;
	}
	return 0;
}

static int
parse_trend(const char *s, size_t len, int *down)
{
	static const char *const words[] = { "up", "same", "down" };
	size_t i;

	*down = 0;
	if (len == 0)
		return 0;
	for (i = 0; i < NELEM(words); i++)
		if (strlen(words[i]) == len && strncasecmp(s, words[i], len) == 0) {
			*down = i == 2;
			return 0;
		}
	return -1;
}

/* The text of field index at ("" for -1). */
static const char *
field_text(const struct record *r, int at, size_t *len)
{
	*len = at >= 0 ? r->f[at].len : 0;
	return at >= 0 ? rec_value(r, at) : "";
}

/*
 * The level the need is judged on: together, else the bare column, else
 * self; *from is its field index (-1: not scored).  -1 when refused.
 */
static int
read_levels(struct stream *s, const struct record *r, const struct domain_fields *df,
    int *self, int *together, int *from)
{
	int bare, at = df->at[R_SELF];

	if (read_level(s, r, df->at[R_SELF], self) < 0 ||
	    read_level(s, r, df->at[R_TOGETHER], together) < 0 ||
	    read_level(s, r, df->at[R_BARE], &bare) < 0)
		return -1;
	*from = *together ? df->at[R_TOGETHER] : bare ? df->at[R_BARE] : *self ? at : -1;
	*together = *together ? *together : bare ? bare : *self;
	if (*self > 0 && *together < *self) {
		stream_reject(s, r, r->f[*from].key, "%s is below %s %s (together is at least self)",
		    quote(rec_value(r, *from), r->f[*from].len), field_info(r->f[at].key)->name,
		    quote(rec_value(r, at), r->f[at].len));
		return -1;
	}
	return 0;
}

/* The monitor's need, else judged from the levels as the monitor does; -1 when refused. */
static int
read_need(struct stream *s, const struct record *r, const struct domain_fields *df,
    int self, int from, struct item_facts *f)
{
	int at = df->at[R_NEED];
	size_t len;
	const char *v = field_text(r, at, &len);

	f->need = NEED_UNSCORED;
	if (len > 0 && (f->need = need_parse(v, len)) < 0) {
		stream_reject(s, r, r->f[at].key, "%s is not a need (urgent, support, watch, none)",
		    quote(v, len));
		return -1;
	}
	if (len == 0 && f->together > 0)
		f->need = domain_need(self, f->together, f->load);
	if (f->need != NEED_SUPPORT || f->together == 2 || f->together == 3)
		return 0;
	/* P2 and P3 tell the two support levels apart. */
	if (from < 0)
		stream_reject(s, r, r->f[at].key,
		    "'support' needs the level together with the network (2 or 3)");
	else
		stream_reject(s, r, r->f[from].key, "%s does not fit need 'support' (2 or 3)",
		    quote(rec_value(r, from), r->f[from].len));
	return -1;
}

/* The facts of domain d; -1 when the record was refused. */
static int
domain_facts(struct stream *s, const struct record *r, int d,
    const struct domain_fields *df, enum load load, struct item_facts *f)
{
	int self, from, at;
	const char *v;
	size_t len;

	memset(f, 0, sizeof(*f));
	f->domain = d;
	f->load = load;
	if (read_levels(s, r, df, &self, &f->together, &from) < 0 ||
	    read_need(s, r, df, self, from, f) < 0)
		return -1;
	v = field_text(r, at = df->at[R_CURRENT], &len);
	if (plan_level_parse(v, len, &f->current) < 0) {
		stream_reject(s, r, r->f[at].key, "%s is not a level of support (self, network, volunteer, general, first_line, second_line, third_line, crisis; or none)",
		    quote(v, len));
		return -1;
	}
	v = field_text(r, at = df->at[R_TREND], &len);
	if (parse_trend(v, len, &f->declining) < 0) {
		stream_reject(s, r, r->f[at].key, "%s is not a trend (up, same, down)", quote(v, len));
		return -1;
	}
	return 0;
}

/* ---- the plan ---- */

struct plan {
	const struct plan_rule *rule[NDOMAINS];	/* NULL: no item */
	struct item item[NDOMAINS];
	int items, informal, formal;
	int crisis, no_fit, scale_up;
};

static void
count(struct plan *p, const struct item *it)
{
	if (it->level == PL_NONE)
		return;		/* support ends: not an item of the plan */
	p->items++;
	if (it->level == PL_NO_FIT)
		p->no_fit++;
	else if (plan_levels[it->level].informal)
		p->informal++;
	else
		p->formal++;
	p->crisis += it->level == PL_CRISIS;
	p->scale_up += it->action == ACT_SCALE_UP;
}

static void
write_item(struct record *r, int d, const struct plan_rule *rule, const struct item *it, long plan_day)
{
	char date[DATE_LEN + 1];

	rec_sets(r, K_PLAN[d][P_LEVEL], plan_level_name(it->level));
	if (it->level >= 0)
		rec_set_int(r, K_PLAN[d][P_ECHELON], plan_levels[it->level].echelon);
	rec_sets(r, K_PLAN[d][P_ACTION], action_name[it->action]);
	rec_set_int(r, K_PLAN[d][P_GOAL], it->goal);
	if (it->review_weeks > 0) {
		date_format(plan_day + 7L * it->review_weeks, date);
		rec_sets(r, K_PLAN[d][P_REVIEW], date);
	}
	rec_sets(r, K_PLAN[d][P_RULE], rule->id);
}

/* informal / items with 2 decimals, rounded half up in integers. */
static void
write_share(struct record *r, int informal, int items)
{
	char share[FIGURE_LEN];
	size_t len;

	if (items == 0)
		return;		/* no items: no share */
	len = format_fixed(ratio_half_up(100LL * informal, items), 2, share);	/* 0.00 .. 1.00 */
	rec_set(r, K_SHARE, share, len);
}

static _Thread_local struct buf reasons;

/* --consult-items, --consult-on */
static _Thread_local struct consult_rules consult_rules;

/* The agenda and its reasons; the worker's decision (input field consult) wins (SPEC 0, 7). */
static void
write_consult(struct record *r, int method, enum tristate decision)
{
	int on = consult_decide(method, decision, &reasons);

	rec_sets(r, K_CONSULT, on ? "true" : "false");
	rec_set(r, K_REASONS, reasons.data ? reasons.data : "", reasons.len);
}

/*
 * The plan's date: the day it was agreed with the resident when the input
 * records it (SPEC 7), else the run's date as a proposal.  A date this stage
 * proposed before (status proposed) is proposed again, so that a second run
 * changes nothing.  Returns 1 recorded, 0 proposed, -1 refused.
 */
static int
plan_date(struct stream *s, struct record *r, long *day)
{
	size_t len, slen;
	const char *v = rec_text(r, K_DATE, &len), *status = rec_text(r, K_STATUS, &slen), *err;

	*day = today;
	if (text_blank(v, len) || text_is(status, slen, "proposed"))
		return 0;
	if (date_parse(v, len, day, &err) < 0) {
		stream_reject(s, r, K_DATE, "%s: %s", quote(v, len), err);
		return -1;
	}
	return 1;
}

static void
write_date(struct record *r, long day, int recorded)
{
	char date[DATE_LEN + 1];

	date_format(day, date);
	rec_sets(r, K_DATE, date);
	rec_sets(r, K_STATUS, recorded ? "recorded" : "proposed");
}

static void
write_case(struct record *r, const struct plan *p, int complex, enum tristate decision)
{
	struct consult_case c = { complex, p->items, p->crisis, p->no_fit, p->scale_up };

	rec_set_int(r, K_ITEMS, p->items);
	rec_set_int(r, K_INFORMAL, p->informal);
	rec_set_int(r, K_FORMAL, p->formal);
	write_share(r, p->informal, p->items);
	rec_sets(r, K_COORDINATION, plan_coordination(p->items) ? "true" : "false");
	write_consult(r, consult_planned(&consult_rules, &c, &reasons), decision);
}

/*
 * A case that is not planned passes through with the plan fields empty; a
 * recorded plan date is the team's and stays.  An outreach case (no
 * consent yet) is not planned without the resident, but with an urgent
 * domain it goes on the agenda (SPEC 0).
 */
static void
pass_through(struct record *r, const struct domain_fields *df, int route, long urgent,
    enum tristate decision, long plan_day, int recorded)
{
	int on = consult_unplanned(route == ROUTE_OUTREACH, urgent, &reasons);

	add_columns(r, df);
	if (recorded)
		write_date(r, plan_day, 1);
	if (on || decision != BOOL_UNKNOWN)
		write_consult(r, on, decision);
}

/* One domain's item: the worker's recorded level wins, the method's proposal beside it. */
static const struct plan_rule *
plan_item(struct record *r, int d, const struct item_facts *f, int level, struct item *it)
{
	struct item proposal;
	const struct plan_rule *own = cascade_item(&table, f, &proposal);

	if (level == NOT_RECORDED) {
		*it = proposal;
		return own;
	}
	cascade_override(&table, f, level, it);
	if (own)
		rec_sets(r, K_PLAN[d][P_PROPOSED], plan_level_name(proposal.level));
	return &cascade_override_rule;
}

/* Check everything, then plan and stamp one record; -1 when it was refused. */
static int
plan_case(struct stream *s, struct record *r)
{
	struct domain_fields df[NDOMAINS];
	struct item_facts facts[NDOMAINS];
	int level[NDOMAINS];
	struct plan p;
	enum tristate complex, decision;
	const char *v;
	size_t len;
	int d, route, load, recorded, reroute = 0;
	long plan_day, urgent;

	find_fields(r, df);
	if ((route = intake_route(s, r)) < 0 || (recorded = plan_date(s, r, &plan_day)) < 0 ||
	    monitor_case(s, r, &complex, &urgent) < 0 || consult_decision(s, r, &decision) < 0)
		return -1;
	/* Measurement corrects the first guess: info, but urgent or complex after all. */
	if (route == ROUTE_INFO && (urgent > 0 || complex == BOOL_TRUE))
		reroute = 1;
	else if (route == ROUTE_OUTREACH || route == ROUTE_INFO) {
		pass_through(r, df, route, urgent, decision, plan_day, recorded);
		return 0;
	}
	v = rec_text(r, K_LOAD, &len);
	if ((load = load_parse(v, len)) < 0) {
		stream_reject(s, r, K_LOAD, "%s is not a network load (ok, strained, overloaded)", quote(v, len));
		return -1;
	}
	for (d = 0; d < NDOMAINS; d++)
		if (df[d].present && (domain_facts(s, r, d, &df[d], (enum load)load, &facts[d]) < 0 ||
		    recorded_level(s, r, d, &level[d]) < 0))
			return -1;

	/* Everything checked: now change the record. */
	memset(&p, 0, sizeof(p));
	add_columns(r, df);
	for (d = 0; d < NDOMAINS; d++) {
		if (!df[d].present ||
		    (p.rule[d] = plan_item(r, d, &facts[d], level[d], &p.item[d])) == NULL)
			continue;
		count(&p, &p.item[d]);
		write_item(r, d, p.rule[d], &p.item[d], plan_day);
	}
	write_date(r, plan_day, recorded);
	write_case(r, &p, complex == BOOL_TRUE, decision);
	if (reroute)
		rec_sets(r, K_REROUTE, REROUTE_RULE);
	return 0;
}

void
plan_open(struct stream *s, const struct plan_options *o)
{
	keys_init();
	table = o->table;
	consult_rules = o->consult;
	today = o->today;
	s->header_hook = header;
}

void
plan_record(struct stream *s, struct record *r)
{
	if (plan_case(s, r) == 0)
		stream_write(s, r);
}

int
plan_close(struct stream *s)
{
	int status = stream_finish(s);

	key_memo_free(&roles);
	buf_free(&reasons);
	return status;
}
