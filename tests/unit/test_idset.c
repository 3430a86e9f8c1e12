#include <stdio.h>

#include "idset.h"
#include "unit.h"

TEST(add_and_find)
{
	struct idset *set = idset_new();

	CHECK_INT(idset_find(set, "W-1", 3), 0);
	CHECK_INT(idset_add(set, "W-1", 3, 2), 0);
	CHECK_INT(idset_add(set, "W-2", 3, 3), 0);
	CHECK_INT(idset_add(set, "W-1", 3, 9), 2);	/* the first line stays */
	CHECK_INT(idset_find(set, "W-1", 3), 2);
	CHECK_INT(idset_find(set, "W-2", 3), 3);
	CHECK_INT(idset_find(set, "W-", 2), 0);		/* a prefix is another id */
	CHECK_INT(idset_find(set, "W-3", 3), 0);
	idset_free(set);
}

/* Past many doublings of the table every id is still found, with its line. */
TEST(growth)
{
	struct idset *set = idset_new();
	char id[32];
	long i, bad = 0;

	for (i = 0; i < 200000; i++) {
		int n = snprintf(id, sizeof(id), "C-%ld", i);

		if (idset_add(set, id, (size_t)n, i + 2) != 0)
			bad++;
	}
	for (i = 0; i < 200000; i++) {
		int n = snprintf(id, sizeof(id), "C-%ld", i);

		if (idset_find(set, id, (size_t)n) != i + 2)
			bad++;
	}
	CHECK_INT(bad, 0);
	CHECK_INT(idset_find(set, "C-200000", 8), 0);
	idset_free(set);
}

int
main(void)
{
	unit_file = "test_idset";
	RUN(add_and_find);
	RUN(growth);
	return unit_any_failed;
}
