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
"safety seksueel\n";

struct entry {
	char *phrase;		/* folded */
	size_t len;
	int category;
};

struct lexicon {
	struct entry *e;	/* in file order: hits are reported in this order */
	int n;
	int *byfirst;		/* entry indexes grouped by the phrase's first byte */
	int first[256];		/* where each byte's group starts in byfirst */
	int count[256];
};

static int
category(const char *s, size_t len)
{
	if (len == 6 && memcmp(s, "crisis", 6) == 0)
		return LEX_CRISIS;
	if (len == 6 && memcmp(s, "safety", 6) == 0)
		return LEX_SAFETY;
	return domain_lookup(s, len);
}

struct lexicon *
lexicon_parse(const char *text, size_t len, const char *name, struct buf *err)
{
	struct lexicon *lx = xcalloc(1, sizeof(*lx));
	struct buf folded = { 0 };
	size_t pos = 0;
	long line = 0;
	int cap = 0, i;

	while (pos < len) {
		const char *s = text + pos, *nl = memchr(s, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - s) : len - pos, k = 0, cstart, cend;
		int cat;

		pos += n + (nl != NULL);
		line++;
		while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
			k++;
		if (k == n || s[k] == '#')
			continue;
		cstart = k;
		while (k < n && s[k] != ' ' && s[k] != '\t')
			k++;
		cend = k;
		if ((cat = category(s + cstart, cend - cstart)) < 0) {
			buf_printf(err, "%s:%ld: '%.*s' is not a domain, 'crisis' or 'safety'",
			    name, line, (int)(cend - cstart), s + cstart);
			goto fail;
		}
		buf_reset(&folded);
		text_fold(s + cend, n - cend, ' ', &folded);
		if (folded.len == 0) {
			buf_printf(err, "%s:%ld: no phrase after the category", name, line);
			goto fail;
		}
		if (lx->n == cap) {
			cap = cap ? cap * 2 : 128;
			lx->e = xreallocarray(lx->e, (size_t)cap, sizeof(*lx->e));
		}
		lx->e[lx->n].phrase = xstrndup(folded.data, folded.len);
		lx->e[lx->n].len = folded.len;
		lx->e[lx->n].category = cat;
		lx->n++;
	}
	buf_free(&folded);
	/* Group entries by first byte, so a word start is compared with few. */
	lx->byfirst = xcalloc((size_t)lx->n + 1, sizeof(int));
	for (i = 0; i < lx->n; i++)
		lx->count[(unsigned char)lx->e[i].phrase[0]]++;
	for (i = 1; i < 256; i++)
		lx->first[i] = lx->first[i - 1] + lx->count[i - 1];
	{
		int fill[256];

		memcpy(fill, lx->first, sizeof(fill));
		for (i = 0; i < lx->n; i++)
			lx->byfirst[fill[(unsigned char)lx->e[i].phrase[0]]++] = i;
	}
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
	free(lx->byfirst);
	free(lx);
}

void
lexicon_scan(const struct lexicon *lx, const char *text, size_t len,
    struct lexicon_hits *hits, struct buf *scratch)
{
	unsigned char *found;
	const char *t;
	size_t i, n;
	int j, k;

	memset(hits->domain, 0, sizeof(hits->domain));
	hits->crisis = hits->safety = 0;
	buf_reset(&hits->signals);
	buf_reset(scratch);
	text_fold(text, len, ' ', scratch);
	n = scratch->len;
	if (n == 0 || lx->n == 0)
		return;
	/* The folded text, then one found-flag per entry, in one scratch buffer. */
	buf_grow(scratch, (size_t)lx->n + 1);
	t = scratch->data;
	found = (unsigned char *)scratch->data + n + 1;
	memset(found, 0, (size_t)lx->n);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];

		if (i > 0 && t[i - 1] != ' ')
			continue;	/* not the start of a word */
		for (j = lx->first[c]; j < lx->first[c] + lx->count[c]; j++) {
			const struct entry *e = &lx->e[lx->byfirst[j]];

			if (e->len <= n - i && memcmp(t + i, e->phrase, e->len) == 0)
				found[lx->byfirst[j]] = 1;
		}
	}
	/* Report in lexicon order, each phrase once. */
	for (k = 0; k < lx->n; k++) {
		const struct entry *e = &lx->e[k];

		if (!found[k])
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
		buf_add(&hits->signals, e->phrase, e->len);
	}
}
