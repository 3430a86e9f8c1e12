#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "alloc.h"
#include "buf.h"
#include "die.h"
#include "exits.h"
#include "idset.h"

/*
 * Open addressing over small slots: a slot holds 32 bits of the id's hash
 * and the id's number, so a probe reads 8 bytes and compares the text of an
 * id only when the hash bits agree.  With a million ids the table and the
 * texts are far larger than the caches, and a text compare per probe was a
 * cache miss per probe.  The table is kept at most half full, and an id's
 * home slot comes from its tag, so growing reads no texts.
 */
#define HUGE_PAGE (2 * 1024 * 1024)

struct slot {
	uint32_t tag;		/* 32 bits of the hash */
	uint32_t id;		/* id number + 1; 0 when empty */
};

struct idset {
	struct slot *slots;
	size_t size, used;
	/* per id, in the order added */
	size_t *off;		/* text at text.data + off */
	uint32_t *len;
	long *line;
	size_t cap;
	struct buf text;	/* all ids, back to back */
};

static uint64_t
hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */

	while (len-- > 0)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h ^ (h >> 29);
}

struct idset *
idset_new(void)
{
	struct idset *set = xcalloc(1, sizeof(*set));

	set->size = 1024;
	set->slots = xcalloc(set->size, sizeof(*set->slots));
	return set;
}

void
idset_free(struct idset *set)
{
	if (set == NULL)
		return;
	free(set->slots);
	free(set->off);
	free(set->len);
	free(set->line);
	buf_free(&set->text);
	free(set);
}

/*
 * A zeroed table of n slots.  A big one is asked for in huge pages: a
 * lookup is one random access into many megabytes, and with 4 KiB pages
 * nearly every one also missed the TLB.
 */
static struct slot *
new_slots(size_t n)
{
	size_t bytes = n * sizeof(struct slot);
	void *p;

	if (bytes < HUGE_PAGE)
		return xcalloc(n, sizeof(struct slot));
	if (posix_memalign(&p, HUGE_PAGE, bytes) != 0)
		die(EXIT_IO, "out of memory");
#ifdef MADV_HUGEPAGE
	madvise(p, bytes, MADV_HUGEPAGE);	/* a hint: without it, 4 KiB pages */
#endif
	memset(p, 0, bytes);
	return p;
}

static void
grow(struct idset *set)
{
	size_t i, size = set->size * 2;
	struct slot *slots = new_slots(size);

	for (i = 0; i < set->size; i++) {
		const struct slot *old = &set->slots[i];
		size_t h;

		if (old->id == 0)
			continue;
		h = old->tag & (size - 1);
		while (slots[h].id != 0)
			h = (h + 1) & (size - 1);
		slots[h] = *old;
	}
	free(set->slots);
	set->slots = slots;
	set->size = size;
}

void
idset_prefetch(const struct idset *set, const char *id, size_t len)
{
	uint64_t hv = hash(id, len);

	__builtin_prefetch(&set->slots[(uint32_t)(hv ^ (hv >> 32)) & (set->size - 1)]);
}

/* The slot of id: its own, or the empty one where it would go. */
static struct slot *
probe(const struct idset *set, const char *id, size_t len, uint32_t *tagp)
{
	uint64_t hv = hash(id, len);
	uint32_t tag = (uint32_t)(hv ^ (hv >> 32));
	size_t h = tag & (set->size - 1), n;
	struct slot *s;

	*tagp = tag;
	for (; (s = &set->slots[h])->id != 0; h = (h + 1) & (set->size - 1)) {
		n = s->id - 1;
		if (s->tag == tag && set->len[n] == len &&
		    memcmp(set->text.data + set->off[n], id, len) == 0)
			break;
	}
	return s;
}

long
idset_find(const struct idset *set, const char *id, size_t len)
{
	uint32_t tag;
	const struct slot *s = probe(set, id, len, &tag);

	return s->id != 0 ? set->line[s->id - 1] : 0;
}

long
idset_add(struct idset *set, const char *id, size_t len, long line)
{
	uint32_t tag;
	struct slot *s = probe(set, id, len, &tag);
	size_t n;

	if (s->id != 0)
		return set->line[s->id - 1];
	/* The tag picks the home slot: the table can have at most 2^32 slots. */
	if (set->used >= (size_t)1 << 31 || len > UINT32_MAX)
		die(EXIT_DATA, "more than %lu distinct case ids", 1UL << 31);
	if (set->used == set->cap) {
		set->cap = set->cap ? set->cap * 2 : 1024;
		set->off = xreallocarray(set->off, set->cap, sizeof(*set->off));
		set->len = xreallocarray(set->len, set->cap, sizeof(*set->len));
		set->line = xreallocarray(set->line, set->cap, sizeof(*set->line));
	}
	n = set->used++;
	set->off[n] = set->text.len;
	set->len[n] = (uint32_t)len;
	set->line[n] = line;
	buf_add(&set->text, id, len);
	s->tag = tag;
	s->id = (uint32_t)n + 1;
	if (set->used * 2 > set->size)
		grow(set);
	return 0;
}
