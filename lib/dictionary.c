#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "dictionary.h"
#include "domain.h"
#include "input.h"
#include "schema.h"
#include "text.h"

/*
 * The fields of the spec and the names Dutch case systems, Excel sheets and
 * the ZRM give them, '|'-separated, written as a person would write them
 * (messages list them so).  The spec's own name is always accepted.
 */
static const struct {
	const char *field;
	const char *names;
} case_fields[] = {
	/* intake */
	{ "case_id", "Dossiernummer|Casusnummer|Dossiernr|Casusnr|Dossier|Casus|Dossier ID|Casus ID|"
	    "Zaaknummer|Zaaknr|Registratienummer|Cliëntnummer|Case number|Case" },
	{ "received", "Datum aanmelding|Aanmelddatum|Aanmeldingsdatum|Datum melding|Meldingsdatum|"
	    "Datum binnenkomst|Datum ontvangst|Ontvangstdatum|Datum hulpvraag|Received on|Date received" },
	{ "wijk", "Wijknaam|Wijkteam|Stadsdeel|Buurt|Gebied|Werkgebied|Neighbourhood|Neighborhood|District" },
	{ "source", "Aanmelder|Verwijzer|Bron|Aangemeld door|Aanmelding door|Verwezen door|Soort aanmelder|"
	    "Type aanmelder|Referrer|Referred by" },
	{ "consent", "Toestemming|Toestemming cliënt|Toestemming bewoner|Akkoord bewoner" },
	{ "age", "Leeftijd|Lft" },
	{ "age_band", "Leeftijdscategorie|Leeftijdsgroep|Leeftijdsklasse|Age group" },
	{ "household", "Huishouden|Huishoudsamenstelling|Samenstelling huishouden|Gezinssituatie|Leefsituatie" },
	{ "question", "Hulpvraag|Vraag|Aanmeldvraag|Aanmeldingsvraag|Omschrijving hulpvraag|Vraagomschrijving|"
	    "Probleemomschrijving|Hulpvraag bewoner|Vraag bewoner|Vraag cliënt|Request" },
	{ "topics", "Leefgebieden|Onderwerpen|Thema's|Themas|Onderwerp" },
	{ "safety", "Veiligheid|Zorgen om veiligheid|Zorgen veiligheid|Veiligheidsrisico|Onveilig|Onveiligheid" },
	{ "crisis", "Acuut|Spoed|Crisissituatie|Crisis ja/nee" },
	{ "route_override", "Route (handmatig)|Handmatige route|Afwijkende route|Routekeuze|Route override" },
	{ "override_reason", "Reden afwijking|Afwijkingsreden|Reden override|Motivering afwijking|"
	    "Toelichting afwijking|Reason override" },
	/* monitor */
	{ "network.load", "Belasting netwerk|Netwerkbelasting|Belasting mantelzorger|Mantelzorgbelasting|"
	    "Draaglast netwerk|Network load" },
	{ "measured", "Meetdatum|Datum meting|Datum ZRM|ZRM datum|Scoredatum|Datum score|Measured on" },
	/* plan */
	{ "plan.date", "Plandatum|Datum plan|Datum ondersteuningsplan|Plan vastgesteld|Datum plan vastgesteld|"
	    "Plan date" },
	{ "plan.personal", "Persoonlijk plan|Eigen plan|Personal plan" },
	{ "plan.client_support", "Cliëntondersteuning|Onafhankelijke cliëntondersteuning|"
	    "Cliëntondersteuning aangeboden|Client support" },
	{ "consult", "Casusoverleg|Collegiale raadpleging|Inbrengen casusoverleg|Consultatie|Bespreken in overleg" },
	/* the social map */
	{ "provider_id", "Aanbiedercode|Aanbieder ID|Code aanbieder|Provider" },
	{ "name", "Naam" },
	{ "level", "Niveau" },
	{ "domains", "Domeinen" },
	{ "capacity", "Capaciteit|Plaatsen|Vrije plaatsen|Open plaatsen" },
	{ "wait_days", "Wachttijd|Wachttijd dagen|Wachttijd (dagen)|Wachtdagen" },
	{ "age_min", "Leeftijd vanaf|Minimumleeftijd|Leeftijd min" },
	{ "age_max", "Leeftijd tot|Maximumleeftijd|Leeftijd max" },
	{ "access", "Toegang|Toegankelijkheid" },
	{ "law", "Wet|Wettelijk kader|Financiering" },
	{ "team", "Eigen team|Wijkteam zelf|Eigen inzet|Team zelf" },
};

/* Per domain: "<domain> <part>", the part's names (the first is the spec's). */
struct part {
	const char *part, *names;
};

static const struct part bare_part[] = {
	{ "", "" },
}, domain_parts[] = {
	{ "self", "zelf|zelfstandig|eigen kracht|alleen|zonder netwerk|ZR|zelfredzaamheid|score zelf" },
	{ "together", "samen|met netwerk|samen met netwerk|incl netwerk|inclusief netwerk|SR|"
	    "samenredzaamheid|score samen" },
	{ "current", "huidig|huidige|huidige ondersteuning|huidige inzet|ondersteuning nu" },
	{ "status", "" }, { "network", "" }, { "need", "" }, { "first", "" }, { "prev", "" },
	{ "delta", "" }, { "trend", "" },
}, plan_parts[] = {
	{ "level", "niveau" }, { "echelon", "" }, { "action", "actie" }, { "goal", "doel|doelniveau" },
	{ "review", "evaluatie|evaluatiedatum" }, { "rule", "regel" }, { "proposed", "voorstel" },
	{ "own_goal", "eigen doel|doel bewoner|doel cliënt|doel in eigen woorden" },
}, refer_parts[] = {
	{ "provider", "aanbieder" }, { "name", "naam|naam aanbieder" }, { "status", "" },
	{ "wait_days", "wachttijd|wachtdagen" },
};

/*
 * Plan fields Dutch exports name without "plan": "Eigen doel financiën",
 * "Financiën - eigen doel", "Afgesproken inzet wonen".  Entered with the
 * domain before and after the name.
 */
static const struct part plan_named[] = {
	{ "own_goal", "eigen doel|doel bewoner|doel in eigen woorden|doel van de bewoner" },
	{ "level", "afgesproken inzet|ondersteuningsniveau|niveau ondersteuning|inzet afgesproken" },
};

/* What comes before the domain in a plan or referral column. */
static const char *const plan_prefixes = "plan|ondersteuningsplan";
static const char *const refer_prefixes = "refer|verwijzing|toeleiding";

/* Other names of the domains, besides key, alias and labels (older ZRM versions). */
static const struct {
	int domain;
	const char *names;
} domain_names[] = {
	{ 2, "Dagbesteding" },
	{ 7, "Verslaving" },
	{ 9, "IADL" },
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ---- the table: squashed name -> field ---- */

struct entry {
	char *squashed;		/* NULL: empty */
	const char *field;
	int user;		/* from --columns */
};

static _Thread_local struct entry *table;
static _Thread_local size_t tablesize, nentries;
static _Thread_local int nconflicts;
static _Thread_local struct buf conflicts;

static uint64_t
hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static struct entry *
slot(const char *squashed)
{
	size_t h = hash(squashed) & (tablesize - 1);

	while (table[h].squashed && strcmp(table[h].squashed, squashed) != 0)
		h = (h + 1) & (tablesize - 1);
	return &table[h];
}

static void
grow(void)
{
	struct entry *old = table;
	size_t oldsize = tablesize, i;

	tablesize = tablesize ? tablesize * 2 : 4096;
	table = xcalloc(tablesize, sizeof(*table));
	for (i = 0; i < oldsize; i++)
		if (old[i].squashed)
			*slot(old[i].squashed) = old[i];
	free(old);
}

/* Enter squashed -> field; a user's name replaces a built-in one. */
static void
enter(const char *squashed, const char *field, int user)
{
	struct entry *e;

	if (squashed[0] == '\0')
		return;
	if ((nentries + 1) * 2 > tablesize)
		grow();
	e = slot(squashed);
	if (e->squashed) {
		if (user)
			e->field = field, e->user = 1;
		else if (!e->user && strcmp(e->field, field) != 0) {
			nconflicts++;
			buf_printf(&conflicts, "%s%s: %s and %s", conflicts.len ? "; " : "", squashed, e->field, field);
		}
		return;
	}
	e->squashed = xstrdup(squashed);
	e->field = field;
	e->user = user;
	nentries++;
}

void
dict_squash(const char *s, size_t len, struct buf *out)
{
	struct buf folded = { 0 };
	size_t i;

	/* name_fold: lowercase, accents off, spaces and hyphens to '_' */
	name_fold(s, len, &folded);
	for (i = 0; i < folded.len; i++) {
		char c = folded.data[i];

		if (strchr("_.()&/:'\" \t", c) == NULL)
			buf_addc(out, c);
	}
	if (out->data == NULL)
		buf_add(out, "", 0);
	buf_free(&folded);
}

/* The next name of a '|'-separated list into out, squashed; 0 at the end. */
static int
next_name(const char **names, struct buf *out)
{
	const char *bar;
	size_t n;

	if (*names == NULL)
		return 0;
	bar = strchr(*names, '|');
	n = bar ? (size_t)(bar - *names) : strlen(*names);
	buf_reset(out);
	dict_squash(*names, n, out);
	*names = bar ? bar + 1 : NULL;
	return 1;
}

/* The spellings of one domain, '|'-separated: key, alias, both labels, older names. */
static void
domain_spellings(int d, struct buf *out)
{
	size_t i;

	buf_reset(out);
	buf_printf(out, "%s|%s|%s|%s", domains[d].key, domains[d].alias, domains[d].label_en, domains[d].label_nl);
	for (i = 0; i < NELEM(domain_names); i++)
		if (domain_names[i].domain == d)
			buf_printf(out, "|%s", domain_names[i].names);
}

/* A field name made here, kept for the run (the table points to it). */
static const char *
field_name(const char *prefix, int d, const char *part)
{
	struct buf b = { 0 };

	buf_printf(&b, "%s%s%s%s", prefix, domains[d].key, part[0] ? "." : "", part);
	return b.data;
}

/*
 * Enter every prefix x spelling of the domain x name of each part:
 * "Financiën (zelf)", "plan financiën niveau", "Werk & opleiding - met
 * netwerk".  Prefixes NULL: the domain comes first.
 */
static void
enter_parts(const char *prefixes, const char *field_prefix, const struct part *parts, size_t nparts)
{
	struct buf spellings = { 0 }, pre = { 0 }, dom = { 0 }, name = { 0 }, all = { 0 }, key = { 0 };
	size_t i;
	int d;

	for (d = 0; d < NDOMAINS; d++) {
		domain_spellings(d, &spellings);
		for (i = 0; i < nparts; i++) {
			const char *field = field_name(field_prefix, d, parts[i].part);
			const char *p = prefixes ? prefixes : "";

			buf_reset(&all);
			buf_adds(&all, parts[i].part);
			if (parts[i].names[0])
				buf_printf(&all, "|%s", parts[i].names);
			while (next_name(&p, &pre)) {
				const char *s = spellings.data;

				while (next_name(&s, &dom)) {
					const char *n = all.data;

					while (next_name(&n, &name)) {
						buf_reset(&key);
						buf_printf(&key, "%s%s%s", pre.data, dom.data, name.data);
						enter(key.data, field, 0);
					}
				}
			}
		}
	}
	buf_free(&spellings);
	buf_free(&pre);
	buf_free(&dom);
	buf_free(&name);
	buf_free(&all);
	buf_free(&key);
}

/* The names of plan_named, with any spelling of the domain before or after. */
static void
enter_plan_named(void)
{
	struct buf spellings = { 0 }, dom = { 0 }, name = { 0 }, key = { 0 };
	size_t i;
	int d;

	for (d = 0; d < NDOMAINS; d++) {
		domain_spellings(d, &spellings);
		for (i = 0; i < NELEM(plan_named); i++) {
			const char *field = field_name("plan.", d, plan_named[i].part);
			const char *s = spellings.data;

			while (next_name(&s, &dom)) {
				const char *n = plan_named[i].names;

				while (next_name(&n, &name)) {
					buf_reset(&key);
					buf_printf(&key, "%s%s", name.data, dom.data);
					enter(key.data, field, 0);
					buf_reset(&key);
					buf_printf(&key, "%s%s", dom.data, name.data);
					enter(key.data, field, 0);
				}
			}
		}
	}
	buf_free(&spellings);
	buf_free(&dom);
	buf_free(&name);
	buf_free(&key);
}

static void
build(void)
{
	struct buf name = { 0 };
	size_t i;

	grow();
	for (i = 0; i < NELEM(case_fields); i++) {
		const char *n = case_fields[i].names;

		buf_reset(&name);
		dict_squash(case_fields[i].field, strlen(case_fields[i].field), &name);
		enter(name.data, case_fields[i].field, 0);
		while (next_name(&n, &name))
			enter(name.data, case_fields[i].field, 0);
	}
	enter_parts(NULL, "", bare_part, 1);
	enter_parts(NULL, "", domain_parts, NELEM(domain_parts));
	enter_parts(plan_prefixes, "plan.", plan_parts, NELEM(plan_parts));
	enter_plan_named();
	enter_parts(refer_prefixes, "refer.", refer_parts, NELEM(refer_parts));
	buf_free(&name);
}

const char *
dict_field(const char *name, size_t len)
{
	struct buf b = { 0 };
	const struct entry *e;

	if (table == NULL)
		build();
	dict_squash(name, len, &b);
	e = slot(b.data);
	/* A name that squashes to nothing ("()", "__") is no field. */
	buf_free(&b);
	return e->squashed ? e->field : NULL;
}

int
dict_columns_text(const char *text, size_t len, const char *name, struct buf *err)
{
	struct buf left = { 0 };
	size_t pos = 0;
	long line = 0;
	int status = 0;

	if (table == NULL)
		build();
	while (pos < len && status == 0) {
		const char *s = text + pos, *nl = memchr(s, '\n', len - pos), *eq, *f;
		size_t n = nl ? (size_t)(nl - s) : len - pos, k = 0, flen;
		const struct fieldinfo *fi;
		int key;

		pos += n + (nl != NULL);
		line++;
		if (line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
			s += 3, n -= 3;		/* a BOM is not part of the first line */
		while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		while (k < n && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k == n || s[k] == '#')
			continue;
		if ((eq = memchr(s + k, '=', n - k)) == NULL) {
			buf_printf(err, "%s:%ld: no '=' (lines are NAME = field)", name, line);
			status = -1;
			break;
		}
		f = eq + 1;
		while (f < s + n && (*f == ' ' || *f == '\t'))
			f++;
		flen = (size_t)(s + n - f);
		buf_reset(&left);
		dict_squash(s + k, (size_t)(eq - s - k), &left);
		key = flen > 0 ? field_intern(f, flen) : -1;
		fi = key >= 0 ? field_info(key) : NULL;
		if (left.len == 0) {
			buf_printf(err, "%s:%ld: no column name before '='", name, line);
			status = -1;
		} else if (fi == NULL || !fi->known) {
			buf_printf(err, "%s:%ld: '%.*s' is not a field of oer(7) (e.g. case_id, received, question, finances.self)",
			    name, line, (int)flen, f);
			status = -1;
		} else {
			enter(left.data, fi->name, 1);
		}
	}
	buf_free(&left);
	return status;
}

int
dict_columns_file(const char *path, struct buf *err)
{
	struct buf text = { 0 };
	int got = input_slurp(path, &text), status;

	if (got < 0) {
		buf_printf(err, "cannot %s column names %s: %s", got == -1 ? "open" : "read", path, strerror(errno));
		buf_free(&text);
		return -2;
	}
	status = dict_columns_text(text.data ? text.data : "", text.len, path, err);
	buf_free(&text);
	return status;
}

void
dict_names(const char *field, int max, struct buf *out)
{
	size_t i;
	int n = 1;

	buf_adds(out, field);
	for (i = 0; i < NELEM(case_fields); i++) {
		const char *p = case_fields[i].names;

		if (strcmp(case_fields[i].field, field) != 0)
			continue;
		while (*p) {
			const char *bar = strchr(p, '|');
			size_t len = bar ? (size_t)(bar - p) : strlen(p);

			if (max > 0 && n == max) {
				buf_adds(out, ", ...");
				return;
			}
			buf_printf(out, ", %.*s", (int)len, p);
			n++;
			p += len + (bar != NULL);
		}
	}
}

int
dict_conflicts(struct buf *out)
{
	if (table == NULL)
		build();
	if (conflicts.len)
		buf_add(out, conflicts.data, conflicts.len);
	return nconflicts;
}
