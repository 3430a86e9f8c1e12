#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "admission.h"
#include "alloc.h"
#include "dates.h"
#include "report_read.h"
#include "fields.h"
#include "schema.h"
#include "text.h"
#include "value.h"

/* What a field is to the report. */
enum {
	F_OTHER = 1,
	F_CASE_ID, F_RECEIVED, F_WIJK, F_SOURCE, F_ROUTE, F_PRIORITY, F_PLAN_DATE, F_PLAN_STATUS,
	F_SCORED, F_URGENT, F_NEED, F_COMPLEX, F_TREND,
	F_COORDINATION, F_CONSULT, F_REASONS,
	F_SELF, F_TOGETHER, F_BARE, F_DNEED, F_DELTA,
	F_PLEVEL, F_PECHELON, F_PACTION, F_RSTATUS,
	F_IREASONS, F_REROUTE, F_PERSONAL, F_CLIENT_SUPPORT, F_PRULE, F_OWN_GOAL,
	F_RLAW, F_RTEAM
};

static const struct {
	enum known_field field;
	int kind;
} plain_fields[] = {
	{ FIELD_CASE_ID, F_CASE_ID }, { FIELD_RECEIVED, F_RECEIVED }, { FIELD_WIJK, F_WIJK },
	{ FIELD_SOURCE, F_SOURCE }, { FIELD_INTAKE_ROUTE, F_ROUTE },
	{ FIELD_INTAKE_PRIORITY, F_PRIORITY }, { FIELD_PLAN_DATE, F_PLAN_DATE }, { FIELD_PLAN_STATUS, F_PLAN_STATUS },
	{ FIELD_MONITOR_SCORED, F_SCORED }, { FIELD_MONITOR_URGENT, F_URGENT },
	{ FIELD_MONITOR_NEED, F_NEED }, { FIELD_MONITOR_COMPLEX, F_COMPLEX },
	{ FIELD_MONITOR_TREND, F_TREND }, { FIELD_PLAN_COORDINATION, F_COORDINATION },
	{ FIELD_PLAN_CONSULT, F_CONSULT }, { FIELD_PLAN_CONSULT_REASONS, F_REASONS },
	{ FIELD_INTAKE_REASONS, F_IREASONS }, { FIELD_PLAN_REROUTE, F_REROUTE },
	{ FIELD_PLAN_PERSONAL, F_PERSONAL }, { FIELD_PLAN_CLIENT_SUPPORT, F_CLIENT_SUPPORT },
	{ FIELD_REFER_TEAM, F_RTEAM },
};

static const struct {
	const char *part;
	int kind;
} domain_parts[] = {
	{ "self", F_SELF }, { "together", F_TOGETHER }, { "", F_BARE },
	{ "need", F_DNEED }, { "delta", F_DELTA },
};

void
report_reader_init(struct report_reader *rr, int by, long from, long to, int need_received)
{
	memset(rr, 0, sizeof(*rr));
	rr->by = by;
	rr->from = from;
	rr->to = to;
	rr->need_received = need_received;
}

void
report_reader_free(struct report_reader *rr)
{
	key_memo_free(&rr->kind);
	key_memo_free(&rr->domain);
}

/* "plan.<domain>.<part>" or "refer.<domain>.<part>": the kind, or F_OTHER. */
static int
stage_field(const char *name, signed char *domain)
{
	const char *rest, *dot;
	int d;

	if (strncmp(name, "plan.", 5) == 0)
		rest = name + 5;
	else if (strncmp(name, "refer.", 6) == 0)
		rest = name + 6;
	else
		return F_OTHER;
	if ((dot = strchr(rest, '.')) == NULL ||
	    (d = domain_lookup(rest, (size_t)(dot - rest))) < 0)
		return F_OTHER;
	*domain = (signed char)d;
	if (name[0] == 'r')
		return strcmp(dot + 1, "status") == 0 ? F_RSTATUS :
		    strcmp(dot + 1, "law") == 0 ? F_RLAW : F_OTHER;
	if (strcmp(dot + 1, "level") == 0)
		return F_PLEVEL;
	if (strcmp(dot + 1, "echelon") == 0)
		return F_PECHELON;
	if (strcmp(dot + 1, "action") == 0)
		return F_PACTION;
	if (strcmp(dot + 1, "rule") == 0)
		return F_PRULE;
	if (strcmp(dot + 1, "own_goal") == 0)
		return F_OWN_GOAL;
	return F_OTHER;
}

static int
classify(const struct fieldinfo *fi, signed char *domain)
{
	size_t i;

	*domain = -1;
	for (i = 0; i < sizeof(plain_fields) / sizeof(plain_fields[0]); i++)
		if (strcmp(fi->name, field_known_name(plain_fields[i].field)) == 0)
			return plain_fields[i].kind;
	if (fi->domain >= 0) {
		for (i = 0; i < sizeof(domain_parts) / sizeof(domain_parts[0]); i++)
			if (strcasecmp(fi->part, domain_parts[i].part) == 0) {
				*domain = (signed char)fi->domain;
				return domain_parts[i].kind;
			}
		return F_OTHER;
	}
	return stage_field(fi->name, domain);
}

/* The kind of a key, classified once per run. */
static int
kind_of(struct report_reader *rr, int key, int *domain)
{
	int kind = key_memo_get(&rr->kind, key);
	signed char d = -1;

	if (kind < 0) {
		kind = key_memo_set(&rr->kind, key, classify(field_info(key), &d));
		key_memo_set(&rr->domain, key, d + 1);
	}
	*domain = key_memo_get(&rr->domain, key) - 1;
	return kind;
}

/* ---- values ---- */

/* A value out of its vocabulary: reject with the words it may be. */
static int
bad_word(struct stream *s, const struct record *r, int key, const char *v, size_t len,
    const char *what, const char *const *names, int n)
{
	struct buf list = { 0 };
	int i;

	for (i = 0; i < n; i++)
		buf_printf(&list, "%s%s", i == 0 ? "" : i == n - 1 ? " or " : ", ", names[i]);
	stream_reject(s, r, key, "%s is not %s (%s)", quote(v, len), what, list.data);
	buf_free(&list);
	return -1;
}

static int
word(struct stream *s, const struct record *r, int key, const char *v, size_t len,
    const char *what, const char *const *names, int n, int *out)
{
	if ((*out = vocab_find(names, n, v, len)) < 0)
		return bad_word(s, r, key, v, len, what, names, n);
	return 0;
}

static int
number(struct stream *s, const struct record *r, int key, const char *v, size_t len,
    long long min, long long max, int *out)
{
	long long n;
	const char *err;

	if (parse_int(v, len, min, max, &n, &err) < 0) {
		stream_reject(s, r, key, "%s is not a whole number %lld to %lld", quote(v, len), min, max);
		return -1;
	}
	*out = (int)n;
	return 0;
}

static int
boolean(struct stream *s, const struct record *r, int key, const char *v, size_t len, int *out)
{
	enum tristate t;

	if (parse_bool(v, len, &t) < 0) {
		stream_reject(s, r, key, "%s is not true or false", quote(v, len));
		return -1;
	}
	*out = t == BOOL_UNKNOWN ? -1 : t == BOOL_TRUE;
	return 0;
}

static int
date(struct stream *s, const struct record *r, int key, const char *v, size_t len, long *out)
{
	const char *err;

	if (date_parse(v, len, out, &err) < 0) {
		stream_reject(s, r, key, "%s: %s", quote(v, len), err);
		return -1;
	}
	return 0;
}

static int
level(struct stream *s, const struct record *r, int key, const char *v, size_t len, int *out)
{
	const char *err;

	if (level_parse(v, len, out, &err) < 0) {
		stream_reject(s, r, key, "%s %s", quote(v, len), err);
		return -1;
	}
	return 0;
}

/* The case-level fields; -1 when rejected. */
static int
case_field(struct stream *s, const struct record *r, int key, int kind,
    const char *v, size_t len, struct report_case *c)
{
	switch (kind) {
	case F_CASE_ID:
		c->case_id = v, c->case_id_len = len;
		return 0;
	case F_WIJK:
		c->seen |= SEEN_WIJK;
		c->wijk = v, c->wijk_len = len;
		return 0;
	case F_SOURCE:
		c->seen |= SEEN_SOURCE;
		if ((c->source = source_parse(v, len)) < 0)
			return bad_word(s, r, key, v, len, "a source", source_name, NSOURCES);
		return 0;
	case F_ROUTE: {
		static const char *const names[NROUTES] = {
			"safety", "crisis", "outreach", "info", "halfline"
		};

		c->seen |= SEEN_ROUTE;
		return len == 0 ? 0 : word(s, r, key, v, len, "a route", names, NROUTES, &c->route);
	}
	case F_PRIORITY:
		return len == 0 ? 0 : number(s, r, key, v, len, 1, 3, &c->priority);
	case F_PLAN_DATE:
		c->seen |= SEEN_PLAN_DATE;
		return len == 0 ? 0 : date(s, r, key, v, len, &c->plan_date);
	case F_PLAN_STATUS:
		/* Only a recorded plan counts: a proposal of oer-plan leaves the case open (SPEC 9). */
		c->proposed = text_is(v, len, "proposed");
		return 0;
	case F_SCORED:
		if (len > 0)
			c->seen |= SEEN_MONITOR;
		return 0;
	case F_URGENT:
		return len == 0 ? 0 : number(s, r, key, v, len, 0, NDOMAINS, &c->urgent);
	case F_NEED:
		return len == 0 ? 0 : number(s, r, key, v, len, 0, NDOMAINS, &c->need);
	case F_COMPLEX:
		c->seen |= SEEN_COMPLEX;
		return boolean(s, r, key, v, len, &c->complex);
	case F_TREND:
		c->seen |= SEEN_TREND;
		return len == 0 ? 0 : word(s, r, key, v, len, "a trend", report_trend_name, NTRENDS,
		    &c->trend);
	case F_COORDINATION:
		c->seen |= SEEN_COORDINATION;
		return boolean(s, r, key, v, len, &c->coordination);
	case F_CONSULT:
		c->seen |= SEEN_CONSULT;
		return boolean(s, r, key, v, len, &c->consult);
	case F_REASONS:
		c->reasons = v, c->reasons_len = len;
		return 0;
	case F_RTEAM:
		return len == 0 ? 0 : number(s, r, key, v, len, 0, NDOMAINS, &c->team);
	case F_IREASONS:
		c->seen |= SEEN_DECISION;
		c->intake_reasons = v, c->intake_reasons_len = len;
		return 0;
	case F_REROUTE:
		c->seen |= SEEN_DECISION;
		c->decision[DEC_REROUTED] = len > 0;
		return 0;
	case F_PERSONAL:
	case F_CLIENT_SUPPORT: {
		int yes;

		c->seen |= SEEN_DECISION;
		if (boolean(s, r, key, v, len, &yes) < 0)
			return -1;
		c->decision[kind == F_PERSONAL ? DEC_PERSONAL : DEC_CLIENT_SUPPORT] = yes == 1;
		return 0;
	}
	}
	return 0;
}

/* Does a ';'-list hold this word? */
static int
has_word(const char *list, size_t len, const char *word)
{
	size_t n = strlen(word), i = 0;

	while (i < len) {
		size_t j = i;

		while (j < len && list[j] != ';')
			j++;
		if (j - i == n && memcmp(list + i, word, n) == 0)
			return 1;
		i = j + 1;
	}
	return 0;
}

/*
 * The decisions a record shows once all its fields are read: an override
 * of the route (I0, with the model's own rule beside it: I0;I1 set a
 * safety signal aside unless the route chosen is safety, I0;I2 a crisis
 * signal unless it is crisis or safety), the worker's consult decision.
 */
static void
decisions(struct report_case *c)
{
	const char *ir = c->intake_reasons;
	size_t n = c->intake_reasons_len;

	if (n >= 2 && memcmp(ir, "I0", 2) == 0 && (n == 2 || ir[2] == ';')) {
		c->decision[DEC_ROUTE] = 1;
		if ((has_word(ir, n, "I1") && c->route != ROUTE_SAFETY) ||
		    (has_word(ir, n, "I2") && c->route != ROUTE_CRISIS && c->route != ROUTE_SAFETY))
			c->decision[DEC_SET_ASIDE] = 1;
	}
	if (c->reasons && has_word(c->reasons, c->reasons_len, "override")) {
		c->seen |= SEEN_DECISION;
		c->decision[c->consult == 1 ? DEC_CONSULT_ON : DEC_CONSULT_OFF] = 1;
	}
}

static const char *const needs_heavy_first[NNEEDS] = { "urgent", "support", "watch", "none" };

/*
 * A plan item's level: a level of the cascade, or no_fit; "none" (support
 * ends) and empty are no item.  -1 when rejected.
 */
static int
plan_item(struct stream *s, const struct record *r, int key, const char *v, size_t len, int *out)
{
	static const char *const names[NPLAN_ITEMS + 1] = {
		"self", "network", "volunteer", "general", "first_line", "second_line",
		"third_line", "crisis", "no_fit", "none"
	};

	if (len == 6 && strncasecmp(v, "no_fit", 6) == 0) {
		*out = PL_ITEM_NO_FIT;
		return 0;
	}
	if (plan_level_parse(v, len, out) < 0)
		return bad_word(s, r, key, v, len, "a plan level", names, NPLAN_ITEMS + 1);
	if (*out < 0)
		*out = -1;	/* none: no item */
	return 0;
}

/* The per-domain fields; -1 when rejected. */
static int
domain_field(struct stream *s, const struct record *r, int key, int kind, int d,
    const char *v, size_t len, struct report_case *c, int *bare)
{
	switch (kind) {
	case F_SELF:
		c->seen |= SEEN_MONITOR;
		return level(s, r, key, v, len, &c->self[d]);
	case F_TOGETHER:
		c->seen |= SEEN_MONITOR;
		return level(s, r, key, v, len, &c->together[d]);
	case F_BARE:
		c->seen |= SEEN_MONITOR;
		return level(s, r, key, v, len, &bare[d]);
	case F_DNEED:
		c->seen |= SEEN_NEED;
		if (len > 0 && (c->need_class[d] = need_parse(v, len)) < 0)
			return bad_word(s, r, key, v, len, "a need", needs_heavy_first, NNEEDS);
		return 0;
	case F_DELTA:
		c->seen |= SEEN_DELTA;
		if (len == 0)
			return 0;
		c->has_delta[d] = 1;
		return number(s, r, key, v, len, -4, 4, &c->delta[d]);
	case F_PLEVEL:
		c->seen |= SEEN_PLAN;
		return plan_item(s, r, key, v, len, &c->plan_level[d]);
	case F_PECHELON:
		return len == 0 ? 0 : number(s, r, key, v, len, 0, NECHELONS - 1, &c->echelon[d]);
	case F_PACTION:
		/* action_name[0] is "": no action (a no_fit item), like an empty field. */
		if (len == 0)
			return 0;
		if (word(s, r, key, v, len, "a plan action", action_name + 1, NPLAN_ACTIONS - 1,
		    &c->action[d]) < 0)
			return -1;
		c->action[d]++;
		return 0;
	case F_PRULE:
		c->seen |= SEEN_DECISION;
		c->decision[DEC_PLAN_LEVEL] += text_is(v, len, "override");
		return 0;
	case F_OWN_GOAL:
		c->seen |= SEEN_DECISION;
		c->decision[DEC_OWN_GOAL] |= !text_blank(v, len);
		return 0;
	case F_RLAW:
		if (len == 0) {
			c->law[d] = LAW_UNKNOWN;
			return 0;
		}
		return word(s, r, key, v, len, "a law", law_name, NLAWS, &c->law[d]);
	case F_RSTATUS:
		c->seen |= SEEN_REFER;
		return len == 0 ? 0 : word(s, r, key, v, len, "a referral status", referral_status_name,
		    NREFER_STATUSES, &c->refer[d]);
	}
	return 0;
}

/* received: placed in a period, filtered by --from/--to; 0 skip, -1 rejected. */
static int
read_received(struct report_reader *rr, struct stream *s, const struct record *r,
    struct report_case *c)
{
	static _Thread_local int key = -1;
	const char *v;
	size_t len;

	if (key < 0)
		key = field_known(FIELD_RECEIVED);
	v = rec_get(r, key, &len);
	if (v == NULL || len == 0) {
		if (!rr->need_received)
			return 1;
		stream_reject(s, r, key, "missing (the report places each case in a period by it)");
		return -1;
	}
	if (date(s, r, key, v, len, &c->received) < 0)
		return -1;
	c->seen |= SEEN_RECEIVED;
	return c->received >= rr->from && c->received <= rr->to;
}

int
report_read(struct report_reader *rr, struct stream *s, const struct record *r,
    struct report_case *c)
{
	int bare[NDOMAINS] = { 0 };
	int i, d, kind, got;

	report_case_clear(c);
	if ((got = read_received(rr, s, r, c)) <= 0)
		return got;
	for (i = 0; i < r->n; i++) {
		const char *v = rec_value(r, i);
		size_t len = r->f[i].len;
		int key = r->f[i].key;

		kind = kind_of(rr, key, &d);
		if (kind == F_OTHER || kind == F_RECEIVED)
			continue;
		if (d >= 0 ? domain_field(s, r, key, kind, d, v, len, c, bare) < 0 :
		    case_field(s, r, key, kind, v, len, c) < 0)
			return -1;
	}
	if (c->plan_date != NO_DATE && (c->seen & SEEN_RECEIVED) && c->plan_date < c->received) {
		int key = field_known(FIELD_PLAN_DATE);
		const char *v;
		size_t len;
		char rd[DATE_LEN + 1];

		v = rec_get(r, key, &len);
		date_format(c->received, rd);
		stream_reject(s, r, key, "%s is before received %s", quote(v, len), rd);
		return -1;
	}
	if (c->proposed)
		c->plan_date = NO_DATE;	/* open: lead times and lateness count recorded plans only */
	decisions(c);
	/* Goal 1 counts plans with the resident's own goal: a goal without a plan is no plan. */
	for (d = 0, i = 0; d < NDOMAINS; d++)
		i += c->plan_level[d] >= 0;
	if (i == 0)
		c->decision[DEC_OWN_GOAL] = 0;
	/* A missing together equals self; a bare domain column is together. */
	for (d = 0; d < NDOMAINS; d++)
		if (c->together[d] == 0)
			c->together[d] = bare[d] ? bare[d] : c->self[d];
	if (rr->by >= 0)
		c->group = rec_get(r, rr->by, &c->group_len);
	else
		c->group = "all", c->group_len = 3;
	return 1;
}
