#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "domain.h"
#include "exits.h"
#include "idset.h"
#include "input.h"
#include "reader.h"
#include "schema.h"
#include "socialmap.h"
#include "text.h"
#include "value.h"

const char *const referral_status_name[] = {
	"informal", "proposed", "waitlist", "unmatched", "agreed", "decision_needed"
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define PLACES_MAX 1000000000LL
#define WAIT_MAX 36500LL	/* a hundred years: anything longer is a typing error */

/* ---- loading ---- */

/* The map's columns: the first five are required. */
enum {
	C_ID, C_NAME, C_LEVEL, C_DOMAINS, C_WIJK, C_CAPACITY, C_WAIT, C_AGE_MIN, C_AGE_MAX,
	C_ACCESS, C_LAW, C_TEAM, NCOLS
};
#define NREQUIRED 5

static const char *const column_name[NCOLS] = {
	"provider_id", "name", "level", "domains", "wijk",
	"capacity", "wait_days", "age_min", "age_max", "access", "law", "team"
};

const char *const access_name[NACCESS] = { "free", "gp_referral", "decision" };
const char *const law_name[NLAWS] = { "wmo", "jeugdwet", "zvw", "wlz", "none" };

/* The words a map may use, Dutch spellings too, folded: each maps to a value. */
struct word_value {
	const char *word;
	int value;
};

static const struct word_value access_words[] = {
	{ "free", ACCESS_FREE }, { "vrij", ACCESS_FREE }, { "vrij toegankelijk", ACCESS_FREE },
	{ "open", ACCESS_FREE }, { "gp referral", ACCESS_GP_REFERRAL },
	{ "verwijzing huisarts", ACCESS_GP_REFERRAL }, { "huisartsverwijzing", ACCESS_GP_REFERRAL },
	{ "via huisarts", ACCESS_GP_REFERRAL }, { "decision", ACCESS_DECISION },
	{ "beschikking", ACCESS_DECISION }, { "indicatie", ACCESS_DECISION },
	{ "maatwerk", ACCESS_DECISION },
};

static const struct word_value law_words[] = {
	{ "wmo", LAW_WMO }, { "wmo 2015", LAW_WMO }, { "jeugdwet", LAW_JEUGDWET },
	{ "jeugd", LAW_JEUGDWET }, { "zvw", LAW_ZVW }, { "zorgverzekeringswet", LAW_ZVW },
	{ "wlz", LAW_WLZ }, { "wet langdurige zorg", LAW_WLZ }, { "none", LAW_NONE },
	{ "geen", LAW_NONE },
};

/* What loading collects beside the providers, for the index. */
struct loader {
	const char *path;
	struct buf *err;
	int key[NCOLS];
	struct idset *ids;
	int capprov;
	unsigned *domains;	/* per provider: bit d set when it covers domain d */
	int *every_wijk;	/* per provider: '*' */
	int *first_ref, *nrefs;	/* per provider: its wijken in ref[] */
	size_t *ref;		/* offsets of folded wijk names in names */
	int nref, capref;
	struct buf names;	/* folded wijk names, each NUL-terminated */
	struct buf folded;
};

static int
map_error(struct loader *ld, long line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* "kaart.csv:4: level: what" into ld->err; returns EXIT_USAGE. */
static int
map_error(struct loader *ld, long line, int col, const char *fmt, ...)
{
	va_list ap;
	char what[512];

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	buf_reset(ld->err);
	buf_printf(ld->err, "%s:%ld: ", ld->path, line);
	if (col >= 0)
		buf_printf(ld->err, "%s: ", column_name[col]);
	buf_adds(ld->err, what);
	return EXIT_USAGE;
}

/* A map value with the spaces Excel users leave around it trimmed ("" when absent). */
static const char *
cell(const struct loader *ld, const struct record *r, int col, size_t *len)
{
	const char *v = rec_get(r, ld->key[col], len);

	if (v == NULL) {
		*len = 0;
		return "";
	}
	while (*len > 0 && (v[0] == ' ' || v[0] == '\t'))
		v++, (*len)--;
	while (*len > 0 && (v[*len - 1] == ' ' || v[*len - 1] == '\t'))
		(*len)--;
	return v;
}

/* Is '*' one of the items of the list ("*" alone, or beside names)? */
static int
has_star(const char *v, size_t len)
{
	const char *item;
	size_t pos = 0, n;

	while (list_next(v, len, &pos, &item, &n))
		if (n == 1 && item[0] == '*')
			return 1;
	return 0;
}

static int
take_domains(struct loader *ld, const struct record *r, unsigned *mask)
{
	const char *v, *item;
	size_t len, pos = 0, n;
	int d;

	v = cell(ld, r, C_DOMAINS, &len);
	*mask = 0;
	if (has_star(v, len)) {
		*mask = (1u << NDOMAINS) - 1;
		return 0;
	}
	while (list_next(v, len, &pos, &item, &n)) {
		if ((d = domain_lookup(item, n)) < 0)
			return map_error(ld, r->line, C_DOMAINS,
			    "%s is not a life domain (finances, housing, ... see oer(7)) or *",
			    quote(item, n));
		*mask |= 1u << d;
	}
	if (*mask == 0)
		return map_error(ld, r->line, C_DOMAINS, "missing (list the life domains, or * for all)");
	return 0;
}

static void
add_ref(struct loader *ld, size_t off)
{
	if (ld->nref == ld->capref) {
		ld->capref = ld->capref ? ld->capref * 2 : 256;
		ld->ref = xreallocarray(ld->ref, (size_t)ld->capref, sizeof(*ld->ref));
	}
	ld->ref[ld->nref++] = off;
}

/* The provider's wijken, folded, each once; '*' means every wijk. */
static int
take_wijken(struct loader *ld, const struct record *r, int p)
{
	const char *v, *item;
	size_t len, pos = 0, n;
	int k;

	v = cell(ld, r, C_WIJK, &len);
	ld->every_wijk[p] = has_star(v, len);
	ld->first_ref[p] = ld->nref;
	ld->nrefs[p] = 0;
	if (ld->every_wijk[p])
		return 0;
	while (list_next(v, len, &pos, &item, &n)) {
		buf_reset(&ld->folded);
		text_fold(item, n, ' ', &ld->folded);
		if (ld->folded.len == 0)
			return map_error(ld, r->line, C_WIJK, "%s is not the name of a wijk", quote(item, n));
		for (k = ld->first_ref[p]; k < ld->nref; k++)
			if (strcmp(ld->names.data + ld->ref[k], ld->folded.data) == 0)
				break;
		if (k < ld->nref)
			continue;	/* named twice */
		add_ref(ld, ld->names.len);
		buf_add(&ld->names, ld->folded.data, ld->folded.len + 1);
		ld->nrefs[p]++;
	}
	if (ld->nrefs[p] == 0)
		return map_error(ld, r->line, C_WIJK, "missing (list the wijken, or * for all)");
	return 0;
}

/* A whole number in [0, max] or empty (*out = dflt); -1 when it is neither. */
static int
number(const struct loader *ld, const struct record *r, int col, long long max,
    long long dflt, long long *out)
{
	const char *v, *errstr;
	size_t len;

	v = cell(ld, r, col, &len);
	if (len == 0) {
		*out = dflt;
		return 0;
	}
	return parse_int(v, len, 0, max, out, &errstr);
}

static int
bad_number(struct loader *ld, const struct record *r, int col, const char *what)
{
	const char *v;
	size_t len;

	v = cell(ld, r, col, &len);
	return map_error(ld, r->line, col, "%s is not %s", quote(v, len), what);
}

static int
take_numbers(struct loader *ld, const struct record *r, struct provider *p)
{
	long long lo, hi;

	if (number(ld, r, C_CAPACITY, PLACES_MAX, SMAP_UNLIMITED, &p->places) < 0)
		return bad_number(ld, r, C_CAPACITY, "a number of open places 0-1000000000 (empty: unlimited)");
	if (number(ld, r, C_WAIT, WAIT_MAX, 0, &p->wait_days) < 0)
		return bad_number(ld, r, C_WAIT, "a number of days 0-36500 (empty: 0)");
	if (number(ld, r, C_AGE_MIN, SMAP_AGE_MAX, SMAP_NO_AGE, &lo) < 0)
		return bad_number(ld, r, C_AGE_MIN, "an age in whole years 0-130 (empty: no limit)");
	if (number(ld, r, C_AGE_MAX, SMAP_AGE_MAX, SMAP_NO_AGE, &hi) < 0)
		return bad_number(ld, r, C_AGE_MAX, "an age in whole years 0-130 (empty: no limit)");
	if (lo != SMAP_NO_AGE && hi != SMAP_NO_AGE && lo > hi)
		return map_error(ld, r->line, C_AGE_MIN, "%lld is above age_max %lld", lo, hi);
	p->age_min = (int)lo;
	p->age_max = (int)hi;
	return 0;
}

/* A word of a small vocabulary, folded ("Verwijzing huisarts"); dflt when empty, -1 unknown. */
static int
vocab_word(struct loader *ld, const struct record *r, int col, const struct word_value *w,
    size_t n, int dflt)
{
	const char *v;
	size_t len, i;

	v = cell(ld, r, col, &len);
	if (len == 0)
		return dflt;
	buf_reset(&ld->folded);
	text_fold(v, len, ' ', &ld->folded);
	for (i = 0; i < n; i++)
		if (strcmp(ld->folded.data, w[i].word) == 0)
			return w[i].value;
	return -1;
}

/* How a resident gets in, the law, and whether it is the team itself. */
static int
take_access(struct loader *ld, const struct record *r, struct provider *p)
{
	const char *v;
	size_t len;
	enum tristate team;

	if ((p->access = vocab_word(ld, r, C_ACCESS, access_words, NELEM(access_words),
	    ACCESS_FREE)) < 0) {
		v = cell(ld, r, C_ACCESS, &len);
		return map_error(ld, r->line, C_ACCESS, "%s is not an access (free, gp_referral, decision; or vrij, verwijzing huisarts, beschikking)",
		    quote(v, len));
	}
	if ((p->law = vocab_word(ld, r, C_LAW, law_words, NELEM(law_words), LAW_UNKNOWN)) < 0) {
		v = cell(ld, r, C_LAW, &len);
		return map_error(ld, r->line, C_LAW, "%s is not a law (wmo, jeugdwet, zvw, wlz, none; or geen)",
		    quote(v, len));
	}
	v = cell(ld, r, C_TEAM, &len);
	if (parse_bool(v, len, &team) < 0)
		return map_error(ld, r->line, C_TEAM, "%s is not true or false (also ja/nee)", quote(v, len));
	p->team = team == BOOL_TRUE;
	return 0;
}

/* Check one map entry and add it as a provider. */
static int
take_provider(struct loader *ld, struct socialmap *m, const struct record *r)
{
	struct provider *p;
	const char *v;
	size_t len;
	long first;
	int c, status;

	for (c = 0; c < NREQUIRED; c++)
		if (rec_index(r, ld->key[c]) < 0)
			return map_error(ld, r->line, -1, "missing field '%s' (a social map needs provider_id, name, level, domains and wijk)",
			    column_name[c]);
	if (m->nprov == ld->capprov) {
		ld->capprov = ld->capprov ? ld->capprov * 2 : 64;
		m->prov = xreallocarray(m->prov, (size_t)ld->capprov, sizeof(*m->prov));
		ld->domains = xreallocarray(ld->domains, (size_t)ld->capprov, sizeof(*ld->domains));
		ld->every_wijk = xreallocarray(ld->every_wijk, (size_t)ld->capprov, sizeof(int));
		ld->first_ref = xreallocarray(ld->first_ref, (size_t)ld->capprov, sizeof(int));
		ld->nrefs = xreallocarray(ld->nrefs, (size_t)ld->capprov, sizeof(int));
	}
	p = &m->prov[m->nprov];
	memset(p, 0, sizeof(*p));
	p->line = r->line;

	v = cell(ld, r, C_ID, &len);
	if (len == 0)
		return map_error(ld, r->line, C_ID, "missing");
	if ((first = idset_add(ld->ids, v, len, r->line)) != 0)
		return map_error(ld, r->line, C_ID, "%s already used on line %ld", quote(v, len), first);
	v = cell(ld, r, C_LEVEL, &len);
	if ((p->level = plan_level_lookup(v, len)) < 0)
		return map_error(ld, r->line, C_LEVEL, "%s is not a support level (%s)",
		    quote(v, len), plan_level_names);
	if ((status = take_domains(ld, r, &ld->domains[m->nprov])) != 0 ||
	    (status = take_wijken(ld, r, m->nprov)) != 0 ||
	    (status = take_numbers(ld, r, p)) != 0 ||
	    (status = take_access(ld, r, p)) != 0)
		return status;

	/* Everything checked: keep it. */
	v = cell(ld, r, C_ID, &len);
	p->id = xstrndup(v, len);
	v = cell(ld, r, C_NAME, &len);
	p->name = xstrndup(v, len);
	m->nprov++;
	return 0;
}

/* The CSV header must name the required columns. */
static int
check_header(struct loader *ld, const struct csv_reader *csv, long line)
{
	int c, i;

	if (csv->ncols == 0)
		return map_error(ld, 1, -1, "the social map is empty (no header line)");
	for (c = 0; c < NREQUIRED; c++) {
		for (i = 0; i < csv->ncols; i++)
			if (csv->cols[i] == ld->key[c])
				break;
		if (i == csv->ncols)
			return map_error(ld, line, -1, "missing column '%s' (a social map needs provider_id, name, level, domains and wijk)",
			    column_name[c]);
	}
	return 0;
}

static int
read_entries(struct loader *ld, struct socialmap *m, struct input *in)
{
	struct reader rd;
	struct record rec;
	const char *msg;
	long line;
	int got, status = 0;

	rec_init(&rec);
	if (reader_open(&rd, in, FMT_AUTO, 0) < 0) {
		msg = reader_fatal(&rd, &line);
		status = map_error(ld, line, -1, "%s", msg);
	} else if (rd.fmt == FMT_CSV) {
		status = check_header(ld, &rd.csv, in->line);
	}
	while (status == 0) {
		if ((got = reader_next(&rd, &rec)) < 0) {
			msg = reader_fatal(&rd, &line);
			status = map_error(ld, line, -1, "%s", msg);
		} else if (got == 0) {
			break;
		} else if (rec.bad) {
			buf_reset(ld->err);
			buf_printf(ld->err, "%s:%ld: ", ld->path, rec.line);
			if (rec.bad_key >= 0)
				buf_printf(ld->err, "%s: ", field_info(rec.bad_key)->name);
			buf_adds(ld->err, rec.error.data);
			status = EXIT_USAGE;
		} else {
			status = take_provider(ld, m, &rec);
		}
	}
	reader_close(&rd);
	rec_free(&rec);
	return status;
}

/* ---- the index ---- */

static const struct provider *sorting;

/* Shortest wait first, then provider_id (bytes): the static part of the choice. */
static int
by_wait_then_id(const void *a, const void *b)
{
	const struct provider *p = &sorting[*(const int *)a], *q = &sorting[*(const int *)b];

	if (p->wait_days != q->wait_days)
		return p->wait_days < q->wait_days ? -1 : 1;
	return strcmp(p->id, q->id);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t
bucket(const struct socialmap *m, int level, int domain, int wijk)
{
	return ((size_t)level * NDOMAINS + (size_t)domain) * (size_t)(m->nwijk + 1) + (size_t)wijk;
}

/* The distinct wijk names, sorted; each reference becomes a wijk id. */
static void
index_wijken(struct socialmap *m, struct loader *ld, int *wijk_of_ref)
{
	int i, n = 0;
	char **names = xreallocarray(NULL, (size_t)ld->nref + 1, sizeof(char *));

	for (i = 0; i < ld->nref; i++)
		names[i] = ld->names.data + ld->ref[i];
	qsort(names, (size_t)ld->nref, sizeof(char *), by_name);
	for (i = 0; i < ld->nref; i++)
		if (n == 0 || strcmp(names[n - 1], names[i]) != 0)
			names[n++] = names[i];
	m->wijk = xreallocarray(NULL, (size_t)n + 1, sizeof(char *));
	for (i = 0; i < n; i++)
		m->wijk[i] = xstrdup(names[i]);
	m->nwijk = n;
	free(names);
	for (i = 0; i < ld->nref; i++) {
		const char *name = ld->names.data + ld->ref[i];
		char **hit = bsearch(&name, m->wijk, (size_t)n, sizeof(char *), by_name);

		wijk_of_ref[i] = (int)(hit - m->wijk);
	}
}

/* Call fn for every bucket provider p belongs in. */
static void
each_bucket(struct socialmap *m, const struct loader *ld, const int *wijk_of_ref, int p,
    void (*fn)(struct socialmap *, size_t, int, int *), int *pos)
{
	int d, k;

	if (!plan_levels[m->prov[p].level].referred)
		return;		/* informal items never ask the map */
	for (d = 0; d < NDOMAINS; d++) {
		if (!(ld->domains[p] & (1u << d)))
			continue;
		if (ld->every_wijk[p])
			fn(m, bucket(m, m->prov[p].level, d, m->nwijk), p, pos);
		else
			for (k = ld->first_ref[p]; k < ld->first_ref[p] + ld->nrefs[p]; k++)
				fn(m, bucket(m, m->prov[p].level, d, wijk_of_ref[k]), p, pos);
	}
}

static void
count_one(struct socialmap *m, size_t b, int p, int *pos)
{
	(void)p;
	(void)pos;
	m->start[b + 1]++;
}

static void
place_one(struct socialmap *m, size_t b, int p, int *pos)
{
	m->item[pos[b]++] = p;
}

/*
 * Buckets by level, domain and wijk (the last wijk id for '*'), each in
 * (wait_days, provider_id) order, so a referral reads only the providers
 * that can fit and stops at the first wait with an open place.
 */
static void
build_index(struct socialmap *m, struct loader *ld)
{
	int *order = xreallocarray(NULL, (size_t)m->nprov + 1, sizeof(int));
	int *wijk_of_ref = xreallocarray(NULL, (size_t)ld->nref + 1, sizeof(int));
	int *pos, i;
	size_t nb, b;

	index_wijken(m, ld, wijk_of_ref);
	for (i = 0; i < m->nprov; i++)
		order[i] = i;
	sorting = m->prov;
	qsort(order, (size_t)m->nprov, sizeof(int), by_wait_then_id);
	m->rank = xreallocarray(NULL, (size_t)m->nprov + 1, sizeof(int));
	for (i = 0; i < m->nprov; i++)
		m->rank[order[i]] = i;

	nb = bucket(m, NPLAN_LEVELS, 0, 0);
	m->start = xcalloc(nb + 1, sizeof(int));
	for (i = 0; i < m->nprov; i++)
		each_bucket(m, ld, wijk_of_ref, i, count_one, NULL);
	for (b = 0; b < nb; b++)
		m->start[b + 1] += m->start[b];
	m->item = xreallocarray(NULL, (size_t)m->start[nb] + 1, sizeof(int));
	pos = xreallocarray(NULL, nb, sizeof(int));
	memcpy(pos, m->start, nb * sizeof(int));
	for (i = 0; i < m->nprov; i++)
		each_bucket(m, ld, wijk_of_ref, order[i], place_one, pos);
	free(pos);
	free(order);
	free(wijk_of_ref);
}

static void
loader_free(struct loader *ld)
{
	idset_free(ld->ids);
	free(ld->domains);
	free(ld->every_wijk);
	free(ld->first_ref);
	free(ld->nrefs);
	free(ld->ref);
	buf_free(&ld->names);
	buf_free(&ld->folded);
}

int
smap_load(struct socialmap *m, const char *path, const char *encoding, struct buf *err)
{
	struct loader ld;
	struct input in;
	int c, status;

	memset(m, 0, sizeof(*m));
	memset(&ld, 0, sizeof(ld));
	buf_reset(err);
	if ((status = input_open(&in, path, encoding)) == -2) {
		buf_printf(err, "social map %s: unknown encoding '%s' (see iconv -l)", path, encoding);
		return EXIT_USAGE;
	}
	if (status < 0) {
		buf_printf(err, "cannot open social map %s: %s", path, strerror(errno));
		return EXIT_NOINPUT;
	}
	in.encoding_option = "--map-encoding";	/* the map's own, in hints */
	ld.path = path;
	ld.err = err;
	ld.ids = idset_new();
	for (c = 0; c < NCOLS; c++)
		ld.key[c] = field_key(column_name[c]);
	if ((status = read_entries(&ld, m, &in)) == 0)
		build_index(m, &ld);
	input_close(&in);
	loader_free(&ld);
	if (status != 0)
		smap_free(m);
	return status;
}

void
smap_free(struct socialmap *m)
{
	int i;

	for (i = 0; i < m->nprov; i++) {
		free(m->prov[i].id);
		free(m->prov[i].name);
	}
	free(m->prov);
	for (i = 0; i < m->nwijk; i++)
		free(m->wijk[i]);
	free(m->wijk);
	free(m->rank);
	free(m->start);
	free(m->item);
	buf_free(&m->scratch);
	memset(m, 0, sizeof(*m));
}

/* ---- referral ---- */

int
smap_wijk(struct socialmap *m, const char *name, size_t len)
{
	const char *key;
	char **hit;

	buf_reset(&m->scratch);
	text_fold(name, len, ' ', &m->scratch);
	if (m->scratch.len == 0 || m->nwijk == 0)
		return m->nwijk;
	key = m->scratch.data;
	hit = bsearch(&key, m->wijk, (size_t)m->nwijk, sizeof(char *), by_name);
	return hit ? (int)(hit - m->wijk) : m->nwijk;
}

static int
age_fits(const struct provider *p, int age)
{
	if (age == SMAP_NO_AGE)
		return p->age_min == SMAP_NO_AGE && p->age_max == SMAP_NO_AGE;
	return (p->age_min == SMAP_NO_AGE || age >= p->age_min) &&
	    (p->age_max == SMAP_NO_AGE || age <= p->age_max);
}

/* More open places than q (unlimited is the most)? */
static int
more_places(const struct provider *p, const struct provider *q)
{
	if (q->places == SMAP_UNLIMITED)
		return 0;
	return p->places == SMAP_UNLIMITED || p->places > q->places;
}

enum referral_status
smap_refer(struct socialmap *m, int level, int domain, int wijk, int age, struct provider **out)
{
	const int *a, *b;
	int na, nb, i = 0, j = 0;
	size_t here, every;
	struct provider *best = NULL, *queue = NULL;

	*out = NULL;
	if (!plan_levels[level].referred)
		return REF_INFORMAL;
	if (m->start == NULL)
		return REF_UNMATCHED;	/* no map loaded */
	/* Two sorted lists to merge: the providers of this wijk, and those of every wijk. */
	here = bucket(m, level, domain, wijk);
	every = bucket(m, level, domain, m->nwijk);
	a = m->item + m->start[here];
	na = wijk == m->nwijk ? 0 : m->start[here + 1] - m->start[here];
	b = m->item + m->start[every];
	nb = m->start[every + 1] - m->start[every];
	while (i < na || j < nb) {
		int k = j >= nb || (i < na && m->rank[a[i]] < m->rank[b[j]]) ? a[i++] : b[j++];
		struct provider *p = &m->prov[k];

		if (!age_fits(p, age))
			continue;
		if (p->places == 0) {
			if (queue == NULL)
				queue = p;	/* the first full one waits least */
			continue;
		}
		if (best == NULL)
			best = p;
		else if (p->wait_days != best->wait_days)
			break;		/* every later one waits longer */
		else if (more_places(p, best))
			best = p;
	}
	if (best) {
		if (best->places != SMAP_UNLIMITED)
			best->places--;
		*out = best;
		return REF_PROPOSED;
	}
	if (queue) {
		*out = queue;
		return REF_WAITLIST;
	}
	return REF_UNMATCHED;
}

void
smap_release(struct provider *p)
{
	if (p && p->places != SMAP_UNLIMITED)
		p->places++;
}

/* A linear scan: agreed referrals are few, and the map is checked once per item. */
struct provider *
smap_find(const struct socialmap *m, const char *id, size_t len)
{
	int i;

	for (i = 0; i < m->nprov; i++)
		if (strlen(m->prov[i].id) == len && memcmp(m->prov[i].id, id, len) == 0)
			return &m->prov[i];
	return NULL;
}

int
smap_take(struct provider *p)
{
	if (p == NULL || p->places == SMAP_UNLIMITED || p->places == 0)
		return 0;
	p->places--;
	return 1;
}
