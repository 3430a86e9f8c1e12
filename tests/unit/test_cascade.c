#include "cascade.h"
#include "unit.h"

static struct cascade_table builtin;

#define ALL_LEVELS ((1u << NPLAN_LEVELS) - 1)
#define BIT(l) (1u << (l))

static int
parse(struct cascade_table *t, const char *text, struct buf *err)
{
	buf_reset(err);
	return cascade_parse(t, text, strlen(text), "rules.txt", err);
}

/* Facts of one domain: need, together, current, declining, load. */
static struct item_facts
facts(int domain, int need, int together, int current, int declining, enum load load)
{
	struct item_facts f;

	memset(&f, 0, sizeof(f));
	f.domain = domain;
	f.need = need;
	f.together = together;
	f.current = current;
	f.declining = declining;
	f.load = load;
	return f;
}

/* The rule id that fires ("" when none) and the item it makes. */
static const char *
plan(const struct cascade_table *t, struct item_facts f, struct item *it)
{
	const struct plan_rule *r = cascade_item(t, &f, it);

	return r ? r->id : "";
}

enum { FIN = 0, HOUSING = 3, MENTAL = 5, JUSTICE = 12 };

TEST(levels_in_cascade_order)
{
	static const char *const names[] = {
		"self", "network", "volunteer", "general", "first_line",
		"second_line", "third_line", "crisis"
	};
	static const int echelons[] = { 0, 0, 0, 1, 1, 2, 3, 2 };
	int l, level;

	for (l = 0; l < NPLAN_LEVELS; l++) {
		CHECK_STR(plan_levels[l].name, names[l]);
		CHECK_INT(plan_levels[l].echelon, echelons[l]);
		CHECK_INT(plan_levels[l].informal, l <= PL_VOLUNTEER);
		CHECK_INT(plan_level_parse(names[l], strlen(names[l]), &level), 0);
		CHECK_INT(level, l);
	}
	CHECK_STR(plan_level_name(PL_NONE), "none");
	CHECK_STR(plan_level_name(PL_NO_FIT), "no_fit");
	CHECK_INT(plan_level_parse("First_Line", 10, &level), 0);
	CHECK_INT(level, PL_FIRST_LINE);
	CHECK_INT(plan_level_parse("none", 4, &level), 0);
	CHECK_INT(level, PL_NONE);
	CHECK_INT(plan_level_parse("", 0, &level), 0);
	CHECK_INT(level, PL_NONE);
	CHECK_INT(plan_level_parse("no_fit", 6, &level), -1);
	CHECK_INT(plan_level_parse("fourth_line", 11, &level), -1);
	CHECK_INT(plan_level_parse("self ", 5, &level), -1);
}

TEST(builtin_table)
{
	struct buf err = { 0 };
	int d;

	CHECK_INT(parse(&builtin, cascade_builtin_text, &err), 0);
	for (d = 0; d < NDOMAINS; d++) {
		/* housing, domestic_relations, mental/physical health, substance use, basic ADL */
		int residential = d == 3 || d == 4 || d == 5 || d == 6 || d == 7 || d == 8;

		CHECK_INT(builtin.allowed[d], residential ? ALL_LEVELS : ALL_LEVELS & ~BIT(PL_THIRD_LINE));
		CHECK_INT(builtin.specialised[d], d == 5 || d == 7 || d == 12);
	}
	CHECK_INT(builtin.review_weeks[PL_SELF], 12);
	CHECK_INT(builtin.review_weeks[PL_NETWORK], 12);
	CHECK_INT(builtin.review_weeks[PL_VOLUNTEER], 12);
	CHECK_INT(builtin.review_weeks[PL_GENERAL], 6);
	CHECK_INT(builtin.review_weeks[PL_FIRST_LINE], 6);
	CHECK_INT(builtin.review_weeks[PL_SECOND_LINE], 6);
	CHECK_INT(builtin.review_weeks[PL_THIRD_LINE], 6);
	CHECK_INT(builtin.review_weeks[PL_CRISIS], 1);
	buf_free(&err);
}

TEST(p1_urgent_is_crisis)
{
	struct cascade_table t = builtin;
	struct item it;

	CHECK_STR(plan(&t, facts(FIN, NEED_URGENT, 1, PL_NONE, 0, LOAD_OK), &it), "P1");
	CHECK_INT(it.level, PL_CRISIS);
	CHECK_INT(it.action, ACT_NEW);
	CHECK_INT(it.goal, 4);
	CHECK_INT(it.review_weeks, 1);
	/* Every level of the ladder is lighter than crisis. */
	CHECK_STR(plan(&t, facts(FIN, NEED_URGENT, 1, PL_SELF, 0, LOAD_OK), &it), "P1");
	CHECK_INT(it.action, ACT_SCALE_UP);
	CHECK_STR(plan(&t, facts(HOUSING, NEED_URGENT, 1, PL_THIRD_LINE, 0, LOAD_OK), &it), "P1");
	CHECK_INT(it.action, ACT_SCALE_UP);
	/* Crisis help already in place is not lighter: new (SPEC 7: "else new"). */
	CHECK_STR(plan(&t, facts(FIN, NEED_URGENT, 1, PL_CRISIS, 0, LOAD_OK), &it), "P1");
	CHECK_INT(it.level, PL_CRISIS);
	CHECK_INT(it.action, ACT_NEW);
	/* A table without crisis for the domain: no fit, no action, no review. */
	t.allowed[FIN] &= ~BIT(PL_CRISIS);
	CHECK_STR(plan(&t, facts(FIN, NEED_URGENT, 1, PL_SELF, 0, LOAD_OK), &it), "P1");
	CHECK_INT(it.level, PL_NO_FIT);
	CHECK_INT(it.action, ACT_NONE);
	CHECK_INT(it.goal, 4);
	CHECK_INT(it.review_weeks, 0);
}

TEST(p2_professional)
{
	struct cascade_table t = builtin;
	struct item it;

	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 2, PL_NONE, 0, LOAD_OK), &it), "P2");
	CHECK_INT(it.level, PL_FIRST_LINE);
	CHECK_INT(it.action, ACT_NEW);
	CHECK_INT(it.review_weeks, 6);
	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 2, PL_FIRST_LINE, 0, LOAD_OK), &it), "P2");
	CHECK_INT(it.action, ACT_CONTINUE);
	/* Another level in place: the plan starts the one P2 chooses. */
	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 2, PL_SECOND_LINE, 0, LOAD_OK), &it), "P2");
	CHECK_INT(it.level, PL_FIRST_LINE);
	CHECK_INT(it.action, ACT_NEW);
	CHECK_STR(plan(&t, facts(MENTAL, NEED_SUPPORT, 2, PL_NONE, 0, LOAD_OK), &it), "P2");
	CHECK_INT(it.level, PL_SECOND_LINE);
	CHECK_STR(plan(&t, facts(JUSTICE, NEED_SUPPORT, 2, PL_SECOND_LINE, 0, LOAD_OK), &it), "P2");
	CHECK_INT(it.level, PL_SECOND_LINE);
	CHECK_INT(it.action, ACT_CONTINUE);
	/* Never silently a heavier (or lighter) level than the rule's. */
	t.allowed[FIN] &= ~BIT(PL_FIRST_LINE);
	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 2, PL_NONE, 0, LOAD_OK), &it), "P2");
	CHECK_INT(it.level, PL_NO_FIT);
}

TEST(p3_lightest_allowed)
{
	struct cascade_table t = builtin;
	struct item it;

	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 3, PL_NONE, 0, LOAD_OK), &it), "P3");
	CHECK_INT(it.level, PL_NETWORK);
	CHECK_INT(it.action, ACT_NEW);
	CHECK_INT(it.review_weeks, 12);
	/* The network only when its load is known to be ok (SPEC 7). */
	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 3, PL_NONE, 0, LOAD_UNKNOWN), &it), "P3");
	CHECK_INT(it.level, PL_VOLUNTEER);
	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 3, PL_NONE, 0, LOAD_STRAINED), &it), "P3");
	CHECK_INT(it.level, PL_VOLUNTEER);
	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 3, PL_VOLUNTEER, 0, LOAD_OVERLOADED), &it), "P3");
	CHECK_INT(it.level, PL_VOLUNTEER);
	CHECK_INT(it.action, ACT_CONTINUE);
	t.allowed[FIN] &= ~BIT(PL_NETWORK);
	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 3, PL_NONE, 0, LOAD_OK), &it), "P3");
	CHECK_INT(it.level, PL_VOLUNTEER);
	t.allowed[FIN] &= ~BIT(PL_VOLUNTEER);
	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 3, PL_GENERAL, 0, LOAD_OK), &it), "P3");
	CHECK_INT(it.level, PL_GENERAL);
	CHECK_INT(it.action, ACT_CONTINUE);
	CHECK_INT(it.review_weeks, 6);
	t.allowed[FIN] &= ~BIT(PL_GENERAL);
	CHECK_STR(plan(&t, facts(FIN, NEED_SUPPORT, 3, PL_NONE, 0, LOAD_OK), &it), "P3");
	CHECK_INT(it.level, PL_NO_FIT);
}

TEST(p4_relief)
{
	struct cascade_table t = builtin;
	struct item it;

	CHECK_STR(plan(&t, facts(FIN, NEED_WATCH, 4, PL_NONE, 0, LOAD_OVERLOADED), &it), "P4");
	CHECK_INT(it.level, PL_VOLUNTEER);
	CHECK_INT(it.action, ACT_RELIEF);
	CHECK_INT(it.goal, 4);
	CHECK_STR(plan(&t, facts(FIN, NEED_WATCH, 5, PL_VOLUNTEER, 0, LOAD_STRAINED), &it), "P4");
	CHECK_INT(it.action, ACT_RELIEF);
	CHECK_INT(it.goal, 5);
	t.allowed[FIN] &= ~BIT(PL_VOLUNTEER);
	CHECK_STR(plan(&t, facts(FIN, NEED_WATCH, 4, PL_NONE, 0, LOAD_STRAINED), &it), "P4");
	CHECK_INT(it.level, PL_GENERAL);
	t.allowed[FIN] &= ~BIT(PL_GENERAL);
	CHECK_STR(plan(&t, facts(FIN, NEED_WATCH, 4, PL_NONE, 0, LOAD_STRAINED), &it), "P4");
	CHECK_INT(it.level, PL_NO_FIT);
}

TEST(p5_scale_down)
{
	struct cascade_table t = builtin;
	struct item it;

	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_FIRST_LINE, 0, LOAD_OK), &it), "P5");
	CHECK_INT(it.level, PL_GENERAL);
	CHECK_INT(it.action, ACT_SCALE_DOWN);
	CHECK_INT(it.goal, 4);
	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_NETWORK, 0, LOAD_OK), &it), "P5");
	CHECK_INT(it.level, PL_SELF);
	/* Together 5: the support ends; review after the period of self. */
	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 5, PL_SECOND_LINE, 0, LOAD_OK), &it), "P5");
	CHECK_INT(it.level, PL_NONE);
	CHECK_INT(it.action, ACT_SCALE_DOWN);
	CHECK_INT(it.goal, 5);
	CHECK_INT(it.review_weeks, 12);
	/* Scaling down skips a strained network. */
	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_VOLUNTEER, 0, LOAD_STRAINED), &it), "P5");
	CHECK_INT(it.level, PL_SELF);
	/* From crisis the next lighter level allowed: third_line in housing, not in finances. */
	CHECK_STR(plan(&t, facts(HOUSING, NEED_NONE, 4, PL_CRISIS, 0, LOAD_OK), &it), "P5");
	CHECK_INT(it.level, PL_THIRD_LINE);
	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_CRISIS, 0, LOAD_OK), &it), "P5");
	CHECK_INT(it.level, PL_SECOND_LINE);
	/* Nothing lighter allowed: no fit. */
	t.allowed[FIN] = BIT(PL_GENERAL);
	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_GENERAL, 0, LOAD_OK), &it), "P5");
	CHECK_INT(it.level, PL_NO_FIT);
	CHECK_INT(it.action, ACT_NONE);
	/* Self in place, or nothing: no item. */
	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_SELF, 0, LOAD_OK), &it), "");
	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_NONE, 0, LOAD_OK), &it), "");
}

TEST(p6_scale_up)
{
	struct cascade_table t = builtin;
	struct item it;

	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_SELF, 1, LOAD_OK), &it), "P6");
	CHECK_INT(it.level, PL_NETWORK);
	CHECK_INT(it.action, ACT_SCALE_UP);
	CHECK_INT(it.review_weeks, 12);
	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_SELF, 1, LOAD_OVERLOADED), &it), "P6");
	CHECK_INT(it.level, PL_VOLUNTEER);
	/* A trend with nothing in place: no item. */
	CHECK_STR(plan(&t, facts(FIN, NEED_NONE, 4, PL_NONE, 1, LOAD_OK), &it), "");
	/* Unscored now, declining: up the ladder, never to crisis. */
	CHECK_STR(plan(&t, facts(HOUSING, NEED_UNSCORED, 0, PL_SECOND_LINE, 1, LOAD_OK), &it), "P6");
	CHECK_INT(it.level, PL_THIRD_LINE);
	CHECK_INT(it.goal, 4);
	CHECK_STR(plan(&t, facts(FIN, NEED_UNSCORED, 0, PL_SECOND_LINE, 1, LOAD_OK), &it), "P6");
	CHECK_INT(it.level, PL_NO_FIT);
	CHECK_INT(it.action, ACT_NONE);
	CHECK_STR(plan(&t, facts(HOUSING, NEED_UNSCORED, 0, PL_CRISIS, 1, LOAD_OK), &it), "P6");
	CHECK_INT(it.level, PL_NO_FIT);
	CHECK_STR(plan(&t, facts(HOUSING, NEED_UNSCORED, 0, PL_CRISIS, 0, LOAD_OK), &it), "");
}

TEST(first_rule_wins)
{
	struct item it;

	/* Need support with a declining trend: P3, not P6. */
	CHECK_STR(plan(&builtin, facts(FIN, NEED_SUPPORT, 3, PL_VOLUNTEER, 1, LOAD_STRAINED), &it), "P3");
	CHECK_INT(it.action, ACT_CONTINUE);
	/* Need none with support above self and a declining trend: P5 comes first. */
	CHECK_STR(plan(&builtin, facts(FIN, NEED_NONE, 4, PL_VOLUNTEER, 1, LOAD_OK), &it), "P5");
	CHECK_INT(it.level, PL_NETWORK);
	/* Urgent with everything else too: P1. */
	CHECK_STR(plan(&builtin, facts(FIN, NEED_URGENT, 1, PL_GENERAL, 1, LOAD_OVERLOADED), &it), "P1");
	/* Unscored and no trend: nothing. */
	CHECK_STR(plan(&builtin, facts(FIN, NEED_UNSCORED, 0, PL_GENERAL, 0, LOAD_OK), &it), "");
}

TEST(table_file)
{
	struct cascade_table t;
	struct buf err = { 0 };
	int d;

	CHECK_INT(parse(&t,
	    "# a comment\r\n"
	    "\r\n"
	    "  allow Financiën general\tfirst_line  \r\n"
	    "specialized finances\n"
	    "review general 2", &err), 0);
	CHECK_INT(t.allowed[FIN], BIT(PL_GENERAL) | BIT(PL_FIRST_LINE));
	/* What the file leaves out: every level, nothing specialised, SPEC periods. */
	for (d = 1; d < NDOMAINS; d++) {
		CHECK_INT(t.allowed[d], ALL_LEVELS);
		CHECK_INT(t.specialised[d], 0);
	}
	CHECK_INT(t.specialised[FIN], 1);
	CHECK_INT(t.review_weeks[PL_GENERAL], 2);
	CHECK_INT(t.review_weeks[PL_CRISIS], 1);
	CHECK_INT(t.review_weeks[PL_SELF], 12);
	CHECK_INT(t.review_weeks[PL_FIRST_LINE], 6);
	CHECK_INT(parse(&t, "", &err), 0);
	CHECK_INT(t.allowed[JUSTICE], ALL_LEVELS);
	CHECK_INT(t.specialised[MENTAL], 0);
	buf_free(&err);
}

TEST(table_errors)
{
	static const struct {
		const char *text, *message;
	} bad[] = {
		{ "allow finances self\npermit housing self\n",
		  "rules.txt:2: 'permit' is not allow, specialised or review" },
		{ "allow\n", "rules.txt:1: allow needs a domain and its levels" },
		{ "allow finances\n", "rules.txt:1: allow needs a domain and its levels" },
		{ "allow money self\n", "rules.txt:1: 'money' is not a life domain" },
		{ "allow finances self fourth_line\n",
		  "rules.txt:1: 'fourth_line' is not a level (self, network, volunteer, general, first_line, second_line, third_line, crisis)" },
		{ "allow finances none\n",
		  "rules.txt:1: 'none' is not a level (self, network, volunteer, general, first_line, second_line, third_line, crisis)" },
		{ "allow finances self network self\n", "rules.txt:1: self twice" },
		{ "# x\nallow finances self\nallow financien network\n",
		  "rules.txt:3: a second allow line for finances (the first is line 2)" },
		{ "specialised\n", "rules.txt:1: specialised needs at least one domain" },
		{ "specialised justice money\n", "rules.txt:1: 'money' is not a life domain" },
		{ "specialised justice\nspecialised justitie\n",
		  "rules.txt:2: justice is already specialised (line 1)" },
		{ "review crisis\n", "rules.txt:1: review needs a level and a number of weeks" },
		{ "review crisis 1 week\n", "rules.txt:1: review needs a level and a number of weeks" },
		{ "review urgent 1\n",
		  "rules.txt:1: 'urgent' is not a level (self, network, volunteer, general, first_line, second_line, third_line, crisis)" },
		{ "review crisis 0\n", "rules.txt:1: '0' is not a number of weeks 1-104" },
		{ "review crisis 105\n", "rules.txt:1: '105' is not a number of weeks 1-104" },
		{ "review crisis 1.5\n", "rules.txt:1: '1.5' is not a number of weeks 1-104" },
		{ "review crisis 1\nreview crisis 2\n",
		  "rules.txt:2: a second review line for crisis (the first is line 1)" },
	};
	struct cascade_table t;
	struct buf err = { 0 };
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		CHECK_INT(parse(&t, bad[i].text, &err), -1);
		CHECK_STR(err.data, bad[i].message);
	}
	buf_free(&err);
}

int
main(void)
{
	unit_file = "test_cascade";
	RUN(levels_in_cascade_order);
	RUN(builtin_table);
	RUN(p1_urgent_is_crisis);
	RUN(p2_professional);
	RUN(p3_lightest_allowed);
	RUN(p4_relief);
	RUN(p5_scale_down);
	RUN(p6_scale_up);
	RUN(first_rule_wins);
	RUN(table_file);
	RUN(table_errors);
	return unit_any_failed;
}
