/*
 * A set of strings (case ids) with the line each was first seen on; memory
 * grows with the number of distinct ids, nothing else.
 */
#ifndef OER_IDSET_H
#define OER_IDSET_H

#include <stddef.h>

struct idset;

struct idset *idset_new(void);
void idset_free(struct idset *set);

/* Add id; returns 0 if new, or the line it was first added with. */
long idset_add(struct idset *set, const char *id, size_t len, long line);

/* The line id was added with, or 0 when it is not in the set (adds nothing). */
long idset_find(const struct idset *set, const char *id, size_t len);

/*
 * Say that id will be added soon: its slot is fetched into the cache
 * meanwhile.  With a million ids the table is far larger than the caches,
 * and the other work on a record can hide the wait.
 */
void idset_prefetch(const struct idset *set, const char *id, size_t len);

#endif
