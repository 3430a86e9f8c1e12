/*
 * The cascade of the support plan (ondersteuningsplan, SPEC 7): the levels
 * of support from light to heavy with their echelons, the decision table
 * (which levels each domain allows, which domains are specialised, how many
 * weeks until each level is reviewed) and the rules P1-P6 that choose one
 * plan item per life domain.  The rules are a table with their ids; the
 * first that applies wins.
 *
 * Decision table file format (--rules FILE), one statement per line:
 *	allow DOMAIN LEVEL...		the levels DOMAIN allows
 *	specialised DOMAIN...		P2 plans second_line, not first_line
 *	review LEVEL WEEKS		weeks from the plan date to the review
 * Blank lines and lines starting with '#' are skipped.  A file replaces the
 * built-in table as a whole: a domain without an allow line allows every
 * level, no specialised line means no specialised domains, a level without
 * a review line keeps the period of SPEC 7.
 */
#ifndef OER_CASCADE_H
#define OER_CASCADE_H

#include <stddef.h>

#include "buf.h"
#include "domain.h"
#include "monitor.h"

/* The levels of support in cascade order, light to heavy. */
enum plan_level {
	PL_SELF, PL_NETWORK, PL_VOLUNTEER, PL_GENERAL, PL_FIRST_LINE,
	PL_SECOND_LINE, PL_THIRD_LINE, PL_CRISIS, NPLAN_LEVELS
};

/* What an item can get besides a level. */
enum {
	PL_NONE = -1,		/* no support (in place, or after scaling down) */
	PL_NO_FIT = -2		/* the table allows none of the rule's levels */
};

struct plan_level_info {
	const char *name;	/* "first_line" */
	int echelon;		/* 0 the resident and network .. 3 residential */
	int informal;		/* self, network, volunteer */
	int referred;		/* oer-refer finds a provider (not self, network) */
};

extern const struct plan_level_info plan_levels[NPLAN_LEVELS];

/* The level names for messages: "self, network, ..., crisis". */
extern const char plan_level_names[];

/*
 * A level of the cascade by name: the English key or a Dutch name (zelf,
 * netwerk, vrijwilliger(s), algemeen, eerste_lijn, tweede_lijn, derde_lijn),
 * any case, spaces and hyphens as '_' ("Tweede lijn").  -1 when it is none
 * (also for "none").
 */
int plan_level_lookup(const char *s, size_t len);

/* Name of a level, PL_NONE ("none") or PL_NO_FIT ("no_fit"). */
const char *plan_level_name(int level);

/*
 * A level by name, any case, into *level; "none" and empty are PL_NONE.
 * Returns 0, or -1 when s names no level.
 */
int plan_level_parse(const char *s, size_t len, int *level);

struct cascade_table {
	unsigned allowed[NDOMAINS];		/* bit (1 << level) per allowed level */
	unsigned char specialised[NDOMAINS];
	int review_weeks[NPLAN_LEVELS];
};

#define REVIEW_WEEKS_MAX 104

/* The built-in table, as text in the file format (for --print-rules). */
extern const char cascade_builtin_text[];

/*
 * Parse a table from text; name is used in messages.  Returns 0, or -1 with
 * an error "name:line: ..." in err when a line is malformed.
 */
int cascade_parse(struct cascade_table *t, const char *text, size_t len,
    const char *name, struct buf *err);

/* What the rules look at for one domain of one case. */
struct item_facts {
	int domain;
	int need;		/* enum need (monitor.h), or NEED_UNSCORED */
	int together;		/* level with the network 1-5, 0 not scored */
	int current;		/* plan level in place, or PL_NONE */
	int declining;		/* <domain>.trend is down */
	enum load load;
};

#define NEED_UNSCORED (-1)

enum action { ACT_NONE, ACT_NEW, ACT_CONTINUE, ACT_SCALE_UP, ACT_SCALE_DOWN, ACT_RELIEF };

extern const char *const action_name[];	/* "" for ACT_NONE */

struct item {
	int level;		/* a plan level, PL_NONE or PL_NO_FIT */
	enum action action;	/* ACT_NONE for no_fit */
	int goal;		/* target self-reliance level, 4 or 5 */
	int review_weeks;	/* 0: no review date (no_fit) */
};

struct plan_rule {
	const char *id;
	const char *why;	/* for the man page and --print-rules */
	int (*applies)(const struct item_facts *f);
	void (*decide)(const struct cascade_table *t, const struct item_facts *f, struct item *it);
};

extern const struct plan_rule plan_rules[];

/* The first rule that applies and its item, or NULL when none does (no item). */
const struct plan_rule *cascade_item(const struct cascade_table *t,
    const struct item_facts *f, struct item *it);

/*
 * The item of a level recorded in the input (a plan level or PL_NONE): the
 * professional's decision with the resident, rule id "override".
 */
extern const struct plan_rule cascade_override_rule;
const struct plan_rule *cascade_override(const struct cascade_table *t,
    const struct item_facts *f, int level, struct item *it);

#endif
