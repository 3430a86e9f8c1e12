/*
 * oer-intake: the question and the admission model (SPEC 5).
 *
 * Checks and normalises the intake fields of each case, finds the life
 * domains and the crisis and safety signals in the resident's question,
 * chooses the route by the admission rules I0-I5, and guards privacy:
 * identifiers in the text are redacted, identifying columns dropped, case ids
 * optionally replaced by keyed pseudonyms.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admission.h"
#include "tools.h"
#include "alloc.h"
#include "cli.h"
#include "dates.h"
#include "dictionary.h"
#include "die.h"
#include "keymemo.h"
#include "domain.h"
#include "exits.h"
#include "idset.h"
#include "input.h"
#include "lexicon.h"
#include "privacy.h"
#include "fields.h"
#include "schema.h"
#include "stream.h"
#include "text.h"
#include "value.h"

static const char usage_text[] =
"usage: oer-intake [--lexicon FILE] [--scan FIELD]... [--pii redact|reject|off]\n"
"                  [--pseudonymise KEYFILE] [common options] [FILE ...]\n"
"       oer-intake --print-lexicon\n"
"Admit residents' questions: check the intake fields, find the life domains\n"
"and crisis or safety signals in the question, choose the route (rules I0-I5)\n"
"and redact identifiers that slipped into the text.\n"
"\n"
"Options:\n"
"      --lexicon=FILE            keyword lexicon instead of the built-in one\n"
"      --print-lexicon           print the built-in lexicon and exit\n"
"      --scan=FIELD              also redact identifiers in FIELD (repeatable)\n"
"      --pii=redact|reject|off   identifying columns: drop with a warning\n"
"                                (default), refuse (exit 65), or keep\n"
"      --pseudonymise=KEYFILE    replace case_id by its keyed HMAC-SHA-256\n"
"\n";

enum { OPT_LEXICON = OPT_TOOL, OPT_PRINT_LEXICON, OPT_SCAN, OPT_PII, OPT_PSEUDONYMISE };

static const struct option longopts[] = {
	{ "lexicon", required_argument, NULL, OPT_LEXICON },
	{ "print-lexicon", no_argument, NULL, OPT_PRINT_LEXICON },
	{ "scan", required_argument, NULL, OPT_SCAN },
	{ "pii", required_argument, NULL, OPT_PII },
	{ "pseudonymise", required_argument, NULL, OPT_PSEUDONYMISE },
	{ "pseudonymize", required_argument, NULL, OPT_PSEUDONYMISE },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

enum pii_mode { PII_REDACT, PII_REJECT, PII_OFF };

#define CASE_ID_MAX 64

static struct lexicon *lexicon;
static int *scan_keys, nscan;
static enum pii_mode pii = PII_REDACT;
static struct buf pseudonym_key_bytes;
static int pseudonymise;
static struct idset *seen;

/* Fields read, and the fields written, in their documented order. */
static int K_CASE_ID, K_RECEIVED, K_WIJK, K_SOURCE, K_CONSENT, K_AGE, K_QUESTION,
    K_TOPICS, K_SAFETY, K_CRISIS, K_ROUTE_OVERRIDE;
static int K_WEEK, K_DOMAINS, K_SIGNALS, K_ROUTE, K_PRIORITY, K_REASONS, K_REDACTIONS;

static int K_OVERRIDE_REASON, K_OWN_GOAL[NDOMAINS];

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

static void
load_lexicon(const char *path)
{
	struct buf text = { 0 }, err = { 0 };
	int got = input_slurp(path, &text);

	if (got == -1)
		die(EXIT_NOINPUT, "cannot open lexicon %s:", path);
	if (got < 0)
		die(EXIT_IO, "cannot read lexicon %s:", path);
	lexicon_free(lexicon);
	if ((lexicon = lexicon_parse(text.data, text.len, path, &err)) == NULL)
		die(EXIT_USAGE, "%s", err.data);
	buf_free(&text);
}

/* ---- identifying columns ---- */

static struct key_memo identifies;	/* per key: 1 a column that identifies a person, 0 not */

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
static int saw_question, saw_record;

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

static struct lexicon_hits hits;
static struct buf scratch, redacted, list;

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
	if (pseudonymise) {
		char p[PSEUDONYM_LEN + 1];

		v = rec_text(r, K_CASE_ID, &len);
		pseudonym(&pseudonym_key_bytes, v, len, p);
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
	static const int *const out[] = {
		&K_WEEK, &K_DOMAINS, &K_SIGNALS, &K_ROUTE, &K_PRIORITY, &K_REASONS, &K_REDACTIONS
	};
	size_t i;
	int k;

	(void)arg;
	for (k = 0; k < proto->n && pii == PII_REDACT; k++)
		if (is_identifier(proto->f[k].key))
			rec_delete(proto, proto->f[k--].key);
	for (i = 0; i < sizeof(out) / sizeof(out[0]); i++)
		rec_set(proto, *out[i], "", 0);
}

int
oer_intake_main(int argc, char **argv)
{
	struct cli cli;
	struct stream s;
	struct record *r;
	struct buf err = { 0 };
	int c, status;

	setprogname(argv);
	quote_redact = privacy_redact;	/* no identifier in a message (SPEC 3) */
	cli_init(&cli, usage_text);
	keys_init();
	while ((c = getopt_long(argc, argv, CLI_SHORTOPTS, longopts, NULL)) != -1) {
		switch (c) {
		case OPT_LEXICON:
			load_lexicon(optarg);
			break;
		case OPT_PRINT_LEXICON:
			/* A text longer than the buffer is written past it: ferror tells. */
			if (fputs(lexicon_builtin_text, stdout) == EOF || fflush(stdout) != 0 || ferror(stdout))
				die(EXIT_IO, "stdout: write error");
			return EXIT_OK;
		case OPT_SCAN:
			scan_keys = xreallocarray(scan_keys, (size_t)nscan + 1, sizeof(int));
			scan_keys[nscan++] = field_key(optarg);
			break;
		case OPT_PII:
			if (strcmp(optarg, "redact") == 0)
				pii = PII_REDACT;
			else if (strcmp(optarg, "reject") == 0)
				pii = PII_REJECT;
			else if (strcmp(optarg, "off") == 0)
				pii = PII_OFF;
			else
				die(EXIT_USAGE, "--pii: '%s' is not redact, reject or off", optarg);
			break;
		case OPT_PSEUDONYMISE:
			buf_reset(&pseudonym_key_bytes);
			if ((status = pseudonym_key(optarg, &pseudonym_key_bytes, &err)) != 0)
				die(status, "%s", err.data);
			pseudonymise = 1;
			break;
		default:
			if (!cli_option(&cli, c, optarg))
				cli_usage_error(&cli);
		}
	}
	argc -= optind;
	argv += optind;
	if (lexicon == NULL)
		lexicon = lexicon_parse(lexicon_builtin_text, strlen(lexicon_builtin_text), "built-in", &err);
	seen = idset_new();

	stream_open(&s, &cli, argc, argv);
	s.header_hook = header;
	while ((r = stream_next(&s)) != NULL) {
		if (guard_columns(&s, r) < 0 || admit_record(&s, r) < 0)
			continue;
		stream_write(&s, r);
	}
	warn_no_question();
	status = stream_finish(&s);

	idset_free(seen);
	lexicon_free(lexicon);
	free(scan_keys);
	key_memo_free(&identifies);
	buf_free(&pseudonym_key_bytes);
	buf_free(&hits.signals);
	buf_free(&scratch);
	buf_free(&redacted);
	buf_free(&list);
	buf_free(&err);
	return status;
}
