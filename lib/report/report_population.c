/*
 * oer-report --population FILE: inhabitants per wijk, and the rates and
 * rate signals drawn from them (report_population.h).
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "dictionary.h"
#include "die.h"
#include "domain.h"
#include "exits.h"
#include "input.h"
#include "reader.h"
#include "report_disclosure.h"
#include "report_labels.h"
#include "report_population.h"
#include "report_table.h"
#include "schema.h"
#include "text.h"
#include "value.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ---- the file ---- */

/*
 * The columns, as CBS writes them in "Kerncijfers wijken en buurten" and
 * in their short forms, squashed as the header dictionary squashes names
 * (dict_squash) and without CBS's number suffix ("AantalInwoners_5").
 * The dictionary itself already writes "Wijknaam" as wijk and "Naam" as
 * name.  A code column may hold names (StatLine writes "WijkenEnBuurten"
 * as names or as codes): a value that is not shaped like a code is a name.
 */
enum role { R_NAME, R_CODE, R_INHABITANTS, R_KIND, NROLES, R_CODE_NAME = NROLES };

static const char *const role_cols[NROLES][8] = {
	{ "wijk", "wijknaam", "naam", "name", "regioaanduiding", "regionaam", NULL },
	{ "code", "wijkcode", "codering", "regioaanduidingcoderingcode", "wijkenenbuurten",
	  "gwbcode", NULL },
	{ "inhabitants", "inwoners", "aantalinwoners", "aantalinwonersaantal",
	  "bevolkingaantalinwonersaantal", "population", "bevolking", NULL },
	{ "soortregio", "regioaanduidingsoortregioomschrijving", "soortregioomschrijving", NULL },
};

static int
role_of_name(const char *name)
{
	struct buf b = { 0 };
	int r, i;

	dict_squash(name, strlen(name), &b);
	while (b.len > 0 && isdigit((unsigned char)b.data[b.len - 1]))
		b.data[--b.len] = '\0';
	for (r = 0; r < NROLES; r++)
		for (i = 0; role_cols[r][i]; i++)
			if (strcmp(b.data, role_cols[r][i]) == 0) {
				buf_free(&b);
				return r;
			}
	buf_free(&b);
	return -1;
}

/* The role of a field: by its spec name, or by the column as written. */
static int
role_of(int key)
{
	int r = role_of_name(field_info(key)->name);

	return r >= 0 ? r : role_of_name(field_shown(key));
}

static void
trim(const char **s, size_t *len)
{
	while (*len > 0 && isspace((unsigned char)**s))
		(*s)++, (*len)--;
	while (*len > 0 && isspace((unsigned char)(*s)[*len - 1]))
		(*len)--;
}

/* A CBS region code: two letters and 4 to 8 digits (WK036301, BU03630101, GM0363). */
static int
code_shaped(const char *s, size_t len)
{
	size_t i;

	if (len < 6 || len > 10 || !isalpha((unsigned char)s[0]) || !isalpha((unsigned char)s[1]))
		return 0;
	for (i = 2; i < len; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/*
 * Inhabitants as a Dutch table writes them: 12345 or 12.345 (a dot between
 * groups of three).  "" and "." (CBS: secret or not known) are -1.
 * Returns 0, or -1 when it is not such a number.
 */
static int
parse_inhabitants(const char *s, size_t len, long *out)
{
	char digits[32];
	size_t i, n = 0, group = 0;
	long long v;
	const char *err;
	int dots = 0;

	trim(&s, &len);
	if (len == 0 || (len == 1 && s[0] == '.')) {
		*out = -1;
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			/* A thousands dot: after 1 to 3 digits first, then exactly 3. */
			if (group == 0 || group > 3 || (dots > 0 && group != 3))
				return -1;
			dots++;
			group = 0;
		} else if (isdigit((unsigned char)s[i]) && n < sizeof(digits) - 1) {
			digits[n++] = s[i];
			group++;
		} else {
			return -1;
		}
	}
	if (dots > 0 && group != 3)
		return -1;
	if (parse_int(digits, n, 0, INHABITANTS_MAX, &v, &err) < 0)
		return -1;
	*out = (long)v;
	return 0;
}

static int
load_error(struct buf *err, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
load_error(struct buf *err, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(err, fmt, ap);
	va_end(ap);
	return status;
}

static const char accepted_wijk[] =
    "accepted: WijkenEnBuurten, Codering_3, Wijknaam, Regioaanduiding, Naam, wijk, code";
static const char accepted_inhabitants[] =
    "accepted: AantalInwoners_5, Aantal inwoners, inwoners, inhabitants";

/* The header of a CSV file must name a wijk column and an inhabitants column. */
static int
check_columns(const struct population *p, const int *cols, int ncols, long line,
    struct buf *err)
{
	int i, have[NROLES] = { 0 };

	for (i = 0; i < ncols; i++) {
		int r = role_of(cols[i]);

		if (r >= 0)
			have[r] = 1;
	}
	if (!have[R_NAME] && !have[R_CODE])
		return load_error(err, EXIT_DATA, "%s:%ld: no column names the wijk (%s)", p->path,
		    line, accepted_wijk);
	if (!have[R_INHABITANTS])
		return load_error(err, EXIT_DATA, "%s:%ld: no column holds the inhabitants (%s)",
		    p->path, line, accepted_inhabitants);
	return 0;
}

/* A row of a gemeente or a buurt (CBS tables hold all three): not a wijk. */
static int
not_a_wijk(const char *kind, size_t kind_len, const char *code, size_t code_len)
{
	if (kind_len > 0) {
		struct buf b = { 0 };
		int wijk;

		text_fold(kind, kind_len, ' ', &b);
		wijk = b.data && strncmp(b.data, "wijk", 4) == 0;
		buf_free(&b);
		return !wijk;
	}
	return code_len > 0 && code_shaped(code, code_len) &&
	    strncasecmp(code, "WK", 2) != 0;
}

static void
fold_name(const char *s, size_t len, struct buf *out)
{
	buf_reset(out);
	dict_squash(s, len, out);
}

/* One record of the file: a wijk, or nothing (another kind of region). */
static int
take_row(struct population *p, const struct record *r, long line, struct buf *err)
{
	const char *v[NROLES + 1] = { NULL }, *name = "", *code = "";
	size_t len[NROLES + 1] = { 0 }, nlen = 0, clen = 0;
	int key[NROLES + 1], i, k;
	struct buf folded = { 0 };
	struct pop_wijk *w;
	long inh;

	for (k = 0; k <= NROLES; k++)
		key[k] = -1;
	for (i = 0; i < r->n; i++) {
		const char *s = rec_value(r, i);
		size_t l = r->f[i].len;
		int role = role_of(r->f[i].key);

		if (role < 0)
			continue;
		trim(&s, &l);
		if (role == R_CODE && l > 0 && !code_shaped(s, l))
			role = R_CODE_NAME;	/* a code column holding names */
		if (key[role] < 0 || (len[role] == 0 && l > 0)) {
			key[role] = r->f[i].key;
			v[role] = s;
			len[role] = l;
		}
	}
	if (key[R_NAME] < 0 && key[R_CODE] < 0 && key[R_CODE_NAME] < 0)
		return load_error(err, EXIT_DATA, "%s:%ld: no field names the wijk (%s)", p->path,
		    line, accepted_wijk);
	if (key[R_INHABITANTS] < 0)
		return load_error(err, EXIT_DATA, "%s:%ld: no field holds the inhabitants (%s)",
		    p->path, line, accepted_inhabitants);
	if (key[R_NAME] < 0 && key[R_CODE] < 0)
		key[R_CODE] = key[R_CODE_NAME];
	code = v[R_CODE] ? v[R_CODE] : "", clen = len[R_CODE];
	if (len[R_NAME] > 0)
		name = v[R_NAME], nlen = len[R_NAME];
	else if (len[R_CODE_NAME] > 0)
		name = v[R_CODE_NAME], nlen = len[R_CODE_NAME];
	if (not_a_wijk(v[R_KIND], len[R_KIND], code, clen))
		return 0;
	if (nlen == 0 && clen == 0)
		return load_error(err, EXIT_DATA, "%s:%ld: %s: no wijk name or code", p->path, line,
		    field_shown(key[R_NAME] >= 0 ? key[R_NAME] : key[R_CODE]));
	if (parse_inhabitants(v[R_INHABITANTS], len[R_INHABITANTS], &inh) < 0)
		return load_error(err, EXIT_DATA,
		    "%s:%ld: %s: %s is not a number of inhabitants (a whole number such as 12345 or 12.345, at most 100000000)",
		    p->path, line, field_shown(key[R_INHABITANTS]),
		    quote(v[R_INHABITANTS], len[R_INHABITANTS]));
	fold_name(name, nlen, &folded);
	for (i = 0; i < p->n; i++) {
		const struct pop_wijk *o = &p->w[i];
		int same_name = folded.len > 0 && strcmp(o->folded, folded.data) == 0;
		int same_code = clen > 0 && strlen(o->code) == clen &&
		    strncasecmp(o->code, code, clen) == 0;

		if (same_name || same_code) {
			int dup = !same_name ? key[R_CODE] : len[R_NAME] > 0 ? key[R_NAME] : key[R_CODE_NAME];

			buf_free(&folded);
			return load_error(err, EXIT_DATA, "%s:%ld: %s: wijk %s is in the file twice (first on line %ld)",
			    p->path, line, field_shown(dup),
			    same_name ? quote(name, nlen) : quote(code, clen), o->line);
		}
	}
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->w = xreallocarray(p->w, (size_t)p->cap, sizeof(*p->w));
	}
	w = &p->w[p->n++];
	w->name = xstrndup(name, nlen);
	w->code = xstrndup(code, clen);
	w->folded = xstrdup(folded.data ? folded.data : "");
	w->inhabitants = inh;
	w->line = line;
	buf_free(&folded);
	return 0;
}

static int
read_rows(struct population *p, struct input *in, struct buf *err)
{
	struct reader rd;
	struct record rec;
	const char *msg;
	long line;
	int got, status = 0, ncols;
	const int *cols;

	rec_init(&rec);
	if (reader_open(&rd, in, FMT_AUTO, 0) < 0) {
		msg = reader_fatal(&rd, &line);
		status = load_error(err, EXIT_DATA, "%s:%ld: %s", p->path, line, msg);
	} else if (rd.fmt == FMT_CSV) {
		cols = reader_header(&rd, &ncols);
		if (ncols == 0)
			status = load_error(err, EXIT_DATA, "%s: the population file is empty (no header line)",
			    p->path);
		else
			status = check_columns(p, cols, ncols, 1, err);
	}
	while (status == 0) {
		if ((got = reader_next(&rd, &rec)) < 0) {
			msg = reader_fatal(&rd, &line);
			status = load_error(err, EXIT_DATA, "%s:%ld: %s", p->path, line, msg);
		} else if (got == 0) {
			break;
		} else if (rec.bad) {
			buf_printf(err, "%s:%ld: ", p->path, rec.line);
			if (rec.bad_key >= 0)
				buf_printf(err, "%s: ", field_shown(rec.bad_key));
			buf_adds(err, rec.error.data);
			status = EXIT_DATA;
		} else {
			status = take_row(p, &rec, rec.line, err);
		}
	}
	if (status == 0 && p->n == 0)
		status = load_error(err, EXIT_DATA, "%s: no wijk in the population file", p->path);
	reader_close(&rd);
	rec_free(&rec);
	return status;
}

int
population_load(struct population *p, const char *path, const char *encoding, struct buf *err)
{
	struct input in;
	int status;

	memset(p, 0, sizeof(*p));
	p->path = path;
	p->rate_ratio = RATE_RATIO_DEFAULT;
	buf_reset(err);
	if ((status = input_open(&in, path, encoding)) == -2)
		return load_error(err, EXIT_USAGE, "population file %s: unknown encoding '%s' (see iconv -l)",
		    path, encoding);
	if (status < 0)
		return load_error(err, EXIT_NOINPUT, "cannot open population file %s: %s", path,
		    strerror(errno));
	status = read_rows(p, &in, err);
	input_close(&in);
	if (status != 0)
		population_free(p);
	return status;
}

void
population_free(struct population *p)
{
	int i;

	for (i = 0; i < p->n; i++) {
		free(p->w[i].name);
		free(p->w[i].code);
		free(p->w[i].folded);
	}
	free(p->w);
	for (i = 0; i < p->nmatch; i++)
		free(p->match[i].wijk);
	free(p->match);
	p->w = NULL;
	p->match = NULL;
	p->n = p->cap = p->nmatch = 0;
}

int
population_find(const struct population *p, const char *wijk)
{
	struct buf folded = { 0 };
	size_t len = strlen(wijk);
	int i, hit = -1;

	trim(&wijk, &len);
	fold_name(wijk, len, &folded);
	for (i = 0; i < p->n && hit < 0; i++) {
		const struct pop_wijk *w = &p->w[i];

		if ((folded.len > 0 && strcmp(w->folded, folded.data) == 0) ||
		    (len > 0 && strlen(w->code) == len && strncasecmp(w->code, wijk, len) == 0))
			hit = i;
	}
	buf_free(&folded);
	return hit;
}

long
rate_ratio_parse(const char *s)
{
	long whole = 0, tenths = 0;
	int digits = 0;

	for (; isdigit((unsigned char)*s) && digits < 4; s++, digits++)
		whole = whole * 10 + (*s - '0');
	if (digits == 0)
		return -1;
	if (*s == '.' || *s == ',') {
		s++;
		if (!isdigit((unsigned char)*s))
			return -1;
		tenths = *s++ - '0';
	}
	if (*s != '\0' || whole * 10 + tenths < 10 || whole * 10 + tenths > RATE_RATIO_MAX)
		return -1;
	return whole * 10 + tenths;
}

static int
by_wijk(const void *a, const void *b)
{
	return strcmp(((const struct pop_match *)a)->wijk, ((const struct pop_match *)b)->wijk);
}

/* The entry of a wijk of the report: looked up once by population_match(). */
static int
matched(const struct population *p, const char *wijk)
{
	struct pop_match key = { (char *)wijk, 0 };
	const struct pop_match *m = bsearch(&key, p->match, (size_t)p->nmatch, sizeof(key), by_wijk);

	return m ? m->index : population_find(p, wijk);
}

void
population_match(struct population *p, const struct report *rp)
{
	int cap = 0, s, i, n, unnamed = 0;

	for (s = 0; s < rp->n; s++) {
		const struct report_state *st = rp->states[s];

		for (i = 0; i < st->nwijk; i++) {
			if (p->nmatch == cap) {
				cap = cap ? 2 * cap : 16;
				p->match = xreallocarray(p->match, (size_t)cap, sizeof(*p->match));
			}
			p->match[p->nmatch++].wijk = st->wijk[i].name;
		}
	}
	if (p->nmatch > 0)
		qsort(p->match, (size_t)p->nmatch, sizeof(*p->match), by_wijk);
	for (i = n = 0; i < p->nmatch; i++) {
		const char *w = p->match[i].wijk;

		if (n > 0 && strcmp(p->match[n - 1].wijk, w) == 0)
			continue;
		p->match[n].wijk = xstrdup(w);
		p->match[n].index = population_find(p, w);
		if (text_blank(w, strlen(w)))
			unnamed = 1;
		else if (p->match[n].index < 0)
			warn("warning: wijk %s is not in the population file %s: its rates are left out",
			    quote(w, strlen(w)), p->path);
		n++;
	}
	p->nmatch = n;
	if (unnamed)
		warn("warning: cases without a wijk are left out of the rates per 1,000 inhabitants");
}

/* ---- the figures ---- */

/* The counts of the file's wijken, over some states. */
struct pop_sum {
	long cases;
	long need[NDOMAINS];
};

static void
gather(const struct population *p, const struct report_state *st, struct pop_sum *sum)
{
	int i, d, k;

	for (i = 0; i < st->nwijk; i++) {
		const struct wijk_stat *w = &st->wijk[i];

		if ((k = matched(p, w->name)) < 0)
			continue;
		sum[k].cases += w->cases;
		for (d = 0; d < NDOMAINS; d++)
			sum[k].need[d] += w->need[d];
	}
}

/*
 * The counts of the periods lo .. hi: of the page's group (group non-NULL),
 * or of all groups (the municipality).
 */
static struct pop_sum *
gather_periods(const struct population *p, const struct report *rp, long lo, long hi,
    const char *group)
{
	struct pop_sum *sum = xcalloc((size_t)p->n + 1, sizeof(*sum));
	int s;

	for (s = 0; s < rp->n; s++) {
		const struct report_state *st = rp->states[s];

		if (st->period < lo || st->period > hi)
			continue;
		if (group && strcmp(st->group, group) != 0)
			continue;
		gather(p, st, sum);
	}
	return sum;
}

/*
 * The municipality: every wijk of the file with a known population, with
 * cases or not, added into sum[p->n]: a wijk that has all of a period's
 * cases still stands out against the whole town.
 */
static long
municipality(const struct population *p, struct pop_sum *sum)
{
	struct pop_sum *m = &sum[p->n];
	long inhabitants = 0;
	int i, d;

	for (i = 0; i < p->n; i++) {
		if (p->w[i].inhabitants <= 0)
			continue;
		inhabitants += p->w[i].inhabitants;
		m->cases += sum[i].cases;
		for (d = 0; d < NDOMAINS; d++)
			m->need[d] += sum[i].need[d];
	}
	return inhabitants;
}

/* Per 1,000 inhabitants with one decimal, rounded half up; NULL without inhabitants. */
static char *
per_1000(long n, long inhabitants)
{
	return rt_ratio((long long)n * 1000, inhabitants);
}

static const char *
shown_name(const struct pop_wijk *w)
{
	return w->name[0] ? w->name : w->code;
}

static void
keep_table(struct pop_page *pp, struct rtable *t)
{
	if (pp->nt < (int)NELEM(pp->t))
		pp->t[pp->nt++] = t;
}

/*
 * total = the sum of parts.  A relation holds at most RSUM_PARTS parts:
 * a longer one is chained through subtotals that no table shows, so that
 * one hidden part still hides a second (report_disclosure.h).
 */
static void
sum_relation(struct rsums *sums, struct rcell *total, struct rcell **parts, int n,
    struct pop_page *pp)
{
	struct rsum *sum;
	struct rcell *sub;
	int i;

	sum = rsum_new(sums, total);
	if (n <= RSUM_PARTS) {
		for (i = 0; i < n; i++)
			rsum_part(sum, parts[i]);
		return;
	}
	for (i = 0; i < RSUM_PARTS - 1; i++)
		rsum_part(sum, parts[i]);
	sub = xcalloc(1, sizeof(*sub));
	sub->text = xstrdup("");
	for (i = RSUM_PARTS - 1; i < n; i++)
		sub->n += parts[i]->n;
	pp->extra = xreallocarray(pp->extra, (size_t)pp->nextra + 1, sizeof(*pp->extra));
	pp->extra[pp->nextra++] = sub;
	rsum_part(sum, sub);
	sum_relation(sums, sub, parts + RSUM_PARTS - 1, n - (RSUM_PARTS - 1), pp);
}

/* A count of the rate tables, remembered for population_link(). */
static struct rcell *
pop_count(const struct report_options *o, struct pop_page *pp, struct rcell *c,
    const char *metric, const char *key, long n)
{
	pp->count = xreallocarray(pp->count, (size_t)pp->ncount + 1, sizeof(*pp->count));
	pp->count[pp->ncount].c = c;
	pp->count[pp->ncount++].n = n;
	return rt_count(o, c, metric, key, n);
}

/* A count that no table shows, for the relations: freed with the page. */
static struct rcell *
hidden_total(const struct report_options *o, struct pop_page *pp, long n)
{
	struct rcell *c = xcalloc(1, sizeof(*c));

	c->text = xstrdup("");
	c->n = n;
	c->suppressed = o->suppress > 0 && n < o->suppress;
	pp->extra = xreallocarray(pp->extra, (size_t)pp->nextra + 1, sizeof(*pp->extra));
	pp->extra[pp->nextra++] = c;
	return c;
}

static void
inhabitants_cell(struct rcell *c, const char *key, long n)
{
	rt_cell(c, n >= 0 ? "inhabitants" : NULL, key, n >= 0 ? rt_printf("%ld", n) : NULL, 1);
}

/* Cases per 1,000 inhabitants: a row per wijk of the page, then the municipality. */
static void
rates_table(const struct population *p, const struct report_options *o, struct rsection *sec,
    const struct pop_sum *page, const struct pop_sum *muni, long muni_inh, struct rsums *sums,
    struct pop_page *pp)
{
	struct rtable *t = rt_table(sec, "population_rates", "wijk", CHART_NONE, "inhabitants",
	    "cases", "per_1000", NULL);
	struct rcell **parts = xreallocarray(NULL, (size_t)p->n + 1, sizeof(*parts));
	struct rrow *r;
	long sum = 0;
	int i, nparts = 0;

	keep_table(pp, t);
	for (i = 0; i < p->n; i++) {
		const struct pop_wijk *w = &p->w[i];
		const char *key = shown_name(w);

		if (page[i].cases == 0)
			continue;
		r = rt_row(t, key, 0);
		inhabitants_cell(&r->cells[0], key, w->inhabitants);
		pop_count(o, pp, &r->cells[1], "wijk_cases", key, page[i].cases);
		rt_figure(o, &r->cells[2], "cases_per_1000", key,
		    per_1000(page[i].cases, w->inhabitants), page[i].cases);
		rsum_derived(sums, &r->cells[2], &r->cells[1], (struct rcell *)NULL);
		if (w->inhabitants > 0) {
			parts[nparts++] = &r->cells[1];
			sum += page[i].cases;
		}
	}
	r = rt_row(t, "municipality", 1);
	inhabitants_cell(&r->cells[0], "", muni_inh);
	rt_count(o, &r->cells[1], "wijk_cases", "", muni->cases);
	rt_figure(o, &r->cells[2], "cases_per_1000", "", per_1000(muni->cases, muni_inh),
	    muni->cases);
	rsum_derived(sums, &r->cells[2], &r->cells[1], (struct rcell *)NULL);
	/* The page is the whole municipality (no --by): its wijken add up to it. */
	if (sum == muni->cases && nparts > 0)
		sum_relation(sums, &r->cells[1], parts, nparts, pp);
	free(parts);
}

/* One row of a wijk in a domain: with need, per 1,000, the municipality's per 1,000. */
static struct rrow *
need_row(const struct report_options *o, struct rtable *t, const struct pop_wijk *w,
    const struct pop_sum *ws, const struct pop_sum *muni, long muni_inh, int d,
    struct rsums *sums, struct pop_page *pp, struct rcell *muni_total)
{
	const char *dk = domains[d].key, *key = shown_name(w);
	struct rrow *r = rt_row(t, key, 0);
	char *m;

	rt_cell(&r->cells[0], NULL, key, xstrdup(dk), 0);
	r->cells[0].label = rt_label("domain", dk);
	pop_count(o, pp, &r->cells[1], m = rt_label("with_need", dk), key, ws->need[d]);
	free(m);
	rt_figure(o, &r->cells[2], m = rt_label("per_1000", dk), key,
	    per_1000(ws->need[d], w->inhabitants), ws->need[d]);
	free(m);
	rsum_derived(sums, &r->cells[2], &r->cells[1], (struct rcell *)NULL);
	rt_figure(o, &r->cells[3], m = rt_label("municipality_per_1000", dk), key,
	    per_1000(muni->need[d], muni_inh), muni->need[d]);
	free(m);
	if (muni_total)
		rsum_derived(sums, &r->cells[3], muni_total, (struct rcell *)NULL);
	return r;
}

/*
 * Cases with need per 1,000 inhabitants, a row per wijk and domain.  When
 * the page is the whole municipality, its wijken add up to the
 * municipality's count of each domain, which its rate gives away.
 */
static void
need_table(const struct population *p, const struct report_options *o, struct rsection *sec,
    const struct report_state *st, const struct pop_sum *page, const struct pop_sum *muni,
    long muni_inh, struct rsums *sums, struct pop_page *pp)
{
	struct rcell **parts = xreallocarray(NULL, (size_t)p->n + 1, sizeof(*parts));
	struct rtable *t;
	int i, d, n, whole = 1;

	for (i = 0; i < p->n; i++)
		if (page[i].cases != muni[i].cases)
			whole = 0;
	pp->all_covered = whole && muni[p->n].cases == st->cases;
	t = rt_table(sec, "need_rates", "wijk", CHART_NONE, "domain", "with_need", "per_1000",
	    "municipality_per_1000", NULL);
	keep_table(pp, t);
	for (d = 0; d < NDOMAINS; d++) {
		if (whole)
			pp->muni_need[d] = hidden_total(o, pp, muni[p->n].need[d]);
		for (i = n = 0; i < p->n; i++)
			if (page[i].need[d] > 0 && p->w[i].inhabitants > 0)
				parts[n++] = &need_row(o, t, &p->w[i], &page[i], &muni[p->n],
				    muni_inh, d, sums, pp, pp->muni_need[d])->cells[1];
		if (whole && n > 0)
			sum_relation(sums, pp->muni_need[d], parts, n, pp);
	}
	free(parts);
}

void
population_monitor(const struct report *rp, const struct report_options *o,
    struct rsection *sec, const struct report_state *st, int lang, struct rsums *sums,
    struct pop_page *pp)
{
	const struct population *p = o->population;
	struct pop_sum *page, *muni;
	long muni_inh;
	int i, covered = 0;

	if (p == NULL)
		return;
	if (!(st->seen & SEEN_WIJK)) {
		rt_note(sec, xstrdup(population_label(lang, "note.no_rates")));
		return;
	}
	page = gather_periods(p, rp, st->period, st->period, st->group);
	muni = gather_periods(p, rp, st->period, st->period, NULL);
	muni_inh = municipality(p, muni);
	for (i = 0; i < p->n; i++)
		covered += page[i].cases > 0;
	if (covered == 0) {
		rt_note(sec, xstrdup(population_label(lang, "note.no_rated_wijk")));
	} else {
		rates_table(p, o, sec, page, &muni[p->n], muni_inh, sums, pp);
		if (st->seen & SEEN_NEED)
			need_table(p, o, sec, st, page, muni, muni_inh, sums, pp);
		rt_note(sec, xstrdup(population_label(lang, "note.rates")));
	}
	free(page);
	free(muni);
}

/*
 * A wijk's rate in a domain at least rate_ratio tenths times the
 * municipality's, with at least signal_min cases with the need.  Integer
 * arithmetic, so the threshold holds exactly:
 * need / inh >= ratio / 10 * muni_need / muni_inh.
 */
static int
rate_signal(const struct report_options *o, long need, long inh, long muni_need, long muni_inh)
{
	const struct population *p = o->population;

	if (need < o->signal_min || need == 0 || inh <= 0 || muni_need <= 0 || muni_inh <= 0)
		return 0;
	/* 128 bits: a ratio of 100.0 and large counts pass 64 bits. */
	return (__int128)need * muni_inh * 10 >= (__int128)p->rate_ratio * muni_need * inh;
}

long
population_signals(const struct report *rp, const struct report_options *o,
    struct rsection *sec, const struct report_state *st, long window, int lang,
    struct rsums *sums, struct pop_page *pp)
{
	const struct population *p = o->population;
	struct pop_sum *page, *muni;
	struct rtable *t;
	long muni_inh, n = 0;
	int i, d;

	(void)lang;
	if (p == NULL)
		return 0;
	page = gather_periods(p, rp, st->period - window + 1, st->period, st->group);
	muni = gather_periods(p, rp, st->period - window + 1, st->period, NULL);
	muni_inh = municipality(p, muni);
	t = rt_table(sec, "rate_signal_list", "wijk", CHART_NONE, "domain", "with_need",
	    "per_1000", "municipality_per_1000", "signal", NULL);
	keep_table(pp, t);
	for (i = 0; i < p->n; i++)
		for (d = 0; d < NDOMAINS; d++) {
			struct rrow *r;
			char *m;

			if (!rate_signal(o, page[i].need[d], p->w[i].inhabitants,
			    muni[p->n].need[d], muni_inh))
				continue;
			r = need_row(o, t, &p->w[i], &page[i], &muni[p->n], muni_inh, d, sums, pp,
			    NULL);
			rt_cell(&r->cells[4], m = rt_label("rate_signal", domains[d].key),
			    shown_name(&p->w[i]), xstrdup("high_rate"), 0);
			free(m);
			r->cells[4].label = rt_label("signal", "high_rate");
			n++;
		}
	free(page);
	free(muni);
	return n;
}

void
population_note(const struct report_options *o, struct rsection *sec, int lang)
{
	const struct population *p = o->population;

	if (p == NULL)
		return;
	rt_note(sec, rt_printf(population_label(lang, "note.rate_signal_rule"), o->signal_min,
	    p->rate_ratio / 10, lang == LANG_NL ? ',' : '.', p->rate_ratio % 10));
}

void
population_link(struct rpage *pg, struct rsums *sums, struct pop_page *pp)
{
	int k, s, i, r, c, d;

	/* Every case in a wijk of the file: urgent and support add up to the municipality's. */
	for (d = 0; pp->all_covered && d < NDOMAINS; d++) {
		struct rcell *urgent = NULL, *support = NULL;

		for (s = 0; s < NSECTIONS && !(urgent && support); s++) {
			if (strcmp(pg->sec[s].id, "monitor") != 0)
				continue;
			urgent = rt_find(&pg->sec[s], "need.urgent", domains[d].key);
			support = rt_find(&pg->sec[s], "need.support", domains[d].key);
		}
		if (pp->muni_need[d] && urgent && support) {
			struct rsum *sum = rsum_new(sums, pp->muni_need[d]);

			rsum_part(sum, urgent);
			rsum_part(sum, support);
		}
	}

	for (k = 0; k < pp->ncount; k++) {
		struct rcell *mine = pp->count[k].c;

		for (s = 0; s < NSECTIONS; s++)
			for (i = 0; i < pg->sec[s].ntables; i++) {
				const struct rtable *t = pg->sec[s].tables[i];

				for (r = 0; r < t->nrows; r++)
					for (c = 0; c < t->ncols; c++) {
						struct rcell *x = &t->rows[r].cells[c];

						if (x != mine && x->bar && x->n == pp->count[k].n &&
						    x->key && strcmp(x->key, mine->key) == 0)
							rsum_part(rsum_new(sums, mine), x);
					}
			}
	}
}

/* A figure "12.5" as Dutch writes it: "12,5". */
static void
decimal_comma(struct rcell *c)
{
	char *dot;

	if (!c->numeric || c->suppressed || c->text == NULL || c->shown != NULL ||
	    (dot = strchr(c->text, '.')) == NULL)
		return;
	c->shown = xstrdup(c->text);
	c->shown[dot - c->text] = ',';
}

void
population_page_done(struct pop_page *pp, int lang)
{
	int i, r, c;

	for (i = 0; lang == LANG_NL && i < pp->nt; i++)
		for (r = 0; r < pp->t[i]->nrows; r++)
			for (c = 0; c < pp->t[i]->ncols; c++)
				decimal_comma(&pp->t[i]->rows[r].cells[c]);
	for (i = 0; i < pp->nextra; i++) {
		free(pp->extra[i]->text);
		free(pp->extra[i]);
	}
	free(pp->extra);
	free(pp->count);
	memset(pp, 0, sizeof(*pp));
}

/* ---- labels ---- */

static const struct {
	const char *id, *en, *nl;
} labels[] = {
	{ "population_rates", "Cases per 1,000 inhabitants", "Casussen per 1.000 inwoners" },
	{ "need_rates", "Cases with need per 1,000 inhabitants, by wijk and domain",
	  "Casussen met behoefte per 1.000 inwoners, per wijk en domein" },
	{ "rate_signal_list", "Rate signals: wijk well above the municipality",
	  "Signalen per inwoner: wijk ruim boven de gemeente" },
	{ "inhabitants", "Inhabitants", "Inwoners" },
	{ "per_1000", "Per 1,000", "Per 1.000" },
	{ "municipality_per_1000", "Municipality", "Gemeente" },
	{ "municipality", "Municipality", "Gemeente" },
	{ "signal.high_rate", "High", "Hoog" },
	{ "note.rates",
	  "Per 1,000 inhabitants (--population); the municipality: every wijk of the population file.",
	  "Per 1.000 inwoners (--population); de gemeente: de wijken uit het bevolkingsbestand waar casussen van deze periode wonen." },
	{ "note.no_rates", "Rates per 1,000 inhabitants need the wijk; the input lacks it.",
	  "Cijfers per 1.000 inwoners vragen de wijk; die ontbreekt in de invoer." },
	{ "note.no_rated_wijk", "No wijk of these cases is in the population file.",
	  "Geen wijk van deze casussen staat in het bevolkingsbestand." },
	{ "note.rate_signal_rule",
	  "A rate signal: at least %ld of a wijk's cases have a need in the domain, and per 1,000 "
	  "inhabitants that is at least %ld%c%ld times the municipality's rate.",
	  "Een signaal per inwoner: minstens %ld casussen in een wijk hebben behoefte in het domein, "
	  "en per 1.000 inwoners is dat minstens %ld%c%ld keer het cijfer van de gemeente." },
};

const char *
population_label(int lang, const char *id)
{
	size_t i;

	for (i = 0; i < NELEM(labels); i++)
		if (strcmp(labels[i].id, id) == 0)
			return lang == LANG_NL ? labels[i].nl : labels[i].en;
	return NULL;
}
