#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "idset.h"

struct slot {
	size_t off;		/* id at text.data + off, or SIZE_MAX when empty */
	size_t len;
	long line;
};

struct idset {
	struct slot *slots;
	size_t size, used;
	struct buf text;	/* all ids, back to back */
};

static uint64_t
hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL;

	while (len-- > 0)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h ^ (h >> 29);
}

static void
clear(struct slot *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		s[i].off = SIZE_MAX;
}

struct idset *
idset_new(void)
{
	struct idset *set = xcalloc(1, sizeof(*set));

	set->size = 1024;
	set->slots = xreallocarray(NULL, set->size, sizeof(*set->slots));
	clear(set->slots, set->size);
	return set;
}

void
idset_free(struct idset *set)
{
	if (set == NULL)
		return;
	free(set->slots);
	buf_free(&set->text);
	free(set);
}

static void
grow(struct idset *set)
{
	size_t i, size = set->size * 2;
	struct slot *slots = xreallocarray(NULL, size, sizeof(*slots));

	clear(slots, size);
	for (i = 0; i < set->size; i++) {
		struct slot *old = &set->slots[i];
		size_t h;

		if (old->off == SIZE_MAX)
			continue;
		h = hash(set->text.data + old->off, old->len) & (size - 1);
		while (slots[h].off != SIZE_MAX)
			h = (h + 1) & (size - 1);
		slots[h] = *old;
	}
	free(set->slots);
	set->slots = slots;
	set->size = size;
}

long
idset_add(struct idset *set, const char *id, size_t len, long line)
{
	size_t h = hash(id, len) & (set->size - 1);
	struct slot *s;

	for (; (s = &set->slots[h])->off != SIZE_MAX; h = (h + 1) & (set->size - 1))
		if (s->len == len && memcmp(set->text.data + s->off, id, len) == 0)
			return s->line;
	s->off = set->text.len;
	s->len = len;
	s->line = line;
	buf_add(&set->text, id, len);
	if (++set->used * 4 > set->size * 3)
		grow(set);
	return 0;
}
