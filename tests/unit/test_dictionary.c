#include "dictionary.h"
#include "schema.h"
#include "unit.h"

static const char *
field(const char *name)
{
	return dict_field(name, strlen(name));
}

/* No name of the built-in dictionary belongs to two fields. */
TEST(no_conflicts)
{
	struct buf b = { 0 };

	CHECK_INT(dict_conflicts(&b), 0);
	if (b.len)
		printf("  conflicts: %s\n", b.data);
	buf_free(&b);
}

/* Case, accents, spaces and _ - . ( ) & / : are ignored. */
TEST(names_as_exports_write_them)
{
	CHECK_STR(field("Dossiernummer"), "case_id");
	CHECK_STR(field("Casusnummer"), "case_id");
	CHECK_STR(field("CASE ID"), "case_id");
	CHECK_STR(field("Datum aanmelding"), "received");
	CHECK_STR(field("datum_aanmelding"), "received");
	CHECK_STR(field("Aanmelddatum"), "received");
	CHECK_STR(field("Hulpvraag"), "question");
	CHECK_STR(field("Vraag"), "question");
	CHECK_STR(field("Aanmelder"), "source");
	CHECK_STR(field("Verwijzer"), "source");
	CHECK_STR(field("Toestemming"), "consent");
	CHECK_STR(field("Leeftijd"), "age");
	CHECK_STR(field("Belasting netwerk"), "network.load");
	CHECK_STR(field("Meetdatum"), "measured");
	CHECK_STR(field("Plandatum"), "plan.date");
	CHECK_STR(field("Wijk"), "wijk");
	CHECK_STR(field("network.load"), "network.load");
}

/* Per domain: <name> zelf / samen, (zelf), - met netwerk, the ZRM's names. */
TEST(domain_columns)
{
	CHECK_STR(field("Financiën (zelf)"), "finances.self");
	CHECK_STR(field("Financiën (samen)"), "finances.together");
	CHECK_STR(field("Financiën.zelf"), "finances.self");
	CHECK_STR(field("FINANCIEN ZELF"), "finances.self");
	CHECK_STR(field("Werk & opleiding - zelf"), "work_education.self");
	CHECK_STR(field("Werk & opleiding - met netwerk"), "work_education.together");
	CHECK_STR(field("Werk en opleiding samen"), "work_education.together");
	CHECK_STR(field("Huiselijke relaties (samen met netwerk)"), "domestic_relations.together");
	CHECK_STR(field("Basale ADL zelf"), "basic_adl.self");
	CHECK_STR(field("Dagbesteding zelf"), "time_use.self");
	CHECK_STR(field("Financiën"), "finances");
	CHECK_STR(field("Huisvesting huidige ondersteuning"), "housing.current");
	CHECK_STR(field("Plan Financiën niveau"), "plan.finances.level");
	CHECK_STR(field("plan.finances.level"), "plan.finances.level");
	CHECK_STR(field("Verwijzing huisvesting aanbieder"), "refer.housing.provider");
}

/* Unknown names stay unknown. */
TEST(unknown_names)
{
	CHECK(field("Opmerking") == NULL);
	CHECK(field("Financiën opmerking") == NULL);
	CHECK(field("()") == NULL);
	CHECK(field("") == NULL);
}

/* --columns: a team's own names, checked line by line. */
TEST(columns_file)
{
	struct buf err = { 0 };
	const char good[] = "\xEF\xBB\xBF# our export\nTeam = wijk\r\n\n  Klantvraag=question\nVraag = topics\n";

	CHECK_INT(dict_columns_text(good, sizeof(good) - 1, "ours.txt", &err), 0);
	CHECK_STR(field("Team"), "wijk");
	CHECK_STR(field("klantvraag"), "question");
	CHECK_STR(field("Vraag"), "topics");	/* the team's name wins */
	CHECK_INT(dict_columns_text("Team wijk\n", 10, "bad.txt", &err), -1);
	CHECK_STR(err.data, "bad.txt:1: no '=' (lines are NAME = field)");
	buf_reset(&err);
	CHECK_INT(dict_columns_text("\nTeam = teamcode\n", 17, "bad.txt", &err), -1);
	CHECK_STR(err.data, "bad.txt:2: 'teamcode' is not a field of oer(7) (e.g. case_id, received, question, finances.self)");
	buf_reset(&err);
	CHECK_INT(dict_columns_text(" = wijk\n", 8, "bad.txt", &err), -1);
	CHECK_STR(err.data, "bad.txt:1: no column name before '='");
	buf_free(&err);
}

TEST(names_for_messages)
{
	struct buf b = { 0 };

	dict_names("case_id", 4, &b);
	CHECK_STR(b.data, "case_id, Dossiernummer, Casusnummer, Dossiernr, ...");
	buf_free(&b);
}

int
main(void)
{
	unit_file = "test_dictionary";
	RUN(no_conflicts);
	RUN(names_as_exports_write_them);
	RUN(domain_columns);
	RUN(unknown_names);
	RUN(columns_file);
	RUN(names_for_messages);
	return unit_any_failed;
}
