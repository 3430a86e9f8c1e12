#include "consult.h"
#include "unit.h"

/* Every reason that holds is listed, in SPEC 7's order; --consult-on picks the agenda. */
TEST(planned_reasons)
{
	struct consult_rules rules = CONSULT_RULES_DEFAULT;
	struct consult_case c = { 1, 4, 1, 0, 1 };
	struct buf reasons = { 0 };

	CHECK_INT(consult_planned(&rules, &c, &reasons), 1);
	CHECK_STR(reasons.data, "complex;crisis;many_items;scale_up");
	rules.on = 1u << C_NO_FIT;
	CHECK_INT(consult_planned(&rules, &c, &reasons), 0);
	CHECK_STR(reasons.data, "complex;crisis;many_items;scale_up");
	c.no_fit = 2;
	CHECK_INT(consult_planned(&rules, &c, &reasons), 1);
	CHECK_STR(reasons.data, "complex;crisis;no_fit;many_items;scale_up");
	/* --consult-items 0: never many; 3 items are not 4. */
	rules = (struct consult_rules)CONSULT_RULES_DEFAULT;
	c = (struct consult_case){ 0, 3, 0, 0, 0 };
	CHECK_INT(consult_planned(&rules, &c, &reasons), 0);
	CHECK_INT((int)reasons.len, 0);
	c.items = 13;
	rules.many_items = 0;
	CHECK_INT(consult_planned(&rules, &c, &reasons), 0);
	CHECK_INT((int)reasons.len, 0);
	buf_free(&reasons);
}

/* The worker's decision wins either way and says so. */
TEST(decision_overrides)
{
	struct consult_rules rules = CONSULT_RULES_DEFAULT;
	struct consult_case c = { 1, 1, 0, 0, 0 };
	struct buf reasons = { 0 };
	int on = consult_planned(&rules, &c, &reasons);

	CHECK_INT(consult_decide(on, BOOL_UNKNOWN, &reasons), 1);
	CHECK_STR(reasons.data, "complex");
	CHECK_INT(consult_decide(on, BOOL_FALSE, &reasons), 0);
	CHECK_STR(reasons.data, "complex;override");
	CHECK_INT(consult_unplanned(1, 2, &reasons), 1);
	CHECK_STR(reasons.data, "outreach_urgent");
	CHECK_INT(consult_unplanned(1, 0, &reasons), 0);
	CHECK_INT((int)reasons.len, 0);
	CHECK_INT(consult_unplanned(0, 3, &reasons), 0);
	CHECK_INT(consult_decide(0, BOOL_TRUE, &reasons), 1);
	CHECK_STR(reasons.data, "override");
	buf_free(&reasons);
}

TEST(consult_on)
{
	unsigned on = 0;
	const char *bad = NULL;
	size_t badlen = 0;

	CHECK_INT(consult_parse_on("crisis,no_fit", &on, &bad, &badlen), 0);
	CHECK_INT((int)on, (1 << C_CRISIS) | (1 << C_NO_FIT));
	CHECK_INT(consult_parse_on("complex,crisis,no_fit,many_items,scale_up", &on, &bad, &badlen), 0);
	CHECK_INT((int)on, (1 << NCONSULT) - 1);
	CHECK_INT(consult_parse_on("crisis,spoed", &on, &bad, &badlen), -1);
	CHECK_INT((int)badlen, 5);
	CHECK(memcmp(bad, "spoed", 5) == 0);
	CHECK_INT(consult_parse_on("", &on, &bad, &badlen), -1);
	CHECK_INT((int)badlen, 0);
	CHECK_INT(consult_parse_on("crisis,", &on, &bad, &badlen), -1);
	CHECK_INT(plan_coordination(1), 0);
	CHECK_INT(plan_coordination(2), 1);
}

int
main(void)
{
	unit_file = "test_consult";
	RUN(planned_reasons);
	RUN(decision_overrides);
	RUN(consult_on);
	return unit_any_failed;
}
