#include "schema.h"
#include "unit.h"

/* Names interned after a point are forgotten; the ones before keep their keys. */
TEST(forget_later_names)
{
	int a = field_intern("case_id", 7), b = field_intern("wijk", 4), n = field_count();
	int c, d;

	c = field_intern("extra.one", 9);
	d = field_intern("extra.two", 9);
	CHECK_INT(c, n);
	CHECK_INT(d, n + 1);
	field_forget(n);
	CHECK_INT(field_count(), n);
	CHECK_INT(field_find("extra.one", 9), -1);
	CHECK_INT(field_find("extra.two", 9), -1);
	CHECK_INT(field_find("case_id", 7), a);
	CHECK_INT(field_find("wijk", 4), b);
	/* A new name takes the first free key again, and is typed afresh. */
	CHECK_INT(field_intern("finances.self", 13), n);
	CHECK_STR(field_info(n)->name, "finances.self");
	CHECK_INT(field_info(n)->type, FT_NUMBER);
	/* Forgetting nothing, or more than there is, changes nothing. */
	field_forget(field_count());
	field_forget(-1);
	CHECK_INT(field_count(), n + 1);
}

/* Many names: the table grows, and forgetting leaves it consistent. */
TEST(forget_after_growth)
{
	char name[32];
	int i, n = field_count(), ok = 1;

	for (i = 0; i < 5000; i++) {
		snprintf(name, sizeof(name), "grow.%d", i);
		ok &= field_intern(name, strlen(name)) == n + i;
	}
	CHECK(ok);
	field_forget(n + 10);
	CHECK_INT(field_count(), n + 10);
	for (i = 0; i < 5000; i++) {
		snprintf(name, sizeof(name), "grow.%d", i);
		ok &= field_find(name, strlen(name)) == (i < 10 ? n + i : -1);
	}
	CHECK(ok);
}

int
main(void)
{
	unit_file = "test_schema";
	RUN(forget_later_names);
	RUN(forget_after_growth);
	return unit_any_failed;
}
