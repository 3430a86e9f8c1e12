/*
 * The 13 life domains of the self-reliance matrix (Zelfredzaamheid-Matrix
 * 2017) and the 5 levels they are scored on (SPEC 4).  One table, shared by
 * every tool: keys, Dutch aliases, labels.
 */
#ifndef OER_DOMAIN_H
#define OER_DOMAIN_H

#include <stddef.h>

#define NDOMAINS 13
#define NLEVELS 5

struct domain {
	const char *key;	/* "finances": field names, lists */
	const char *alias;	/* "financien": accepted in input, folded form */
	const char *label_en;	/* "Finances" */
	const char *label_nl;	/* "Financiën" */
};

extern const struct domain domains[NDOMAINS];

/*
 * Domain index of a name: the key or the Dutch alias, matched case-, accent-
 * and space-insensitively ("Financiën", "sociaal netwerk").  -1 if none.
 */
int domain_lookup(const char *name, size_t len);

/* Level names, index 1..5: "acute" .. "full"; Dutch: "acuut" .. "volledig". */
extern const char *const level_name[NLEVELS + 1];
extern const char *const level_name_nl[NLEVELS + 1];

/*
 * Parse a level: 1-5 -> 0 and *level; empty, "n.t.b." or "?" -> 0 and
 * *level = 0 (not scored); anything else -> -1 with *errstr.
 */
int level_parse(const char *s, size_t len, int *level, const char **errstr);

#endif
