/*
 * A small open-addressing hash table of pointers.  The caller hashes its
 * key (htab_hash) and says when an item is the key (an eq function); the
 * table keeps each item's hash beside it, so a probe compares keys only
 * when the hashes agree, and growing reads no items.  It is kept at most
 * half full, with linear probing.  A zeroed struct htab is an empty table.
 *
 * Items come out of htab_next() in no useful order: a caller that needs
 * one sorts them (oer-report keeps its states in an array as well, and
 * sorts that once when the report is written).
 */
#ifndef OER_HTAB_H
#define OER_HTAB_H

#include <stddef.h>
#include <stdint.h>

struct htab_slot {
	uint64_t hash;
	void *item;		/* NULL: empty */
};

struct htab {
	struct htab_slot *slot;
	size_t size;		/* a power of two, or 0 before the first add */
	size_t n;		/* items */
};

/* The hash of len bytes at p, mixed with seed (another part of the key). */
uint64_t htab_hash(const void *p, size_t len, uint64_t seed);

/* The item with this hash for which eq(item, key) is true, or NULL. */
void *htab_find(const struct htab *t, uint64_t hash,
    int (*eq)(const void *item, const void *key), const void *key);

/* Add item (not NULL) under hash; its key must not be in t yet. */
void htab_add(struct htab *t, uint64_t hash, void *item);

/*
 * Iteration: with *i = 0 at first, each call returns the next item and
 * moves *i past it; NULL after the last.
 */
void *htab_next(const struct htab *t, size_t *i);

/* Frees the table, not the items; t is then empty. */
void htab_free(struct htab *t);

#endif
