/* Unit tests of the report's aggregates: periods, the exact median, merging. */
#include "unit.h"

#include "dates.h"
#include "report.h"
#include "report_labels.h"
#include "report_model.h"

static long
day(const char *iso)
{
	long d;
	const char *err;

	if (date_parse(iso, strlen(iso), &d, &err) < 0) {
		printf("  bad date in test: %s\n", iso);
		exit(2);
	}
	return d;
}

static const char *
label(enum period_kind k, const char *iso)
{
	static char out[PERIOD_LABEL_MAX];

	period_label(k, period_of(k, day(iso)), out);
	return out;
}

TEST(period_labels)
{
	CHECK_STR(label(PERIOD_WEEK, "2026-11-02"), "2026-W45");	/* a Monday */
	CHECK_STR(label(PERIOD_WEEK, "2026-11-08"), "2026-W45");	/* its Sunday */
	CHECK_STR(label(PERIOD_WEEK, "2026-11-09"), "2026-W46");
	/* ISO years: 2026-12-31 is a Thursday of 2026-W53, 2027-01-03 a Sunday in it. */
	CHECK_STR(label(PERIOD_WEEK, "2026-12-31"), "2026-W53");
	CHECK_STR(label(PERIOD_WEEK, "2027-01-03"), "2026-W53");
	CHECK_STR(label(PERIOD_WEEK, "2025-12-29"), "2026-W01");
	CHECK_STR(label(PERIOD_WEEK, "1969-12-31"), "1970-W01");
	CHECK_STR(label(PERIOD_MONTH, "2026-11-30"), "2026-11");
	CHECK_STR(label(PERIOD_QUARTER, "2026-10-01"), "2026-Q4");
	CHECK_STR(label(PERIOD_QUARTER, "2026-09-30"), "2026-Q3");
	CHECK_STR(label(PERIOD_YEAR, "2026-01-01"), "2026");
	CHECK_STR(label(PERIOD_ALL, "2026-01-01"), "all");
}

/* The previous period is the period number minus one, across year ends. */
TEST(previous_period)
{
	char out[PERIOD_LABEL_MAX];

	period_label(PERIOD_WEEK, period_of(PERIOD_WEEK, day("2026-01-01")) - 1, out);
	CHECK_STR(out, "2025-W52");
	period_label(PERIOD_MONTH, period_of(PERIOD_MONTH, day("2026-01-15")) - 1, out);
	CHECK_STR(out, "2025-12");
	period_label(PERIOD_QUARTER, period_of(PERIOD_QUARTER, day("2026-02-15")) - 1, out);
	CHECK_STR(out, "2025-Q4");
	CHECK_INT(period_parse("quarter"), PERIOD_QUARTER);
	CHECK_INT(period_parse("fortnight"), -1);
}

TEST(median_exact)
{
	struct day_hist h = { 0 };

	CHECK_INT(hist_median2(&h), 0);
	hist_add(&h, 7, 1);
	hist_add(&h, 2, 1);
	hist_add(&h, 40, 1);
	CHECK_INT(hist_median2(&h), 14);	/* 2 7 40: median 7 */
	hist_add(&h, 8, 1);
	CHECK_INT(hist_median2(&h), 15);	/* 2 7 8 40: (7 + 8) / 2 = 7.5 */
	hist_add(&h, 7, 2);
	CHECK_INT(hist_total(&h), 6);
	CHECK_INT(hist_median2(&h), 14);	/* 2 7 7 7 8 40 */
	CHECK_INT(h.n, 4);			/* distinct values only */
	free(h.days);
	free(h.count);
}

static void
fill(struct report_case *c, const char *id, const char *received, const char *wijk)
{
	report_case_clear(c);
	c->case_id = id, c->case_id_len = strlen(id);
	c->wijk = wijk, c->wijk_len = strlen(wijk);
	c->group = "all", c->group_len = 3;
	c->received = day(received);
	c->seen = SEEN_RECEIVED | SEEN_WIJK | SEEN_ROUTE | SEEN_PLAN_DATE | SEEN_NEED | SEEN_CONSULT;
}

/* Six cases in one week, with every kind of fact. */
static void
six_cases(struct report_case *c)
{
	fill(&c[0], "A", "2026-11-02", "Noord");
	c[0].route = ROUTE_HALFLINE;
	c[0].plan_date = day("2026-11-12");		/* 10 days */
	c[0].together[0] = 2, c[0].self[0] = 2;
	c[0].need_class[0] = NEED_SUPPORT;
	c[0].plan_level[0] = PL_VOLUNTEER;
	c[0].consult = 1, c[0].priority = 3;
	c[0].reasons = "complex", c[0].reasons_len = 7;

	fill(&c[1], "B", "2026-11-03", "Zuid");
	c[1].route = ROUTE_CRISIS;			/* no plan: overdue since 11-05 */
	c[1].together[0] = 1, c[1].self[0] = 1;
	c[1].need_class[0] = NEED_URGENT;
	c[1].consult = 1, c[1].priority = 1;
	c[1].reasons = "crisis", c[1].reasons_len = 6;

	fill(&c[2], "C", "2026-11-04", "Noord");
	c[2].route = ROUTE_INFO;

	fill(&c[3], "D", "2026-11-05", "Noord");
	c[3].route = ROUTE_HALFLINE;
	c[3].plan_date = day("2026-11-09");		/* 4 days */
	c[3].together[3] = 4, c[3].self[3] = 3;		/* carried */
	c[3].plan_level[3] = PL_ITEM_NO_FIT;
	c[3].refer[3] = REF_UNMATCHED;

	fill(&c[4], "E", "2026-11-06", "Zuid");
	c[4].route = ROUTE_HALFLINE;
	c[4].plan_date = day("2026-11-07");		/* 1 day */
	c[4].plan_level[1] = PL_SECOND_LINE;
	c[4].action[1] = ACT_SCALE_UP;
	c[4].refer[1] = REF_WAITLIST;

	fill(&c[5], "F", "2026-11-08", "Noord");
	c[5].route = ROUTE_SAFETY;
	c[5].plan_date = day("2026-11-10");		/* 2 days: just in time */
	c[5].consult = 1, c[5].priority = 1, c[5].urgent = 2;
}

TEST(add_counts)
{
	struct report rp;
	struct report_case c[6];
	struct report_state *st;
	int i;

	report_init(&rp, PERIOD_WEEK, day("2026-11-28"), 0);
	six_cases(c);
	for (i = 0; i < 6; i++)
		report_add(&rp, &c[i]);
	CHECK_INT(rp.n, 1);
	st = rp.states[0];
	CHECK_INT(st->cases, 6);
	CHECK_INT(st->route[ROUTE_HALFLINE], 3);
	CHECK_INT(st->route[ROUTE_INFO], 1);
	CHECK_INT(hist_total(&st->lead), 4);
	CHECK_INT(hist_median2(&st->lead), 6);		/* 1 2 4 10: (2 + 4) / 2 = 3 */
	CHECK_INT(st->overdue, 1);			/* B: crisis, no plan */
	CHECK_STR(st->overdue_list.v[0].case_id, "B");
	CHECK_INT(st->overdue_list.v[0].days_late, 23);	/* 11-05 to 11-28 */
	CHECK_INT(st->monitored, 3);			/* A, B, D have a level */
	CHECK_INT(st->level[0][2], 1);
	CHECK_INT(st->level[0][1], 1);
	CHECK_INT(st->level[0][0], 1);			/* D: finances not scored */
	CHECK_INT(st->carried[3], 1);
	CHECK_INT(st->items, 3);
	CHECK_INT(st->items_level[PL_ITEM_NO_FIT], 1);
	CHECK_INT(st->items_echelon[0], 1);		/* volunteer */
	CHECK_INT(st->items_echelon[2], 1);		/* second line; no_fit has none */
	CHECK_INT(st->action[ACT_SCALE_UP], 1);
	CHECK_INT(st->consult, 3);
	CHECK_INT(st->nwijk, 2);
	CHECK_STR(st->wijk[0].name, "Noord");
	CHECK_INT(st->wijk[0].cases, 4);
	CHECK_INT(st->wijk[0].need[0], 1);
	CHECK_INT(st->wijk[0].unmatched[3], 1);
	CHECK_INT(st->wijk[1].need[0], 1);		/* Zuid: B, urgent */
	report_free(&rp);
}

/* Most urgent first: priority, urgent domains, reasons, received, id. */
TEST(agenda_order)
{
	struct report rp;
	struct report_case c[6];
	struct report_state *st;
	int i;

	report_init(&rp, PERIOD_WEEK, day("2026-11-28"), 0);
	six_cases(c);
	for (i = 0; i < 6; i++)
		report_add(&rp, &c[i]);
	st = rp.states[0];
	qsort(st->agenda.v, (size_t)st->agenda.n, sizeof(st->agenda.v[0]), agenda_cmp);
	CHECK_INT(st->agenda.n, 3);
	CHECK_STR(st->agenda.v[0].case_id, "F");	/* priority 1, 2 urgent */
	CHECK_STR(st->agenda.v[1].case_id, "B");	/* priority 1 */
	CHECK_STR(st->agenda.v[2].case_id, "A");	/* priority 3 */
	report_free(&rp);
}

/* A period label reads back as its period, and nothing else does. */
TEST(period_from_labels)
{
	static const char *const days[] = {
		"2026-11-02", "2026-12-31", "2027-01-03", "2025-12-29", "2020-12-31", "1000-01-06",
		"9999-12-27"
	};
	enum period_kind k;
	char text[PERIOD_LABEL_MAX];
	long p, back;
	size_t i;

	for (k = PERIOD_WEEK; k <= PERIOD_ALL; k++)
		for (i = 0; i < sizeof(days) / sizeof(days[0]); i++) {
			p = k == PERIOD_ALL ? 0 : period_of(k, day(days[i]));
			period_label(k, p, text);
			back = -99;
			CHECK_INT(period_from_label(k, text, strlen(text), &back), 0);
			CHECK_INT(back, p);
		}
	CHECK_INT(period_from_label(PERIOD_WEEK, "2026-W53", 8, &p), 0);
	CHECK_INT(period_from_label(PERIOD_WEEK, "2025-W53", 8, &p), -1);	/* 2025 has 52 */
	CHECK_INT(period_from_label(PERIOD_WEEK, "2026-W5", 7, &p), -1);	/* not as written */
	CHECK_INT(period_from_label(PERIOD_WEEK, "2026-11", 7, &p), -1);
	CHECK_INT(period_from_label(PERIOD_MONTH, "2026-13", 7, &p), -1);
	CHECK_INT(period_from_label(PERIOD_MONTH, " 2026-11", 8, &p), -1);
	CHECK_INT(period_from_label(PERIOD_MONTH, "2026-11x", 8, &p), -1);
	CHECK_INT(period_from_label(PERIOD_QUARTER, "2026-Q5", 7, &p), -1);
	CHECK_INT(period_from_label(PERIOD_YEAR, "+2026", 5, &p), -1);
	CHECK_INT(period_from_label(PERIOD_YEAR, "0999", 4, &p), -1);
	CHECK_INT(period_from_label(PERIOD_ALL, "all", 3, &p), 0);
	CHECK_INT(period_from_label(PERIOD_ALL, "2026", 4, &p), -1);
	CHECK_INT(period_from_label(PERIOD_MONTH, "", 0, &p), -1);
}

/*
 * Two entries for one case id (a duplicate the intake let through in two
 * shards, say) in either order: the lists sort them the same way, so a
 * merge shows them as a single run does.
 */
TEST(list_orders_total)
{
	struct listed_case a = { "C1", "Noord", "complex", ROUTE_HALFLINE, 1, 1, -1, 1,
		100, 142, -1, 5 };
	struct listed_case b = a;

	b.wijk = "Zuid";
	CHECK(agenda_cmp(&a, &b) < 0 && agenda_cmp(&b, &a) > 0);
	CHECK(overdue_cmp(&a, &b) < 0 && overdue_cmp(&b, &a) > 0);
	b = a;
	b.route = ROUTE_CRISIS;
	CHECK(agenda_cmp(&a, &b) > 0 && agenda_cmp(&b, &a) < 0);
	CHECK(overdue_cmp(&a, &b) > 0 && overdue_cmp(&b, &a) < 0);
	b = a;
	b.plan_date = 150;
	CHECK(overdue_cmp(&a, &b) < 0 && overdue_cmp(&b, &a) > 0);
	b = a;
	b.reasons = "complex;crisis";
	b.nreasons = 1;		/* as many reasons counted: the text decides */
	CHECK(agenda_cmp(&a, &b) < 0 && agenda_cmp(&b, &a) > 0);
	b = a;
	CHECK_INT(agenda_cmp(&a, &b), 0);
	CHECK_INT(overdue_cmp(&a, &b), 0);
}

static int
same_state(const struct report_state *a, const struct report_state *b)
{
	int i, ok = 1;

#define SAME(f) ok &= memcmp(&a->f, &b->f, sizeof(a->f)) == 0
	SAME(seen); SAME(cases); SAME(route); SAME(source); SAME(overdue);
	SAME(monitored); SAME(all_scored); SAME(complex); SAME(level); SAME(need);
	SAME(carried); SAME(sum_self); SAME(n_self); SAME(sum_together);
	SAME(n_together); SAME(trend); SAME(delta_domains); SAME(delta_improved);
	SAME(plan_cases); SAME(items); SAME(items_level); SAME(items_echelon);
	SAME(action); SAME(coordination); SAME(consult); SAME(refer);
#undef SAME
	ok &= a->lead.n == b->lead.n && a->nwijk == b->nwijk;
	ok &= a->agenda.n == b->agenda.n && a->overdue_list.n == b->overdue_list.n;
	for (i = 0; ok && i < a->lead.n; i++)
		ok &= a->lead.days[i] == b->lead.days[i] && a->lead.count[i] == b->lead.count[i];
	for (i = 0; ok && i < a->nwijk; i++)
		ok &= strcmp(a->wijk[i].name, b->wijk[i].name) == 0 &&
		    a->wijk[i].cases == b->wijk[i].cases &&
		    memcmp(a->wijk[i].need, b->wijk[i].need, sizeof(a->wijk[i].need)) == 0 &&
		    memcmp(a->wijk[i].unmatched, b->wijk[i].unmatched, sizeof(a->wijk[i].unmatched)) == 0;
	qsort(a->agenda.v, (size_t)a->agenda.n, sizeof(a->agenda.v[0]), agenda_cmp);
	qsort(b->agenda.v, (size_t)b->agenda.n, sizeof(b->agenda.v[0]), agenda_cmp);
	for (i = 0; ok && i < a->agenda.n; i++)
		ok &= strcmp(a->agenda.v[i].case_id, b->agenda.v[i].case_id) == 0;
	return ok;
}

/* Two partial states merged equal the state of one run over all cases. */
TEST(merge_exact)
{
	struct report whole, part1, part2;
	struct report_case c[6];
	struct report_state *merged;
	int i;

	six_cases(c);
	report_init(&whole, PERIOD_WEEK, day("2026-11-28"), 0);
	report_init(&part1, PERIOD_WEEK, day("2026-11-28"), 0);
	report_init(&part2, PERIOD_WEEK, day("2026-11-28"), 0);
	for (i = 0; i < 6; i++) {
		report_add(&whole, &c[i]);
		report_add(i % 2 ? &part1 : &part2, &c[i]);	/* interleaved, as in parallel --pipe */
	}
	merged = report_state_get(&part1, part2.states[0]->period, part2.states[0]->group);
	report_merge_state(merged, part2.states[0]);
	CHECK(same_state(merged, whole.states[0]));
	CHECK_INT(merged->cases, 6);
	CHECK_INT(hist_median2(&merged->lead), 6);
	report_free(&whole);
	report_free(&part1);
	report_free(&part2);
}

/* report_sort puts the states by period, then group, whatever the order of arrival. */
TEST(states_sorted)
{
	struct report rp;
	struct report_case c;

	report_init(&rp, PERIOD_MONTH, day("2026-11-28"), 0);
	fill(&c, "1", "2026-11-02", "Noord");
	c.group = "Zuid", c.group_len = 4;
	report_add(&rp, &c);
	fill(&c, "2", "2026-10-02", "Noord");
	c.group = "Zuid", c.group_len = 4;
	report_add(&rp, &c);
	fill(&c, "3", "2026-11-02", "Noord");
	c.group = "Noord", c.group_len = 5;
	report_add(&rp, &c);
	CHECK_INT(rp.n, 3);
	report_sort(&rp);
	CHECK(report_find(&rp, period_of(PERIOD_MONTH, day("2026-10-01")), "Zuid") == rp.states[0]);
	CHECK_STR(rp.states[1]->group, "Noord");
	CHECK_STR(rp.states[2]->group, "Zuid");
	CHECK(report_find(&rp, period_of(PERIOD_MONTH, day("2026-10-01")), "Noord") == NULL);
	report_free(&rp);
}

/*
 * Many groups in many periods, in a scrambled order, two cases each: one
 * state per period and group, each found again, counted twice, and after
 * report_sort in the order of the report.  A group is its bytes up to the
 * length given (not to a NUL past it).
 */
TEST(many_states)
{
	struct report rp;
	struct report_case c;
	char group[32], rest[40];
	long first = period_of(PERIOD_MONTH, day("2026-01-15")), bad = 0;
	int i, k;

	report_init(&rp, PERIOD_MONTH, day("2026-11-28"), 0);
	for (k = 0; k < 2; k++)
		for (i = 0; i < 3000; i++) {
			int g = (int)((i * 7919L) % 3000);
			static const char *const months[] = { "2026-03-02", "2026-01-15", "2026-02-10" };

			fill(&c, "X", months[g % 3], "Noord");
			snprintf(rest, sizeof(rest), "wijk-%04d+tail", g);
			c.group = rest, c.group_len = 9;	/* "wijk-NNNN" */
			report_add(&rp, &c);
		}
	CHECK_INT(rp.n, 3000);
	for (i = 0; i < 3000; i++) {
		const struct report_state *st;

		snprintf(group, sizeof(group), "wijk-%04d", i);
		st = report_find(&rp, first + (i % 3 == 0 ? 2 : i % 3 == 1 ? 0 : 1), group);
		if (st == NULL || st->cases != 2 || strcmp(st->group, group) != 0)
			bad++;
		if (report_find(&rp, first + (i % 3 == 0 ? 0 : 2), group) != NULL)
			bad++;
	}
	CHECK_INT(bad, 0);
	CHECK(report_find(&rp, first, "wijk-0001+tail") == NULL);
	report_sort(&rp);
	for (i = 1; i < rp.n; i++) {
		const struct report_state *a = rp.states[i - 1], *b = rp.states[i];

		if (a->period > b->period || (a->period == b->period && strcmp(a->group, b->group) >= 0))
			bad++;
	}
	CHECK_INT(bad, 0);
	CHECK(rp.states[0]->period == first);
	CHECK_STR(rp.states[0]->group, "wijk-0001");		/* 1 % 3 == 1: January */
	CHECK_STR(rp.states[rp.n - 1]->group, "wijk-2997");	/* March */
	report_free(&rp);
}

TEST(labels_and_language)
{
	CHECK_STR(rlabel(LANG_EN, "domain.finances"), "Finances");
	CHECK_STR(rlabel(LANG_NL, "domain.finances"), "Financiën");
	CHECK_STR(rlabel(LANG_NL, "level.insufficient"), "niet zelfredzaam");
	CHECK_STR(rlabel(LANG_NL, "section.agenda"), "Agenda collegiale raadpleging");
	CHECK_STR(rlabel(LANG_EN, "no.such.label"), "no.such.label");
	setenv("LANG", "nl_NL.UTF-8", 1);
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	CHECK_INT(report_lang_default(), LANG_NL);
	setenv("LC_MESSAGES", "en_GB.UTF-8", 1);	/* before LANG */
	CHECK_INT(report_lang_default(), LANG_EN);
	setenv("LC_ALL", "nl_BE.UTF-8", 1);		/* before both */
	CHECK_INT(report_lang_default(), LANG_NL);
	setenv("LC_ALL", "", 1);			/* empty counts as not set */
	CHECK_INT(report_lang_default(), LANG_EN);
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
	CHECK_INT(report_lang_default(), LANG_EN);
}

/* The model: shares to one decimal, rounded half up; suppressed counts. */
TEST(model_suppress_and_shares)
{
	struct report rp;
	struct report_case c[6];
	struct report_options o = { PERIOD_WEEK, NULL, 0, 2, 25, 5, 10, 1, CRISIS_DAYS_DEFAULT, NULL };
	struct rdoc doc = { &o, LANG_EN, 1, ',', "\n", 0, 0, NULL, NULL, NULL };
	struct rpage pg;
	const struct rtable *t;
	int i;

	o.today = day("2026-11-28");
	report_init(&rp, PERIOD_WEEK, o.today, 0);
	six_cases(c);
	for (i = 0; i < 6; i++)
		report_add(&rp, &c[i]);
	report_page_build(&rp, &doc, 0, &pg);
	CHECK_STR(pg.period, "2026-W45");
	CHECK_STR(pg.group, "all");
	t = pg.sec[0].tables[0];			/* intake figures */
	CHECK_STR(t->rows[0].head, "cases");
	CHECK_STR(t->rows[0].cells[0].text, "6");
	CHECK_STR(t->rows[3].head, "overdue");
	CHECK_STR(t->rows[3].cells[0].text, "<2");	/* 1 overdue, below --suppress 2 */
	CHECK(t->rows[3].cells[0].suppressed && !t->rows[3].cells[0].bar);
	t = pg.sec[0].tables[1];			/* routes */
	CHECK_STR(t->rows[4].cells[0].key, "halfline");
	CHECK_STR(t->rows[4].cells[0].text, "3");
	/*
	 * Goal 5: 1 info case of 6 (16.7 %) is a count below 2: its share would
	 * give it back, so it is left out (shown x, no tidy row).
	 */
	t = pg.sec[6].tables[0];
	CHECK(t->rows[t->nrows - 1].cells[1].metric == NULL);
	CHECK_STR(t->rows[t->nrows - 1].cells[1].text, "x");
	/* No case list under --suppress: only a note. */
	CHECK_INT(pg.sec[4].ntables, 1);
	CHECK_INT(pg.sec[4].nnotes, 1);
	report_page_free(&pg);
	report_free(&rp);
}

int
main(void)
{
	unit_file = "test_report";
	RUN(period_labels);
	RUN(previous_period);
	RUN(median_exact);
	RUN(add_counts);
	RUN(agenda_order);
	RUN(period_from_labels);
	RUN(list_orders_total);
	RUN(merge_exact);
	RUN(states_sorted);
	RUN(many_states);
	RUN(labels_and_language);
	RUN(model_suppress_and_shares);
	return unit_any_failed;
}
