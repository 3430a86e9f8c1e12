/*
 * Intake as a stage (intake_stage.h): identifying columns guarded, the
 * record checked (case id, dates, flags, overrides), the question scanned
 * with the lexicon and redacted, and the admission model's route.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admission.h"
#include "alloc.h"
#include "dates.h"
#include "dictionary.h"
#include "die.h"
#include "domain.h"
#include "fields.h"
#include "idset.h"
#include "intake_stage.h"
#include "keymemo.h"
#include "lexicon.h"
#include "privacy.h"
#include "schema.h"
#include "stream.h"
#include "text.h"
#include "value.h"

#define CASE_ID_MAX 64

/* The stage's settings and state: one per thread, as lib's state is (stage.h). */
static _Thread_local const struct lexicon *lexicon;
static _Thread_local const int *scan_keys;
static _Thread_local int nscan;
static _Thread_local enum pii_mode pii;
static _Thread_local const struct buf *pseudonym_key_bytes;	/* NULL: ids kept */
static _Thread_local struct idset *seen;

/* Fields read, and the fields written, in their documented order. */
static _Thread_local int K_CASE_ID, K_RECEIVED, K_WIJK, K_SOURCE, K_CONSENT, K_AGE, K_QUESTION,
    K_TOPICS, K_SAFETY, K_CRISIS, K_ROUTE_OVERRIDE;
static _Thread_local int K_WEEK, K_DOMAINS, K_SIGNALS, K_ROUTE, K_PRIORITY, K_REASONS, K_REDACTIONS;

static _Thread_local int K_OVERRIDE_REASON, K_OWN_GOAL[NDOMAINS];

static void
keys_init(void)
{
	int d;

	K_CASE_ID = field_known(FIELD_CASE_ID);
	K_RECEIVED = field_known(FIELD_RECEIVED);
	K_WIJK = field_known(FIELD_WIJK);
	K_SOURCE = field_known(FIELD_SOURCE);
	K_CONSENT = field_known(FIELD_CONSENT);
	K_AGE = field_known(FIELD_AGE);
	K_QUESTION = field_known(FIELD_QUESTION);
	K_TOPICS = field_known(FIELD_TOPICS);
	K_SAFETY = field_known(FIELD_SAFETY);
	K_CRISIS = field_known(FIELD_CRISIS);
	K_ROUTE_OVERRIDE = field_known(FIELD_ROUTE_OVERRIDE);
	K_OVERRIDE_REASON = field_known(FIELD_OVERRIDE_REASON);
	for (d = 0; d < NDOMAINS; d++) {
		char name[96];

		snprintf(name, sizeof(name), "plan.%s.own_goal", domains[d].key);
		K_OWN_GOAL[d] = field_key(name);
	}
	K_WEEK = field_known(FIELD_INTAKE_WEEK);
	K_DOMAINS = field_known(FIELD_INTAKE_DOMAINS);
	K_SIGNALS = field_known(FIELD_INTAKE_SIGNALS);
	K_ROUTE = field_known(FIELD_INTAKE_ROUTE);
	K_PRIORITY = field_known(FIELD_INTAKE_PRIORITY);
	K_REASONS = field_known(FIELD_INTAKE_REASONS);
	K_REDACTIONS = field_known(FIELD_INTAKE_REDACTIONS);
}

/* ---- identifying columns ---- */

static _Thread_local struct key_memo identifies;	/* per key: 1 a column that identifies a person, 0 not */

static int judge_identifier(int key);

/* Called for every field of every record: a column judged once, then one look-up. */
static inline int
is_identifier(int key)
{
	int known = key_memo_get(&identifies, key);

	return known >= 0 ? known : judge_identifier(key);
}

static int
judge_identifier(int key)
{
	const struct fieldinfo *fi = field_info(key);
	int yes = pii_column(fi->name, fi->len) != 0;

	if (yes && pii == PII_REDACT)
		warn("dropping column '%s': it identifies a person (--pii=off keeps it)", field_shown(key));
	return key_memo_set(&identifies, key, yes);
}

/* Drop (or refuse) identifying columns; -1 when the record is refused. */
static int
guard_columns(struct stream *s, struct record *r)
{
	int i;

	if (pii == PII_OFF)
		return 0;
	for (i = 0; i < r->n; i++) {
		int key = r->f[i].key;

		if (!is_identifier(key))
			continue;
		if (pii == PII_REJECT) {
			stream_reject(s, r, key, "a column that identifies a person; remove it or use --pii=redact");
			return -1;
		}
		rec_delete(r, key);
		i--;
	}
	return 0;
}

/* ---- checking the fields ---- */

/*
 * A required field is empty or, when the input has no such column at all,
 * the message names the column names that would have been understood.
 */
static void
reject_missing(struct stream *s, struct record *r, int key)
{
	struct buf names = { 0 };

	if (rec_index(r, key) >= 0) {
		stream_reject(s, r, key, "missing");
		return;
	}
	dict_names(field_info(key)->name, 8, &names);
	stream_reject(s, r, key, "missing: the input has no such column (accepted names: %s; --columns adds your own)",
	    names.data);
	buf_free(&names);
}

/*
 * One warning per run when no record had a question field: then no domain
 * or signal is read from text, which is worth knowing (a question under an
 * unknown column name would otherwise pass silently).  Asked at the end:
 * JSON Lines may leave out a field in some records.
 */
static _Thread_local int saw_question, saw_record;

static void
warn_no_question(void)
{
	struct buf names = { 0 };

	if (saw_question || !saw_record)
		return;
	dict_names("question", 0, &names);
	warn("no question column: domains and signals come only from topics, safety and crisis (accepted names: %s; --columns adds your own)",
	    names.data);
	buf_free(&names);
}

/* Read a boolean field, writing it back as true/false; -1 when refused. */
static int
boolean(struct stream *s, struct record *r, int key, enum tristate *t)
{
	size_t len;
	const char *v = rec_text(r, key, &len);

	if (parse_bool(v, len, t) < 0) {
		stream_reject(s, r, key, "%s is not true or false (also ja/nee, yes/no, 1/0)", quote(v, len));
		return -1;
	}
	if (*t != BOOL_UNKNOWN && rec_index(r, key) >= 0)
		rec_sets(r, key, *t == BOOL_TRUE ? "true" : "false");
	return 0;
}

static int
check_case_id(struct stream *s, struct record *r)
{
	size_t len, i;
	const char *id = rec_text(r, K_CASE_ID, &len);

	if (text_blank(id, len)) {
		reject_missing(s, r, K_CASE_ID);
		return -1;
	}
	for (i = 0; i < len; i++)
		if ((unsigned char)id[i] < 0x20 || id[i] == 0x7f) {
			stream_reject(s, r, K_CASE_ID, "%s contains a control character", quote(id, len));
			return -1;
		}
	if (utf8_chars(id, len) > CASE_ID_MAX) {
		stream_reject(s, r, K_CASE_ID, "%s is longer than %d characters", quote(id, len), CASE_ID_MAX);
		return -1;
	}
	return 0;
}

/* Topics plus the domains of the question; -1 when a topic is not a domain. */
static int
collect_domains(struct stream *s, struct record *r, unsigned char *domain)
{
	size_t len, pos = 0, ilen;
	const char *v = rec_text(r, K_TOPICS, &len), *item;

	while (list_next(v, len, &pos, &item, &ilen)) {
		int d = domain_lookup(item, ilen);

		if (d < 0) {
			stream_reject(s, r, K_TOPICS, "%s is not a life domain (finances, housing, ... see oer(7))",
			    quote(item, ilen));
			return -1;
		}
		domain[d] = 1;
	}
	return 0;
}

static _Thread_local struct lexicon_hits hits;
static _Thread_local struct buf scratch, redacted, list;

/* Redact identifiers in a text field; returns the number replaced. */
static int
redact(struct record *r, int key)
{
	size_t len;
	const char *v = rec_get(r, key, &len);
	int n;

	if (v == NULL || len == 0)
		return 0;
	buf_reset(&redacted);
	n = privacy_redact(v, len, &redacted);
	if (n > 0)
		rec_set(r, key, redacted.data, redacted.len);
	return n;
}

/*
 * The rule the admission model would apply without the override.  An
 * override that sets a safety or crisis signal aside without a reason is
 * allowed -- the professional decides -- but said out loud.
 */
static const struct admission_rule *
proposal(struct stream *s, struct record *r, const struct admission_facts *f, int route)
{
	struct admission_facts own = *f;
	const struct admission_rule *rule;
	size_t len;
	const char *why = rec_text(r, K_OVERRIDE_REASON, &len);
	int proposed;

	own.override = -1;
	rule = admit(&own, &proposed);
	if ((proposed == ROUTE_SAFETY || proposed == ROUTE_CRISIS) && route != proposed &&
	    text_blank(why, len))
		stream_warn(s, r, K_ROUTE_OVERRIDE, "'%s' sets a %s signal aside without a reason in override_reason",
		    routes[route].name, routes[proposed].name);
	return rule;
}

/*
 * The checks of one record (SPEC 5): its case id, dates, wijk, source,
 * flags, age, override and redaction count, the domains the question and
 * the columns name.  The record is not changed; -1 rejected.
 */
static int
check_record(struct stream *s, struct record *r, struct admission_facts *facts, long *day,
    int *redactions)
{
	enum tristate safety, crisis;
	const char *v, *err;
	size_t len;
	long first;
	long long n;

	saw_record = 1;
	saw_question |= rec_index(r, K_QUESTION) >= 0;
	if (check_case_id(s, r) < 0)
		return -1;
	v = rec_text(r, K_CASE_ID, &len);
	idset_prefetch(seen, v, len);	/* checked below, after the rest of the record */
	v = rec_text(r, K_RECEIVED, &len);
	if (text_blank(v, len)) {
		reject_missing(s, r, K_RECEIVED);
		return -1;
	}
	if (date_parse(v, len, day, &err) < 0) {
		stream_reject(s, r, K_RECEIVED, "%s: %s", quote(v, len), err);
		return -1;
	}
	v = rec_text(r, K_WIJK, &len);
	if (text_blank(v, len)) {
		reject_missing(s, r, K_WIJK);
		return -1;
	}
	memset(facts, 0, sizeof(*facts));
	v = rec_text(r, K_SOURCE, &len);
	if ((facts->source = source_parse(v, len)) < 0) {
		stream_reject(s, r, K_SOURCE, "%s is not a source (self, network, professional, gp, police, school, housing, other; or zelf, netwerk, huisarts, politie, woningcorporatie, overig)",
		    quote(v, len));
		return -1;
	}
	if (boolean(s, r, K_CONSENT, &facts->consent) < 0 ||
	    boolean(s, r, K_SAFETY, &safety) < 0 || boolean(s, r, K_CRISIS, &crisis) < 0)
		return -1;
	if (facts->source == SRC_SELF && facts->consent == BOOL_UNKNOWN)
		facts->consent = BOOL_TRUE;	/* asking yourself is consenting */
	v = rec_text(r, K_AGE, &len);
	if (len > 0 && parse_int(v, len, 0, 130, &n, &err) < 0) {
		stream_reject(s, r, K_AGE, "%s is not an age in whole years 0-130", quote(v, len));
		return -1;
	}
	v = rec_text(r, K_ROUTE_OVERRIDE, &len);
	facts->override = -1;
	if (!text_blank(v, len) && (facts->override = route_parse(v, len)) < 0) {
		stream_reject(s, r, K_ROUTE_OVERRIDE, "%s is not a route (safety, crisis, outreach, info, halfline)",
		    quote(v, len));
		return -1;
	}
	v = rec_text(r, K_QUESTION, &len);
	lexicon_scan(lexicon, v, len, &hits, &scratch);
	if (collect_domains(s, r, hits.domain) < 0)
		return -1;
	v = rec_text(r, K_REDACTIONS, &len);
	if (len > 0 && parse_int(v, len, 0, 1000000000, &n, &err) < 0) {
		stream_reject(s, r, K_REDACTIONS, "%s is not a count", quote(v, len));
		return -1;
	}
	*redactions = len > 0 ? (int)n : 0;	/* a second run adds to the first */
	v = rec_text(r, K_CASE_ID, &len);
	if ((first = idset_add(seen, v, len, r->line)) != 0) {
		stream_reject(s, r, K_CASE_ID, "%s already used on line %ld", quote(v, len), first);
		return -1;
	}
	facts->safety = safety == BOOL_TRUE || hits.safety > 0;
	facts->crisis = crisis == BOOL_TRUE || hits.crisis > 0;
	facts->nsignals = hits.safety + hits.crisis;
	return 0;
}

/*
 * The privacy guard on a checked record: identifiers out of the free text
 * (the question, the worker's and the resident's own words, the --scan
 * columns), the case id pseudonymised on request.  Returns the redactions.
 */
static int
redact_record(struct record *r)
{
	const char *v;
	size_t len;
	int n = 0, d, i;

	n += redact(r, K_QUESTION);
	n += redact(r, K_OVERRIDE_REASON);
	for (d = 0; d < NDOMAINS; d++)
		n += redact(r, K_OWN_GOAL[d]);
	for (i = 0; i < nscan; i++)
		if (scan_keys[i] != K_QUESTION)
			n += redact(r, scan_keys[i]);
	if (pseudonym_key_bytes != NULL) {
		char p[PSEUDONYM_LEN + 1];

		v = rec_text(r, K_CASE_ID, &len);
		pseudonym(pseudonym_key_bytes, v, len, p);
		rec_sets(r, K_CASE_ID, p);
	}
	return n;
}

/* Check, redact and admit one record: the intake fields of SPEC 5; -1 rejected. */
static int
admit_record(struct stream *s, struct record *r)
{
	struct admission_facts facts;
	const struct admission_rule *rule, *proposed = NULL;
	long day;
	int route, d, redactions;
	char week[9], iso[DATE_LEN + 1];

	if (check_record(s, r, &facts, &day, &redactions) < 0)
		return -1;
	/* Everything checked: now change the record. */
	date_format(day, iso);
	rec_sets(r, K_RECEIVED, iso);
	redactions += redact_record(r);

	buf_reset(&list);
	for (d = 0; d < NDOMAINS; d++)
		if (hits.domain[d]) {
			if (list.len > 0)
				buf_addc(&list, ';');
			buf_adds(&list, domains[d].key);
			facts.ndomains++;
		}
	rule = admit(&facts, &route);
	if (facts.override >= 0)
		proposed = proposal(s, r, &facts, route);

	date_format_week(day, week);
	rec_sets(r, K_WEEK, week);
	rec_set(r, K_DOMAINS, list.data ? list.data : "", list.len);
	rec_set(r, K_SIGNALS, hits.signals.data ? hits.signals.data : "", hits.signals.len);
	rec_sets(r, K_ROUTE, routes[route].name);
	rec_set_int(r, K_PRIORITY, routes[route].priority);
	/* An override is written with the rule the method would have applied. */
	if (proposed) {
		char ids[16];

		snprintf(ids, sizeof(ids), "%s;%s", rule->id, proposed->id);
		rec_sets(r, K_REASONS, ids);
	} else {
		rec_sets(r, K_REASONS, rule->id);
	}
	rec_set_int(r, K_REDACTIONS, redactions);
	return 0;
}

/* The CSV header of an output without records. */
static void
header(struct record *proto, void *arg)
{
	const int out[] = {
		K_WEEK, K_DOMAINS, K_SIGNALS, K_ROUTE, K_PRIORITY, K_REASONS, K_REDACTIONS
	};
	size_t i;
	int k;

	(void)arg;
	for (k = 0; k < proto->n && pii == PII_REDACT; k++)
		if (is_identifier(proto->f[k].key))
			rec_delete(proto, proto->f[k--].key);
	for (i = 0; i < sizeof(out) / sizeof(out[0]); i++)
		rec_set(proto, out[i], "", 0);
}

void
intake_open(struct stream *s, const struct intake_options *o)
{
	keys_init();
	lexicon = o->lexicon;
	scan_keys = o->scan_keys;
	nscan = o->nscan;
	pii = o->pii;
	pseudonym_key_bytes = o->pseudonym_key;
	seen = idset_new();
	s->header_hook = header;
}

void
intake_record(struct stream *s, struct record *r)
{
	if (guard_columns(s, r) < 0 || admit_record(s, r) < 0)
		return;
	stream_write(s, r);
}

int
intake_close(struct stream *s)
{
	int status;

	warn_no_question();
	status = stream_finish(s);
	idset_free(seen);
	seen = NULL;
	key_memo_free(&identifies);
	buf_free(&hits.signals);
	buf_free(&scratch);
	buf_free(&redacted);
	buf_free(&list);
	saw_question = saw_record = 0;
	return status;
}
