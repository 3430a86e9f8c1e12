#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "domain.h"
#include "text.h"

const struct domain domains[NDOMAINS] = {
	{ "finances", "financien", "Finances", "Financiën" },
	{ "work_education", "werk_opleiding", "Work and education", "Werk en opleiding" },
	{ "time_use", "tijdsbesteding", "Time use", "Tijdsbesteding" },
	{ "housing", "huisvesting", "Housing", "Huisvesting" },
	{ "domestic_relations", "huiselijke_relaties", "Domestic relations", "Huiselijke relaties" },
	{ "mental_health", "geestelijke_gezondheid", "Mental health", "Geestelijke gezondheid" },
	{ "physical_health", "lichamelijke_gezondheid", "Physical health", "Lichamelijke gezondheid" },
	{ "substance_use", "middelengebruik", "Substance use", "Middelengebruik" },
	{ "basic_adl", "basale_adl", "Basic ADL", "Basale ADL" },
	{ "instrumental_adl", "instrumentele_adl", "Instrumental ADL", "Instrumentele ADL" },
	{ "social_network", "sociaal_netwerk", "Social network", "Sociaal netwerk" },
	{ "community_participation", "maatschappelijke_participatie", "Community participation", "Maatschappelijke participatie" },
	{ "justice", "justitie", "Justice", "Justitie" },
};

const char *const level_name[NLEVELS + 1] = {
	"", "acute", "insufficient", "limited", "sufficient", "full"
};

const char *const level_name_nl[NLEVELS + 1] = {
	"", "acuut", "niet zelfredzaam", "beperkt zelfredzaam", "voldoende", "volledig"
};

static int
exact(const char *name, size_t len)
{
	int i;

	for (i = 0; i < NDOMAINS; i++)
		if (strlen(domains[i].key) == len && memcmp(domains[i].key, name, len) == 0)
			return i;
	return -1;
}

/*
 * The labels as a header would write them ("Werk en opleiding" is
 * werk_en_opleiding), folded once: domain_lookup runs for every topic.
 */
static _Thread_local char label_folded[NDOMAINS][2][64];

static void
fold_labels(void)
{
	struct buf b = { 0 };
	int d, l;

	for (d = 0; d < NDOMAINS; d++)
		for (l = 0; l < 2; l++) {
			const char *label = l ? domains[d].label_nl : domains[d].label_en;

			buf_reset(&b);
			name_fold(label, strlen(label), &b);
			snprintf(label_folded[d][l], sizeof(label_folded[d][l]), "%s", b.data);
		}
	buf_free(&b);
}

int
domain_lookup(const char *name, size_t len)
{
	struct buf folded = { 0 };
	int i, found;

	if ((found = exact(name, len)) >= 0)
		return found;
	if (label_folded[0][0][0] == '\0')
		fold_labels();
	name_fold(name, len, &folded);
	found = -1;
	for (i = 0; i < NDOMAINS && found < 0 && folded.len > 0; i++)
		if (strcmp(folded.data, domains[i].key) == 0 ||
		    strcmp(folded.data, domains[i].alias) == 0 ||
		    strcmp(folded.data, label_folded[i][0]) == 0 ||
		    strcmp(folded.data, label_folded[i][1]) == 0)
			found = i;
	buf_free(&folded);
	return found;
}

/*
 * The names a level is written with, folded (text_fold): English and Dutch
 * labels and the ZRM's full Dutch labels.
 */
static const char *const level_labels[NLEVELS + 1][4] = {
	{ NULL },
	{ "acute", "acuut", "acute problematiek", NULL },
	{ "insufficient", "niet zelfredzaam", NULL },
	{ "limited", "beperkt zelfredzaam", "beperkt", NULL },
	{ "sufficient", "voldoende", "voldoende zelfredzaam", NULL },
	{ "full", "volledig", "volledig zelfredzaam", NULL },
};

/* The level a folded label names, or 0. */
static int
label_level(const char *folded)
{
	int l, k;

	for (l = 1; l <= NLEVELS; l++)
		for (k = 0; level_labels[l][k]; k++)
			if (strcmp(folded, level_labels[l][k]) == 0)
				return l;
	return 0;
}

int
level_parse(const char *s, size_t len, int *level, const char **errstr)
{
	struct buf folded = { 0 };
	const char *label;
	int number = 0, named;

	if (len == 0 || (len == 1 && s[0] == '?') ||
	    (len == 6 && strncasecmp(s, "n.t.b.", 6) == 0)) {
		*level = 0;
		return 0;
	}
	if (len == 1 && s[0] >= '1' && s[0] <= '5') {
		*level = s[0] - '0';
		return 0;
	}
	*errstr = "is not a level 1-5";
	/* Values are read exactly: a space around the value is shown, not guessed away. */
	if (!isalnum((unsigned char)s[0]) || s[len - 1] == ' ' || s[len - 1] == '\t')
		return -1;
	/* "3 - Beperkt zelfredzaam", "3. beperkt zelfredzaam", "Voldoende zelfredzaam" */
	text_fold(s, len, ' ', &folded);
	label = folded.data ? folded.data : "";
	if (label[0] >= '1' && label[0] <= '5' && (label[1] == ' ' || label[1] == '\0')) {
		number = label[0] - '0';
		label += label[1] ? 2 : 1;
	}
	/* -1: a number alone, only as "3." */
	named = label[0] ? label_level(label) : len == 2 && s[1] == '.' ? -1 : 0;
	buf_free(&folded);
	if (named == 0 || (named < 0 && number == 0))
		return -1;
	if (number && named > 0 && number != named) {
		*errstr = "is not a level 1-5 (its number and label disagree)";
		return -1;
	}
	*level = number ? number : named;
	return 0;
}
