#include "domain.h"
#include "exits.h"
#include "socialmap.h"
#include "unit.h"

static struct buf err;

/* Load a map from text; returns the status, err holds the message without the path. */
static int
load(struct socialmap *m, const char *text, const char *encoding)
{
	const char *path = unit_file_with(text, strlen(text));
	int status = smap_load(m, path, encoding, &err);
	size_t n = strlen(path);

	if (status != 0 && err.len >= n && memcmp(err.data, path, n) == 0) {
		memmove(err.data, err.data + n, err.len - n + 1);
		err.len -= n;
	}
	return status;
}

/* The message of a map that does not load ("" when it loads). */
static const char *
load_error(const char *text)
{
	struct socialmap m;

	if (load(&m, text, NULL) == 0) {
		smap_free(&m);
		return "";
	}
	return err.data;
}

#define HEADER "provider_id,name,level,domains,wijk,capacity,wait_days,age_min,age_max\n"

/* Refer and describe: "status provider" ("unmatched -"). */
static const char *
refer(struct socialmap *m, int level, const char *domain, const char *wijk, int age)
{
	static char out[128];
	struct provider *p;
	enum referral_status st;

	st = smap_refer(m, level, domain_lookup(domain, strlen(domain)),
	    smap_wijk(m, wijk, strlen(wijk)), age, &p);
	snprintf(out, sizeof(out), "%s %s", referral_status_name[st], p ? p->id : "-");
	return out;
}

TEST(levels)
{
	CHECK_INT(plan_level_lookup("self", 4), PL_SELF);
	CHECK_INT(plan_level_lookup("second_line", 11), PL_SECOND_LINE);
	CHECK_INT(plan_level_lookup("Tweede lijn", 11), PL_SECOND_LINE);
	CHECK_INT(plan_level_lookup("EERSTE-LIJN", 11), PL_FIRST_LINE);
	CHECK_INT(plan_level_lookup("vrijwilligers", 13), PL_VOLUNTEER);
	CHECK_INT(plan_level_lookup("Third line", 10), PL_THIRD_LINE);
	CHECK_INT(plan_level_lookup("crisis", 6), PL_CRISIS);
	CHECK_INT(plan_level_lookup("", 0), -1);
	CHECK_INT(plan_level_lookup("none", 4), -1);
	CHECK_INT(plan_level_lookup("secondline", 10), -1);
	CHECK_INT(plan_levels[PL_THIRD_LINE].echelon, 3);
	CHECK_INT(plan_levels[PL_CRISIS].echelon, 2);
	CHECK_INT(plan_levels[PL_VOLUNTEER].echelon, 0);
	CHECK_INT(plan_levels[PL_NETWORK].referred, 0);
	CHECK_INT(plan_levels[PL_VOLUNTEER].referred, 1);
}

TEST(csv_map_fields)
{
	struct socialmap m;

	CHECK_INT(load(&m, "\xEF\xBB\xBFprovider_id;name;level;domains;wijk;capacity;wait_days;age_min;age_max;telefoon\r\n"
	    "SH-1; Schuldhulp Oost ;Eerste lijn;\"financien;housing\";Oost;3;14;18;;010\r\n"
	    "JG-1;Jeugdteam;second_line;*;\"Noord; De Haven\";;;;17;020\r\n", NULL), 0);
	CHECK_INT(m.nprov, 2);
	CHECK_STR(m.prov[0].id, "SH-1");
	CHECK_STR(m.prov[0].name, "Schuldhulp Oost");
	CHECK_INT(m.prov[0].level, PL_FIRST_LINE);
	CHECK_INT(m.prov[0].places, 3);
	CHECK_INT(m.prov[0].wait_days, 14);
	CHECK_INT(m.prov[0].age_min, 18);
	CHECK_INT(m.prov[0].age_max, SMAP_NO_AGE);
	CHECK_INT(m.prov[0].line, 2);
	CHECK_INT(m.prov[1].places, SMAP_UNLIMITED);
	CHECK_INT(m.prov[1].wait_days, 0);
	CHECK_INT(m.prov[1].age_min, SMAP_NO_AGE);
	CHECK_INT(m.prov[1].age_max, 17);
	CHECK_INT(m.nwijk, 3);
	CHECK_STR(m.wijk[0], "de haven");
	CHECK_STR(m.wijk[1], "noord");
	CHECK_STR(m.wijk[2], "oost");
	CHECK_INT(smap_wijk(&m, "DE-HAVEN", 8), 0);
	CHECK_INT(smap_wijk(&m, "Zuid", 4), 3);
	CHECK_INT(smap_wijk(&m, "", 0), 3);
	smap_free(&m);
}

TEST(json_map_fields)
{
	struct socialmap m;

	CHECK_INT(load(&m, "{\"provider_id\":\"VW-1\",\"name\":\"Maatjes\",\"level\":\"volunteer\","
	    "\"domains\":[\"social_network\",\"time_use\"],\"wijk\":[\"Vogelbuurt\"],\"capacity\":null,"
	    "\"wait_days\":7,\"contact\":{\"phone\":\"010\"}}\n"
	    "\n"
	    "{\"provider_id\":\"VW-2\",\"name\":\"Buddy\",\"level\":\"volunteer\",\"domains\":\"*\","
	    "\"wijk\":\"*\",\"capacity\":2,\"age_min\":65}\n", NULL), 0);
	CHECK_INT(m.nprov, 2);
	CHECK_INT(m.prov[0].places, SMAP_UNLIMITED);
	CHECK_INT(m.prov[0].wait_days, 7);
	CHECK_INT(m.prov[1].places, 2);
	CHECK_INT(m.prov[1].age_min, 65);
	CHECK_INT(m.prov[1].line, 3);
	CHECK_STR(refer(&m, PL_VOLUNTEER, "time_use", "vogelbuurt", 40), "proposed VW-1");
	CHECK_STR(refer(&m, PL_VOLUNTEER, "time_use", "Noord", 70), "proposed VW-2");
	CHECK_STR(refer(&m, PL_VOLUNTEER, "finances", "Vogelbuurt", 40), "unmatched -");
	smap_free(&m);
}

TEST(map_errors)
{
	CHECK_STR(load_error(""), ":1: the social map is empty (no header line)");
	CHECK_STR(load_error("provider_id,name,level,wijk\n"),
	    ":1: missing column 'domains' (a social map needs provider_id, name, level, domains and wijk)");
	CHECK_STR(load_error(HEADER "A,x,tweedelijns,*,*,,,,\n"),
	    ":2: level: 'tweedelijns' is not a support level (self, network, volunteer, general, first_line, second_line, third_line, crisis)");
	CHECK_STR(load_error(HEADER "A,x,general,*,*,,,,\nB,x,general,*,*,,,,\nA,y,crisis,*,*,,,,\n"),
	    ":4: provider_id: 'A' already used on line 2");
	CHECK_STR(load_error(HEADER ",x,general,*,*,,,,\n"), ":2: provider_id: missing");
	CHECK_STR(load_error(HEADER "A,x,general,*,*,veel,,,\n"),
	    ":2: capacity: 'veel' is not a number of open places 0-1000000000 (empty: unlimited)");
	CHECK_STR(load_error(HEADER "A,x,general,*,*,2.5,,,\n"),
	    ":2: capacity: '2.5' is not a number of open places 0-1000000000 (empty: unlimited)");
	CHECK_STR(load_error(HEADER "A,x,general,*,*,,-3,,\n"),
	    ":2: wait_days: '-3' is not a number of days 0-36500 (empty: 0)");
	CHECK_STR(load_error(HEADER "A,x,general,*,*,,,-1,\n"),
	    ":2: age_min: '-1' is not an age in whole years 0-130 (empty: no limit)");
	CHECK_STR(load_error(HEADER "A,x,general,*,*,,,,131\n"),
	    ":2: age_max: '131' is not an age in whole years 0-130 (empty: no limit)");
	CHECK_STR(load_error(HEADER "A,x,general,*,*,,,65,18\n"), ":2: age_min: 65 is above age_max 18");
	CHECK_STR(load_error(HEADER "A,x,general,*,*,,,18,18\n"), "");
	CHECK_STR(load_error(HEADER "A,x,general,geld;housing,*,,,,\n"),
	    ":2: domains: 'geld' is not a life domain (finances, housing, ... see oer(7)) or *");
	CHECK_STR(load_error(HEADER "A,x,general, ; ,*,,,,\n"),
	    ":2: domains: missing (list the life domains, or * for all)");
	CHECK_STR(load_error(HEADER "A,x,general,*,,,,,\n"), ":2: wijk: missing (list the wijken, or * for all)");
	CHECK_STR(load_error(HEADER "A,x,general,*,Noord;--,,,,\n"), ":2: wijk: '--' is not the name of a wijk");
	CHECK_STR(load_error(HEADER "A,x,general,*,*,,,\n"), ":2: 8 fields, but the header has 9");
	CHECK_STR(load_error("{\"provider_id\":\"A\",\"name\":\"x\",\"level\":\"general\",\"domains\":\"*\"}\n"),
	    ":1: missing field 'wijk' (a social map needs provider_id, name, level, domains and wijk)");
	CHECK_STR(load_error("{\"provider_id\":\"A\",\"name\":\"x\",\"level\":\"general\",\"domains\":\"*\",\"wijk\":\"*\",\"capacity\":true}\n"),
	    ":1: capacity: 'true' is not a number of open places 0-1000000000 (empty: unlimited)");
}

TEST(cannot_open)
{
	struct socialmap m;

	CHECK_INT(smap_load(&m, "/nonexistent/kaart.csv", NULL, &err), EXIT_NOINPUT);
	CHECK_STR(err.data, "cannot open social map /nonexistent/kaart.csv: No such file or directory");
	CHECK_INT(load(&m, HEADER, "no-such-encoding"), EXIT_USAGE);
	CHECK_INT(load(&m, "provider_id,name,level,domains,wijk\nA,Caf\xE9,general,*,*\n", "cp1252"), 0);
	CHECK_STR(m.prov[0].name, "Caf\xC3\xA9");
	smap_free(&m);
}

TEST(shortest_wait_then_places_then_id)
{
	struct socialmap m;

	CHECK_INT(load(&m, HEADER
	    "C,x,first_line,finances,*,1,5,,\n"
	    "B,x,first_line,finances,*,3,5,,\n"
	    "A,x,first_line,finances,*,3,5,,\n"
	    "D,x,first_line,finances,*,,9,,\n"
	    "E,x,first_line,finances,*,9,2,,\n"
	    "F,x,first_line,finances,Oost,9,1,,\n", NULL), 0);
	/* E waits 2 days (F is in Oost only): its nine places first. */
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed E");
	CHECK_INT(m.prov[4].places, 8);
	m.prov[4].places = 0;
	/* 5 days: A and B have 3 places, C 1: the lowest id of the most places. */
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed A");
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed B");
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed A");
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed B");
	/* now A 1, B 1, C 1 */
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed A");
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed B");
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed C");
	/* 5 days all full: D, unlimited, waits 9 */
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed D");
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "Noord", 40), "proposed D");
	CHECK_INT(m.prov[3].places, SMAP_UNLIMITED);
	/* Oost: F waits only 1 day */
	CHECK_STR(refer(&m, PL_FIRST_LINE, "finances", "oost", 40), "proposed F");
	smap_free(&m);
}

TEST(unlimited_is_most_places)
{
	struct socialmap m;

	CHECK_INT(load(&m, HEADER
	    "A,x,general,*,*,50,3,,\n"
	    "B,x,general,*,*,,3,,\n", NULL), 0);
	CHECK_STR(refer(&m, PL_GENERAL, "housing", "Zuid", 40), "proposed B");
	smap_free(&m);
}

TEST(waitlist_and_release)
{
	struct socialmap m;
	struct provider *p;

	CHECK_INT(load(&m, HEADER
	    "Z,x,second_line,housing,Zuid,1,30,,\n"
	    "Y,x,second_line,housing,*,0,60,,\n"
	    "X,x,second_line,housing,*,0,30,,\n", NULL), 0);
	CHECK_STR(refer(&m, PL_SECOND_LINE, "housing", "Zuid", 40), "proposed Z");
	CHECK_INT(m.prov[0].places, 0);
	/* all full: the shortest wait, then provider_id (X before Z at 30 days) */
	CHECK_STR(refer(&m, PL_SECOND_LINE, "housing", "Zuid", 40), "waitlist X");
	CHECK_INT(smap_refer(&m, PL_SECOND_LINE, domain_lookup("housing", 7),
	    smap_wijk(&m, "Zuid", 4), 40, &p), REF_WAITLIST);
	CHECK_INT(m.prov[2].places, 0);
	smap_release(&m.prov[0]);
	CHECK_STR(refer(&m, PL_SECOND_LINE, "housing", "Zuid", 40), "proposed Z");
	smap_free(&m);
}

TEST(white_spot_is_not_escalated)
{
	struct socialmap m;

	CHECK_INT(load(&m, HEADER
	    "G,x,second_line,mental_health,*,,,,\n"
	    "H,x,first_line,finances,*,,,,\n", NULL), 0);
	CHECK_STR(refer(&m, PL_FIRST_LINE, "mental_health", "Noord", 40), "unmatched -");
	CHECK_STR(refer(&m, PL_THIRD_LINE, "finances", "Noord", 40), "unmatched -");
	CHECK_STR(refer(&m, PL_SELF, "finances", "Noord", 40), "informal -");
	CHECK_STR(refer(&m, PL_NETWORK, "justice", "Noord", 40), "informal -");
	smap_free(&m);
}

TEST(informal_map_entries_are_never_proposed)
{
	struct socialmap m;

	CHECK_INT(load(&m, HEADER "S,Zelfhulpsite,self,*,*,,,,\nV,Maatje,volunteer,*,*,,,,\n", NULL), 0);
	CHECK_STR(refer(&m, PL_SELF, "finances", "Noord", 40), "informal -");
	CHECK_STR(refer(&m, PL_VOLUNTEER, "finances", "Noord", 40), "proposed V");
	smap_free(&m);
}

TEST(age_limits)
{
	struct socialmap m;

	CHECK_INT(load(&m, HEADER
	    "J,Jeugd,general,*,*,,1,0,17\n"
	    "O,Ouderen,general,*,*,,1,65,\n"
	    "Z,Iedereen,general,*,*,,8,,\n", NULL), 0);
	CHECK_STR(refer(&m, PL_GENERAL, "time_use", "Noord", 17), "proposed J");
	CHECK_STR(refer(&m, PL_GENERAL, "time_use", "Noord", 18), "proposed Z");
	CHECK_STR(refer(&m, PL_GENERAL, "time_use", "Noord", 64), "proposed Z");
	CHECK_STR(refer(&m, PL_GENERAL, "time_use", "Noord", 65), "proposed O");
	CHECK_STR(refer(&m, PL_GENERAL, "time_use", "Noord", 0), "proposed J");
	/* an unknown age fits only providers without an age limit */
	CHECK_STR(refer(&m, PL_GENERAL, "time_use", "Noord", SMAP_NO_AGE), "proposed Z");
	smap_free(&m);
}

TEST(empty_map)
{
	struct socialmap m;

	CHECK_INT(load(&m, HEADER, NULL), 0);
	CHECK_INT(m.nprov, 0);
	CHECK_STR(refer(&m, PL_CRISIS, "housing", "Noord", 40), "unmatched -");
	smap_free(&m);
}

/* ---- the index against a plain scan of every provider ---- */

#define NP 3000
#define NW 20

static unsigned long long seed = 42;

static unsigned
rnd(unsigned n)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(seed >> 33) % n;
}

struct model {
	char id[16];
	int level;
	unsigned domains;
	int every_wijk;
	unsigned wijken;	/* bit per wijk */
	long long places;
	long long wait;
	int age_min, age_max;
};

static struct model pm[NP];

static int
model_fits(const struct model *p, int level, int d, int w, int age)
{
	if (p->level != level || !(p->domains & (1u << d)))
		return 0;
	if (!p->every_wijk && (w >= NW || !(p->wijken & (1u << w))))
		return 0;
	if (age < 0)
		return p->age_min < 0 && p->age_max < 0;
	return (p->age_min < 0 || age >= p->age_min) && (p->age_max < 0 || age <= p->age_max);
}

static int
model_better(const struct model *p, const struct model *q)
{
	if (p->wait != q->wait)
		return p->wait < q->wait;
	if (p->places != q->places)
		return q->places != SMAP_UNLIMITED && (p->places == SMAP_UNLIMITED || p->places > q->places);
	return strcmp(p->id, q->id) < 0;
}

/* The rule of SPEC 8 read literally, over the whole map. */
static enum referral_status
model_refer(int level, int d, int w, int age, int *chosen)
{
	int k, best = -1, queue = -1;

	*chosen = -1;
	if (level <= PL_NETWORK)
		return REF_INFORMAL;
	for (k = 0; k < NP; k++) {
		if (!model_fits(&pm[k], level, d, w, age))
			continue;
		if (pm[k].places == 0) {
			if (queue < 0 || pm[k].wait < pm[queue].wait ||
			    (pm[k].wait == pm[queue].wait && strcmp(pm[k].id, pm[queue].id) < 0))
				queue = k;
		} else if (best < 0 || model_better(&pm[k], &pm[best])) {
			best = k;
		}
	}
	if (best >= 0) {
		if (pm[best].places > 0)
			pm[best].places--;
		*chosen = best;
		return REF_PROPOSED;
	}
	*chosen = queue;
	return queue >= 0 ? REF_WAITLIST : REF_UNMATCHED;
}

static void
put_age(struct buf *b, int age)
{
	if (age >= 0)
		buf_printf(b, "%d", age);
}

TEST(index_agrees_with_a_full_scan)
{
	static const char *const spelling[] = { "Wijk %d", "WIJK %d", "wijk-%d", " wijk  %d " };
	struct buf text = { 0 };
	struct socialmap m;
	int k, d, w, q, mismatches = 0;

	buf_adds(&text, HEADER);
	for (k = 0; k < NP; k++) {
		struct model *p = &pm[k];

		snprintf(p->id, sizeof(p->id), "P%05u", (unsigned)((k * 7919) % 100000));
		p->level = (int)rnd(NPLAN_LEVELS - 2) + PL_VOLUNTEER;
		if (rnd(30) == 0) {
			p->domains = (1u << NDOMAINS) - 1;
		} else {
			p->domains = 1u << rnd(NDOMAINS);
			p->domains |= 1u << rnd(NDOMAINS);
		}
		p->every_wijk = rnd(40) == 0;
		if (!p->every_wijk) {
			p->wijken = 1u << rnd(NW);
			p->wijken |= 1u << rnd(NW);
		}
		p->places = rnd(40) == 0 ? SMAP_UNLIMITED : (long long)rnd(4);
		p->wait = rnd(6);
		p->age_min = rnd(5) == 0 ? (int)rnd(30) : -1;
		p->age_max = rnd(5) == 0 ? 30 + (int)rnd(70) : -1;

		buf_printf(&text, "%s,name,%s,", p->id, plan_levels[p->level].name);
		if (p->domains == (1u << NDOMAINS) - 1)
			buf_adds(&text, "*");
		else
			for (d = 0; d < NDOMAINS; d++)
				if (p->domains & (1u << d))
					buf_printf(&text, "%s;", domains[d].key);
		buf_addc(&text, ',');
		if (p->every_wijk)
			buf_adds(&text, "*");
		for (w = 0; w < NW; w++)
			if (p->wijken & (1u << w)) {
				buf_printf(&text, spelling[rnd(4)], w);
				buf_addc(&text, ';');
			}
		buf_addc(&text, ',');
		if (p->places != SMAP_UNLIMITED)
			buf_printf(&text, "%lld", p->places);
		buf_printf(&text, ",%lld,", p->wait);
		put_age(&text, p->age_min);
		buf_addc(&text, ',');
		put_age(&text, p->age_max);
		buf_addc(&text, '\n');
	}
	CHECK_INT(load(&m, text.data, NULL), 0);
	for (q = 0; q < 50000 && mismatches < 5; q++) {
		int level = (int)rnd(NPLAN_LEVELS), age = rnd(6) == 0 ? -1 : (int)rnd(100), chosen;
		char name[32];
		struct provider *p;
		enum referral_status want, got;

		d = (int)rnd(NDOMAINS);
		w = (int)rnd(NW + 2);	/* two wijken the map does not name */
		snprintf(name, sizeof(name), spelling[rnd(4)], w);
		want = model_refer(level, d, w, age, &chosen);
		got = smap_refer(&m, level, d, smap_wijk(&m, name, strlen(name)), age, &p);
		if (got != want || (p == NULL) != (chosen < 0) || (p && strcmp(p->id, pm[chosen].id) != 0)) {
			printf("  query %d: %s %s %s age %d: got %s %s, want %s %s\n", q,
			    plan_levels[level].name, domains[d].key, name, age,
			    referral_status_name[got], p ? p->id : "-",
			    referral_status_name[want], chosen >= 0 ? pm[chosen].id : "-");
			mismatches++;
		}
	}
	CHECK_INT(mismatches, 0);
	smap_free(&m);
	buf_free(&text);
}

int
main(void)
{
	unit_file = "test_socialmap";
	RUN(levels);
	RUN(csv_map_fields);
	RUN(json_map_fields);
	RUN(map_errors);
	RUN(cannot_open);
	RUN(shortest_wait_then_places_then_id);
	RUN(unlimited_is_most_places);
	RUN(waitlist_and_release);
	RUN(white_spot_is_not_escalated);
	RUN(informal_map_entries_are_never_proposed);
	RUN(age_limits);
	RUN(empty_map);
	RUN(index_agrees_with_a_full_scan);
	buf_free(&err);
	return unit_any_failed;
}
