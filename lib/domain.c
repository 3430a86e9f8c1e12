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
static char label_folded[NDOMAINS][2][64];

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

int
level_parse(const char *s, size_t len, int *level, const char **errstr)
{
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
	return -1;
}
