#include "monitor.h"
#include "unit.h"

static const char *
mean(int sum, int n)
{
	static char out[MEAN_LEN];

	mean_format(sum, n, out);
	return out;
}

TEST(need_by_together)
{
	enum load l;

	/* Urgent and support depend on together alone, whatever self and the load. */
	for (l = LOAD_UNKNOWN; l < NLOADS; l++) {
		CHECK_INT(domain_need(1, 1, l), NEED_URGENT);
		CHECK_INT(domain_need(0, 1, l), NEED_URGENT);
		CHECK_INT(domain_need(1, 2, l), NEED_SUPPORT);
		CHECK_INT(domain_need(2, 3, l), NEED_SUPPORT);
		CHECK_INT(domain_need(3, 3, l), NEED_SUPPORT);
		CHECK_INT(domain_need(0, 3, l), NEED_SUPPORT);
		CHECK_INT(domain_need(4, 4, l), NEED_NONE);
		CHECK_INT(domain_need(5, 5, l), NEED_NONE);
	}
}

TEST(need_watch)
{
	/* Watch: together >= 4, self <= 3, network strained or overloaded. */
	CHECK_INT(domain_need(3, 4, LOAD_STRAINED), NEED_WATCH);
	CHECK_INT(domain_need(1, 5, LOAD_OVERLOADED), NEED_WATCH);
	CHECK_INT(domain_need(2, 4, LOAD_OVERLOADED), NEED_WATCH);
	/* the network copes, or its load is not known: none */
	CHECK_INT(domain_need(3, 4, LOAD_OK), NEED_NONE);
	CHECK_INT(domain_need(3, 4, LOAD_UNKNOWN), NEED_NONE);
	/* the resident manages alone: nothing to give way */
	CHECK_INT(domain_need(4, 5, LOAD_OVERLOADED), NEED_NONE);
	CHECK_INT(domain_need(4, 4, LOAD_STRAINED), NEED_NONE);
	/* self not known (a bare domain column): the rule cannot fire */
	CHECK_INT(domain_need(0, 4, LOAD_OVERLOADED), NEED_NONE);
}

TEST(carried)
{
	CHECK(network_carries(3, 4));
	CHECK(network_carries(1, 5));
	CHECK(!network_carries(4, 5));
	CHECK(!network_carries(3, 3));
	CHECK(!network_carries(2, 3));
	CHECK(!network_carries(0, 5));
}

TEST(names)
{
	int i;

	CHECK_STR(need_name[NEED_NONE], "none");
	CHECK_STR(need_name[NEED_WATCH], "watch");
	CHECK_STR(need_name[NEED_SUPPORT], "support");
	CHECK_STR(need_name[NEED_URGENT], "urgent");
	for (i = 0; i < NNEEDS; i++)
		CHECK_INT(need_parse(need_name[i], strlen(need_name[i])), i);
	CHECK_INT(need_parse("URGENT", 6), NEED_URGENT);
	CHECK_INT(need_parse("urgen", 5), -1);
	CHECK_INT(need_parse("", 0), -1);

	CHECK_INT(load_parse("", 0), LOAD_UNKNOWN);
	CHECK_INT(load_parse("ok", 2), LOAD_OK);
	CHECK_INT(load_parse("OK", 2), LOAD_OK);
	CHECK_INT(load_parse("strained", 8), LOAD_STRAINED);
	CHECK_INT(load_parse("Overloaded", 10), LOAD_OVERLOADED);
	CHECK_INT(load_parse("belast", 6), LOAD_STRAINED);
	CHECK_INT(load_parse("Overbelast", 10), LOAD_OVERLOADED);
	CHECK_INT(load_parse("busy", 4), -1);
	CHECK_INT(load_parse(" ok", 3), -1);
	CHECK_STR(load_name[LOAD_OVERLOADED], "overloaded");
}

TEST(rules_table)
{
	const struct need_rule *r;
	int n = 0;

	/* Heaviest first, and the last rule always applies. */
	for (r = need_rules; r->why; r++)
		n++;
	CHECK_INT(n, 4);
	CHECK_INT(need_rules[0].need, NEED_URGENT);
	CHECK_INT(need_rules[1].need, NEED_SUPPORT);
	CHECK_INT(need_rules[2].need, NEED_WATCH);
	CHECK_INT(need_rules[3].need, NEED_NONE);
	CHECK(need_rules[3].applies(5, 5, LOAD_UNKNOWN));
}

TEST(complex)
{
	CHECK(!case_complex(0, 0));
	CHECK(!case_complex(1, 1));
	CHECK(!case_complex(2, 0));
	CHECK(case_complex(2, 1));
	CHECK(case_complex(3, 0));
	CHECK(case_complex(13, 13));
}

TEST(means_round_half_up)
{
	CHECK_STR(mean(0, 0), "");
	CHECK_STR(mean(9, 4), "2.3");	/* 2.25 */
	CHECK_STR(mean(5, 4), "1.3");	/* 1.25 */
	CHECK_STR(mean(13, 4), "3.3");	/* 3.25 */
	CHECK_STR(mean(11, 4), "2.8");	/* 2.75 */
	CHECK_STR(mean(1, 3), "0.3");	/* 0.333... */
	CHECK_STR(mean(11, 3), "3.7");	/* 3.666... */
	CHECK_STR(mean(47, 20), "2.4");	/* 2.35 */
	CHECK_STR(mean(3, 1), "3.0");
	CHECK_STR(mean(65, 13), "5.0");
	CHECK_STR(mean(14, 13), "1.1");	/* 1.0769... */
	CHECK_STR(mean(20, 13), "1.5");	/* 1.538... */
	CHECK_STR(mean(2147483647, 1), "2147483647.0");
}

TEST(figures)
{
	struct levels lv;
	struct case_figures f;

	/*
	 * finances 1/1 urgent; housing 2/3 support; mental_health 3/4 carried
	 * (watch under a strained network); justice 5/5 none; social_network
	 * together 2 without self (a bare column): support.
	 */
	memset(&lv, 0, sizeof(lv));
	lv.self[0] = 1, lv.together[0] = 1;
	lv.self[3] = 2, lv.together[3] = 3;
	lv.self[5] = 3, lv.together[5] = 4;
	lv.self[12] = 5, lv.together[12] = 5;
	lv.together[10] = 2;
	case_figures(&lv, LOAD_STRAINED, &f);
	CHECK_INT(f.scored, 5);
	CHECK_INT(f.need, 3);		/* finances, housing, social_network */
	CHECK_INT(f.urgent, 1);
	CHECK_INT(f.carried, 1);	/* mental_health */
	CHECK_INT(f.nself, 4);
	CHECK_INT(f.sum_self, 1 + 2 + 3 + 5);
	CHECK_INT(f.sum_together, 1 + 3 + 4 + 5 + 2);
	CHECK_INT(f.complex, 1);

	/* Watch is not need: under an overloaded network still one domain in need. */
	memset(&lv, 0, sizeof(lv));
	lv.self[0] = 3, lv.together[0] = 4;
	lv.self[1] = 2, lv.together[1] = 5;
	lv.self[2] = 3, lv.together[2] = 3;
	case_figures(&lv, LOAD_OVERLOADED, &f);
	CHECK_INT(f.scored, 3);
	CHECK_INT(f.need, 1);
	CHECK_INT(f.urgent, 0);
	CHECK_INT(f.carried, 2);
	CHECK_INT(f.complex, 0);

	memset(&lv, 0, sizeof(lv));
	case_figures(&lv, LOAD_UNKNOWN, &f);
	CHECK_INT(f.scored, 0);
	CHECK_INT(f.nself, 0);
	CHECK_INT(f.complex, 0);
}

TEST(stale)
{
	/* More than 30 days before the run's date. */
	CHECK(!is_stale(1000, 1000));
	CHECK(!is_stale(1000, 1030));
	CHECK(is_stale(1000, 1031));
	CHECK(!is_stale(1010, 1000));	/* a date after today is not old */
}

TEST(trends)
{
	CHECK_STR(domain_trend(2, 3), "up");
	CHECK_STR(domain_trend(3, 3), "same");
	CHECK_STR(domain_trend(4, 1), "down");
	CHECK_STR(case_trend(2), "improved");
	CHECK_STR(case_trend(0), "stable");
	CHECK_STR(case_trend(-1), "declined");
}

int
main(void)
{
	unit_file = "test_monitor";
	RUN(need_by_together);
	RUN(need_watch);
	RUN(carried);
	RUN(names);
	RUN(rules_table);
	RUN(complex);
	RUN(means_round_half_up);
	RUN(figures);
	RUN(stale);
	RUN(trends);
	return unit_any_failed;
}
