#include "privacy.h"
#include "unit.h"

static const char *
redacted(const char *s, int *count)
{
	static struct buf out;

	buf_reset(&out);
	*count = privacy_redact(s, strlen(s), &out);
	return out.data;
}

#define REDACTS(in, want, n) do { \
	int c_ = -1; \
	CHECK_STR(redacted(in, &c_), want); \
	CHECK_INT(c_, n); \
} while (0)

TEST(bsn_elfproef)
{
	CHECK(is_bsn("111222333", 9));
	CHECK(is_bsn("123456782", 9));
	CHECK(is_bsn("1234.56.782", 11));
	CHECK(!is_bsn("123456789", 9));
	CHECK(!is_bsn("000000000", 9));
	CHECK(!is_bsn("12345678", 8));
	REDACTS("bsn 111222333 bekend", "bsn [BSN] bekend", 1);
	REDACTS("mijn bsn is 1234.56.782.", "mijn bsn is [BSN].", 1);
	REDACTS("dossier 123456789 (geen bsn)", "dossier 123456789 (geen bsn)", 0);
	REDACTS("bsn 111 222 333, bekend", "bsn [BSN], bekend", 1);
	REDACTS("bsn 111.222.333", "bsn [BSN]", 1);
	REDACTS("bsn 111-222-333.", "bsn [BSN].", 1);
	REDACTS("code 123 456 789", "code 123 456 789", 0);	/* no elfproef */
	REDACTS("bsn 111 222-333", "bsn 111 222-333", 0);	/* mixed separators */
	REDACTS("nr 111 222 333 444", "nr 111 222 333 444", 0);	/* a longer number */
	REDACTS("nr 1.111.222.333", "nr 1.111.222.333", 0);
	REDACTS("tel +32 111 222 333", "tel +32 111 222 333", 0);
	/*
	 * Found by fuzz_privacy: the groups before a phone number were part of
	 * a longer number until the phone number was replaced, so redacting
	 * the output found a BSN; redaction now runs until nothing is left.
	 */
	REDACTS("bsn 111 222 333 06-12345678", "bsn [BSN] [PHONE]", 2);
	REDACTS("nummer 1112223334 is te lang", "nummer 1112223334 is te lang", 0);
	REDACTS("x111222333", "x111222333", 0);
}

TEST(iban_mod97)
{
	CHECK(is_iban("NL91ABNA0417164300", 18));
	CHECK(is_iban("NL91 ABNA 0417 1643 00", 22));
	CHECK(is_iban("BE68539007547034", 16));
	CHECK(is_iban("DE89370400440532013000", 22));
	CHECK(!is_iban("NL91ABNA0417164301", 18));
	REDACTS("rekening NL91ABNA0417164300 graag", "rekening [IBAN] graag", 1);
	REDACTS("rekening NL91 ABNA 0417 1643 00, graag", "rekening [IBAN], graag", 1);
	REDACTS("rekening nl91abna0417164300", "rekening [IBAN]", 1);
	REDACTS("ongeldig NL91ABNA0417164301", "ongeldig NL91ABNA0417164301", 0);
	REDACTS("BE68539007547034 en DE89370400440532013000", "[IBAN] en [IBAN]", 2);
}

TEST(email)
{
	REDACTS("mail jan.de.vries@example.nl of j_v+x@sub.example.org.", "mail [EMAIL] of [EMAIL].", 2);
	REDACTS("twitter @handle en a@b", "twitter @handle en a@b", 0);
	REDACTS("kapot@adres.1", "kapot@adres.1", 0);
	REDACTS("@@@", "@@@", 0);
	/* Found by fuzz_privacy: text right after the address hid it. */
	REDACTS("mail jan@voorbeeld.nl-0612345678 of piet@werk.nl-adres",
	    "mail [EMAIL]-[PHONE] of [EMAIL]-adres", 3);
	REDACTS("0m@2e.nl-1234.56.782", "[EMAIL]-[BSN]", 2);
	REDACTS("a@b.nl.123 en c@d.e-f", "[EMAIL].123 en c@d.e-f", 1);
}

TEST(phone)
{
	REDACTS("bel 06-12345678 of 0612345678", "bel [PHONE] of [PHONE]", 2);
	/* Found by fuzz_privacy: the second of two numbers written together. */
	REDACTS("(020) 123 4567(020) 123 4567", "[PHONE][PHONE]", 2);
	REDACTS("111222333+31612345678", "[BSN][PHONE]", 2);
	REDACTS("bel 06 12 34 56 78.", "bel [PHONE].", 1);
	REDACTS("bel 020-1234567 of (020) 123 45 67", "bel [PHONE] of [PHONE]", 2);
	REDACTS("bel +31 6 12345678 of +31612345678 of 0031 6 12345678", "bel [PHONE] of [PHONE] of [PHONE]", 3);
	REDACTS("bel +31 (0)6 12345678 of +31 06 12345678", "bel [PHONE] of [PHONE]", 2);
	REDACTS("op 01-02-2026 12 uur", "op 01-02-2026 12 uur", 0);
	REDACTS("nummer 061234567 is te kort", "nummer 061234567 is te kort", 0);
	REDACTS("nummer 06123456789 is te lang", "nummer 06123456789 is te lang", 0);
}

TEST(postcode)
{
	REDACTS("woont in 1234 AB Amsterdam", "woont in [POSTCODE] Amsterdam", 1);
	REDACTS("postcode 1234AB, 5678cd", "postcode [POSTCODE], [POSTCODE]", 2);
	REDACTS("in 2026 de gemeente", "in 2026 de gemeente", 0);
	REDACTS("0123 AB is geen postcode, 1234 SS ook niet", "0123 AB is geen postcode, 1234 SS ook niet", 0);
	REDACTS("1234 ABC", "1234 ABC", 0);
}

TEST(glued_labels)
{
	REDACTS("BSN123456782", "BSN[BSN]", 1);
	REDACTS("bsnnr123456782 en sofinr111222333", "bsnnr[BSN] en sofinr[BSN]", 2);
	REDACTS("tel0612345678, Tel+31612345678", "tel[PHONE], Tel[PHONE]", 2);
	REDACTS("ibanNL91ABNA0417164300", "iban[IBAN]", 1);
	REDACTS("postcode1234AB of pc1234ab", "postcode[POSTCODE] of pc[POSTCODE]", 2);
	REDACTS("BSN-123456782", "BSN-[BSN]", 1);
	/* Not after arbitrary letters. */
	REDACTS("mijnbsn123456782 abc0612345678", "mijnbsn123456782 abc0612345678", 0);
}

TEST(grouped_as_typed)
{
	REDACTS("bel 06-12 34 56 78 of 06.12.34.56.78", "bel [PHONE] of [PHONE]", 2);
	REDACTS("06 - 123 456 78", "[PHONE]", 1);
	REDACTS("+31-6-12345678 / +31 (0)6 1234 5678", "[PHONE] / [PHONE]", 2);
	REDACTS("(06) 12345678 of 0031 6 12345678", "[PHONE] of [PHONE]", 2);
	REDACTS("bsn 1234 56 782", "bsn [BSN]", 1);
	REDACTS("NL 91 ABNA 0417 1643 00 en NL91-ABNA-0417-1643-00", "[IBAN] en [IBAN]", 2);
}

TEST(postcodes_as_typed)
{
	REDACTS("1234 ab Amsterdam", "[POSTCODE] Amsterdam", 1);
	REDACTS("woont op 1234ab", "woont op [POSTCODE]", 1);
	/* Two small letters after a space that are a word or a unit. */
	REDACTS("in 2026 en 2027, 1250 op de rekening, 1500 km", "in 2026 en 2027, 1250 op de rekening, 1500 km", 0);
	REDACTS("1500km en 250mg", "1500km en 250mg", 0);
	/* A word, but a place name follows -- not after a year. */
	REDACTS("1234 en Amsterdam", "[POSTCODE] Amsterdam", 1);
	REDACTS("sinds 2019 in Amsterdam", "sinds 2019 in Amsterdam", 0);
	/* After the label postcode or pc the letters may be anything. */
	REDACTS("pc7480pm, postcode 1234 en", "pc[POSTCODE], postcode [POSTCODE]", 2);
}

TEST(email_as_typed)
{
	REDACTS("jan@ex\xc3\xa4mple.nl", "[EMAIL]", 1);
	REDACTS("mail j\xc3\xb6ran.de.vries@gmail.com.", "mail [EMAIL].", 1);
	REDACTS("JAN@EXAMPLE.NL", "[EMAIL]", 1);
	REDACTS("jan(at)example.nl, jan [at] example [dot] nl", "[EMAIL], [EMAIL]", 2);
	REDACTS("kijk [at] home", "kijk [at] home", 0);
	REDACTS("s\xc3\xb8ren@voorbeeld.dk", "[EMAIL]", 1);
}

TEST(unicode_forms)
{
	/* Full-width digits, an Arabic-Indic phone number. */
	REDACTS("bel \xef\xbc\x90\xef\xbc\x96\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94"
	    "\xef\xbc\x95\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98!", "bel [PHONE]!", 1);
	REDACTS("\xd9\xa0\xd9\xa6\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7\xd9\xa8", "[PHONE]", 1);
	/* No-break and narrow no-break spaces, zero-width space, soft hyphen, word joiner in a number. */
	REDACTS("06\xc2\xa0" "12\xe2\x80\xaf" "34 56 78", "[PHONE]", 1);
	REDACTS("bsn 111\xe2\x80\x8b" "222\xc2\xad" "333.", "bsn [BSN].", 1);
	REDACTS("1234\xe2\x81\xa0" "AB", "[POSTCODE]", 1);
	/* Unicode dashes: non-breaking hyphen, en dash, minus sign. */
	REDACTS("06\xe2\x80\x91" "12345678 06\xe2\x80\x93" "12345678 06\xe2\x88\x92" "12345678",
	    "[PHONE] [PHONE] [PHONE]", 3);
	/* The text around stays byte for byte: a zero-width space after the number is kept. */
	REDACTS("\xc2\xa0" "caf\xc3\xa9 0612345678\xe2\x80\x8b.", "\xc2\xa0" "caf\xc3\xa9 [PHONE]\xe2\x80\x8b.", 1);
	REDACTS("caf\xc3\xa9 \xe2\x82\xac 123456782", "caf\xc3\xa9 \xe2\x82\xac 123456782", 0);	/* an amount */
}

TEST(not_identifiers)
{
	static const char *const clean[] = {
		"\xe2\x82\xac 1.250,00", "1250 euro", "\xe2\x82\xac 300.000", "\xe2\x82\xac 123.456.782",
		"123.456.782,00 euro", "12-03-2026", "12/3/2026", "2026-03-12", "12 maart 2026",
		"01-02-2026 12:00", "01-02-2026 1200", "01.02.2026 12.00 uur", "14:30", "14.30 uur",
		"2020-2026", "C-000123", "W-0042", "2026-00123", "dossier 123456",
		"zaaknummer Z-2026-0001", "C-000123456", "2026/000123456", "Dorpsstraat 12a", "nr. 123",
		"huisnummer 45", "45 jaar", "12,5%", "3 kinderen", "referentie 123456789",
		"06-12-2025 / 07-01-2026", "0800-1234", "06-nummer onbekend", "061234567", NULL
	};
	for (int i = 0; clean[i]; i++) {	/* a failure names the text */
		int c = -1;

		CHECK_STR(redacted(clean[i], &c), clean[i]);
		CHECK_INT(c, 0);
	}
}

TEST(nothing_to_redact)
{
	REDACTS("", "", 0);
	REDACTS("Schulden en eenzaamheid, 3 kinderen.", "Schulden en eenzaamheid, 3 kinderen.", 0);
	REDACTS("caf\xc3\xa9 \xe2\x82\xac 25", "caf\xc3\xa9 \xe2\x82\xac 25", 0);
}

TEST(identifying_columns)
{
	CHECK(pii_column("bsn", 3));
	CHECK(pii_column("Naam", 4));
	CHECK(pii_column("E-mail", 6));
	CHECK(pii_column("Geboortedatum", 13));
	CHECK(pii_column("geboorte datum", 14));
	CHECK(pii_column("client.telefoon", 15));
	CHECK(pii_column("Date of birth", 13));
	CHECK(!pii_column("wijk", 4));
	CHECK(!pii_column("case_id", 7));
	CHECK(!pii_column("question", 8));
	CHECK(!pii_column("naam_wijk", 9));
	CHECK(!pii_column("", 0));
	/* Compound names as Dutch exports write them. */
	CHECK(pii_column("BSN-nummer", 10));
	CHECK(pii_column("bsn_nummer", 10));
	CHECK(pii_column("BSN nummer", 10));
	CHECK(pii_column("client_bsn", 10));
	CHECK(pii_column("Huisadres", 9));
	CHECK(pii_column("Postadres", 9));
	CHECK(pii_column("E-mailadres", 11));
	CHECK(pii_column("Geb. datum", 10));
	CHECK(pii_column("Telefoon mobiel", 15));
	CHECK(pii_column("Voornaam moeder", 15));
	CHECK(pii_column("client.bsn", 10));
	CHECK(!pii_column("wijknaam", 8));
	CHECK(!pii_column("Wijk naam", 9));
	CHECK(!pii_column("geboortejaar", 12));
	CHECK(!pii_column("source", 6));
	CHECK(!pii_column("network.load", 12));
	CHECK(!pii_column("plan.finances.level", 19));
	CHECK(pii_column("contactadres", 12));
	/* Columns about an identifier, not holding one. */
	static const char *const about[] = {
		"emailvoorkeur", "email_toestemming", "Email verstuurd", "Voorkeur e-mail",
		"Telefooncontact", "contact_per_telefoon", "telefoonnummer_bekend",
		"heeft_smartphone", "geen_vast_adres", "bsn_bekend", "Heeft BSN", "IBAN bekend",
		"Geboortedatum bekend", "Achternaam bekend", "postcodegebied",
		"telefonisch_contact", "naam_organisatie", "adresgegevens_bekend", NULL
	};
	for (int i = 0; about[i]; i++)	/* a failure names the column */
		CHECK_STR(pii_column(about[i], strlen(about[i])) ? about[i] : "", "");
}

TEST(identifying_columns_word_by_word)
{
	/* Identifiers, Dutch and English, as exports name them. */
	static const char *const pii[] = {
		"klant_naam", "partner_naam", "Naam cli\xc3\xabnt", "naam_moeder", "mobielnummer",
		"06-nummer", "huisnr", "Huisnummer toevoeging", "Woonplaats", "sofi", "sofinummer",
		"rekeningnr", "Initialen", "Contactpersoon", "Telefoon mobiel", "E-mailadres",
		"geb.datum", "Geboren op", "Geboorteplaats", "BSN ouder", "client.telefoon",
		"straat + huisnummer", "Adresgegevens", "Postcode/woonplaats", "phone_number",
		"First name", "Date of birth", "client.naam", "Volledige naam", "gebruikersnaam",
		"username", "adres2", "telefoon_1", "Noodcontact", "Date of birth client",
		"telefoonnummer_moeder", "Naam cli\x65\xcc\x88nt", NULL
	};
	/* Columns about an identifier, and names that are no person's. */
	static const char *const kept[] = {
		"bsn_bekend", "emailvoorkeur", "geen_vast_adres", "Heeft BSN", "Telefooncontact",
		"toestemming_delen", "wijknaam", "buurtnaam", "naam_wijk", "naam organisatie",
		"aanbiedernaam", "teamnaam", "gemeentenaam", "bestandsnaam", "domeinnaam",
		"wijk.naam", "bedrijfsnaam", "filename", "Company name", "zorgaanbiedernaam",
		"adrestype", "Soort adres", "household", "age_band", "huishouden", "Leeftijd",
		"huiselijke_relaties", "refer.finances.provider", "plan.client_support", NULL
	};
	int i;

	for (i = 0; pii[i]; i++)	/* a failure names the column */
		CHECK_STR(pii_column(pii[i], strlen(pii[i])) ? "" : pii[i], "");
	for (i = 0; kept[i]; i++)
		CHECK_STR(pii_column(kept[i], strlen(kept[i])) ? kept[i] : "", "");
}

TEST(pseudonyms)
{
	struct buf key = { 0 }, err = { 0 };
	const char *path = unit_file_with("0123456789abcdef0123456789abcdef", 32);
	char out[PSEUDONYM_LEN + 1];

	chmod(path, 0600);
	CHECK_INT(pseudonym_key(path, &key, &err), 0);
	pseudonym(&key, "W-0001", 6, out);
	/* printf %s W-0001 | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef */
	CHECK_STR(out, "a816448f2df4fac5ec10ee08e9c8c65ee415f4e7f29c1dcdc4c80bfe4ce82c77");
	buf_free(&key);

	chmod(path, 0644);
	CHECK_INT(pseudonym_key(path, &key, &err), 2);
	CHECK(strstr(err.data, "readable by group or others") != NULL);
	buf_free(&key);
	buf_reset(&err);

	path = unit_file_with("short", 5);
	chmod(path, 0600);
	CHECK_INT(pseudonym_key(path, &key, &err), 2);
	CHECK(strstr(err.data, "has 5 bytes, at least 32") != NULL);
	buf_free(&key);
	buf_reset(&err);

	CHECK_INT(pseudonym_key("/nonexistent/key", &key, &err), 66);
	buf_free(&key);
	buf_free(&err);
}

int
main(void)
{
	unit_file = "test_privacy";
	RUN(bsn_elfproef);
	RUN(iban_mod97);
	RUN(email);
	RUN(phone);
	RUN(postcode);
	RUN(glued_labels);
	RUN(grouped_as_typed);
	RUN(postcodes_as_typed);
	RUN(email_as_typed);
	RUN(unicode_forms);
	RUN(not_identifiers);
	RUN(nothing_to_redact);
	RUN(identifying_columns);
	RUN(identifying_columns_word_by_word);
	RUN(pseudonyms);
	return unit_any_failed;
}
