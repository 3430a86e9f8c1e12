#include <stdio.h>

#include "htab.h"
#include "unit.h"

/* An item: a name and a number, the key being the name. */
struct item {
	char name[32];
	long n;
};

static int
item_is(const void *item, const void *key)
{
	return strcmp(((const struct item *)item)->name, key) == 0;
}

static uint64_t
hash_of(const char *name)
{
	return htab_hash(name, strlen(name), 0);
}

static struct item *
find(const struct htab *t, const char *name)
{
	return htab_find(t, hash_of(name), item_is, name);
}

TEST(add_and_find)
{
	struct htab t = { 0 };
	struct item a = { "Noord", 1 }, b = { "Zuid", 2 };

	CHECK(find(&t, "Noord") == NULL);	/* empty, never grown */
	htab_add(&t, hash_of(a.name), &a);
	htab_add(&t, hash_of(b.name), &b);
	CHECK_INT(t.n, 2);
	CHECK(find(&t, "Noord") == &a);
	CHECK(find(&t, "Zuid") == &b);
	CHECK(find(&t, "Noor") == NULL);	/* a prefix is another key */
	CHECK(find(&t, "noord") == NULL);
	CHECK(find(&t, "") == NULL);
	htab_free(&t);
	CHECK_INT(t.n, 0);
	CHECK(find(&t, "Noord") == NULL);	/* freed: empty again */
}

/* The seed is part of the key: the same bytes with another seed hash apart. */
TEST(hash_and_seed)
{
	CHECK(htab_hash("Noord", 5, 0) == htab_hash("Noord", 5, 0));
	CHECK(htab_hash("Noord", 5, 0) != htab_hash("Noord", 5, 1));
	CHECK(htab_hash("Noord", 5, 0) != htab_hash("Noord", 4, 0));
	CHECK(htab_hash("ab", 2, 0) != htab_hash("ba", 2, 0));
}

/*
 * Equal hashes (all items under one hash) still keep the items apart by
 * their keys: every probe run passes the others.
 */
TEST(same_hash)
{
	struct htab t = { 0 };
	struct item v[40];
	int i, bad = 0;

	for (i = 0; i < 40; i++) {
		snprintf(v[i].name, sizeof(v[i].name), "w%d", i);
		v[i].n = i;
		htab_add(&t, 42, &v[i]);
	}
	for (i = 0; i < 40; i++)
		bad += htab_find(&t, 42, item_is, v[i].name) != &v[i];
	CHECK_INT(bad, 0);
	CHECK(htab_find(&t, 42, item_is, "w40") == NULL);
	CHECK(htab_find(&t, 43, item_is, "w1") == NULL);	/* another hash: not compared */
	htab_free(&t);
}

/* Past many doublings every item is found, the table stays at most half full. */
TEST(growth)
{
	struct htab t = { 0 };
	static struct item v[200000];
	char name[32];
	long i, bad = 0;

	for (i = 0; i < 200000; i++) {
		snprintf(v[i].name, sizeof(v[i].name), "wijk-%ld", i);
		v[i].n = i;
		htab_add(&t, hash_of(v[i].name), &v[i]);
		if (t.n * 2 > t.size)
			bad++;
	}
	CHECK_INT(t.n, 200000);
	CHECK_INT(t.size, 524288);	/* the power of two at least twice 200000 */
	for (i = 0; i < 200000; i++) {
		struct item *it;

		snprintf(name, sizeof(name), "wijk-%ld", i);
		it = find(&t, name);
		if (it == NULL || it->n != i)
			bad++;
	}
	CHECK_INT(bad, 0);
	CHECK(find(&t, "wijk-200000") == NULL);
	htab_free(&t);
}

/* Iteration gives every item exactly once, and then NULL (and stays there). */
TEST(iteration)
{
	struct htab t = { 0 };
	struct item v[1000], *it;
	static int seen[1000];
	size_t i = 0;
	int k, bad = 0, count = 0;

	CHECK(htab_next(&t, &i) == NULL);	/* an empty table */
	for (k = 0; k < 1000; k++) {
		snprintf(v[k].name, sizeof(v[k].name), "g%d", k);
		v[k].n = k;
		htab_add(&t, hash_of(v[k].name), &v[k]);
	}
	i = 0;
	while ((it = htab_next(&t, &i)) != NULL) {
		if (it < v || it >= v + 1000)
			bad++;
		else
			seen[it->n]++;
		count++;
	}
	CHECK_INT(count, 1000);
	for (k = 0; k < 1000; k++)
		bad += seen[k] != 1;
	CHECK_INT(bad, 0);
	CHECK(htab_next(&t, &i) == NULL);
	htab_free(&t);
}

int
main(void)
{
	unit_file = "test_htab";
	RUN(add_and_find);
	RUN(hash_and_seed);
	RUN(same_hash);
	RUN(growth);
	RUN(iteration);
	return unit_any_failed;
}
