#include "lexicon.h"
#include "unit.h"

static struct lexicon_hits hits;
static struct buf scratch, err, out;

static struct lexicon *
parse(const char *text)
{
	buf_reset(&err);
	return lexicon_parse(text, strlen(text), "t", &err);
}

/* The domains found in s (keys, ';'-separated) and, after '|', the signals. */
static const char *
scan(const struct lexicon *lx, const char *s)
{
	int d;

	lexicon_scan(lx, s, strlen(s), &hits, &scratch);
	buf_reset(&out);
	buf_adds(&out, "");
	for (d = 0; d < NDOMAINS; d++)
		if (hits.domain[d]) {
			if (out.len > 0)
				buf_addc(&out, ';');
			buf_adds(&out, domains[d].key);
		}
	buf_addc(&out, '|');
	if (hits.signals.len > 0)
		buf_add(&out, hits.signals.data, hits.signals.len);
	return out.data;
}

TEST(prefixes_and_phrases)
{
	struct lexicon *lx = parse("finances schuld\nsafety huiselijk geweld\nhousing woning\n");

	CHECK(lx != NULL);
	CHECK_STR(scan(lx, "Schulden!"), "finances|");
	CHECK_STR(scan(lx, "onschuld"), "|");			/* a prefix, not inside a word */
	CHECK_STR(scan(lx, "Huiselijk, geweld"), "|huiselijk geweld");
	CHECK_STR(scan(lx, "WONINGNOOD"), "housing|");
	CHECK_STR(scan(lx, ""), "|");
	lexicon_free(lx);
}

TEST(infix_entries_match_inside_words)
{
	struct lexicon *lx = parse("finances *schuld\nnot onschuldig\nsafety *geweld\nnot geweldig\n");

	CHECK(lx != NULL);
	CHECK_STR(scan(lx, "huurschuld"), "finances|");
	CHECK_STR(scan(lx, "Gokschulden en energieschuld"), "finances|");
	CHECK_STR(scan(lx, "schulden"), "finances|");
	CHECK_STR(scan(lx, "Hij is onschuldig"), "|");		/* the "not" word covers its inside */
	CHECK_STR(scan(lx, "onschuldig maar schulden"), "finances|");
	CHECK_STR(scan(lx, "partnergeweld"), "|geweld");
	CHECK_STR(scan(lx, "geweldig"), "|");
	CHECK_STR(scan(lx, "supergeweldig"), "|geweld");	/* only whole "not" words */
	lexicon_free(lx);
}

TEST(word_end_mark)
{
	struct lexicon *lx = parse("domestic_relations mijn ex$\nsafety mes$\n");

	CHECK(lx != NULL);
	CHECK_STR(scan(lx, "mijn ex belt steeds"), "domestic_relations|");
	CHECK_STR(scan(lx, "mijn ex-man"), "domestic_relations|");
	CHECK_STR(scan(lx, "mijn examens"), "|");
	CHECK_STR(scan(lx, "met een mes."), "|mes");
	CHECK_STR(scan(lx, "de meester"), "|");
	lexicon_free(lx);
}

TEST(alternatives_and_combined_entries)
{
	struct lexicon *lx = parse(
	    "substance_use drink te veel | drinkt te veel|zuip\n"
	    "crisis ontruim|uit huis gezet & morgen|vrijdag\n"
	    "domestic_relations mijn man|mijn vrouw & slaat|sloeg|geslagen\n"
	    "safety slaat|sloeg|geslagen\n");

	CHECK(lx != NULL);
	CHECK_STR(scan(lx, "Ik drink te veel"), "substance_use|");
	CHECK_STR(scan(lx, "hij zuipt"), "substance_use|");
	CHECK_STR(scan(lx, "Ontruiming staat voor vrijdag gepland"), "|ontruim & vrijdag");
	CHECK_STR(scan(lx, "Morgen word ik uit huis gezet"), "|uit huis gezet & morgen");
	CHECK_STR(scan(lx, "De ontruiming dreigt"), "|");	/* one part alone is nothing */
	CHECK_STR(scan(lx, "morgen"), "|");
	CHECK_STR(scan(lx, "Mijn man slaat me"), "domestic_relations|slaat");
	CHECK_STR(scan(lx, "Ik ben geslagen door mijn vrouw"), "domestic_relations|geslagen");
	CHECK_STR(scan(lx, "De buurman sloeg mij"), "|sloeg");
	lexicon_free(lx);
}

TEST(several_categories_and_not_spans)
{
	struct lexicon *lx = parse("crisis,mental_health zelfmoord\nphysical_health gevallen\n"
	    "not in veel gevallen\nsafety geweld\nnot geweldig\n");

	CHECK(lx != NULL);
	CHECK_STR(scan(lx, "zelfmoordgedachten"), "mental_health|zelfmoord");
	CHECK_STR(scan(lx, "Ik ben gevallen"), "physical_health|");
	CHECK_STR(scan(lx, "In veel gevallen wel"), "|");	/* "not" covers all its words */
	CHECK_STR(scan(lx, "in veel gevallen geweld"), "|geweld");
	lexicon_free(lx);
	CHECK(parse("not,safety geweldig\n") == NULL);
	CHECK_STR(err.data, "t:1: 'not' goes with no other category");
	CHECK(parse("crisis,,safety x\n") == NULL);
	CHECK_STR(err.data, "t:1: '' is not a domain, 'crisis', 'safety' or 'not'");
}

TEST(negation_cancels_no_signal)
{
	struct lexicon *lx = parse("safety niet veilig\nsafety onveilig\ncrisis niet meer leven\nnot niet\n");

	CHECK(lx != NULL);
	CHECK_STR(scan(lx, "Ik voel me niet veilig"), "|");	/* a "not" line of one's own can */
	lexicon_free(lx);
	CHECK((lx = parse(lexicon_builtin_text)) != NULL);
	scan(lx, "Ik voel me niet veilig thuis");
	CHECK_INT(hits.safety > 0, 1);
	scan(lx, "ik wil niet meer leven");
	CHECK_INT(hits.crisis > 0, 1);
	scan(lx, "Mijn man slaat me niet meer, zegt hij");
	CHECK_INT(hits.safety > 0, 1);
	lexicon_free(lx);
}

TEST(malformed_lines)
{
	CHECK(parse("finances a||b\n") == NULL);
	CHECK_STR(err.data, "t:1: an empty phrase between '|' or '&'");
	CHECK(parse("finances schuld\ncrisis ontruim &\n") == NULL);
	CHECK_STR(err.data, "t:2: an empty phrase between '|' or '&'");
	CHECK(parse("not *onschuldig\n") == NULL);
	CHECK_STR(err.data, "t:1: a 'not' phrase is whole words: no '*'");
	CHECK(parse("not a & b\n") == NULL);
	CHECK_STR(err.data, "t:1: a 'not' phrase cannot join parts with '&'");
	CHECK(parse("finances huur*schuld\n") == NULL);
	CHECK_STR(err.data, "t:1: '*' only at the start ('*') or end ('$') of a phrase");
	CHECK(parse("finances a&b&c&d&e&f&g&h&i\n") == NULL);
	CHECK_STR(err.data, "t:1: more than 8 parts joined by '&'");
	CHECK(parse("finances *\n") == NULL);
	CHECK(parse("finances\n") == NULL);
	CHECK_STR(err.data, "t:1: no phrase after the category");
}

/* Any text, any lexicon: no crash, no read past the end (run under the sanitizers). */
TEST(random_lexicons_and_texts)
{
	static const char alphabet[] = "ab e*$|&\n#\xc3\xa9not safety ";
	unsigned seed = 12345;
	int round;

	for (round = 0; round < 3000; round++) {
		char lex[80], text[40];
		struct lexicon *lx;
		size_t i, nl = 10 + round % 60, nt = round % 40;

		memcpy(lex, "safety ", 7);
		for (i = 7; i < nl; i++) {
			seed = seed * 1103515245 + 12345;
			lex[i] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
		}
		for (i = 0; i < nt; i++) {
			seed = seed * 1103515245 + 12345;
			text[i] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
		}
		buf_reset(&err);
		if ((lx = lexicon_parse(lex, nl, "r", &err)) == NULL)
			continue;
		lexicon_scan(lx, text, nt, &hits, &scratch);
		lexicon_free(lx);
	}
}

int
main(void)
{
	unit_file = "test_lexicon";
	RUN(prefixes_and_phrases);
	RUN(infix_entries_match_inside_words);
	RUN(word_end_mark);
	RUN(alternatives_and_combined_entries);
	RUN(several_categories_and_not_spans);
	RUN(negation_cancels_no_signal);
	RUN(malformed_lines);
	RUN(random_lexicons_and_texts);
	buf_free(&hits.signals);
	buf_free(&scratch);
	buf_free(&err);
	buf_free(&out);
	return unit_any_failed;
}
