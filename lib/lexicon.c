#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "lexicon.h"
#include "text.h"

/*
 * Words chosen from what residents and referrers write in Dutch intake
 * forms.  Prefixes are kept long enough not to catch everyday words
 * ("huur" but not "huis", which would catch "huisarts" and "huiselijk").
 */
const char lexicon_builtin_text[] =
"# OER intake lexicon: CATEGORY PHRASE (word prefixes, case and accents ignored)\n"
"finances schuld\nfinances geldzorg\nfinances geld\nfinances rekening\n"
"finances incasso\nfinances deurwaarder\nfinances betalingsachterstand\n"
"finances achterstand\nfinances aanmaning\nfinances beslag\nfinances bewindvoer\n"
"finances budget\nfinances uitkering\nfinances bijstand\nfinances toeslag\n"
"finances inkomen\nfinances armoede\nfinances voedselbank\nfinances boete\n"
"finances belasting\nfinances afsluiting\nfinances energierekening\n"
"finances huurschuld\nfinances huurachterstand\n"
"work_education werkloos\nwork_education werkeloos\nwork_education ontslag\n"
"work_education baan\nwork_education sollicit\nwork_education werkgever\n"
"work_education opleiding\nwork_education studie\nwork_education diploma\n"
"work_education stage\nwork_education leerplicht\nwork_education schoolverzuim\n"
"work_education spijbel\nwork_education reintegratie\nwork_education re integratie\n"
"work_education inburger\nwork_education arbeid\n"
"time_use dagbesteding\ntime_use dagritme\ntime_use verveel\ntime_use verveling\n"
"time_use niets te doen\ntime_use hobby\ntime_use vrije tijd\ntime_use zinvolle\n"
"housing huur\nhousing woning\nhousing dakloos\nhousing thuisloos\nhousing uitzetting\n"
"housing ontruiming\nhousing woonruimte\nhousing verhuiz\nhousing schimmel\n"
"housing vochtig\nhousing vervuild\nhousing vervuiling\nhousing opvang\n"
"housing bank slapen\nhousing slaapplek\nhousing urgentie\n"
"domestic_relations ruzie\ndomestic_relations scheiding\ndomestic_relations echtscheiding\n"
"domestic_relations relatie\ndomestic_relations partner\ndomestic_relations opvoed\n"
"domestic_relations gezin\ndomestic_relations omgangsregeling\ndomestic_relations conflict\n"
"domestic_relations mantelzorg\ndomestic_relations overbelast\n"
"mental_health depress\nmental_health somber\nmental_health angst\nmental_health paniek\n"
"mental_health psych\nmental_health stress\nmental_health burn out\nmental_health burnout\n"
"mental_health overspannen\nmental_health trauma\nmental_health verward\n"
"mental_health slapeloos\nmental_health piekeren\nmental_health pieker\nmental_health ggz\n"
"mental_health dementie\nmental_health vergeetachtig\nmental_health autisme\n"
"physical_health ziek\nphysical_health pijn\nphysical_health chronisch\n"
"physical_health diabetes\nphysical_health hartklacht\nphysical_health operatie\n"
"physical_health rolstoel\nphysical_health rollator\nphysical_health beperking\n"
"physical_health lichamelijk\nphysical_health medicijn\nphysical_health medicatie\n"
"physical_health gevallen\nphysical_health valt vaak\nphysical_health revalid\n"
"physical_health zwanger\nphysical_health huisarts\n"
"substance_use alcohol\nsubstance_use drank\nsubstance_use drinkt\nsubstance_use drinken\n"
"substance_use drugs\nsubstance_use verslav\nsubstance_use cannabis\nsubstance_use blowen\n"
"substance_use blowt\nsubstance_use cocaine\nsubstance_use gokken\nsubstance_use gokt\n"
"substance_use gokverslav\n"
"basic_adl wassen\nbasic_adl douchen\nbasic_adl aankleden\nbasic_adl zelfverzorging\n"
"basic_adl persoonlijke verzorging\nbasic_adl incontinent\nbasic_adl toiletgang\n"
"basic_adl eet slecht\nbasic_adl eet niet\nbasic_adl ondervoed\nbasic_adl mobiliteit\n"
"instrumental_adl boodschap\ninstrumental_adl huishouden\ninstrumental_adl schoonma\n"
"instrumental_adl administratie\ninstrumental_adl post open\ninstrumental_adl formulier\n"
"instrumental_adl digid\ninstrumental_adl koken\ninstrumental_adl vervoer\n"
"instrumental_adl brieven\n"
"social_network eenzaam\nsocial_network eenzaamheid\nsocial_network isolement\n"
"social_network geisoleerd\nsocial_network alleenstaand\nsocial_network vrienden\n"
"social_network familie\nsocial_network kennissen\nsocial_network geen contact\n"
"social_network weinig contact\nsocial_network netwerk\n"
"community_participation meedoen\ncommunity_participation participatie\n"
"community_participation vrijwilligerswerk\ncommunity_participation vereniging\n"
"community_participation buurthuis\ncommunity_participation buurtcentrum\n"
"community_participation taalles\ncommunity_participation taalcafe\n"
"community_participation nederlandse taal\ncommunity_participation discriminatie\n"
"justice justitie\njustice reclassering\njustice detentie\njustice gevangenis\n"
"justice strafblad\njustice rechtbank\njustice rechtszaak\njustice advocaat\n"
"justice taakstraf\njustice proeftijd\njustice enkelband\njustice arrestatie\n"
"justice gearresteerd\njustice aangifte\njustice politie\n"
"crisis suicid\ncrisis zelfmoord\ncrisis levensmoe\ncrisis niet meer leven\n"
"crisis einde aan maken\ncrisis crisis\ncrisis acuut\ncrisis noodsituatie\n"
"crisis noodgeval\ncrisis vannacht op straat\ncrisis morgen uitgezet\n"
"crisis vandaag uitgezet\ncrisis geen eten\ncrisis psychose\ncrisis psychotisch\n"
"safety huiselijk geweld\nsafety geweld\nsafety mishandel\nsafety kindermishandel\n"
"safety misbruik\nsafety bedreig\nsafety geslagen\nsafety slaat\nsafety sloeg\n"
"safety onveilig\nsafety veilig thuis\nsafety loverboy\nsafety uitbuiting\n"
"safety stalk\nsafety eergerelateerd\nsafety verwaarlozing\nsafety verwaarloosd\n"
"safety seksueel\n"
"# Whole words that start like a signal or a domain word but are none: no\n"
"# match where they stand (geweldig: great; slaat nergens op: makes no sense).\n"
"not geweldig\nnot geweldige\nnot slaat nergens op\nnot slaat de plank mis\n";

#define NPAIRS (64 * 64)
#define MAXPARTS 8		/* parts of a combined ('&') entry */

/* Internal category: one alternative of one part of a combined entry. */
enum { LEX_PART = LEX_NCATEGORIES };

struct entry {
	char *phrase;		/* folded, without the '*' and '$' marks */
	size_t len;
	int category;
	uint32_t head, mask;	/* the phrase's first (up to) four bytes, and which */
	unsigned char infix;	/* '*': may also start inside a word */
	unsigned char wordend;	/* '$': must end where a word ends */
	unsigned char part;	/* a LEX_PART: which part of its entry (0-7) */
	unsigned char nparts;	/* a combined entry: how many parts */
	int combo;		/* a LEX_PART: the index of its combined entry */
};

struct index {
	int *by;		/* entry indexes grouped by the phrase's first two bytes */
	int start[NPAIRS + 1];	/* where each pair's group starts in by */
};

struct lexicon {
	struct entry *e;	/* in file order: hits are reported in this order */
	int n;
	struct index words;	/* every matchable entry, tried at word starts */
	struct index inside;	/* the '*' entries, tried inside words */
	int ninfix;
	int *combos;		/* indexes of the combined entries */
	int ncombos;
};

/*
 * A folded text has only a-z, 0-9 and the separator; each gets a code
 * below 64 (anything else 0), and a word start is looked up by the codes of
 * its first two bytes: the few phrases that can match there.
 */
static unsigned char code[256];

static void
code_init(void)
{
	int c;

	for (c = 'a'; c <= 'z'; c++)
		code[c] = (unsigned char)(1 + c - 'a');
	for (c = '0'; c <= '9'; c++)
		code[c] = (unsigned char)(27 + c - '0');
	code[' '] = 37;
}

static int
pair(unsigned char a, unsigned char b)
{
	return code[a] * 64 + code[b];
}

/* Add entry i to the groups it belongs in (count, or fill when fill != NULL). */
static void
group(struct lexicon *lx, struct index *x, int i, int *count, int *fill)
{
	const unsigned char *p = (const unsigned char *)lx->e[i].phrase;
	int b;

	for (b = 0; b < 64; b++) {
		/* A one-byte phrase matches whatever follows: every pair it starts. */
		int k = lx->e[i].len >= 2 ? pair(p[0], p[1]) : code[p[0]] * 64 + b;

		if (fill)
			x->by[fill[k]++] = i;
		else
			count[k]++;
		if (lx->e[i].len >= 2)
			break;
	}
}

/* Whether entry i goes into index x (inside: the '*' entries only). */
static int
indexed(const struct lexicon *lx, const struct index *x, int i)
{
	const struct entry *e = &lx->e[i];

	if (e->nparts > 0)		/* a combined entry is found by its parts */
		return 0;
	return x == &lx->words || e->infix;
}

/* Group the entries of index x by their first two bytes, the "not" entries first. */
static void
build_index(struct lexicon *lx, struct index *x)
{
	int *count = xcalloc(NPAIRS, sizeof(int)), *fill = xcalloc(NPAIRS, sizeof(int));
	int i, pass;

	for (i = 0; i < lx->n; i++)
		if (indexed(lx, x, i))
			group(lx, x, i, count, NULL);
	for (i = 0; i < NPAIRS; i++)
		x->start[i + 1] = x->start[i] + count[i];
	x->by = xcalloc((size_t)x->start[NPAIRS] + 1, sizeof(int));
	memcpy(fill, x->start, NPAIRS * sizeof(int));
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < lx->n; i++)
			if (indexed(lx, x, i) && (lx->e[i].category == LEX_NOT) == (pass == 0))
				group(lx, x, i, count, fill);
	free(count);
	free(fill);
}

static int
category(const char *s, size_t len)
{
	if (len == 6 && memcmp(s, "crisis", 6) == 0)
		return LEX_CRISIS;
	if (len == 6 && memcmp(s, "safety", 6) == 0)
		return LEX_SAFETY;
	if (len == 3 && memcmp(s, "not", 3) == 0)
		return LEX_NOT;
	return domain_lookup(s, len);
}

/* The first min(len, 4) bytes of s as a word, and the mask that selects them. */
static void
head4(const char *s, size_t len, uint32_t *head, uint32_t *mask)
{
	unsigned char b[4] = { 0, 0, 0, 0 }, m[4] = { 0, 0, 0, 0 };
	size_t i;

	for (i = 0; i < len && i < 4; i++) {
		b[i] = (unsigned char)s[i];
		m[i] = 0xff;
	}
	memcpy(head, b, 4);
	memcpy(mask, m, 4);
}

static struct entry *
new_entry(struct lexicon *lx, int *cap)
{
	if (lx->n == *cap) {
		*cap = *cap ? *cap * 2 : 128;
		lx->e = xreallocarray(lx->e, (size_t)*cap, sizeof(*lx->e));
	}
	memset(&lx->e[lx->n], 0, sizeof(*lx->e));
	lx->e[lx->n].combo = -1;
	return &lx->e[lx->n++];
}

static int
blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/*
 * Add the alternatives ('|') of one part of a line, s[0..n): part -1 for a
 * line without '&'.  Returns 0, or -1 with a message in err.
 */
static int
add_part(struct lexicon *lx, int *cap, int cat, int combo, int part, const char *s, size_t n,
    struct buf *folded, const char *name, long line, struct buf *err)
{
	size_t a = 0;

	while (a <= n) {
		const char *bar = memchr(s + a, '|', n - a);
		size_t b = bar ? (size_t)(bar - s) : n, p = a, q = b, k;
		int infix = 0, wordend = 0;
		struct entry *e;

		while (p < q && blank(s[p]))
			p++;
		while (q > p && blank(s[q - 1]))
			q--;
		if (p < q && s[p] == '*') {
			infix = 1;
			p++;
		}
		if (q > p && s[q - 1] == '$') {
			wordend = 1;
			q--;
		}
		for (k = p; k < q; k++)
			if (s[k] == '*' || s[k] == '$') {
				buf_printf(err, "%s:%ld: '%c' only at the start ('*') or end ('$') of a phrase",
				    name, line, s[k]);
				return -1;
			}
		buf_reset(folded);
		text_fold(s + p, q - p, ' ', folded);
		if (folded->len == 0) {
			buf_printf(err, "%s:%ld: an empty phrase between '|' or '&'", name, line);
			return -1;
		}
		if (cat == LEX_NOT && infix) {
			buf_printf(err, "%s:%ld: a 'not' phrase is whole words: no '*'", name, line);
			return -1;
		}
		e = new_entry(lx, cap);
		e->phrase = xstrndup(folded->data, folded->len);
		e->len = folded->len;
		e->category = part < 0 ? cat : LEX_PART;
		e->infix = (unsigned char)infix;
		e->wordend = (unsigned char)(wordend || cat == LEX_NOT);
		e->combo = combo;
		e->part = (unsigned char)(part < 0 ? 0 : part);
		head4(e->phrase, e->len, &e->head, &e->mask);
		lx->ninfix += infix;
		a = b + 1;
	}
	return 0;
}

struct lexicon *
lexicon_parse(const char *text, size_t len, const char *name, struct buf *err)
{
	struct lexicon *lx = xcalloc(1, sizeof(*lx));
	struct buf folded = { 0 };
	size_t pos = 0;
	long line = 0;
	int cap = 0, ccap = 0, i;

	while (pos < len) {
		const char *s = text + pos, *nl = memchr(s, '\n', len - pos), *amp;
		size_t n = nl ? (size_t)(nl - s) : len - pos, k = 0, cstart, cend;
		int cat, nparts, combo = -1;

		pos += n + (nl != NULL);
		line++;
		while (k < n && blank(s[k]))
			k++;
		if (k == n || s[k] == '#')
			continue;
		cstart = k;
		while (k < n && s[k] != ' ' && s[k] != '\t')
			k++;
		cend = k;
		if ((cat = category(s + cstart, cend - cstart)) < 0) {
			buf_printf(err, "%s:%ld: '%.*s' is not a domain, 'crisis', 'safety' or 'not'",
			    name, line, (int)(cend - cstart), s + cstart);
			goto fail;
		}
		s += cend;
		n -= cend;
		buf_reset(&folded);
		text_fold(s, n, ' ', &folded);
		if (folded.len == 0 && memchr(s, '*', n) == NULL && memchr(s, '$', n) == NULL) {
			buf_printf(err, "%s:%ld: no phrase after the category", name, line);
			goto fail;
		}
		for (nparts = 1, k = 0; k < n; k++)
			nparts += s[k] == '&';
		if (nparts > MAXPARTS || (nparts > 1 && cat == LEX_NOT)) {
			buf_printf(err, nparts > MAXPARTS ? "%s:%ld: more than 8 parts joined by '&'" :
			    "%s:%ld: a 'not' phrase cannot join parts with '&'", name, line);
			goto fail;
		}
		if (nparts > 1) {
			struct entry *e = new_entry(lx, &cap);

			combo = lx->n - 1;
			e->category = cat;
			e->nparts = (unsigned char)nparts;
			e->phrase = xstrndup("", 0);
			if (lx->ncombos == ccap) {
				ccap = ccap ? ccap * 2 : 16;
				lx->combos = xreallocarray(lx->combos, (size_t)ccap, sizeof(int));
			}
			lx->combos[lx->ncombos++] = combo;
		}
		for (i = 0; i < nparts; i++) {
			amp = memchr(s, '&', n);
			k = amp ? (size_t)(amp - s) : n;
			if (add_part(lx, &cap, cat, combo, nparts > 1 ? i : -1, s, k, &folded, name, line, err) < 0)
				goto fail;
			s += k + (amp != NULL);
			n -= k + (amp != NULL);
		}
	}
	buf_free(&folded);
	if (code['a'] == 0)
		code_init();
	build_index(lx, &lx->words);
	build_index(lx, &lx->inside);
	return lx;
fail:
	buf_free(&folded);
	lexicon_free(lx);
	return NULL;
}

void
lexicon_free(struct lexicon *lx)
{
	int i;

	if (lx == NULL)
		return;
	for (i = 0; i < lx->n; i++)
		free(lx->e[i].phrase);
	free(lx->e);
	free(lx->words.by);
	free(lx->inside.by);
	free(lx->combos);
	free(lx);
}

/*
 * Try the entries of one group of index x at t[i]; w is t[i..i+4).  Marks
 * and lists the new hits.  Returns the length of a "not" phrase that
 * matched (it takes the place from every other entry), else 0.
 */
static size_t
try_group(const struct lexicon *lx, const struct index *x, const char *t, size_t n, size_t i,
    unsigned char *found, int *hit, int *nhit)
{
	int key = pair((unsigned char)t[i], (unsigned char)t[i + 1]), j;
	uint32_t w;

	memcpy(&w, t + i, 4);
	/*
	 * The first four bytes decide most entries: a phrase's bytes are never
	 * 0, so one that runs past the text fails here on the zeros.
	 */
	for (j = x->start[key]; j < x->start[key + 1]; j++) {
		int idx = x->by[j];
		const struct entry *e = &lx->e[idx];

		if ((w & e->mask) != e->head || (e->len > 4 &&
		    (e->len > n - i || memcmp(t + i + 4, e->phrase + 4, e->len - 4) != 0)))
			continue;
		if (e->wordend && t[i + e->len] != ' ' && t[i + e->len] != '\0')
			continue;	/* "not geweldig" leaves "geweldiger" alone */
		if (e->category == LEX_NOT)
			return e->len;
		if (!found[idx]) {
			found[idx] = 1;
			hit[(*nhit)++] = idx;
		}
	}
	return 0;
}

void
lexicon_scan(const struct lexicon *lx, const char *text, size_t len,
    struct lexicon_hits *hits, struct buf *scratch)
{
	unsigned char *found;
	int *hit, nhit = 0;
	const char *t;
	size_t i, p, n, at, notend = 0;
	int j, k;

	memset(hits->domain, 0, sizeof(hits->domain));
	hits->crisis = hits->safety = 0;
	buf_reset(&hits->signals);
	buf_reset(scratch);
	text_fold(text, len, ' ', scratch);
	n = scratch->len;
	if (n == 0 || lx->n == 0)
		return;
	/*
	 * In one scratch buffer: the folded text, four zero bytes (so four
	 * bytes can be read at any word start), one found-flag per entry (for
	 * a combined entry: one bit per part found), and the entries found, in
	 * the order found.
	 */
	at = (n + 4 + (size_t)lx->n + sizeof(int) - 1) / sizeof(int) * sizeof(int);
	buf_grow(scratch, at - n + (size_t)lx->n * sizeof(int));
	t = scratch->data;
	memset(scratch->data + n, 0, 4);
	found = (unsigned char *)scratch->data + n + 4;
	memset(found, 0, (size_t)lx->n);
	hit = (int *)(void *)(scratch->data + at);	/* at is a multiple of sizeof(int) */
	for (i = 0; i < n; i++) {
		size_t end = i, not;

		/* A group's "not" entries come first: one that matches takes the place. */
		if ((not = try_group(lx, &lx->words, t, n, i, found, hit, &nhit)) > 0 && i + not > notend)
			notend = i + not;
		while (end < n && t[end] != ' ')
			end++;
		/* Inside the word, only the few '*' entries: "huurschuld", "gokschulden". */
		for (p = i + 1 > notend ? i + 1 : notend; lx->ninfix > 0 && p < end; p++) {
			int key = pair((unsigned char)t[p], (unsigned char)t[p + 1]);

			if (lx->inside.start[key + 1] > lx->inside.start[key])
				try_group(lx, &lx->inside, t, n, p, found, hit, &nhit);
		}
		i = end;	/* on to the next word start */
	}
	/* A combined entry is found when each of its parts is. */
	if (lx->ncombos > 0) {
		for (j = 0; j < nhit; j++)
			if (lx->e[hit[j]].category == LEX_PART)
				found[lx->e[hit[j]].combo] |= (unsigned char)(1u << lx->e[hit[j]].part);
		for (j = 0; j < lx->ncombos; j++) {
			int c = lx->combos[j];

			if (found[c] == (1u << lx->e[c].nparts) - 1)
				hit[nhit++] = c;
		}
	}
	/* Report in lexicon order, each phrase once: sort the few found. */
	for (j = 1; j < nhit; j++)
		for (k = j; k > 0 && hit[k - 1] > hit[k]; k--) {
			int tmp = hit[k];

			hit[k] = hit[k - 1];
			hit[k - 1] = tmp;
		}
	for (j = 0; j < nhit; j++) {
		const struct entry *e = &lx->e[hit[j]];

		if (e->category == LEX_PART)
			continue;
		if (e->category < NDOMAINS) {
			hits->domain[e->category] = 1;
			continue;
		}
		if (e->category == LEX_CRISIS)
			hits->crisis++;
		else
			hits->safety++;
		if (hits->signals.len > 0)
			buf_addc(&hits->signals, ';');
		if (e->nparts == 0) {
			buf_add(&hits->signals, e->phrase, e->len);
			continue;
		}
		/* A combined entry: the first alternative found of each part, "ontruim & morgen". */
		for (k = hit[j] + 1, p = 0; k < lx->n && lx->e[k].combo == hit[j]; k++)
			if (found[k] && lx->e[k].part == p) {
				if (p++ > 0)
					buf_add(&hits->signals, " & ", 3);
				buf_add(&hits->signals, lx->e[k].phrase, lx->e[k].len);
			}
	}
}
