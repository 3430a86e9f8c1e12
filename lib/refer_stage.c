/*
 * Referral as a stage (refer_stage.h): the plan's items read back per
 * domain, checked, matched on the social map (socialmap.c), and written as
 * referral fields on the case or as one record per item (--items).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "dates.h"
#include "domain.h"
#include "fields.h"
#include "keymemo.h"
#include "refer_stage.h"
#include "schema.h"
#include "socialmap.h"
#include "stream.h"
#include "text.h"
#include "value.h"

/* The stage's settings and state: one per thread, as lib's state is (stage.h). */
static _Thread_local struct socialmap *map;
static _Thread_local int items_mode;

/* The plan fields read per domain. */
enum { PART_LEVEL, PART_ECHELON, PART_REVIEW, NPARTS };
static const char *const part_name[NPARTS] = { "level", "echelon", "review" };

/* Fields read, and the fields written, in their documented order. */
static _Thread_local int K_CASE_ID, K_WIJK, K_AGE;
static _Thread_local int K_PROVIDER[NDOMAINS], K_NAME[NDOMAINS], K_STATUS[NDOMAINS], K_WAIT[NDOMAINS];
static _Thread_local int K_PROPOSED, K_WAITLIST, K_UNMATCHED, K_DECISION_NEEDED, K_TEAM;
static _Thread_local int K_LAW[NDOMAINS], K_DECISION[NDOMAINS];
static _Thread_local long decision_days;	/* --decision-days */
static _Thread_local int K_I_DOMAIN, K_I_LEVEL, K_I_ECHELON, K_I_PROVIDER_ID, K_I_NAME, K_I_STATUS,
    K_I_WAIT, K_I_LAW, K_I_REVIEW;

static int
domain_key(const char *prefix, int d, const char *part)
{
	char name[128];

	snprintf(name, sizeof(name), "%s.%s.%s", prefix, domains[d].key, part);
	return field_key(name);
}

static void
keys_init(void)
{
	int d;

	K_CASE_ID = field_known(FIELD_CASE_ID);
	K_WIJK = field_known(FIELD_WIJK);
	K_AGE = field_known(FIELD_AGE);
	for (d = 0; d < NDOMAINS; d++) {
		K_PROVIDER[d] = domain_key("refer", d, "provider");
		K_NAME[d] = domain_key("refer", d, "name");
		K_STATUS[d] = domain_key("refer", d, "status");
		K_WAIT[d] = domain_key("refer", d, "wait_days");
		K_LAW[d] = domain_key("refer", d, "law");
		K_DECISION[d] = domain_key("refer", d, "decision");
	}
	K_PROPOSED = field_known(FIELD_REFER_PROPOSED);
	K_WAITLIST = field_known(FIELD_REFER_WAITLIST);
	K_UNMATCHED = field_known(FIELD_REFER_UNMATCHED);
	K_DECISION_NEEDED = field_known(FIELD_REFER_DECISION_NEEDED);
	K_TEAM = field_known(FIELD_REFER_TEAM);
	K_I_DOMAIN = field_known(FIELD_DOMAIN);
	K_I_LEVEL = field_known(FIELD_LEVEL);
	K_I_ECHELON = field_known(FIELD_ECHELON);
	K_I_PROVIDER_ID = field_known(FIELD_PROVIDER_ID);
	K_I_NAME = field_known(FIELD_NAME);
	K_I_STATUS = field_known(FIELD_STATUS);
	K_I_WAIT = field_known(FIELD_WAIT_DAYS);
	K_I_LAW = field_known(FIELD_LAW);
	K_I_REVIEW = field_known(FIELD_REVIEW);
}

/* ---- finding the plan items ---- */

/*
 * Per key: 1 + domain * NPARTS + part for plan.<domain>.<part> (the domain
 * also by its Dutch alias), 0 for any other field.
 */
static _Thread_local struct key_memo plan_field;

/* domain * NPARTS + part of a plan field, or -1. */
static int
classify(int key)
{
	const struct fieldinfo *fi;
	const char *dot;
	int d, p, verdict = key_memo_get(&plan_field, key);

	if (verdict >= 0)
		return verdict - 1;
	fi = field_info(key);
	dot = strrchr(fi->name, '.');
	verdict = 0;
	if (fi->len > 5 && memcmp(fi->name, "plan.", 5) == 0 && dot > fi->name + 5 &&
	    (d = domain_lookup(fi->name + 5, (size_t)(dot - fi->name - 5))) >= 0)
		for (p = 0; p < NPARTS; p++)
			if (strcasecmp(dot + 1, part_name[p]) == 0)
				verdict = 1 + d * NPARTS + p;
	return key_memo_set(&plan_field, key, verdict) - 1;
}

#define NREFER	(REF_DECISION_NEEDED + 1)	/* the referral statuses */
#define NO_ITEM	(-1)			/* level empty, "none", or no column */
#define NO_FIT	NPLAN_LEVELS		/* the plan found no level that fits */

struct referral {
	int key[NPARTS];	/* the record's plan.<domain>.<part> field, or -1 */
	int level;		/* enum plan_level, NO_ITEM or NO_FIT */
	int echelon;		/* -1 when there is none */
	char review[DATE_LEN + 1];
	enum referral_status status;
	struct provider *provider;	/* NULL: none, or an agreed one not on the map */
	int agreed;			/* the input's provider, agreed with the resident */
	int took;			/* it took one of the provider's places */
};

static _Thread_local struct referral item[NDOMAINS];

/*
 * Find the plan fields of r.  Returns -1, or the key of a field that names
 * the same item as an earlier one (*twin): a domain under two names.
 */
static int
find_items(const struct record *r, int *twin)
{
	int d, p, i, c;

	for (d = 0; d < NDOMAINS; d++)
		for (p = 0; p < NPARTS; p++)
			item[d].key[p] = -1;
	for (i = 0; i < r->n; i++) {
		if ((c = classify(r->f[i].key)) < 0)
			continue;
		d = c / NPARTS;
		p = c % NPARTS;
		if (item[d].key[p] >= 0) {
			*twin = item[d].key[p];
			return r->f[i].key;
		}
		item[d].key[p] = r->f[i].key;
	}
	return -1;
}

/* ---- checking a record ---- */

#define BAD_LEVEL (-2)

static int
parse_level(const char *v, size_t len)
{
	int level;

	if (len == 0 || (len == 4 && memcmp(v, "none", 4) == 0))
		return NO_ITEM;
	if (len == 6 && memcmp(v, "no_fit", 6) == 0)
		return NO_FIT;
	return (level = plan_level_lookup(v, len)) >= 0 ? level : BAD_LEVEL;
}

/*
 * A provider in the input whose status is empty or "agreed" was agreed with
 * the resident: it is kept (SPEC 0, 8).  A provider with another status is
 * this stage's own earlier proposal, made again.
 */
static int
agreed(const struct record *r, int d)
{
	size_t len, slen;
	const char *v = rec_text(r, K_PROVIDER[d], &len), *st = rec_text(r, K_STATUS[d], &slen);

	return !text_blank(v, len) && (text_blank(st, slen) || text_is(st, slen, "agreed"));
}

/* Check the item of domain d; -1 when the record was refused. */
static int
check_item(struct stream *s, const struct record *r, int d)
{
	struct referral *it = &item[d];
	const char *v, *err;
	size_t len;
	long long n;
	long day;

	v = rec_text(r, it->key[PART_LEVEL], &len);
	if ((it->level = parse_level(v, len)) == BAD_LEVEL) {
		stream_reject(s, r, it->key[PART_LEVEL], "%s is not a support level (%s; or no_fit, none)",
		    quote(v, len), plan_level_names);
		return -1;
	}
	if (it->level == NO_ITEM)
		return 0;
	it->agreed = agreed(r, d);
	it->echelon = it->level == NO_FIT ? -1 : plan_levels[it->level].echelon;
	v = rec_text(r, it->key[PART_ECHELON], &len);
	if (len > 0) {
		if (parse_int(v, len, 0, 3, &n, &err) < 0) {
			stream_reject(s, r, it->key[PART_ECHELON], "%s is not an echelon 0-3", quote(v, len));
			return -1;
		}
		it->echelon = (int)n;
	}
	it->review[0] = '\0';
	v = rec_text(r, it->key[PART_REVIEW], &len);
	if (len > 0) {
		if (date_parse(v, len, &day, &err) < 0) {
			stream_reject(s, r, it->key[PART_REVIEW], "%s: %s", quote(v, len), err);
			return -1;
		}
		date_format(day, it->review);
	}
	return 0;
}

/* Check everything the referral reads; -1 when the record was refused. */
static int
check_record(struct stream *s, const struct record *r, int *age)
{
	const char *v, *err;
	size_t len;
	long long n;
	int d, dup, twin;

	if ((dup = find_items(r, &twin)) >= 0) {
		stream_reject(s, r, dup, "the same plan item as %s (one domain under two names)",
		    field_info(twin)->name);
		return -1;
	}
	v = rec_text(r, K_AGE, &len);
	*age = SMAP_NO_AGE;
	if (len > 0) {
		if (parse_int(v, len, 0, SMAP_AGE_MAX, &n, &err) < 0) {
			stream_reject(s, r, K_AGE, "%s is not an age in whole years 0-130", quote(v, len));
			return -1;
		}
		*age = (int)n;
	}
	for (d = 0; d < NDOMAINS; d++) {
		item[d].level = NO_ITEM;
		if (item[d].key[PART_LEVEL] >= 0 && check_item(s, r, d) < 0)
			return -1;
	}
	return 0;
}

/* ---- referring and writing ---- */

/*
 * Does the input record the municipal decision for domain d
 * (refer.<domain>.decision: its date, or yes)?  Empty, no or false: not yet.
 */
static int
decided(const struct record *r, int d)
{
	size_t len;
	const char *v = rec_text(r, K_DECISION[d], &len);
	enum tristate t;

	if (text_blank(v, len))
		return 0;
	return parse_bool(v, len, &t) < 0 || t != BOOL_FALSE;
}

/* The wait a resident can expect: a decision first adds --decision-days. */
static long
expected_wait(const struct referral *it)
{
	long wait = (long)it->provider->wait_days;

	return it->status == REF_DECISION_NEEDED ? wait + decision_days : wait;
}

static const char *
law_of(const struct provider *p)
{
	return p && p->law != LAW_UNKNOWN ? law_name[p->law] : "";
}

static void
refer_items(const struct record *r, int age)
{
	const char *v;
	size_t len;
	int d, wijk;

	v = rec_text(r, K_WIJK, &len);
	wijk = smap_wijk(map, v, len);
	for (d = 0; d < NDOMAINS; d++) {
		struct referral *it = &item[d];

		it->provider = NULL;
		if (it->level == NO_ITEM)
			continue;
		if (it->agreed) {
			/* Its place is taken, so the matcher does not offer it twice. */
			v = rec_text(r, K_PROVIDER[d], &len);
			it->provider = smap_find(map, v, len);
			it->took = smap_take(it->provider);
			it->status = REF_AGREED;
		} else if (it->level == NO_FIT)
			it->status = REF_UNMATCHED;	/* nothing to look for: still never lost */
		else
			it->status = smap_refer(map, it->level, d, wijk, age, &it->provider);
		/* Maatwerk waits for the municipality's decision until the input records one. */
		if (it->status == REF_PROPOSED && it->provider->access == ACCESS_DECISION &&
		    !decided(r, d))
			it->status = REF_DECISION_NEEDED;
	}
}

/* The referral's fields on the case record, every item domain in domain order. */
static void
stamp_record(struct record *r)
{
	int d, team = 0, count[NREFER] = { 0 };

	for (d = 0; d < NDOMAINS; d++) {
		const struct referral *it = &item[d];
		const struct provider *p = it->provider;

		if (it->key[PART_LEVEL] < 0)
			continue;
		if (it->level != NO_ITEM && it->agreed && p == NULL) {
			/* Agreed with a provider the map does not know: kept as written. */
			if (rec_get(r, K_NAME[d], NULL) == NULL)
				rec_set(r, K_NAME[d], "", 0);
			rec_sets(r, K_STATUS[d], referral_status_name[REF_AGREED]);
			if (rec_get(r, K_WAIT[d], NULL) == NULL)
				rec_set(r, K_WAIT[d], "", 0);
			rec_set(r, K_LAW[d], "", 0);
			count[REF_AGREED]++;
			continue;
		}
		rec_sets(r, K_PROVIDER[d], p ? p->id : "");
		rec_sets(r, K_NAME[d], p ? p->name : "");
		rec_sets(r, K_STATUS[d], it->level == NO_ITEM ? "" : referral_status_name[it->status]);
		if (p)
			rec_set_int(r, K_WAIT[d], expected_wait(it));
		else
			rec_set(r, K_WAIT[d], "", 0);
		rec_sets(r, K_LAW[d], law_of(p));
		if (it->level != NO_ITEM) {
			count[it->status]++;
			team += p && p->team && it->status != REF_WAITLIST;
		}
	}
	rec_set_int(r, K_PROPOSED, count[REF_PROPOSED]);
	rec_set_int(r, K_WAITLIST, count[REF_WAITLIST]);
	rec_set_int(r, K_UNMATCHED, count[REF_UNMATCHED]);
	rec_set_int(r, K_DECISION_NEEDED, count[REF_DECISION_NEEDED]);
	rec_set_int(r, K_TEAM, team);
}

/* Write the case record; a record the stream refuses gives its places back. */
static void
write_record(struct stream *s, struct record *r)
{
	int d;

	stamp_record(r);
	if (stream_write(s, r) == 0)
		return;
	for (d = 0; d < NDOMAINS; d++)
		if (item[d].level != NO_ITEM &&
		    (item[d].status == REF_PROPOSED || item[d].status == REF_DECISION_NEEDED ||
		    (item[d].status == REF_AGREED && item[d].took)))
			smap_release(item[d].provider);
}

static _Thread_local struct record out;

/* --items: one record per plan item, with the fields of SPEC 8 in that order. */
static void
write_items(struct stream *s, const struct record *r)
{
	const char *v;
	size_t len;
	int d;

	for (d = 0; d < NDOMAINS; d++) {
		const struct referral *it = &item[d];
		const struct provider *p = it->provider;
		char number[32];

		if (it->level == NO_ITEM)
			continue;
		rec_clear(&out);
		out.input = r->input;
		out.line = r->line;
		v = rec_text(r, K_CASE_ID, &len);
		rec_append(&out, K_CASE_ID, v, len, J_TEXT);
		v = rec_text(r, K_WIJK, &len);
		rec_append(&out, K_WIJK, v, len, J_TEXT);
		rec_append(&out, K_I_DOMAIN, domains[d].key, strlen(domains[d].key), J_TEXT);
		v = it->level == NO_FIT ? "no_fit" : plan_levels[it->level].name;
		rec_append(&out, K_I_LEVEL, v, strlen(v), J_TEXT);
		len = it->echelon < 0 ? 0 : (size_t)snprintf(number, sizeof(number), "%d", it->echelon);
		rec_append(&out, K_I_ECHELON, number, len, J_TEXT);
		if (it->agreed && p == NULL) {
			/* Agreed with a provider the map does not know: as the input has it. */
			v = rec_text(r, K_PROVIDER[d], &len);
			rec_append(&out, K_I_PROVIDER_ID, v, len, J_TEXT);
			v = rec_text(r, K_NAME[d], &len);
			rec_append(&out, K_I_NAME, v, len, J_TEXT);
		} else {
			rec_append(&out, K_I_PROVIDER_ID, p ? p->id : "", p ? strlen(p->id) : 0, J_TEXT);
			rec_append(&out, K_I_NAME, p ? p->name : "", p ? strlen(p->name) : 0, J_TEXT);
		}
		v = referral_status_name[it->status];
		rec_append(&out, K_I_STATUS, v, strlen(v), J_TEXT);
		len = p ? (size_t)snprintf(number, sizeof(number), "%ld", expected_wait(it)) : 0;
		rec_append(&out, K_I_WAIT, number, len, J_TEXT);
		v = law_of(p);
		rec_append(&out, K_I_LAW, v, strlen(v), J_TEXT);
		rec_append(&out, K_I_REVIEW, it->review, strlen(it->review), J_TEXT);
		stream_write(s, &out);
	}
}

/* The CSV header of an output without records. */
static void
header(struct record *proto, void *arg)
{
	const int item_keys[] = {
		K_CASE_ID, K_WIJK, K_I_DOMAIN, K_I_LEVEL, K_I_ECHELON, K_I_PROVIDER_ID,
		K_I_NAME, K_I_STATUS, K_I_WAIT, K_I_LAW, K_I_REVIEW
	};
	size_t i;
	int twin, d;

	(void)arg;
	if (items_mode) {
		while (proto->n > 0)
			rec_delete(proto, proto->f[proto->n - 1].key);
		for (i = 0; i < sizeof(item_keys) / sizeof(item_keys[0]); i++)
			rec_set(proto, item_keys[i], "", 0);
		return;
	}
	find_items(proto, &twin);
	for (d = 0; d < NDOMAINS; d++)
		item[d].level = NO_ITEM;
	stamp_record(proto);
}

void
refer_open(struct stream *s, const struct refer_options *o)
{
	keys_init();
	map = o->map;
	items_mode = o->items;
	decision_days = o->decision_days;
	rec_init(&out);
	s->header_hook = header;
}

void
refer_record(struct stream *s, struct record *r)
{
	int age;

	if (check_record(s, r, &age) < 0)
		return;
	refer_items(r, age);
	if (items_mode)
		write_items(s, r);
	else
		write_record(s, r);
}

int
refer_close(struct stream *s)
{
	int status = stream_finish(s);

	rec_free(&out);
	key_memo_free(&plan_field);
	memset(item, 0, sizeof(item));
	map = NULL;
	return status;
}
