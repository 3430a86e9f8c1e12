/*
 * The joint self-reliance monitor as a stage (monitor_stage.h).  The
 * method's tables (needs, network loads, case figures, trends) are
 * monitor.c's; this is reading a measurement and writing its scores.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "dates.h"
#include "domain.h"
#include "fields.h"
#include "idset.h"
#include "keymemo.h"
#include "monitor.h"
#include "monitor_stage.h"
#include "schema.h"
#include "stream.h"
#include "text.h"
#include "value.h"

/* The stage's settings and state: one per thread, as lib's state is (stage.h). */
static _Thread_local int history;
static _Thread_local long today;

/* The per-domain fields written, in their documented order (the last four: --history). */
enum part { P_STATUS, P_NETWORK, P_NEED, P_FIRST, P_PREV, P_DELTA, P_TREND, NPARTS };
static const char *const part_name[NPARTS] = {
	"status", "network", "need", "first", "prev", "delta", "trend"
};

/* Fields read, and the per-case fields written, in their documented order. */
static _Thread_local int K_CASE_ID, K_MEASURED, K_LOAD;
static _Thread_local int K_SCORED, K_UNSCORED, K_NEED, K_URGENT, K_CARRIED, K_MEAN_SELF,
    K_MEAN_TOGETHER, K_COMPLEX, K_STALE, K_MEASUREMENTS, K_TREND;
static _Thread_local int K_DOMAIN[NDOMAINS][NPARTS];

/* The per-case fields in their order, and the two of --history (keys_init). */
static _Thread_local int case_keys[9], history_keys[2];

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static void
keys_init(void)
{
	struct buf name = { 0 };
	int d, p;

	K_CASE_ID = field_known(FIELD_CASE_ID);
	K_MEASURED = field_known(FIELD_MEASURED);
	K_LOAD = field_known(FIELD_NETWORK_LOAD);
	K_SCORED = field_known(FIELD_MONITOR_SCORED);
	K_UNSCORED = field_known(FIELD_MONITOR_UNSCORED);
	K_NEED = field_known(FIELD_MONITOR_NEED);
	K_URGENT = field_known(FIELD_MONITOR_URGENT);
	K_CARRIED = field_known(FIELD_MONITOR_CARRIED);
	K_MEAN_SELF = field_known(FIELD_MONITOR_MEAN_SELF);
	K_MEAN_TOGETHER = field_known(FIELD_MONITOR_MEAN_TOGETHER);
	K_COMPLEX = field_known(FIELD_MONITOR_COMPLEX);
	K_STALE = field_known(FIELD_MONITOR_STALE);
	K_MEASUREMENTS = field_known(FIELD_MONITOR_MEASUREMENTS);
	K_TREND = field_known(FIELD_MONITOR_TREND);
	memcpy(case_keys, (int[]){ K_SCORED, K_UNSCORED, K_NEED, K_URGENT, K_CARRIED,
	    K_MEAN_SELF, K_MEAN_TOGETHER, K_COMPLEX, K_STALE }, sizeof(case_keys));
	history_keys[0] = K_MEASUREMENTS;
	history_keys[1] = K_TREND;
	for (d = 0; d < NDOMAINS; d++)
		for (p = 0; p < NPARTS; p++) {
			buf_reset(&name);
			buf_printf(&name, "%s.%s", domains[d].key, part_name[p]);
			K_DOMAIN[d][p] = field_key(name.data);
		}
	buf_free(&name);
}

/* ---- which columns are whose ---- */

/* What a column is to the monitor, judged once per key. */
enum role { R_OTHER, R_SELF, R_TOGETHER, R_WRITTEN };

static _Thread_local struct key_memo roles;

static enum role judge_role(int key);

/* Called for every field of every record: the judged role in one look-up. */
static inline enum role
role(int key)
{
	int ro = key_memo_get(&roles, key);

	return ro >= 0 ? (enum role)ro : judge_role(key);
}

static enum role
judge_role(int key)
{
	const struct fieldinfo *fi = field_info(key);
	enum role ro = R_OTHER;
	int p;

	if (fi->domain >= 0) {
		if (strcasecmp(fi->part, "self") == 0)
			ro = R_SELF;
		else if (strcasecmp(fi->part, "together") == 0 || fi->part[0] == '\0')
			ro = R_TOGETHER;	/* a bare domain column is together */
		for (p = 0; p < NPARTS; p++)
			if (strcmp(fi->part, part_name[p]) == 0)
				ro = R_WRITTEN;
	}
	return (enum role)key_memo_set(&roles, key, ro);
}

/*
 * The domains a record has a monitor column of.  It depends on the columns
 * only, never on their values, so every row of a CSV output gets the same
 * fields.
 */
static void
presence(const struct record *r, unsigned char *present)
{
	int i;

	memset(present, 0, NDOMAINS);
	for (i = 0; i < r->n; i++)
		if (role(r->f[i].key) != R_OTHER)
			present[field_info(r->f[i].key)->domain] = 1;
}

/* ---- reading one measurement ---- */

struct reading {
	struct levels lv;
	int self_at[NDOMAINS];		/* field index the level came from, or -1 */
	int together_at[NDOMAINS];
	unsigned char present[NDOMAINS];
	enum load load;
	long measured;
	int dated;
	/* --history: a record that summarises earlier measurements (our own output) */
	int measurements;		/* 0: a plain measurement */
	int first[NDOMAINS], prev[NDOMAINS];
};

/* A level in field i; -1 when refused. */
static int
level_at(struct stream *s, const struct record *r, int i, int *level)
{
	const char *v = rec_value(r, i), *err;
	size_t len = r->f[i].len;

	if (level_parse(v, len, level, &err) < 0) {
		stream_reject(s, r, r->f[i].key, "%s %s", quote(v, len), err);
		return -1;
	}
	return 0;
}

/*
 * Take the level of field i for a domain's self or together.  Two columns
 * for the same level (finances.self and Financiën.self, or housing and
 * housing.together) must agree.
 */
static int
take_level(struct stream *s, const struct record *r, int i, int *level, int *at)
{
	int lv;

	if (level_at(s, r, i, &lv) < 0)
		return -1;
	if (lv == 0)
		return 0;
	if (*level != 0 && *level != lv) {
		stream_reject(s, r, r->f[i].key, "%s disagrees with %s %s",
		    quote(rec_value(r, i), r->f[i].len), field_info(r->f[*at].key)->name,
		    quote(rec_value(r, *at), r->f[*at].len));
		return -1;
	}
	*level = lv;
	*at = i;
	return 0;
}

static int
read_levels(struct stream *s, const struct record *r, struct reading *rd)
{
	int i, d;

	for (d = 0; d < NDOMAINS; d++)
		rd->self_at[d] = rd->together_at[d] = -1;
	for (i = 0; i < r->n; i++) {
		enum role ro = role(r->f[i].key);

		if (ro != R_SELF && ro != R_TOGETHER)
			continue;
		d = field_info(r->f[i].key)->domain;
		if (ro == R_SELF && take_level(s, r, i, &rd->lv.self[d], &rd->self_at[d]) < 0)
			return -1;
		if (ro == R_TOGETHER && take_level(s, r, i, &rd->lv.together[d], &rd->together_at[d]) < 0)
			return -1;
	}
	for (d = 0; d < NDOMAINS; d++) {
		int self = rd->lv.self[d], together = rd->lv.together[d];

		if (together == 0) {
			rd->lv.together[d] = self;	/* a missing together equals self */
		} else if (self > 0 && together < self) {
			i = rd->together_at[d];
			stream_reject(s, r, r->f[i].key, "%s is below %s %s (together is at least self)",
			    quote(rec_value(r, i), r->f[i].len), field_info(r->f[rd->self_at[d]].key)->name,
			    quote(rec_value(r, rd->self_at[d]), r->f[rd->self_at[d]].len));
			return -1;
		}
	}
	return 0;
}

/* Check one record's monitor fields; -1 when it was refused. */
static int
read_record(struct stream *s, const struct record *r, struct reading *rd)
{
	const char *v, *err;
	size_t len;
	int load;

	memset(rd, 0, sizeof(*rd));
	presence(r, rd->present);
	if (read_levels(s, r, rd) < 0)
		return -1;
	v = rec_text(r, K_LOAD, &len);
	if ((load = load_parse(v, len)) < 0) {
		stream_reject(s, r, K_LOAD, "%s is not ok, strained or overloaded (or belast, overbelast)",
		    quote(v, len));
		return -1;
	}
	rd->load = load;
	v = rec_text(r, K_MEASURED, &len);
	if (!text_blank(v, len)) {
		if (date_parse(v, len, &rd->measured, &err) < 0) {
			stream_reject(s, r, K_MEASURED, "%s: %s", quote(v, len), err);
			return -1;
		}
		rd->dated = 1;
	}
	return 0;
}

/* Everything checked: normalise what was read in place. */
static void
normalise(struct record *r, const struct reading *rd)
{
	char iso[DATE_LEN + 1];
	size_t len;
	const char *v;

	if (rd->dated) {
		date_format(rd->measured, iso);
		rec_sets(r, K_MEASURED, iso);
	}
	v = rec_text(r, K_LOAD, &len);
	if (rd->load != LOAD_UNKNOWN && strcmp(v, load_name[rd->load]) != 0)
		rec_sets(r, K_LOAD, load_name[rd->load]);
}

/* ---- scoring ---- */

/* --history: what is known of a case's measurements so far. */
struct history {
	int measurements;
	/*
	 * Per domain, together at the first measurement that scored it, at the
	 * last one before the latest, and at the last one so far (the latest
	 * included); 0 when there is none.
	 */
	int first[NDOMAINS], prev[NDOMAINS], last[NDOMAINS];
};

/* Set key to a whole number, or empty when not known; no printf on this hot path. */
static void
put_int(struct record *r, int key, int v, int known)
{
	char digits[FIGURE_LEN];

	if (!known) {
		rec_set(r, key, "", 0);
		return;
	}
	rec_set(r, key, digits, format_int(v, digits));
}

static _Thread_local struct buf unscored;

/*
 * Write the monitor's fields in their documented order: per present domain
 * in the order of the domain table, then per case; fields already there keep
 * their place.  Which fields are written depends on present (the input's
 * columns) and --history only.  The values come from rd (the measurement)
 * and h (its case's history); both are NULL for the header of an output
 * without records, which gets the same fields, empty.
 */
static void
stamp(struct record *r, const unsigned char *present, const struct reading *rd,
    const struct history *h)
{
	struct case_figures f;
	char mean[MEAN_LEN];
	int d, change = 0, trends = 0;
	size_t i;

	for (d = 0; d < NDOMAINS; d++) {
		int self = rd ? rd->lv.self[d] : 0, t = rd ? rd->lv.together[d] : 0;
		int first = h ? h->first[d] : 0, prev = h ? h->prev[d] : 0;

		if (!present[d])
			continue;
		rec_sets(r, K_DOMAIN[d][P_STATUS], t ? level_name[t] : "");
		put_int(r, K_DOMAIN[d][P_NETWORK], t - self, t && self);
		rec_sets(r, K_DOMAIN[d][P_NEED], t ? need_name[domain_need(self, t, rd->load)] : "");
		if (!history)
			continue;
		put_int(r, K_DOMAIN[d][P_FIRST], first, first);
		put_int(r, K_DOMAIN[d][P_PREV], prev, prev);
		put_int(r, K_DOMAIN[d][P_DELTA], t - first, t && first);
		rec_sets(r, K_DOMAIN[d][P_TREND], t && prev ? domain_trend(prev, t) : "");
		if (t && prev) {
			change += t - prev;
			trends++;
		}
	}
	if (rd == NULL) {
		for (i = 0; i < NELEM(case_keys); i++)
			rec_set(r, case_keys[i], "", 0);
		for (i = 0; history && i < NELEM(history_keys); i++)
			rec_set(r, history_keys[i], "", 0);
		return;
	}
	case_figures(&rd->lv, rd->load, &f);
	buf_reset(&unscored);
	for (d = 0; d < NDOMAINS; d++)
		if (rd->lv.together[d] == 0) {
			if (unscored.len > 0)
				buf_addc(&unscored, ';');
			buf_adds(&unscored, domains[d].key);
		}
	put_int(r, K_SCORED, f.scored, 1);
	rec_set(r, K_UNSCORED, unscored.data ? unscored.data : "", unscored.len);
	put_int(r, K_NEED, f.need, 1);
	put_int(r, K_URGENT, f.urgent, 1);
	put_int(r, K_CARRIED, f.carried, 1);
	mean_format(f.sum_self, f.nself, mean);
	rec_sets(r, K_MEAN_SELF, mean);
	mean_format(f.sum_together, f.scored, mean);
	rec_sets(r, K_MEAN_TOGETHER, mean);
	rec_sets(r, K_COMPLEX, f.complex ? "true" : "false");
	rec_sets(r, K_STALE, rd->dated && is_stale(rd->measured, today) ? "true" : "false");
	if (history) {
		put_int(r, K_MEASUREMENTS, h->measurements, 1);
		rec_sets(r, K_TREND, trends > 0 ? case_trend(change) : "");
	}
}

/* The CSV header of an output without records. */
static void
header(struct record *proto, void *arg)
{
	unsigned char present[NDOMAINS];

	(void)arg;
	presence(proto, present);
	stamp(proto, present, NULL, NULL);
}

/* A plain measurement: score it and write it. */
static void
score(struct stream *s, struct record *r)
{
	struct reading rd;

	if (read_record(s, r, &rd) < 0)
		return;
	normalise(r, &rd);
	stamp(r, rd.present, &rd, NULL);
	stream_write(s, r);
}

/* ---- --history: one case at a time ---- */

#define MEASUREMENTS_MAX 1000000000

/*
 * The case being folded.  It holds one record (the latest measurement) and
 * a few levels per domain, however many measurements the case has.
 */
static _Thread_local struct {
	int active;
	struct buf id;
	struct record rec;		/* the latest measurement */
	struct reading latest;
	unsigned char present[NDOMAINS];	/* over all its measurements */
	struct history h;
	struct idset *seen;		/* the cases done: a case must not come back */
} pending;

/* A level of an earlier --history run (first, prev), if the record has one. */
static int
summary_level(struct stream *s, const struct record *r, int key, int *level)
{
	int i = rec_index(r, key);

	*level = 0;
	return i < 0 ? 0 : level_at(s, r, i, level);
}

/* What --history checks in a measurement of the pending case (same) or of a new one. */
static int
read_history(struct stream *s, const struct record *r, struct reading *rd, int same)
{
	const char *v, *err;
	char was[DATE_LEN + 1], now[DATE_LEN + 1];
	size_t len;
	long long n;
	int d;

	if (!rd->dated) {
		stream_reject(s, r, K_MEASURED, "missing: --history orders each case's measurements by it");
		return -1;
	}
	v = rec_text(r, K_MEASUREMENTS, &len);
	if (len > 0) {
		/* The output of an earlier --history run: it stands for n measurements. */
		if (parse_int(v, len, 1, MEASUREMENTS_MAX, &n, &err) < 0) {
			stream_reject(s, r, K_MEASUREMENTS, "%s is not a number of measurements (1 or more)",
			    quote(v, len));
			return -1;
		}
		if (same) {
			stream_reject(s, r, K_MEASUREMENTS, "a summary of earlier measurements (the output of --history) must be the first record of its case");
			return -1;
		}
		rd->measurements = (int)n;
		for (d = 0; d < NDOMAINS; d++)
			if (summary_level(s, r, K_DOMAIN[d][P_FIRST], &rd->first[d]) < 0 ||
			    summary_level(s, r, K_DOMAIN[d][P_PREV], &rd->prev[d]) < 0)
				return -1;
	}
	if (same && rd->measured < pending.latest.measured) {
		date_format(rd->measured, now);
		date_format(pending.latest.measured, was);
		if (strcmp(pending.rec.input, r->input) == 0)
			stream_reject(s, r, K_MEASURED, "'%s' is before '%s' of the case's previous measurement on line %ld; sort each case's measurements by measured",
			    now, was, pending.rec.line);
		else
			stream_reject(s, r, K_MEASURED, "'%s' is before '%s' of the case's previous measurement at %s:%ld; sort each case's measurements by measured",
			    now, was, pending.rec.input, pending.rec.line);
		return -1;
	}
	return 0;
}

/*
 * Where a case began, as one number for the set of cases done: its line
 * and which input (for the message when it comes back in another file).
 */
#define INPUTS_NAMED 255
static _Thread_local const char *began_in[INPUTS_NAMED];
static _Thread_local int nbegan_in;

static long
where(const struct record *r)
{
	int k;

	for (k = 0; k < nbegan_in && strcmp(began_in[k], r->input) != 0; k++)
		continue;
	if (k == nbegan_in && nbegan_in < INPUTS_NAMED)
		began_in[nbegan_in++] = r->input;
	return r->line * (INPUTS_NAMED + 1) + k;
}

/* Add a checked measurement to the pending case, or start a case with it. */
static void
fold(const struct record *r, const struct reading *rd)
{
	const char *id;
	size_t len;
	int d;

	if (!pending.active) {
		id = rec_text(r, K_CASE_ID, &len);
		buf_reset(&pending.id);
		buf_add(&pending.id, id, len);
		idset_add(pending.seen, id, len, where(r));
		pending.active = 1;
		pending.h.measurements = rd->measurements > 0 ? rd->measurements : 1;
		memset(pending.present, 0, sizeof(pending.present));
		for (d = 0; d < NDOMAINS; d++) {
			int t = rd->lv.together[d];

			if (rd->measurements > 0) {
				/* Carry on where the earlier run stopped. */
				pending.h.prev[d] = rd->prev[d];
				pending.h.first[d] = rd->first[d] ? rd->first[d] : rd->prev[d] ? rd->prev[d] : t;
				pending.h.last[d] = t ? t : rd->prev[d];
			} else {
				pending.h.prev[d] = 0;
				pending.h.first[d] = pending.h.last[d] = t;
			}
		}
	} else {
		pending.h.measurements++;
		for (d = 0; d < NDOMAINS; d++) {
			int t = rd->lv.together[d];

			pending.h.prev[d] = pending.h.last[d];
			if (t == 0)
				continue;
			pending.h.last[d] = t;
			if (pending.h.first[d] == 0)
				pending.h.first[d] = t;
		}
	}
	for (d = 0; d < NDOMAINS; d++)
		pending.present[d] |= rd->present[d];
	rec_copy(&pending.rec, r);
	pending.latest = *rd;
}

/* Write the pending case: its latest measurement, scored, with its history. */
static void
emit(struct stream *s)
{
	stamp(&pending.rec, pending.present, &pending.latest, &pending.h);
	stream_write(s, &pending.rec);
	pending.active = 0;
}

/* A measurement under --history: fold it into its case. */
static void
measurement(struct stream *s, struct record *r)
{
	struct reading rd;
	const char *id;
	size_t len;
	long first;
	int same;

	id = rec_text(r, K_CASE_ID, &len);
	if (text_blank(id, len)) {
		stream_reject(s, r, K_CASE_ID, "missing: --history groups measurements by case_id");
		return;
	}
	same = pending.active && pending.id.len == len && memcmp(pending.id.data, id, len) == 0;
	if (pending.active && !same)
		emit(s);	/* a case's records are consecutive: it is complete */
	/*
	 * A case that comes back after another one would be written twice,
	 * each time with half its history.  The ids of the cases done are the
	 * only memory that grows with the input.
	 */
	if (!same && (first = idset_find(pending.seen, id, len)) > 0) {
		long line = first / (INPUTS_NAMED + 1);
		int k = (int)(first % (INPUTS_NAMED + 1));
		struct buf at = { 0 };

		if (k < nbegan_in && strcmp(began_in[k], r->input) != 0)
			buf_printf(&at, "%s:%ld", began_in[k], line);
		else if (k < nbegan_in)
			buf_printf(&at, "line %ld", line);
		else
			buf_printf(&at, "line %ld of an earlier input", line);
		stream_reject(s, r, K_CASE_ID, "%s came before, from %s, with other cases after it: --history needs each case's records together (sort by case_id, then measured)",
		    quote(id, len), at.data);
		buf_free(&at);
		return;
	}
	if (read_record(s, r, &rd) < 0 || read_history(s, r, &rd, same) < 0)
		return;
	normalise(r, &rd);
	fold(r, &rd);
}

void
monitor_open(struct stream *s, int with_history, long on)
{
	keys_init();
	history = with_history;
	today = on;
	rec_init(&pending.rec);
	if (history)
		pending.seen = idset_new();
	s->header_hook = header;
}

void
monitor_record(struct stream *s, struct record *r)
{
	if (history)
		measurement(s, r);
	else
		score(s, r);
}

int
monitor_close(struct stream *s)
{
	int status;

	if (pending.active)
		emit(s);
	status = stream_finish(s);
	rec_free(&pending.rec);
	idset_free(pending.seen);
	buf_free(&pending.id);
	buf_free(&unscored);
	key_memo_free(&roles);
	memset(&pending, 0, sizeof(pending));
	nbegan_in = 0;
	history = 0;
	return status;
}
