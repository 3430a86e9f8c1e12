/*
 * The social map (sociale kaart): the providers of support in the
 * neighbourhoods, read once from a CSV or JSON file, checked in full before
 * any record is read, and indexed by support level, life domain and wijk so
 * that finding the provider for a plan item costs the same however large the
 * map is (SPEC 8).  The map keeps each provider's open places over the run:
 * a proposal takes one, so referrals are decided in input order, the same
 * way every run.
 */
#ifndef OER_SOCIALMAP_H
#define OER_SOCIALMAP_H

#include <stddef.h>

#include "buf.h"
#include "cascade.h"	/* the levels of support: enum plan_level, plan_levels */

#define SMAP_UNLIMITED	(-1LL)	/* places: no capacity given */
#define SMAP_NO_AGE	(-1)	/* age_min, age_max: no limit; an age: unknown */
#define SMAP_AGE_MAX	130

/* How a resident gets in (SPEC 8): open to all, by a GP's referral, after a municipal decision. */
enum access { ACCESS_FREE, ACCESS_GP_REFERRAL, ACCESS_DECISION, NACCESS };

/* The law that pays for it; LAW_UNKNOWN when the map does not say. */
enum law { LAW_WMO, LAW_JEUGDWET, LAW_ZVW, LAW_WLZ, LAW_NONE, NLAWS, LAW_UNKNOWN = NLAWS };

extern const char *const access_name[NACCESS];	/* "free", "gp_referral", "decision" */
extern const char *const law_name[NLAWS];	/* "wmo", ..., "none" */

struct provider {
	char *id;
	char *name;
	int level;		/* enum plan_level */
	int access;		/* enum access; empty: free */
	int law;		/* enum law */
	int team;		/* the team itself (its direct help) */
	long long places;	/* open places now, or SMAP_UNLIMITED */
	long long wait_days;
	int age_min, age_max;	/* or SMAP_NO_AGE */
	long line;		/* of the map, for messages */
};

struct socialmap {
	struct provider *prov;
	int nprov;
	char **wijk;		/* the wijken the map names, folded, sorted */
	int nwijk;		/* wijk id nwijk: any other wijk (only '*' fits) */
	int *rank;		/* per provider: place in (wait_days, provider_id) order */
	int *start;		/* bucket b holds item[start[b] .. start[b + 1]) */
	int *item;		/* provider indices, each bucket in rank order */
	struct buf scratch;
};

/*
 * Read and check the map at path ("-" is not allowed: stdin carries the
 * records) in encoding (NULL: UTF-8), CSV or JSON Lines as the first byte
 * says.  Returns 0, or EXIT_NOINPUT (cannot open) or EXIT_USAGE (malformed:
 * err says where and why, "kaart.csv:4: level: ...").
 */
int smap_load(struct socialmap *m, const char *path, const char *encoding, struct buf *err);
void smap_free(struct socialmap *m);

/* The wijk id of a record's wijk: matched case-, accent- and space-insensitively. */
int smap_wijk(struct socialmap *m, const char *name, size_t len);

/*
 * REF_AGREED: a provider the worker agreed with the resident, kept (SPEC 0,
 * 8).  REF_DECISION_NEEDED: a provider whose access is a municipal decision
 * (beschikking), while the input records none.
 */
enum referral_status {
	REF_INFORMAL, REF_PROPOSED, REF_WAITLIST, REF_UNMATCHED, REF_AGREED, REF_DECISION_NEEDED
};

extern const char *const referral_status_name[];	/* "informal", "proposed", ... */

/*
 * Refer one plan item at level for domain, in wijk (smap_wijk), at age
 * (SMAP_NO_AGE: unknown; then providers with an age limit do not fit).
 * Informal levels need no provider.  Otherwise the fitting provider with a
 * place: the shortest wait, then the most open places, then the lowest
 * provider_id; it loses a place.  All fitting providers full: the waitlist of
 * the one with the shortest wait (then provider_id).  None fits: unmatched.
 * *p is the provider, NULL for informal and unmatched.
 */
enum referral_status smap_refer(struct socialmap *m, int level, int domain, int wijk,
    int age, struct provider **p);

/* Give back the place a proposal took (its record was not written). */
void smap_release(struct provider *p);

/* The provider with this provider_id, or NULL. */
struct provider *smap_find(const struct socialmap *m, const char *id, size_t len);

/*
 * A place taken by an agreed referral, full or not: 1 when one was free
 * (smap_release gives it back), 0 when not.
 */
int smap_take(struct provider *p);

#endif
