/*
 * The admission model (toelatingsmodel, SPEC 5): where a question comes
 * from, the routes it can take, and the rules I0-I5 that choose the route.
 * The rules are a table with their ids; the first that applies wins.
 */
#ifndef OER_ADMISSION_H
#define OER_ADMISSION_H

#include <stddef.h>

#include "value.h"

enum source {
	SRC_SELF, SRC_NETWORK, SRC_PROFESSIONAL, SRC_GP, SRC_POLICE,
	SRC_SCHOOL, SRC_HOUSING, SRC_OTHER, NSOURCES
};

extern const char *const source_name[NSOURCES];

/* A source by name or Dutch alias, any case; empty is self; -1 if unknown. */
int source_parse(const char *s, size_t len);

enum route { ROUTE_SAFETY, ROUTE_CRISIS, ROUTE_OUTREACH, ROUTE_INFO, ROUTE_HALFLINE, NROUTES };

struct route_info {
	const char *name;
	int priority;		/* 1 today, 2 this week, 3 normal */
};

extern const struct route_info routes[NROUTES];

/* A route by name, any case; -1 if unknown. */
int route_parse(const char *s, size_t len);

/* What the rules look at, gathered from one record. */
struct admission_facts {
	int override;		/* route_override, or -1 */
	int safety;		/* the safety flag, or safety words in the text */
	int crisis;		/* the crisis flag, or crisis words in the text */
	int source;
	enum tristate consent;
	int ndomains;		/* topics plus domains found in the text */
	int nsignals;		/* crisis and safety words found in the text */
};

struct admission_rule {
	const char *id;
	const char *why;	/* for the man page and messages */
	int (*applies)(const struct admission_facts *f);
	int route;		/* -1: the overriding route */
};

extern const struct admission_rule admission_rules[];

/* The first rule that applies (there always is one); its route in *route. */
const struct admission_rule *admit(const struct admission_facts *f, int *route);

#endif
