/*
 * oer-gen: a deterministic generator of synthetic, anonymised case exports
 * for tests, the shipped example and benchmarks.  The same options always
 * give the same bytes.  No real person's data: ids, ages, questions, scores
 * and the occasional identifier that "slipped through" are all invented
 * (BSNs pass the elfproef, IBANs mod-97, so the privacy guard has work).
 *
 * usage: oer-gen [-n CASES] [--seed N] [--end YYYY-MM-DD] [--weeks N]
 *                [--excel | --dutch | --json] [--current]
 *
 * --excel writes what Dutch Excel saves (';', BOM, CRLF, D-M-YYYY dates,
 * ja/nee, Dutch sources); --dutch also names the columns as a Dutch case
 * system exports them (Dossiernummer, Datum aanmelding, Financiën (zelf),
 * Werk & opleiding (samen), ...) and records a plan date where a plan was
 * made.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 0x9e3779b97f4a7c15ULL;

/* splitmix64: small, fast, and the same on every machine. */
static uint64_t
next(void)
{
	uint64_t z = (state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int
pick(int n)
{
	return (int)(next() % (uint64_t)n);
}

static int
chance(int percent)
{
	return pick(100) < percent;
}

static const char *const domain_keys[13] = {
	"finances", "work_education", "time_use", "housing", "domestic_relations",
	"mental_health", "physical_health", "substance_use", "basic_adl",
	"instrumental_adl", "social_network", "community_participation", "justice",
};

/* Sentences a resident or referrer might write, per domain. */
static const char *const phrases[13][3] = {
	{ "Ik heb schulden en de deurwaarder staat voor de deur.", "Ik kan de rekeningen niet meer betalen.", "Mijn uitkering is gestopt." },
	{ "Ik ben mijn baan kwijtgeraakt.", "Mijn zoon gaat niet meer naar zijn opleiding.", "Ik zoek werk maar krijg alleen afwijzingen op mijn sollicitaties." },
	{ "Ik heb geen dagbesteding en verveel me.", "Mijn dagritme is helemaal weg.", "Ik zou graag een hobby of zinvolle bezigheid hebben." },
	{ "We hebben een huurachterstand.", "Onze woning is vochtig en er zit schimmel.", "Ik dreig mijn woning te verliezen door een uitzetting." },
	{ "Er is veel ruzie thuis.", "We zitten midden in een scheiding.", "Ik heb moeite met de opvoeding van mijn kinderen." },
	{ "Ik voel me al maanden somber.", "Ik heb last van angst en paniek.", "Ik ben overspannen en slaap slecht door het piekeren." },
	{ "Ik heb chronische pijn in mijn rug.", "Na mijn operatie loop ik met een rollator.", "Ik heb diabetes en vergeet mijn medicijnen." },
	{ "Mijn man drinkt te veel alcohol.", "Ik blow elke dag.", "Ik heb een gokverslaving." },
	{ "Ik kan mezelf niet goed meer wassen.", "Aankleden lukt niet meer zonder hulp.", "Mijn moeder eet slecht en is afgevallen." },
	{ "De administratie groeit me boven het hoofd.", "Ik krijg het huishouden niet meer rond.", "Boodschappen doen lukt niet meer." },
	{ "Ik ben erg eenzaam.", "Ik heb weinig contact met familie.", "Sinds de verhuizing ken ik niemand meer, ik zit in een isolement." },
	{ "Ik wil graag meedoen in de buurt.", "Ik zoek vrijwilligerswerk.", "Ik wil taalles om beter mee te kunnen doen." },
	{ "Ik kom net uit detentie.", "Ik heb een taakstraf gekregen.", "Mijn reclassering vraagt om een plan." },
};

static const char *const wijken[] = {
	"Centrum", "Noord", "Oost", "Zuid", "West", "De Haven", "Vogelbuurt", "Oude Dorp"
};
static const char *const sources[] = {
	"self", "network", "gp", "professional", "police", "school", "housing", "other"
};
static const int source_weight[] = { 55, 10, 12, 8, 4, 4, 4, 3 };
static const char *const sources_nl[] = {
	"zelf", "netwerk", "huisarts", "professional", "politie", "school", "woningcorporatie", "overig"
};
static const char *const households[] = {
	"alleenstaand", "samenwonend", "gezin met kinderen", "eenoudergezin"
};
static const char *const loads[] = { "ok", "strained", "overloaded" };
static const char *const loads_nl[] = { "ok", "belast", "overbelast" };

/* The domains as a Dutch export heads its columns: the ZRM's names. */
static const char *const domain_nl[13] = {
	"Financiën", "Werk & opleiding", "Tijdsbesteding", "Huisvesting", "Huiselijke relaties",
	"Geestelijke gezondheid", "Lichamelijke gezondheid", "Middelengebruik", "Basale ADL",
	"Instrumentele ADL", "Sociaal netwerk", "Maatschappelijke participatie", "Justitie",
};
static const char *const currents[] = {
	"network", "volunteer", "general", "first_line", "second_line"
};

static int excel, dutch, json, with_current;

/* Days from civil (H. Hinnant), and back. */
static long
days(int y, int m, int d)
{
	long yy = y - (m <= 2), era = (yy >= 0 ? yy : yy - 399) / 400, yoe = yy - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;

	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static void
civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static void
put_date(long day)
{
	int y, m, d;

	civil(day, &y, &m, &d);
	if (excel)
		printf("%d-%d-%d", d, m, y);
	else
		printf("%04d-%02d-%02d", y, m, d);
}

/* A citizen service number that passes the elfproef. */
static void
bsn(char *out)
{
	int d[9], sum, i;

	do {
		for (i = 0, sum = 0; i < 8; i++) {
			d[i] = i == 0 ? 1 + pick(9) : pick(10);
			sum += (9 - i) * d[i];
		}
		d[8] = sum % 11;
	} while (d[8] == 10);
	for (i = 0; i < 9; i++)
		out[i] = (char)('0' + d[i]);
	out[9] = '\0';
}

static void
question(const int *chosen, int n, char *out, size_t cap)
{
	size_t len = 0;
	int i;

	out[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? " " : "", phrases[chosen[i]][pick(3)]);
	if (chance(3))
		len += (size_t)snprintf(out + len, cap - len, " Hij heeft mij geslagen, ik voel me onveilig.");
	else if (chance(3))
		len += (size_t)snprintf(out + len, cap - len, " Ik zie het niet meer zitten en denk aan zelfmoord.");
	if (chance(2)) {
		char b[10];

		bsn(b);
		len += (size_t)snprintf(out + len, cap - len, " Mijn bsn is %s.", b);
	} else if (chance(2)) {
		len += (size_t)snprintf(out + len, cap - len, " Bel me op 06-%08d of mail naar bewoner%d@example.nl.",
		    10000000 + pick(89999999), pick(1000));
	}
	(void)len;
}

static void
put_text(const char *s)
{
	/* Quote every question: it may hold the delimiter. */
	if (json) {
		putchar('"');
		for (; *s; s++) {
			if (*s == '"' || *s == '\\')
				putchar('\\');
			putchar(*s);
		}
		putchar('"');
		return;
	}
	putchar('"');
	for (; *s; s++) {
		if (*s == '"')
			putchar('"');
		putchar(*s);
	}
	putchar('"');
}

static void
header(char sep, const char *eol)
{
	int d;

	if (dutch) {
		printf("Dossiernummer%cDatum aanmelding%cWijk%cAanmelder%cToestemming%cLeeftijd%cHuishouden%c"
		    "Hulpvraag%cLeefgebieden%cVeiligheid%cCrisis%cMeetdatum%cBelasting netwerk",
		    sep, sep, sep, sep, sep, sep, sep, sep, sep, sep, sep, sep);
		for (d = 0; d < 13; d++)
			printf("%c%s (zelf)%c%s (samen)", sep, domain_nl[d], sep, domain_nl[d]);
		if (with_current)
			for (d = 0; d < 13; d++)
				printf("%c%s huidige ondersteuning", sep, domain_nl[d]);
		printf("%cPlandatum%s", sep, eol);
		return;
	}

	printf("case_id%creceived%cwijk%csource%cconsent%cage%chousehold%cquestion%ctopics%csafety%ccrisis%cmeasured%cnetwork.load",
	    sep, sep, sep, sep, sep, sep, sep, sep, sep, sep, sep, sep);
	for (d = 0; d < 13; d++)
		printf("%c%s.self%c%s.together", sep, domain_keys[d], sep, domain_keys[d]);
	if (with_current)
		for (d = 0; d < 13; d++)
			printf("%c%s.current", sep, domain_keys[d]);
	fputs(eol, stdout);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "seed", required_argument, NULL, 's' },
		{ "end", required_argument, NULL, 'e' },
		{ "weeks", required_argument, NULL, 'w' },
		{ "excel", no_argument, NULL, 'x' },
		{ "dutch", no_argument, NULL, 'D' },
		{ "json", no_argument, NULL, 'j' },
		{ "current", no_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 }
	};
	long n = 300, i, end = days(2026, 11, 27);
	int weeks = 8, c, y, m, d;
	char sep = ',', q[1024];
	const char *eol = "\n";

	while ((c = getopt_long(argc, argv, "n:", longopts, NULL)) != -1) {
		switch (c) {
		case 'n': n = strtol(optarg, NULL, 10); break;
		case 's': state ^= strtoull(optarg, NULL, 10) * 0x2545f4914f6cdd1dULL; break;
		case 'e':
			if (sscanf(optarg, "%d-%d-%d", &y, &m, &d) != 3) {
				fprintf(stderr, "oer-gen: --end YYYY-MM-DD\n");
				return 2;
			}
			end = days(y, m, d);
			break;
		case 'w': weeks = atoi(optarg) > 0 ? atoi(optarg) : 1; break;
		case 'x': excel = 1; break;
		case 'D': excel = dutch = 1; break;
		case 'j': json = 1; break;
		case 'c': with_current = 1; break;
		default:
			fprintf(stderr, "usage: oer-gen [-n CASES] [--seed N] [--end YYYY-MM-DD] [--weeks N] [--excel | --dutch | --json] [--current]\n");
			return 2;
		}
	}
	if (excel) {
		sep = ';';
		eol = "\r\n";
		fputs("\xEF\xBB\xBF", stdout);
	}
	if (!json)
		header(sep, eol);
	for (i = 1; i <= n; i++) {
		int chosen[4], nchosen = 1 + pick(3) + chance(15), k, src = 0, w = pick(100), dom;
		int in_question[13] = { 0 };
		/* Exports are in order of arrival: spread the cases over the weeks. */
		long received = end - weeks * 7 + 1 + (i - 1) * weeks * 7 / n;
		long measured = received + pick(15);
		const char *consent;

		if (measured > end)
			measured = end;	/* nothing is measured after the export */
		for (k = 0; k < nchosen; k++) {
			do
				dom = pick(13);
			while (in_question[dom]);
			in_question[dom] = 1;
			chosen[k] = dom;
		}
		question(chosen, nchosen, q, sizeof(q));
		for (k = 0; w >= source_weight[k]; k++)
			w -= source_weight[k];
		src = k;
		consent = src == 0 ? (chance(50) ? "" : excel ? "ja" : "true")
		    : chance(85) ? (excel ? "ja" : "true") : chance(50) ? (excel ? "nee" : "false") : "";

		if (json) {
			printf("{\"case_id\":\"C-%06ld\",\"received\":\"", i);
			put_date(received);
			printf("\",\"wijk\":\"%s\",\"source\":\"%s\",\"consent\":%s,\"age\":%d,\"household\":\"%s\",\"question\":",
			    wijken[pick(8)], sources[src], consent[0] == 't' ? "true" : consent[0] == 'f' ? "false" : "null",
			    18 + pick(73), households[pick(4)]);
			put_text(q);
			printf(",\"topics\":[],\"measured\":\"");
			put_date(measured);
			printf("\",\"network\":{\"load\":\"%s\"}", loads[pick(3)]);
		} else {
			printf("C-%06ld%c", i, sep);
			put_date(received);
			printf("%c%s%c%s%c%s%c%d%c%s%c", sep, wijken[pick(8)], sep,
			    excel ? sources_nl[src] : sources[src], sep, consent, sep, 18 + pick(73), sep,
			    households[pick(4)], sep);
			put_text(q);
			printf("%c%c%c%c", sep, sep, sep, sep);
			put_date(measured);
			printf("%c%s", sep, dutch ? loads_nl[pick(3)] : loads[pick(3)]);
		}
		for (dom = 0; dom < 13; dom++) {
			int self, together;

			if (in_question[dom]) {
				self = 1 + pick(3);
				together = self + pick(3);
			} else {
				/* Most other domains are fine; some lean on the network. */
				self = chance(15) ? 3 : 4 + pick(2);
				together = self + (chance(30) ? 1 : 0);
			}
			if (together > 5)
				together = 5;
			if (chance(4)) {
				/* not scored this time */
				if (json)
					printf(",\"%s\":{\"self\":null,\"together\":null}", domain_keys[dom]);
				else
					printf("%c%s%c", sep, excel ? "n.t.b." : "", sep);
			} else if (json) {
				printf(",\"%s\":{\"self\":%d,\"together\":%d}", domain_keys[dom], self, together);
			} else {
				printf("%c%d%c%d", sep, self, sep, together);
			}
		}
		if (with_current)
			for (dom = 0; dom < 13; dom++) {
				const char *cur = chance(12) ? currents[pick(5)] : "";

				if (json)
					printf(",\"%s.current\":\"%s\"", domain_keys[dom], cur);
				else
					printf("%c%s", sep, cur);
			}
		if (dutch) {
			/*
			 * The plan date the team recorded: most cases that came in
			 * more than two weeks before the export have a plan, made 3
			 * to 30 days after the question (crisis and safety sooner).
			 */
			long planned = received + 3 + pick(28);

			putchar(sep);
			if (planned <= end && chance(85))
				put_date(planned);
		}
		fputs(json ? "}\n" : eol, stdout);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
