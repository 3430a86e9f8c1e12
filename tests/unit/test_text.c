#include "domain.h"
#include "text.h"
#include "unit.h"

static const char *
folded(const char *s)
{
	static struct buf b;

	buf_reset(&b);
	text_fold(s, strlen(s), ' ', &b);
	return b.data ? b.data : "";
}

static const char *
name(const char *s)
{
	static struct buf b;

	buf_reset(&b);
	name_fold(s, strlen(s), &b);
	return b.data ? b.data : "";
}

TEST(utf8_validation)
{
	CHECK_INT(utf8_invalid("plain ascii text that is long", 29), -1);
	CHECK_INT(utf8_invalid("Financi\xc3\xabn", 10), -1);
	CHECK_INT(utf8_invalid("caf\xe9!", 5), 3);			/* Latin-1 é */
	CHECK_INT(utf8_invalid("\xc0\xaf", 2), 0);			/* overlong / */
	CHECK_INT(utf8_invalid("\xed\xa0\x80", 3), 0);			/* a surrogate */
	CHECK_INT(utf8_invalid("ok\xe2\x82", 4), 2);			/* cut short */
	CHECK_INT(utf8_invalid("\xf4\x90\x80\x80", 4), 0);		/* > U+10FFFF */
	CHECK_INT(utf8_invalid("\xf0\x9f\x98\x80 emoji", 10), -1);
	CHECK_INT(utf8_invalid("12345678\x80", 9), 8);			/* after the fast path */
	CHECK_INT(utf8_chars("Financi\xc3\xabn", 10), 9);
}

TEST(folding_for_matching)
{
	CHECK_STR(folded("Schulden bij de Deurwaarder!"), "schulden bij de deurwaarder");
	CHECK_STR(folded("  Financi\xc3\xabn, \xc3\xa9\xc3\xa9n cr\xc3\xa8me  "), "financien een creme");
	CHECK_STR(folded("Su\xc3\xaf" "cidaal"), "suicidaal");
	CHECK_STR(folded("\xc4\xb3sbeer Stra\xc3\x9f" "e"), "ijsbeer strasse");
	CHECK_STR(folded("e-mail: a@b.nl"), "e mail a b nl");
	CHECK_STR(folded(""), "");
}

TEST(name_folding)
{
	CHECK_STR(name("Financi\xc3\xabn.self"), "financien.self");
	CHECK_STR(name("Sociaal netwerk"), "sociaal_netwerk");
	CHECK_STR(name("Werk-opleiding"), "werk_opleiding");
	CHECK_STR(name("Financie\xcc\x88n"), "financien");	/* NFD: e + combining diaeresis */
}

TEST(domain_aliases)
{
	CHECK_INT(domain_lookup("finances", 8), 0);
	CHECK_INT(domain_lookup("Financi\xc3\xabn", 10), 0);
	CHECK_INT(domain_lookup("FINANCIEN", 9), 0);
	CHECK_INT(domain_lookup("Sociaal netwerk", 15), 10);
	CHECK_INT(domain_lookup("maatschappelijke-participatie", 29), 11);
	CHECK_INT(domain_lookup("justitie", 8), 12);
	CHECK_INT(domain_lookup("Justice", 7), 12);
	CHECK_INT(domain_lookup("Werk en opleiding", 17), 1);	/* the Dutch label */
	CHECK_INT(domain_lookup("work and education", 18), 1);	/* the English label */
	CHECK_INT(domain_lookup("Basale ADL", 10), 8);
	CHECK_INT(domain_lookup("Financie\xcc\x88n", 11), 0);
	CHECK_INT(domain_lookup("geld", 4), -1);
	CHECK_INT(domain_lookup("", 0), -1);
}

TEST(levels)
{
	int level = -1;
	const char *err;

	CHECK_INT(level_parse("3", 1, &level, &err), 0);
	CHECK_INT(level, 3);
	CHECK_INT(level_parse("", 0, &level, &err), 0);
	CHECK_INT(level, 0);
	CHECK_INT(level_parse("n.t.b.", 6, &level, &err), 0);
	CHECK_INT(level, 0);
	CHECK_INT(level_parse("N.T.B.", 6, &level, &err), 0);
	CHECK_INT(level, 0);
	CHECK_INT(level_parse("?", 1, &level, &err), 0);
	CHECK_INT(level, 0);
	/* Labels, English and Dutch, and the ZRM's 'N - label', as registration systems write them. */
	CHECK_INT(level_parse("acute", 5, &level, &err), 0);
	CHECK_INT(level, 1);
	CHECK_INT(level_parse("Acuut", 5, &level, &err), 0);
	CHECK_INT(level, 1);
	CHECK_INT(level_parse("Voldoende zelfredzaam", 21, &level, &err), 0);
	CHECK_INT(level, 4);
	CHECK_INT(level_parse("full", 4, &level, &err), 0);
	CHECK_INT(level, 5);
	CHECK_INT(level_parse("3 - Beperkt zelfredzaam", 23, &level, &err), 0);
	CHECK_INT(level, 3);
	CHECK_INT(level_parse("2 - Niet zelfredzaam", 20, &level, &err), 0);
	CHECK_INT(level, 2);
	/* A number and a label that disagree: refused, never guessed. */
	level = -1;
	CHECK_INT(level_parse("3 - Voldoende zelfredzaam", 25, &level, &err), -1);
	CHECK_STR(err, "is not a level 1-5 (its number and label disagree)");
	CHECK_INT(level, -1);
	/* Values are read exactly: no space around the value, no other numbers. */
	err = NULL;
	CHECK_INT(level_parse(" 3", 2, &level, &err), -1);
	CHECK_STR(err, "is not a level 1-5");
	err = NULL;
	CHECK_INT(level_parse("3 ", 2, &level, &err), -1);
	CHECK_STR(err, "is not a level 1-5");
	err = NULL;
	CHECK_INT(level_parse("0", 1, &level, &err), -1);
	CHECK_STR(err, "is not a level 1-5");
	err = NULL;
	CHECK_INT(level_parse("6", 1, &level, &err), -1);
	CHECK_STR(err, "is not a level 1-5");
	err = NULL;
	CHECK_INT(level_parse("2.5", 3, &level, &err), -1);
	CHECK_STR(err, "is not a level 1-5");
	err = NULL;
	CHECK_INT(level_parse("x", 1, &level, &err), -1);
	CHECK_STR(err, "is not a level 1-5");
	err = NULL;
	CHECK_INT(level_parse("-1", 2, &level, &err), -1);
	CHECK_STR(err, "is not a level 1-5");
	CHECK_INT(level, -1);
	CHECK_STR(level_name[1], "acute");
	CHECK_STR(level_name[5], "full");
}

TEST(quoting_for_messages)
{
	CHECK_STR(quote("7", 1), "'7'");
	CHECK_STR(quote("a\nb\x01", 4), "'a\\x0Ab\\x01'");
	/* Cut after 40 characters with "...": 40 fit whole. */
	CHECK_STR(quote("0123456789012345678901234567890123456789", 40),
	    "'0123456789012345678901234567890123456789'");
	CHECK_STR(quote("01234567890123456789012345678901234567890", 41),
	    "'0123456789012345678901234567890123456789...'");
	CHECK_STR(quote("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789", 100),
	    "'0123456789012345678901234567890123456789...'");
	/* Characters, not bytes: a UTF-8 letter is not cut in two. */
	CHECK_STR(quote("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9xyz", 83),
	    "'\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9...'");
}

int
main(void)
{
	unit_file = "test_text";
	RUN(utf8_validation);
	RUN(folding_for_matching);
	RUN(name_folding);
	RUN(domain_aliases);
	RUN(levels);
	RUN(quoting_for_messages);
	return unit_any_failed;
}
