#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exits.h"
#include "privacy.h"
#include "text.h"

static int
digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
alnum(int c)
{
	return digit(c) || upper(c) || (c >= 'a' && c <= 'z');
}

/* ---- BSN: nine digits, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11 ---- */

int
is_bsn(const char *s, size_t len)
{
	int sum = 0, i, k = 0, d[9];
	size_t j;

	for (j = 0; j < len; j++) {
		if (s[j] == '.' && (j == 4 || j == 7) && len == 11)
			continue;	/* the written form 1234.56.782 */
		if (!digit(s[j]) || k == 9)
			return 0;
		d[k++] = s[j] - '0';
	}
	if (k != 9)
		return 0;
	for (i = 0; i < 8; i++)
		sum += (9 - i) * d[i];
	sum -= d[8];
	return sum % 11 == 0 && sum != 0;
}

static size_t
match_bsn(const char *s, size_t len, size_t i)
{
	size_t n = 0;

	while (i + n < len && digit(s[i + n]))
		n++;
	if (n == 9 && is_bsn(s + i, 9))
		return 9;
	if (n == 4 && i + 11 <= len && s[i + 4] == '.' && s[i + 7] == '.' &&
	    (i + 11 == len || !alnum(s[i + 11])) && is_bsn(s + i, 11))
		return 11;
	/* Three groups of three, as people type it: 111 222 333, 111.222.333, 111-222-333. */
	if (n == 3 && i + 11 <= len && (s[i + 3] == ' ' || s[i + 3] == '.' || s[i + 3] == '-') &&
	    s[i + 7] == s[i + 3] && (i + 11 == len || !alnum(s[i + 11])) &&
	    /* not three groups of a longer number: 111 222 333 444, +32 111 222 333 */
	    !(i + 12 < len && s[i + 11] == s[i + 3] && digit(s[i + 12])) &&
	    !(i >= 2 && s[i - 1] == s[i + 3] && digit(s[i - 2])) &&
	    !(i >= 1 && s[i - 1] == '+')) {
		char d[9];
		size_t k;

		for (k = 0; k < 3; k++) {
			if (!digit(s[i + 4 + k]) || !digit(s[i + 8 + k]))
				return 0;
			d[k] = s[i + k];
			d[3 + k] = s[i + 4 + k];
			d[6 + k] = s[i + 8 + k];
		}
		if (is_bsn(d, 9))
			return 11;
	}
	return 0;
}

/* ---- IBAN: country, check digits, account; mod 97 of the rearranged number is 1 ---- */

static const struct {
	char cc[3];
	unsigned char len;
} iban_lengths[] = {
	{ "NL", 18 }, { "BE", 16 }, { "DE", 22 }, { "FR", 27 }, { "GB", 22 },
	{ "LU", 20 }, { "ES", 24 }, { "IT", 27 }, { "PT", 25 }, { "AT", 20 },
	{ "CH", 21 }, { "IE", 22 }, { "DK", 18 }, { "SE", 24 }, { "NO", 15 },
	{ "FI", 18 }, { "PL", 28 }, { "TR", 26 }, { "MA", 28 }, { "CZ", 24 },
	{ "SK", 24 }, { "HU", 28 }, { "RO", 24 }, { "BG", 22 }, { "GR", 27 },
	{ "HR", 21 }, { "SI", 19 }, { "LT", 20 }, { "LV", 21 }, { "EE", 20 },
	{ "CY", 28 }, { "MT", 31 },
};

static int
iban_length(const char *cc)
{
	size_t i;

	for (i = 0; i < sizeof(iban_lengths) / sizeof(iban_lengths[0]); i++)
		if (iban_lengths[i].cc[0] == cc[0] && iban_lengths[i].cc[1] == cc[1])
			return iban_lengths[i].len;
	return 0;
}

static int
value36(int c)
{
	if (digit(c))
		return c - '0';
	if (c >= 'a' && c <= 'z')
		c -= 'a' - 'A';
	return c - 'A' + 10;
}

/* s: the IBAN without spaces, uppercase or not. */
static int
iban_valid(const char *s, size_t len)
{
	unsigned rem = 0;
	size_t k;

	if (len < 15 || len > 34)
		return 0;
	for (k = 0; k < len; k++) {
		int v = value36((unsigned char)s[(k + 4) % len]);

		rem = v >= 10 ? (rem * 100 + (unsigned)v) % 97 : (rem * 10 + (unsigned)v) % 97;
	}
	return rem == 1;
}

int
is_iban(const char *s, size_t len)
{
	char compact[40];
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ')
			continue;
		if (!alnum(s[i]) || n == sizeof(compact))
			return 0;
		compact[n++] = s[i];
	}
	return n >= 4 && upper(compact[0] & ~0x20) && upper(compact[1] & ~0x20) &&
	    digit(compact[2]) && digit(compact[3]) && iban_valid(compact, n);
}

static size_t
match_iban(const char *s, size_t len, size_t i)
{
	char compact[40], cc[2];
	size_t j = i, n = 0, ends[40];
	int want;

	if (i + 4 > len || !alnum(s[i]) || digit(s[i]) || !alnum(s[i + 1]) || digit(s[i + 1]) ||
	    !digit(s[i + 2]) || !digit(s[i + 3]))
		return 0;
	/* Collect the alphanumerics, allowing one space after every group of four. */
	while (j < len && n < sizeof(compact)) {
		if (alnum(s[j])) {
			compact[n++] = s[j++];
			ends[n - 1] = j;
		} else if (s[j] == ' ' && n % 4 == 0 && j + 1 < len && alnum(s[j + 1])) {
			j++;
		} else {
			break;
		}
	}
	cc[0] = (char)(compact[0] & ~0x20);
	cc[1] = (char)(compact[1] & ~0x20);
	want = iban_length(cc);
	if (want > 0) {
		if (n < (size_t)want || (ends[want - 1] < len && alnum(s[ends[want - 1]])))
			return 0;
		return iban_valid(compact, (size_t)want) ? ends[want - 1] - i : 0;
	}
	if (j < len && alnum(s[j]))
		return 0;
	return iban_valid(compact, n) ? ends[n - 1] - i : 0;
}

/* ---- Dutch phone numbers: 0 + 9 digits, +31 / 0031 + 9 digits ---- */

static size_t
match_phone(const char *s, size_t len, size_t i)
{
	size_t j = i, groups[12], ngroups = 0, glen = 0;
	int want, count = 0, paren = 0, seps = 0;
	char firstsep = 0;

	if (s[j] == '+') {
		if (j + 3 > len || s[j + 1] != '3' || s[j + 2] != '1')
			return 0;
		want = 11;	/* 31 and nine more */
		j++;
	} else if (s[j] == '(' && j + 1 < len && s[j + 1] == '0') {
		paren = 1;
		want = 10;
		j++;
	} else if (s[j] == '0') {
		want = j + 1 < len && s[j + 1] == '0' ? 13 : 10;	/* 0031... or 0... */
	} else {
		return 0;
	}
	if (want == 13 && (j + 4 > len || s[j + 2] != '3' || s[j + 3] != '1'))
		return 0;
	while (j < len && count < want) {
		char c = s[j];

		if (digit(c)) {
			/* +31 06... is often written: the 0 after the country code is dropped. */
			if (c == '0' && ((want == 11 && count == 2) || (want == 13 && count == 4))) {
				j++;
				continue;
			}
			/* After the trunk 0 comes the area or mobile code, never 0. */
			if (c == '0' && want == 10 && count == 1)
				return 0;
			count++;
			glen++;
			seps = 0;
			j++;
			continue;
		}
		if (c == '(' && want != 10 && j + 2 < len && s[j + 1] == '0' && s[j + 2] == ')') {
			j += 3;	/* +31 (0)6 ... */
			continue;
		}
		if (c == ')' && paren == 1) {
			paren = 2;
			j++;
			continue;
		}
		if ((c == ' ' || c == '-' || c == '.' || c == '/') && seps < 3 && count > 0) {
			if (glen > 0 && ngroups < 12)
				groups[ngroups++] = glen;
			if (firstsep == 0)
				firstsep = c;
			glen = 0;
			seps++;
			j++;
			continue;
		}
		break;
	}
	if (count != want || (j < len && (digit(s[j]) || alnum(s[j]))) || paren == 1)
		return 0;
	/* 01-02-2026 12 is a date and a number, not a phone number. */
	if (ngroups >= 2 && groups[0] <= 2 && groups[1] <= 2 && (firstsep == '-' || firstsep == '/' || firstsep == '.'))
		return 0;
	return j - i;
}

/* ---- postcodes: 1234 AB, 1234AB ---- */

static size_t
match_postcode(const char *s, size_t len, size_t i)
{
	size_t j = i + 4;
	int spaced;

	if (i + 6 > len || s[i] < '1' || s[i] > '9' || !digit(s[i + 1]) || !digit(s[i + 2]) ||
	    !digit(s[i + 3]))
		return 0;
	spaced = s[j] == ' ';
	j += spaced;
	if (j + 2 > len)
		return 0;
	/* Letters in capitals; small letters only written against the digits. */
	if (!(upper(s[j]) && upper(s[j + 1])) &&
	    (spaced || !(s[j] >= 'a' && s[j] <= 'z' && s[j + 1] >= 'a' && s[j + 1] <= 'z')))
		return 0;
	if (j + 2 < len && alnum(s[j + 2]))
		return 0;
	/* SA, SD and SS are not used in Dutch postcodes. */
	if ((s[j] & ~0x20) == 'S' && strchr("ADS", s[j + 1] & ~0x20))
		return 0;
	return j + 2 - i;
}

/* ---- e-mail: local@domain.tld ---- */

static int
local_char(int c)
{
	return alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

static int
domain_char(int c)
{
	return alnum(c) || c == '-' || c == '.';
}

static int
letter(int c)
{
	return upper(c) || (c >= 'a' && c <= 'z');
}

/*
 * The end of the longest domain in s[from..to) that ends in a top level of
 * two letters or more, at a label boundary: "example.nl" in
 * "example.nl-werk" or "example.nl-0612345678" too (else the address would
 * slip through).  0 when there is none.
 */
static size_t
domain_end(const char *s, size_t from, size_t to)
{
	size_t e, k;

	for (e = to; e > from; e--) {
		if (e < to && alnum(s[e]))
			continue;
		for (k = e; k > from && letter(s[k - 1]); k--)
			;
		if (e - k >= 2 && k > from + 1 && s[k - 1] == '.')
			return e;
	}
	return 0;
}

/* Replace e-mail addresses; returns the count.  Works outward from each '@'. */
static int
redact_email(const char *s, size_t len, struct buf *out)
{
	size_t done = 0, at, a, b;
	const char *p;
	int count = 0;

	while ((p = memchr(s + done, '@', len - done)) != NULL) {
		at = (size_t)(p - s);
		a = at;
		while (a > done && local_char((unsigned char)s[a - 1]))
			a--;
		while (a < at && s[a] == '.')
			a++;
		b = at + 1;
		while (b < len && domain_char((unsigned char)s[b]))
			b++;
		/* The domain needs a dot and a top level of two letters or more. */
		if (a < at && (b = domain_end(s, at + 1, b)) > 0) {
			buf_add(out, s + done, a - done);
			buf_adds(out, "[EMAIL]");
			count++;
			done = b;
			continue;
		}
		buf_add(out, s + done, at + 1 - done);
		done = at + 1;
	}
	buf_add(out, s + done, len - done);
	return count;
}

/* One pass of privacy_redact: what it finds, left to right. */
static int
redact_once(const char *text, size_t len, struct buf *out)
{
	static struct buf mail;		/* reused: this runs once per record */
	const char *s;
	size_t i, n, start = out->len;
	int count, replaced = 0;

	/*
	 * Every identifier holds a digit (IBAN, BSN, phone number, postcode)
	 * or an '@' (e-mail address): most questions have neither and are
	 * copied as they are, without looking for a match at every word.
	 */
	for (i = 0; i < len && !digit(text[i]) && text[i] != '@'; i++)
		;
	if (i == len) {
		buf_add(out, text, len);
		return 0;
	}
	buf_reset(&mail);
	count = redact_email(text, len, &mail);
	s = mail.data ? mail.data : "";
	len = mail.len;
	for (i = 0; i < len;) {
		const char *token = NULL;
		size_t m = 0;
		/* Right after a replacement is a boundary, as it is in the output. */
		unsigned char prev = i > 0 && !replaced ? (unsigned char)s[i - 1] : ' ';

		if (!alnum(prev) && prev != '+' && prev != '@') {
			if ((m = match_iban(s, len, i)) > 0)
				token = "[IBAN]";
			else if ((m = match_bsn(s, len, i)) > 0)
				token = "[BSN]";
			else if ((m = match_phone(s, len, i)) > 0)
				token = "[PHONE]";
			else if ((m = match_postcode(s, len, i)) > 0)
				token = "[POSTCODE]";
		}
		replaced = token != NULL;
		if (token) {
			buf_adds(out, token);
			count++;
			i += m;
			continue;
		}
		/* Copy up to the next place a match could start. */
		n = 1;
		while (i + n < len && alnum((unsigned char)s[i + n]) && alnum((unsigned char)s[i + n - 1]))
			n++;
		buf_add(out, s + i, n);
		i += n;
	}
	if (out->data == NULL || out->len == start)
		buf_add(out, "", 0);
	return count;
}

int
privacy_redact(const char *text, size_t len, struct buf *out)
{
	static struct buf pass;		/* reused: this runs once per record */
	size_t start = out->len;
	int count = redact_once(text, len, out), more = count, rounds;

	/*
	 * A replacement can change what its neighbours look like: three digit
	 * groups next to a phone number are part of a longer number until the
	 * phone number is [PHONE].  Scan again until a pass finds nothing, so
	 * that the output holds nothing left to redact (found by fuzz_privacy).
	 */
	for (rounds = 1; more > 0 && rounds < 8; rounds++) {
		buf_reset(&pass);
		buf_add(&pass, out->data + start, out->len - start);
		out->len = start;
		out->data[start] = '\0';
		more = redact_once(pass.data, pass.len, out);
		count += more;
	}
	return count;
}

/* ---- identifying columns ---- */

static const char *const pii_names[] = {
	"bsn", "burgerservicenummer", "sofinummer", "sofinr",
	"name", "naam", "voornaam", "achternaam", "voorletters", "tussenvoegsel",
	"firstname", "lastname", "surname", "fullname", "volledigenaam", "clientnaam",
	"naamclient", "roepnaam", "meisjesnaam",
	"address", "adres", "woonadres", "straat", "straatnaam", "street", "huisnummer",
	"housenumber", "postcode", "zipcode", "zip",
	"email", "emailadres", "mail", "phone", "phonenumber", "telefoon",
	"telefoonnummer", "tel", "telnr", "mobiel", "mobile", "gsm",
	"dateofbirth", "dob", "birthdate", "birthday", "geboortedatum", "gebdatum",
	"iban", "rekeningnummer", "bankrekening", "bankrekeningnummer", "bankaccount",
	"accountnumber", "passport", "paspoort", "paspoortnummer", "idnummer",
	"documentnummer", "kenteken",
	NULL
};

/*
 * Compound words: a word of the name that begins or ends with one of these
 * is an identifier too (BSN-nummer, client_bsn, Huisadres, Telefoon
 * mobiel).  Only stems that name nothing but an identifier: not "naam",
 * since "wijknaam" is no person's name, nor "phone" (smartphone).
 */
static const char *const pii_prefixes[] = {
	"bsn", "burgerservicenummer", "geboortedat", "gebdat", "telefoon", "iban", "email",
	"voornaam", "achternaam",
	NULL
};
static const char *const pii_suffixes[] = {
	"bsn", "adres", "address", "telefoon", "telefoonnummer",
	"geboortedatum", "voornaam", "achternaam", "email", "iban",
	NULL
};

/*
 * Words that make a column about an identifier rather than one: bsn_bekend,
 * emailvoorkeur, Telefooncontact, geen_vast_adres, Heeft BSN.  As a word or
 * a word's end; "heeft" and "geen" as words only.
 */
static const char *const about_words[] = {
	"bekend", "voorkeur", "toestemming", "verstuurd", "verzonden", "contact",
	"aanwezig", "gecontroleerd", "geverifieerd", "gewijzigd", "known", "consent",
	NULL
};

static int
listed(const char *const *list, const char *s, size_t n)
{
	for (; *list; list++)
		if (strlen(*list) == n && memcmp(s, *list, n) == 0)
			return 1;
	return 0;
}

static int
begins(const char *const *list, const char *s, size_t n)
{
	for (; *list; list++)
		if (n >= strlen(*list) && memcmp(s, *list, strlen(*list)) == 0)
			return 1;
	return 0;
}

static int
ends(const char *const *list, const char *s, size_t n)
{
	for (; *list; list++)
		if (n >= strlen(*list) && memcmp(s + n - strlen(*list), *list, strlen(*list)) == 0)
			return 1;
	return 0;
}

#define MAX_WORDS 64	/* words judged one by one; a longer name is judged by its first 64 */

static int
word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

int
pii_column(const char *name, size_t len)
{
	struct buf folded = { 0 }, joined = { 0 };
	size_t i, w, last = 0, nwords = 0, start[MAX_WORDS], wlen[MAX_WORDS];
	int hit = 0, about = 0;

	/*
	 * Folded, the name is words of letters and digits.  Joined they are
	 * judged whole ("E-mail" is email, "Geb. datum" gebdatum), and so is
	 * the last dotted part ("client.telefoon": nested JSON flattens to
	 * dotted names); then word by word, unless a word says the column is
	 * about an identifier rather than one.
	 */
	name_fold(name, len, &folded);
	for (i = 0; i <= folded.len; i++) {
		char c = i < folded.len ? folded.data[i] : '\0';
		int in_word = i > 0 && word_char(folded.data[i - 1]);

		if (word_char(c)) {
			if (!in_word && nwords < MAX_WORDS)
				start[nwords] = joined.len;
			buf_addc(&joined, c);
			continue;
		}
		if (in_word && nwords < MAX_WORDS) {
			wlen[nwords] = joined.len - start[nwords];
			nwords++;
		}
		if (c == '.')
			last = joined.len;
	}
	if (joined.len == 0)
		goto out;
	if (listed(pii_names, joined.data, joined.len) ||
	    (last > 0 && last < joined.len && listed(pii_names, joined.data + last, joined.len - last))) {
		hit = 1;
		goto out;
	}
	for (w = 0; w < nwords; w++) {
		const char *s = joined.data + start[w];

		if (ends(about_words, s, wlen[w]) ||
		    (wlen[w] == 5 && memcmp(s, "heeft", 5) == 0) || (wlen[w] == 4 && memcmp(s, "geen", 4) == 0))
			about = 1;
	}
	for (w = 0; w < nwords && !about && !hit; w++) {
		const char *s = joined.data + start[w];
		size_t n = wlen[w];

		if ((n == 4 && memcmp(s, "naam", 4) == 0) || (n == 4 && memcmp(s, "name", 4) == 0))
			continue;	/* naam_wijk, naam organisatie: only a whole name counts */
		hit = listed(pii_names, s, n) || begins(pii_prefixes, s, n) || ends(pii_suffixes, s, n);
	}
out:
	buf_free(&folded);
	buf_free(&joined);
	return hit;
}

/* ---- pseudonyms ---- */

int
pseudonym_key(const char *path, struct buf *key, struct buf *err)
{
	struct stat st;
	char chunk[4096];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (sodium_init() < 0) {
		buf_printf(err, "libsodium cannot start");
		return EXIT_IO;
	}
	if (fd < 0) {
		buf_printf(err, "cannot open key file %s: %s", path, strerror(errno));
		return EXIT_NOINPUT;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		buf_printf(err, "key file %s is not a regular file", path);
		close(fd);
		return EXIT_USAGE;
	}
	if (st.st_mode & (S_IRGRP | S_IROTH)) {
		buf_printf(err, "key file %s is readable by group or others; run: chmod 600 %s", path, path);
		close(fd);
		return EXIT_USAGE;
	}
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		buf_add(key, chunk, (size_t)n);
	close(fd);
	if (n < 0) {
		buf_printf(err, "cannot read key file %s: %s", path, strerror(errno));
		return EXIT_NOINPUT;
	}
	if (key->len < PSEUDONYM_KEY_MIN) {
		buf_printf(err, "key file %s has %zu bytes, at least %d are needed (make one with: head -c 32 /dev/urandom > %s)",
		    path, key->len, PSEUDONYM_KEY_MIN, path);
		return EXIT_USAGE;
	}
	return 0;
}

void
pseudonym(const struct buf *key, const char *id, size_t len, char out[PSEUDONYM_LEN + 1])
{
	crypto_auth_hmacsha256_state st;
	unsigned char mac[crypto_auth_hmacsha256_BYTES];

	crypto_auth_hmacsha256_init(&st, (const unsigned char *)key->data, key->len);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)id, len);
	crypto_auth_hmacsha256_final(&st, mac);
	sodium_bin2hex(out, PSEUDONYM_LEN + 1, mac, sizeof(mac));
}
