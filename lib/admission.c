#include <string.h>

#include "admission.h"
#include "text.h"

const char *const source_name[NSOURCES] = {
	"self", "network", "professional", "gp", "police", "school", "housing", "other"
};

/* Dutch names, as Dutch registration systems write them. */
static const struct {
	const char *alias;
	enum source source;
} source_aliases[] = {
	{ "zelf", SRC_SELF }, { "netwerk", SRC_NETWORK },
	{ "professioneel", SRC_PROFESSIONAL }, { "huisarts", SRC_GP },
	{ "politie", SRC_POLICE }, { "woningcorporatie", SRC_HOUSING },
	{ "overig", SRC_OTHER },
};

const struct route_info routes[NROUTES] = {
	[ROUTE_SAFETY] = { "safety", 1 },
	[ROUTE_CRISIS] = { "crisis", 1 },
	[ROUTE_OUTREACH] = { "outreach", 2 },
	[ROUTE_INFO] = { "info", 3 },
	[ROUTE_HALFLINE] = { "halfline", 3 },
};

int
source_parse(const char *s, size_t len)
{
	size_t i;

	if (len == 0)
		return SRC_SELF;
	for (i = 0; i < NSOURCES; i++)
		if (text_is(s, len, source_name[i]))
			return (int)i;
	for (i = 0; i < sizeof(source_aliases) / sizeof(source_aliases[0]); i++)
		if (text_is(s, len, source_aliases[i].alias))
			return source_aliases[i].source;
	return -1;
}

int
route_parse(const char *s, size_t len)
{
	int i;

	for (i = 0; i < NROUTES; i++)
		if (text_is(s, len, routes[i].name))
			return i;
	return -1;
}

static int
overridden(const struct admission_facts *f)
{
	return f->override >= 0;
}

static int
unsafe(const struct admission_facts *f)
{
	return f->safety;
}

static int
acute(const struct admission_facts *f)
{
	return f->crisis;
}

/* Consent not given (false or not recorded) for a question someone else brought. */
static int
not_own_question(const struct admission_facts *f)
{
	return f->source != SRC_SELF && f->consent != BOOL_TRUE;
}

static int
simple(const struct admission_facts *f)
{
	return f->ndomains <= 1 && f->nsignals == 0;
}

static int
always(const struct admission_facts *f)
{
	(void)f;
	return 1;
}

const struct admission_rule admission_rules[] = {
	{ "I0", "route_override set: the professional's choice", overridden, -1 },
	{ "I1", "safety flag or safety words: follow the reporting code, specialised help now", unsafe, ROUTE_SAFETY },
	{ "I2", "crisis flag or crisis words: scale up to crisis help now, clarify afterwards", acute, ROUTE_CRISIS },
	{ "I3", "brought by someone else without consent: make contact first", not_own_question, ROUTE_OUTREACH },
	{ "I4", "0 or 1 domain, no signals: information, advice or a general facility", simple, ROUTE_INFO },
	{ "I5", "2 or more domains: the full half-line process", always, ROUTE_HALFLINE },
	{ NULL, NULL, NULL, 0 },
};

const struct admission_rule *
admit(const struct admission_facts *f, int *route)
{
	const struct admission_rule *r;

	for (r = admission_rules; r->id; r++)
		if (r->applies(f)) {
			*route = r->route >= 0 ? r->route : f->override;
			return r;
		}
	return NULL;	/* not reached: I5 always applies */
}
