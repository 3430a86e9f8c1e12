/*
 * Peer consultation and coordination (SPEC 0, 7): which planned cases go
 * to the team's consultation (intervisie) and why, each reason with its id,
 * and when a plan needs a coordinator.  oer-plan writes them
 * (plan.consult, plan.consult_reasons, plan.coordination).
 */
#ifndef OER_CONSULT_H
#define OER_CONSULT_H

#include <stddef.h>

#include "buf.h"
#include "value.h"

/* The method's reasons, in the order they are listed (SPEC 7). */
enum consult_reason {
	C_COMPLEX,	/* complex: the monitor says so */
	C_CRISIS,	/* crisis: an item at the crisis level */
	C_NO_FIT,	/* no_fit: no level of the cascade fits a domain */
	C_MANY_ITEMS,	/* many_items: --consult-items items or more */
	C_SCALE_UP,	/* scale_up: support to be raised a level */
	NCONSULT
};
extern const char *const consult_reason_id[NCONSULT];

/* Reasons beside the method's: the worker's decision, an outreach case in need. */
#define CONSULT_OVERRIDE "override"
#define CONSULT_OUTREACH "outreach_urgent"

struct consult_rules {
	long many_items;	/* --consult-items: the count that is many; 0 never */
	unsigned on;		/* --consult-on: the reasons (bits) that put a case on the agenda */
};
#define CONSULT_RULES_DEFAULT { 4, (1u << NCONSULT) - 1 }

/* What the reasons look at in a planned case. */
struct consult_case {
	int complex;
	int items, crisis, no_fit, scale_up;
};

/*
 * --consult-on's comma-separated ids into *on; -1 with the word that is no
 * reason in bad[0 .. *badlen) (on is then undefined).
 */
int consult_parse_on(const char *arg, unsigned *on, const char **bad, size_t *badlen);

/*
 * A planned case: every reason that holds, ';'-separated in reasons (reset
 * first); returns whether one of the rules' `on` holds (the agenda).
 */
int consult_planned(const struct consult_rules *rules, const struct consult_case *c,
    struct buf *reasons);

/*
 * A case passed by without a plan: an outreach case (no consent yet) with
 * an urgent domain is not planned without the resident, but it goes on the
 * agenda (SPEC 0).  reasons is reset first.
 */
int consult_unplanned(int outreach, long urgent, struct buf *reasons);

/*
 * The worker's decision (input field consult) wins over the method's and
 * adds the reason "override"; returns whether the case is on the agenda.
 */
int consult_decide(int method, enum tristate decision, struct buf *reasons);

/* One household, one plan: two items or more and the half line coordinates. */
static inline int
plan_coordination(int items)
{
	return items >= 2;
}

#endif
