/*
 * The joint self-reliance monitor (samenredzaamheidmonitor, SPEC 6): what
 * the two levels of a life domain -- on own strength (self) and together
 * with the informal network (together) -- mean for the need for support,
 * and the figures per case.  Levels are 1-5 (domain.h); 0 means not scored.
 * The rules are data here, shared with oer-plan and oer-report, which read
 * the need and trend names back.
 */
#ifndef OER_MONITOR_H
#define OER_MONITOR_H

#include <stddef.h>

#include "domain.h"

/* A measurement older than this many days before the run's date is stale. */
#define STALE_DAYS 30

/* The need of a scored domain, from light to heavy. */
enum need { NEED_NONE, NEED_WATCH, NEED_SUPPORT, NEED_URGENT, NNEEDS };

/* "none", "watch", "support", "urgent" */
extern const char *const need_name[NNEEDS];

/* A need by name; -1 if s is none of them. */
int need_parse(const char *s, size_t len);

/* network.load: the burden on the informal carers. */
enum load { LOAD_UNKNOWN, LOAD_OK, LOAD_STRAINED, LOAD_OVERLOADED, NLOADS };

/* "", "ok", "strained", "overloaded" */
extern const char *const load_name[NLOADS];

/*
 * A load by name, any case, or its Dutch name (ok, belast, overbelast);
 * empty is LOAD_UNKNOWN; -1 if s is none of them.
 */
int load_parse(const char *s, size_t len);

/* The need rules, in order: the first that applies to a scored domain wins. */
struct need_rule {
	enum need need;
	const char *why;	/* for the man page */
	int (*applies)(int self, int together, enum load load);
};

extern const struct need_rule need_rules[];

/* Need of a domain scored together (1-5); self is 0 when not known. */
enum need domain_need(int self, int together, enum load load);

/* Does the network lift the domain to sufficient (4) or better?  Needs self. */
int network_carries(int self, int together);

/* The levels of one measurement: 0 = not scored (self: not known). */
struct levels {
	int self[NDOMAINS];
	int together[NDOMAINS];
};

/* The per-case figures of SPEC 6 (means as sums and counts). */
struct case_figures {
	int scored;		/* domains with a together level */
	int need;		/* domains with need support or urgent */
	int urgent;
	int carried;		/* domains the network lifts to 4 or more */
	int sum_self, nself;	/* over the domains with a self level */
	int sum_together;	/* over the scored domains */
	int complex;
};

void case_figures(const struct levels *lv, enum load load, struct case_figures *f);

/* Complex: 3 or more domains with need, or an urgent one and 2 or more. */
int case_complex(int need, int urgent);

/*
 * The mean of n levels that sum to sum (>= 0), with one decimal rounded
 * half up, computed in integers ("2.3" for 9/4, where 2.25 in floating
 * point would print as "2.2"): at most MEAN_LEN bytes with the NUL; ""
 * when n is 0.
 */
#define MEAN_LEN 16
void mean_format(int sum, int n, char *out);

/* Is a measurement of day measured stale on day today? */
int is_stale(long measured, long today);

/* A domain's trend against its previous level: "up", "same", "down". */
const char *domain_trend(int prev, int latest);

/*
 * A case's trend from the sum of its domains' changes against their
 * previous levels: "improved", "stable", "declined".
 */
const char *case_trend(int change);

#endif
