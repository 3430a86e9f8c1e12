#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "htab.h"

#define HTAB_MIN 16

uint64_t
htab_hash(const void *p, size_t len, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ULL ^ (seed * 0x9e3779b97f4a7c15ULL);	/* FNV-1a */

	while (len-- > 0)
		h = (h ^ *s++) * 1099511628211ULL;
	/* FNV's low bits, which pick the slot, mix poorly: fold the high ones in. */
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	return h ^ (h >> 32);
}

void *
htab_find(const struct htab *t, uint64_t hash,
    int (*eq)(const void *item, const void *key), const void *key)
{
	size_t mask = t->size - 1, i;

	if (t->size == 0)
		return NULL;
	for (i = hash & mask; t->slot[i].item != NULL; i = (i + 1) & mask)
		if (t->slot[i].hash == hash && eq(t->slot[i].item, key))
			return t->slot[i].item;
	return NULL;
}

/* Put an item into a table that has room; no key compares. */
static void
place(struct htab_slot *slot, size_t size, uint64_t hash, void *item)
{
	size_t mask = size - 1, i;

	for (i = hash & mask; slot[i].item != NULL; i = (i + 1) & mask)
		;
	slot[i].hash = hash;
	slot[i].item = item;
}

static void
grow(struct htab *t)
{
	size_t size = t->size ? t->size * 2 : HTAB_MIN, i;
	struct htab_slot *slot;

	slot = xcalloc(size, sizeof(*slot));
	for (i = 0; i < t->size; i++)
		if (t->slot[i].item != NULL)
			place(slot, size, t->slot[i].hash, t->slot[i].item);
	free(t->slot);
	t->slot = slot;
	t->size = size;
}

void
htab_add(struct htab *t, uint64_t hash, void *item)
{
	/* At most half full, so probe runs stay short. */
	if ((t->n + 1) * 2 > t->size)
		grow(t);
	place(t->slot, t->size, hash, item);
	t->n++;
}

void *
htab_next(const struct htab *t, size_t *i)
{
	while (*i < t->size) {
		void *item = t->slot[(*i)++].item;

		if (item != NULL)
			return item;
	}
	return NULL;
}

void
htab_free(struct htab *t)
{
	free(t->slot);
	memset(t, 0, sizeof(*t));
}
