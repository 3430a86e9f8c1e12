#include <string.h>

#include "monitor.h"
#include "text.h"
#include "value.h"

const char *const need_name[NNEEDS] = {
	[NEED_NONE] = "none",
	[NEED_WATCH] = "watch",
	[NEED_SUPPORT] = "support",
	[NEED_URGENT] = "urgent",
};

const char *const load_name[NLOADS] = {
	[LOAD_UNKNOWN] = "",
	[LOAD_OK] = "ok",
	[LOAD_STRAINED] = "strained",
	[LOAD_OVERLOADED] = "overloaded",
};

/* Dutch names, as Dutch registration systems write them. */
static const struct {
	const char *alias;
	enum load load;
} load_aliases[] = {
	{ "belast", LOAD_STRAINED }, { "overbelast", LOAD_OVERLOADED },
};

int
need_parse(const char *s, size_t len)
{
	int i;

	for (i = 0; i < NNEEDS; i++)
		if (text_is(s, len, need_name[i]))
			return i;
	return -1;
}

int
load_parse(const char *s, size_t len)
{
	size_t i;

	if (len == 0)
		return LOAD_UNKNOWN;
	for (i = LOAD_OK; i < NLOADS; i++)
		if (text_is(s, len, load_name[i]))
			return (int)i;
	for (i = 0; i < sizeof(load_aliases) / sizeof(load_aliases[0]); i++)
		if (text_is(s, len, load_aliases[i].alias))
			return load_aliases[i].load;
	return -1;
}

static int
acute(int self, int together, enum load load)
{
	(void)self;
	(void)load;
	return together == 1;
}

static int
insufficient(int self, int together, enum load load)
{
	(void)self;
	(void)load;
	return together == 2 || together == 3;
}

/* The network carries the domain and may give way under its burden. */
static int
carried_by_strained_network(int self, int together, enum load load)
{
	return network_carries(self, together) &&
	    (load == LOAD_STRAINED || load == LOAD_OVERLOADED);
}

static int
always(int self, int together, enum load load)
{
	(void)self;
	(void)together;
	(void)load;
	return 1;
}

const struct need_rule need_rules[] = {
	{ NEED_URGENT, "together 1 (acute)", acute },
	{ NEED_SUPPORT, "together 2 or 3 (insufficient, limited)", insufficient },
	{ NEED_WATCH, "together 4 or 5 but self 1-3, and network.load strained or overloaded: the network carries it and may give way", carried_by_strained_network },
	{ NEED_NONE, "otherwise", always },
	{ 0, NULL, NULL },
};

static enum need
apply_rules(int self, int together, enum load load)
{
	const struct need_rule *r;

	for (r = need_rules; r->why; r++)
		if (r->applies(self, together, load))
			return r->need;
	return NEED_NONE;	/* not reached: the last rule always applies */
}

enum need
domain_need(int self, int together, enum load load)
{
	/* The rules per (self, together, load), applied once each: 26 times a case. */
	static _Thread_local unsigned char known[6][6][NLOADS];	/* need + 1; 0: not yet */

	if (self < 0 || self > 5 || together < 0 || together > 5 || (int)load < 0 || load >= NLOADS)
		return apply_rules(self, together, load);
	if (known[self][together][load] == 0)
		known[self][together][load] = (unsigned char)(apply_rules(self, together, load) + 1);
	return (enum need)(known[self][together][load] - 1);
}

int
network_carries(int self, int together)
{
	return self >= 1 && self <= 3 && together >= 4;
}

int
case_complex(int need, int urgent)
{
	return need >= 3 || (urgent >= 1 && need >= 2);
}

void
case_figures(const struct levels *lv, enum load load, struct case_figures *f)
{
	int d;

	memset(f, 0, sizeof(*f));
	for (d = 0; d < NDOMAINS; d++) {
		int self = lv->self[d], together = lv->together[d];
		enum need need;

		if (together == 0)
			continue;
		need = domain_need(self, together, load);
		f->scored++;
		f->sum_together += together;
		if (self > 0) {
			f->nself++;
			f->sum_self += self;
		}
		f->need += need == NEED_SUPPORT || need == NEED_URGENT;
		f->urgent += need == NEED_URGENT;
		f->carried += network_carries(self, together);
	}
	f->complex = case_complex(f->need, f->urgent);
}

void
mean_format(int sum, int n, char *out)
{
	char figure[FIGURE_LEN];
	size_t len;

	if (n <= 0) {
		out[0] = '\0';
		return;
	}
	len = format_fixed(ratio_half_up(10LL * sum, n), 1, figure);
	memcpy(out, figure, len < MEAN_LEN ? len + 1 : MEAN_LEN);
	out[MEAN_LEN - 1] = '\0';
}

int
is_stale(long measured, long today)
{
	return today - measured > STALE_DAYS;
}

const char *
domain_trend(int prev, int latest)
{
	return latest > prev ? "up" : latest < prev ? "down" : "same";
}

const char *
case_trend(int change)
{
	return change > 0 ? "improved" : change < 0 ? "declined" : "stable";
}
