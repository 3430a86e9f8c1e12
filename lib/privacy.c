#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "exits.h"
#include "privacy.h"
#include "stage.h"
#include "text.h"
#include "unicode.h"

/*
 * Redaction scans a matching view of the text (unicode.h): ASCII, after
 * Unicode compatibility normalisation, zero-width characters dropped, every
 * space ' ' and every dash '-'.  What it finds there is replaced in the
 * original text.  The character classes below are those of the view.
 */

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
lower(int c)
{
	return c >= 'a' && c <= 'z';
}

static int
letter(int c)
{
	return upper(c) || lower(c);
}

static int
alnum(int c)
{
	return digit(c) || letter(c);
}

/* Part of a word: an ASCII letter or digit, or a letter without an ASCII form (ø). */
static int
wordc(int c)
{
	return alnum(c) || c == VIEW_LETTER;
}

/* s[k], or NUL past the end. */
static unsigned char
at(const unsigned char *s, size_t len, size_t k)
{
	return k < len ? s[k] : '\0';
}

/* Do the n bytes at s spell word (lower case), in any case? */
static int
same_word(const unsigned char *s, const char *word, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if ((upper(s[k]) ? s[k] + ('a' - 'A') : s[k]) != (unsigned char)word[k])
			return 0;
	return 1;
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

/* ---- labels glued to what they label ---- */

/*
 * People glue a label to the number: BSN123456782, bsnnr123456782,
 * sofinr123456782, tel0612345678, Tel+31612345678, ibanNL91ABNA0417164300,
 * postcode1234AB.  A match may begin inside a word only right after letters
 * that are these labels written together (bsn + nr), in any case; after
 * other letters (x111222333, abc0612345678) it may not.
 */
static const char *const labels[] = {
	"bsn", "sofi", "burgerservicenummer", "nr", "no", "num", "nummer", "id",
	"tel", "telefoon", "phone", "mob", "mobiel", "mobile", "gsm", "fax", "whatsapp", "app",
	"iban", "rek", "rekening", "bank", "postcode", "pc",
	NULL
};
#define NLABELS (sizeof(labels) / sizeof(labels[0]) - 1)
static _Thread_local unsigned char label_len[NLABELS];

#define LABEL_MAX 40	/* letters; a longer run is no label */

/* ok[k], k = 0..n (n <= LABEL_MAX): are the first k letters of s labels written together? */
static void
label_prefixes(const unsigned char *s, size_t n, unsigned char *ok)
{
	size_t k, m, l;

	if (label_len[0] == 0)
		for (l = 0; l < NLABELS; l++)
			label_len[l] = (unsigned char)strlen(labels[l]);
	memset(ok, 0, n + 1);
	ok[0] = 1;
	for (k = 0; k < n; k++) {
		if (!ok[k])
			continue;
		for (l = 0; l < NLABELS; l++) {
			m = label_len[l];
			if (k + m <= n && same_word(s + k, labels[l], m))
				ok[k + m] = 1;
		}
	}
}

static int
is_label(const unsigned char *s, size_t n)
{
	unsigned char ok[LABEL_MAX + 1];
	size_t k;

	if (n == 0 || n > LABEL_MAX)
		return 0;
	for (k = 0; k < n; k++)
		if (!letter(s[k]))
			return 0;
	label_prefixes(s, n, ok);
	return ok[n];
}

/* ---- what numbers are not: amounts, case numbers ---- */

/* Is the word that ends at s[e] (letters only, at a word start) one of a, b? */
static int
word_before_is(const unsigned char *s, size_t e, const char *a, const char *b)
{
	size_t w = e;

	while (w > 0 && letter(s[w - 1]))
		w--;
	if (w > 0 && wordc(s[w - 1]))
		return 0;
	return (e - w == strlen(a) && same_word(s + w, a, e - w)) ||
	    (e - w == strlen(b) && same_word(s + w, b, e - w));
}

/*
 * Is the number s[a..b) an amount: after a currency sign (€ is '$' in the
 * view) or EUR, or before ",00", ",-", "euro" or a currency sign?
 */
static int
amount(const unsigned char *s, size_t len, size_t a, size_t b)
{
	size_t k = a, e;

	if (k > 0 && s[k - 1] == ' ')
		k--;
	if ((k > 0 && s[k - 1] == '$') || word_before_is(s, k, "eur", "euro"))
		return 1;
	k = b;
	if (at(s, len, k) == ',' && (at(s, len, k + 1) == '-' ||
	    (digit(at(s, len, k + 1)) && digit(at(s, len, k + 2)) && !digit(at(s, len, k + 3)))))
		return 1;
	if (at(s, len, k) == ' ')
		k++;
	if (at(s, len, k) == '$')
		return 1;
	for (e = k; letter(at(s, len, e)); e++)
		;
	return !wordc(at(s, len, e)) && word_before_is(s, e, "eur", "euro") && e > k;
}

/*
 * C-000123456, Z-2026-000123456, 2026/000123456: a number right after a
 * word and a hyphen or slash is a case or file number, even when it passes
 * the elfproef (one in eleven numbers does) -- unless the word is a label:
 * BSN-123456782 is a BSN.
 */
static int
reference(const unsigned char *s, size_t i)
{
	size_t w;

	if (i < 2 || (s[i - 1] != '-' && s[i - 1] != '/') || !wordc(s[i - 2]))
		return 0;
	for (w = i - 1; w > 0 && wordc(s[w - 1]); w--)
		;
	return !is_label(s + w, i - 1 - w);
}

static size_t
digits_at(const unsigned char *s, size_t len, size_t i)
{
	size_t n = 0;

	while (i + n < len && digit(s[i + n]))
		n++;
	return n;
}

static size_t
match_bsn(const unsigned char *s, size_t len, size_t i)
{
	static const unsigned char shapes[2][3] = { { 4, 2, 3 }, { 3, 3, 3 } };
	const unsigned char *shape;
	char d[9];
	size_t n = digits_at(s, len, i), j = i, k = 0, g;
	unsigned char sep;

	if (reference(s, i))
		return 0;
	if (n == 9)
		return is_bsn((const char *)s + i, 9) ? 9 : 0;
	/*
	 * As the BSN is printed (1234.56.782) and as people type it
	 * (111 222 333, 111.222.333, 111-222-333): one kind of separator.
	 */
	if (n != 4 && n != 3)
		return 0;
	shape = shapes[n == 3];
	sep = at(s, len, i + n);
	if (sep != ' ' && sep != '.' && sep != '-')
		return 0;
	for (g = 0; g < 3; g++) {
		if (g > 0 && s[j++] != sep)
			return 0;
		if (digits_at(s, len, j) != shape[g])
			return 0;
		memcpy(d + k, s + j, shape[g]);
		k += shape[g];
		j += shape[g];
	}
	/* Not the groups of a longer number: 111 222 333 444, 1.111.222.333, +32 111 222 333. */
	if (wordc(at(s, len, j)) || (at(s, len, j) == sep && digit(at(s, len, j + 1))) ||
	    (i >= 2 && s[i - 1] == sep && digit(s[i - 2])))
		return 0;
	return is_bsn(d, 9) ? j - i : 0;
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
	if (lower(c))
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
		if (!alnum((unsigned char)s[i]) || n == sizeof(compact))
			return 0;
		compact[n++] = s[i];
	}
	return n >= 4 && letter(compact[0]) && letter(compact[1]) &&
	    digit(compact[2]) && digit(compact[3]) && iban_valid(compact, n);
}

static size_t
match_iban(const unsigned char *s, size_t len, size_t i)
{
	char compact[40], cc[2];
	size_t j = i, n = 0, ends[40];
	int want;

	if (!letter(at(s, len, i)) || !letter(at(s, len, i + 1)))
		return 0;
	j = i + 2 + (at(s, len, i + 2) == ' ' || at(s, len, i + 2) == '-' || at(s, len, i + 2) == '.');
	if (!digit(at(s, len, j)) || !digit(at(s, len, j + 1)))
		return 0;	/* the check digits: most words end here */
	j = i;
	/*
	 * Collect the letters and digits, allowing one space, hyphen or dot
	 * after the country code and after every group of four
	 * (NL91 ABNA 0417 1643 00, NL 91 ABNA ..., NL91-ABNA-...).
	 */
	while (j < len && n < sizeof(compact)) {
		if (alnum(s[j])) {
			compact[n++] = (char)s[j++];
			ends[n - 1] = j;
		} else if ((s[j] == ' ' || s[j] == '-' || s[j] == '.') && (n == 2 || (n > 0 && n % 4 == 0)) &&
		    alnum(at(s, len, j + 1))) {
			j++;
		} else {
			break;
		}
	}
	if (n < 15 || !digit(compact[2]) || !digit(compact[3]))
		return 0;
	cc[0] = (char)(compact[0] & ~0x20);
	cc[1] = (char)(compact[1] & ~0x20);
	want = iban_length(cc);
	if (want > 0) {
		if (n < (size_t)want || wordc(at(s, len, ends[want - 1])))
			return 0;
		return iban_valid(compact, (size_t)want) ? ends[want - 1] - i : 0;
	}
	if (wordc(at(s, len, j)))
		return 0;
	return iban_valid(compact, n) ? ends[n - 1] - i : 0;
}

/* ---- Dutch phone numbers: 0 + 9 digits, +31 / 0031 + 9 digits ---- */

#define MAX_GROUPS 16

static size_t
match_phone(const unsigned char *s, size_t len, size_t i)
{
	size_t j = i, glen[MAX_GROUPS], ngroups = 0, run = 0;
	unsigned char gsep[MAX_GROUPS], sep = 0;
	int want, count = 0, paren = 0, seps = 0;

	if (s[j] == '+') {
		if (at(s, len, j + 1) != '3' || at(s, len, j + 2) != '1')
			return 0;
		want = 11;	/* 31 and nine more */
		j++;
	} else if (s[j] == '(' && at(s, len, j + 1) == '0') {
		paren = 1;	/* (06) 12345678, (020) 123 45 67 */
		want = 10;
		j++;
	} else if (s[j] == '0') {
		want = at(s, len, j + 1) == '0' ? 13 : 10;	/* 0031... or 0... */
	} else {
		return 0;
	}
	if (want == 13 && (at(s, len, j + 2) != '3' || at(s, len, j + 3) != '1'))
		return 0;
	while (j < len && count < want) {
		unsigned char c = s[j];

		if (digit(c)) {
			/* +31 06... is often written: the 0 after the country code is dropped. */
			if (c == '0' && ((want == 11 && count == 2) || (want == 13 && count == 4))) {
				j++;
				continue;
			}
			/* After the trunk 0 comes the area or mobile code, never 0. */
			if (c == '0' && want == 10 && count == 1)
				return 0;
			if (run == 0 && ngroups < MAX_GROUPS) {
				gsep[ngroups] = sep;
				glen[ngroups++] = 0;
			}
			if (ngroups <= MAX_GROUPS)
				glen[ngroups - 1]++;
			run++;
			count++;
			seps = 0;
			sep = 0;
			j++;
			continue;
		}
		if (c == '(' && want != 10 && at(s, len, j + 1) == '0' && at(s, len, j + 2) == ')') {
			j += 3;	/* +31 (0)6 ... */
			continue;
		}
		if (c == ')' && paren == 1) {
			paren = 2;
			j++;
			continue;
		}
		/* Groups: 06-12 34 56 78, 06.12.34.56.78, 06 - 123 456 78, 06/12345678. */
		if ((c == ' ' || c == '-' || c == '.' || c == '/') && seps < 3 && count > 0) {
			if (sep == 0)
				sep = c;
			run = 0;
			seps++;
			j++;
			continue;
		}
		break;
	}
	if (count != want || wordc(at(s, len, j)) || paren == 1)
		return 0;
	/*
	 * 01-02-2026 12:00 is a date and a time, not a phone number: two groups
	 * of one or two digits and one of four (or two), the same separator
	 * (- / .) between them and not after them.  06-12 34 56 78 and
	 * 06.12.34.56.78 are phone numbers.
	 */
	if (want == 10 && !paren && ngroups >= 3 && glen[0] <= 2 && glen[1] <= 2 &&
	    (glen[2] == 4 || glen[2] == 2) && (gsep[1] == '-' || gsep[1] == '/' || gsep[1] == '.') &&
	    gsep[2] == gsep[1] && (ngroups == 3 || gsep[3] != gsep[1]))
		return 0;
	return j - i;
}

/* ---- postcodes: 1234 AB, 1234AB, 1234 ab, 1234ab ---- */

/*
 * Two letters after four digits that are usually something else: a word
 * ("in 2026 en", "1250 op de rekening", "at 1500 to") or a unit, an
 * ordinal, a time of day ("1500 km", "2000mg", "1130pm").
 */
static const char common_words[] =
	"de en in is op te om ik ze we je me al na nu zo af uw of ga ja er wo ma di do vr za "
	"ok oa bv ca nl eu ex jr mw hr st nr tm wk "
	"an at to on or as am be by go he if it my no so up us hi oh "
	"km kg mg ml cl dl cm mm dm gr gb mb kb tb kw mw nd rd th pm pp ct ";
static const char units[] =
	"km kg mg ml cl dl cm mm dm gr gb mb kb tb kw mw st nd rd th am pm pp ct jr ";

static int
pair_in(const char *list, int a, int b)
{
	const char *p;

	for (p = list; p[0] && p[1]; p += 3)
		if (p[0] == a && p[1] == b)
			return 1;
	return 0;
}

/* After s[j]: a space and a capitalised place name (Amsterdam, AMSTERDAM, 's-Hertogenbosch)? */
static int
place_follows(const unsigned char *s, size_t len, size_t j)
{
	size_t n;

	if (at(s, len, j) == ',')
		j++;
	if (at(s, len, j) != ' ')
		return 0;
	j++;
	if (at(s, len, j) == '\'' && at(s, len, j + 1) == 's' && (at(s, len, j + 2) == '-' || at(s, len, j + 2) == ' '))
		return 1;
	if (!upper(at(s, len, j)))
		return 0;
	for (n = 1; wordc(at(s, len, j + n)); n++)
		;
	return n >= 3;
}

/*
 * The rule, as people write postcodes:
 * - capitals, with or without a space (1234 AB, 1234AB): a postcode;
 * - small or mixed letters against the digits (1234ab): a postcode, unless
 *   they are a unit or ordinal (1500km, 250mg, 2nd);
 * - small or mixed letters after a space (1234 ab): a postcode, unless they
 *   are a common Dutch or English two-letter word or a unit ("in 2026 en
 *   2027", "1250 op", "1500 km") -- and even then a postcode when a
 *   capitalised place name follows (1234 en Amsterdam), except after a year
 *   (1900-2099: "sinds 2019 in Amsterdam" is a year and a place);
 * - after the label postcode or pc (glued, or with a space or colon):
 *   a postcode whatever the letters (pc7480pm, postcode 1234 en).
 * SA, SD and SS are never used in Dutch postcodes; the first digit is 1-9.
 */
static size_t
match_postcode(const unsigned char *s, size_t len, size_t i)
{
	size_t j = i + 4, k = i;
	int spaced, caps, a, b, year;

	if (at(s, len, i) < '1' || at(s, len, i) > '9' || !digit(at(s, len, i + 1)) ||
	    !digit(at(s, len, i + 2)) || !digit(at(s, len, i + 3)))
		return 0;
	spaced = at(s, len, j) == ' ';
	j += spaced;
	if (!letter(at(s, len, j)) || !letter(at(s, len, j + 1)) || wordc(at(s, len, j + 2)))
		return 0;
	a = s[j] | 0x20;
	b = s[j + 1] | 0x20;
	if (a == 's' && (b == 'a' || b == 'd' || b == 's'))
		return 0;
	caps = upper(s[j]) && upper(s[j + 1]);
	while (k > 0 && i - k < 2 && (s[k - 1] == ' ' || s[k - 1] == ':'))
		k--;
	if (word_before_is(s, k, "postcode", "pc"))
		return j + 2 - i;
	if (!caps && !spaced && pair_in(units, a, b))
		return 0;
	if (!caps && spaced && pair_in(common_words, a, b)) {
		year = (s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0');
		if (year || !place_follows(s, len, j + 2))
			return 0;
	}
	return j + 2 - i;
}

/* ---- e-mail: local@domain.tld ---- */

static int
local_char(int c)
{
	return wordc(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}

static int
domain_char(int c)
{
	return wordc(c) || c == '-' || c == '.';
}

static int
tld_letter(int c)
{
	return letter(c) || c == VIEW_LETTER;
}

/*
 * The end of the longest domain in s[from..to) that ends in a top level of
 * two letters or more, at a label boundary: "example.nl" in
 * "example.nl-werk" or "example.nl-0612345678" too (else the address would
 * slip through).  0 when there is none.
 */
static size_t
domain_end(const unsigned char *s, size_t from, size_t to)
{
	size_t e, k;

	for (e = to; e > from; e--) {
		if (e < to && wordc(s[e]))
			continue;
		for (k = e; k > from && tld_letter(s[k - 1]); k--)
			;
		if (e - k >= 2 && k > from + 1 && s[k - 1] == '.')
			return e;
	}
	return 0;
}

/* ---- one pass over the view ---- */

struct hit {
	size_t a, b;		/* in the view */
	const char *token;
};

static _Thread_local struct hit *hits;
static _Thread_local size_t nhits, hits_cap;

/* Record a match and blank it in the view: what comes after sees a boundary. */
static void
add_hit(unsigned char *s, size_t a, size_t b, const char *token)
{
	if (nhits == hits_cap) {
		hits_cap = hits_cap ? 2 * hits_cap : 16;
		hits = xreallocarray(hits, hits_cap, sizeof(*hits));
	}
	hits[nhits].a = a;
	hits[nhits].b = b;
	hits[nhits++].token = token;
	memset(s + a, VIEW_MARK, b - a);
}

/* After s[i-1] '(' '[' or '{': word in the brackets (one space either side allowed)?  The end, or 0. */
static size_t
bracketed(const unsigned char *s, size_t len, size_t i, const char *word)
{
	unsigned char close = s[i] == '(' ? ')' : s[i] == '[' ? ']' : s[i] == '{' ? '}' : 0;
	size_t k = i + 1, n = strlen(word);

	if (close == 0)
		return 0;
	if (at(s, len, k) == ' ')
		k++;
	if (k + n > len || !same_word(s + k, word, n))
		return 0;
	k += n;
	if (at(s, len, k) == ' ')
		k++;
	return at(s, len, k) == close ? k + 1 : 0;
}

/*
 * jan(at)example.nl, jan [at] example [dot] nl: in the view, a bracketed
 * "at" or "dot" between two words (with the spaces around it) is the '@'
 * or '.' it stands for.
 */
static void
collapse_brackets(struct textview *v)
{
	unsigned char *s = v->b;
	size_t r = 0, w = 0, q = 0, p, t, len = v->len;

	if (memchr(s, '(', len) == NULL && memchr(s, '[', len) == NULL && memchr(s, '{', len) == NULL)
		return;
	while (r < len) {
		unsigned char c = 0;

		if (s[r] != '(' && s[r] != '[' && s[r] != '{')
			;
		else if ((q = bracketed(s, len, r, "at")) > 0)
			c = '@';
		else if ((q = bracketed(s, len, r, "dot")) > 0)
			c = '.';
		if (c) {
			for (p = w; p > 0 && s[p - 1] == ' ' && w - p < 2; p--)
				;
			for (t = q; t < len && s[t] == ' ' && t - q < 2; t++)
				;
			if (p > 0 && wordc(s[p - 1]) && t < len && wordc(s[t])) {
				v->from[p] = p < w ? v->from[p] : v->from[r];
				s[p] = c;
				w = p + 1;
				r = t;
				continue;
			}
		}
		s[w] = s[r];
		v->from[w++] = v->from[r++];
	}
	v->len = w;
	s[w] = '\0';
}

/* E-mail addresses, outward from each '@'. */
static void
find_emails(unsigned char *s, size_t len)
{
	size_t done = 0, at_, a, b;
	unsigned char *p;

	while ((p = memchr(s + done, '@', len - done)) != NULL) {
		at_ = (size_t)(p - s);
		a = at_;
		while (a > done && local_char(s[a - 1]))
			a--;
		while (a < at_ && s[a] == '.')
			a++;
		b = at_ + 1;
		while (b < len && domain_char(s[b]))
			b++;
		/* The domain needs a dot and a top level of two letters or more. */
		if (a < at_ && (b = domain_end(s, at_ + 1, b)) > 0) {
			add_hit(s, a, b, "[EMAIL]");
			done = b;
			continue;
		}
		done = at_ + 1;
	}
}

/*
 * What begins at s[i], if anything: its token, and its length in *m.  A
 * number does not begin in the middle of another: not after a digit and a
 * hyphen, slash, dot, comma or colon (02-2026 1200 in 01-02-2026 1200).
 */
static const char *
match_at(const unsigned char *s, size_t len, size_t i, size_t *m)
{
	const char *token = NULL;

	if ((*m = match_iban(s, len, i)) > 0)
		return "[IBAN]";
	if (i >= 2 && digit(s[i - 2]) && strchr("-/.,:", s[i - 1]) != NULL && s[i - 1] != '\0')
		return NULL;
	if ((*m = match_bsn(s, len, i)) > 0)
		token = "[BSN]";
	else if ((*m = match_phone(s, len, i)) > 0)
		token = "[PHONE]";
	else if ((*m = match_postcode(s, len, i)) > 0)
		token = "[POSTCODE]";
	return token && !amount(s, len, i, i + *m) ? token : NULL;
}

/* May a match begin at s[i] without a label: not inside a word, not after + or @? */
static int
boundary(const unsigned char *s, size_t i)
{
	unsigned char c = i > 0 ? s[i - 1] : ' ';

	return !wordc(c) && c != '+' && c != '@';
}

/* IBANs, BSNs, phone numbers and postcodes, left to right. */
static void
find_numbers(unsigned char *s, size_t len)
{
	unsigned char ok[LABEL_MAX + 1];
	const char *token;
	size_t i = 0, m = 0, k, e;

	while (i < len) {
		if (boundary(s, i)) {
			if ((token = match_at(s, len, i, &m)) != NULL) {
				add_hit(s, i, i + m, token);
				i += m;
				continue;
			}
			for (e = i; e < len && letter(s[e]); e++)
				;
			/*
			 * A label glued to its number (bsnnr123456782, Tel+31...,
			 * ibanNL91...): the letters run into a digit or '+'.
			 */
			if (e > i && (digit(at(s, len, e)) || at(s, len, e) == '+')) {
				if (e - i > LABEL_MAX)
					e = i + LABEL_MAX;
				label_prefixes(s + i, e - i, ok);
				for (k = 1; k <= e - i; k++)
					if (ok[k] && (token = match_at(s, len, i + k, &m)) != NULL)
						break;
				if (k <= e - i) {
					add_hit(s, i + k, i + k + m, token);
					i += k + m;
					continue;
				}
			}
		}
		/* On to the next place a match could begin: past this word. */
		k = 1;
		while (i + k < len && wordc(s[i + k]) && wordc(s[i + k - 1]))
			k++;
		i += k;
	}
}

static int
hit_order(const void *x, const void *y)
{
	const struct hit *a = x, *b = y;

	return a->a < b->a ? -1 : a->a > b->a;
}

/*
 * Does text hold anything an identifier needs: a digit, an '@', a
 * bracketed "at" -- also as a character whose compatibility form is one
 * (full-width ０ and ＠, Arabic-Indic ٠)?  Most questions do not, and are
 * copied without making a view.
 */
static int
worth_a_look(const char *text, size_t len)
{
	unsigned char fold[VIEW_FOLD_MAX];
	size_t i, k, m, n;
	int32_t cp;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];

		if (digit(c) || c == '@')
			return 1;
		if (c == '(' || c == '[' || c == '{') {
			k = i + 1 + (i + 1 < len && text[i + 1] == ' ');
			if (k + 1 < len && (text[k] | 0x20) == 'a' && (text[k + 1] | 0x20) == 't')
				return 1;
		}
		if (c >= 0x80) {
			n = utf8_next(text, len, i, &cp);
			m = textview_fold(cp, fold);
			for (k = 0; k < m; k++)
				if (digit(fold[k]) || fold[k] == '@' || fold[k] == '(' || fold[k] == '[' || fold[k] == '{')
					return 1;
			i += n - 1;
		}
	}
	return 0;
}

/* One pass of privacy_redact: what it finds, replaced in the original text. */
static int
redact_once(const char *text, size_t len, struct buf *out)
{
	static _Thread_local struct textview v;	/* reused: this runs once per record */
	size_t done = 0, h, a, b;

	if (!worth_a_look(text, len)) {
		buf_add(out, text, len);
		return 0;
	}
	textview_build(&v, text, len);
	collapse_brackets(&v);
	nhits = 0;
	find_emails(v.b, v.len);
	find_numbers(v.b, v.len);
	if (nhits > 1)
		qsort(hits, nhits, sizeof(*hits), hit_order);
	for (h = 0; h < nhits; h++) {
		a = v.from[hits[h].a];
		b = textview_end(&v, text, len, hits[h].b - 1);
		if (a < done)
			a = done;	/* two matches in the compatibility form of one character */
		buf_add(out, text + done, a - done);
		buf_adds(out, hits[h].token);
		if (b > done)
			done = b;
	}
	buf_add(out, text + done, len - done);
	return (int)nhits;
}

int
privacy_redact(const char *text, size_t len, struct buf *out)
{
	static _Thread_local struct buf pass;		/* reused: this runs once per record */
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

/*
 * A column name is folded (case and accents ignored: name_fold) to its words
 * of letters and digits; digits at the end of a word are not judged
 * (adres2, telefoon_1).  The man page, oer-intake(1) PRIVACY, lists these
 * words: keep the two in step.
 *
 * Identifier words: the column is an identifier when its words written
 * together, those of its last dotted part (client.telefoon: nested JSON), a
 * run of its words written together (Date of birth, Geb. datum, First
 * name, 06-nummer) or one of its words is one of these.
 */
static const char *const pii_words[] = {
	/* citizen numbers */
	"bsn", "bsnnummer", "bsnnr", "burgerservicenummer", "sofi", "sofinummer", "sofinr",
	"ssn", "socialsecuritynumber",
	/* names */
	"naam", "name", "voornaam", "voornamen", "achternaam", "geslachtsnaam", "familienaam",
	"voorletters", "initialen", "initials", "tussenvoegsel", "tussenvoegsels", "roepnaam",
	"meisjesnaam", "volledigenaam", "clientnaam", "naamclient", "firstname", "lastname",
	"surname", "fullname", "middlename", "maidenname", "nickname", "givenname", "familyname",
	"contactpersoon", "contactpersonen", "contactperson", "noodcontact", "emergencycontact",
	/* addresses */
	"adres", "woonadres", "postadres", "huisadres", "bezoekadres", "adresgegevens", "adresregel",
	"straat", "straatnaam", "huisnummer", "huisnr", "huisnummertoevoeging", "huisletter",
	"postcode", "woonplaats", "address", "streetaddress", "street", "housenumber", "zipcode",
	"zip", "postalcode",
	/* e-mail and phone */
	"email", "emailadres", "mail", "mailadres", "emailaddress",
	"telefoon", "telefoonnummer", "telefoonnr", "tel", "telnr", "mobiel", "mobielnummer",
	"mobielnr", "gsm", "06nummer", "phone", "phonenumber", "telephone", "telephonenumber",
	"mobile", "mobilenumber", "cellphone",
	/* birth */
	"geboortedatum", "gebdatum", "gebdat", "geboren", "geboorteplaats", "dateofbirth", "dob",
	"birthdate", "birthday", "birthplace", "placeofbirth",
	/* bank and documents */
	"iban", "rekeningnummer", "rekeningnr", "reknr", "bankrekening", "bankrekeningnummer",
	"bankaccount", "accountnumber", "paspoort", "paspoortnummer", "paspoortnr", "passport",
	"passportnumber", "idnummer", "documentnummer", "kenteken",
	NULL
};

/*
 * Compounds: a word that begins with one of these (telefoonnummer_moeder,
 * bsnnummerouder) or ends with one (client_bsn, Huisadres, Contactadres,
 * partnertelefoon) is an identifier too.  Only stems that name nothing but
 * an identifier: not "postcode" at the start (postcodegebied is an area),
 * nor "phone" (smartphone).
 */
static const char *const pii_prefixes[] = {
	"bsn", "burgerservicenummer", "sofinummer", "sofinr", "geboortedat", "gebdat",
	"geboorteplaats", "telefoon", "mobielnummer", "mobielnr", "iban", "email",
	"voornaam", "achternaam", "huisnummer", "huisnr", "woonplaats", "rekeningnummer",
	"rekeningnr", "bankrekening", "contactpersoon", "initialen", "voorletters",
	"adresgegevens", "straatnaam", "phonenumber", "firstname", "lastname", "emailaddress",
	NULL
};
static const char *const pii_suffixes[] = {
	"bsn", "adres", "address", "telefoon", "telefoonnummer", "telefoonnr", "telnr",
	"mobielnummer", "mobielnr", "06nummer", "geboortedatum", "gebdatum", "geboorteplaats",
	"voornaam", "achternaam", "email", "iban", "huisnummer", "huisnr", "woonplaats",
	"postcode", "rekeningnummer", "rekeningnr", "contactpersoon", "initialen", "phonenumber",
	NULL
};

/*
 * Every word that is, begins or ends with naam or name is a person's name
 * (klant_naam, partnernaam, Naam cliënt, naam_moeder, gebruikersnaam,
 * username), unless the rest of the word -- or, for naam or name as a word
 * of its own, another word of the column -- ends with one of these stems of
 * places, organisations, teams, files and products (wijknaam, naam_wijk,
 * naam organisatie, aanbiedernaam, teamnaam, bestandsnaam, domeinnaam,
 * filename).  A genitive s is allowed (bedrijfsnaam).
 */
static const char *const not_person[] = {
	/* places */
	"wijk", "buurt", "stadsdeel", "gemeente", "stad", "dorp", "kern", "plaats", "regio",
	"provincie", "land", "gebied", "locatie", "lokatie", "district", "city", "town",
	"village", "region", "province", "country", "area", "location", "neighbourhood",
	"neighborhood", "municipality",
	/* organisations */
	"organisatie", "organization", "organisation", "aanbieder", "provider", "instelling",
	"instantie", "bedrijf", "firma", "company", "school", "praktijk", "vereniging",
	"stichting",
	/* teams */
	"team", "afdeling", "dienst", "department", "groep", "group", "project", "programma",
	"program", "rol", "role", "functie", "beroep",
	/* files and data */
	"bestand", "file", "document", "map", "folder", "tabel", "table", "kolom", "column",
	"veld", "field", "blad", "sheet", "lijst", "list", "rapport", "report", "formulier",
	"form", "module", "domein", "domain", "host", "server", "pad", "path", "dir", "class",
	"type", "categorie", "category", "variabele", "variable", "label", "tag", "code",
	/* products */
	"product", "merk", "brand", "pakket", "package", "app", "applicatie", "systeem",
	"system", "regeling", "voorziening", "activiteit", "activity", "cursus", "course",
	"training", "evenement", "event",
	NULL
};

/* Words ending in naam or name that are no name. */
static const char *const not_names[] = { "aangenaam", "onaangenaam", "rename", NULL };

/*
 * Words that make a column about an identifier rather than one: bsn_bekend,
 * emailvoorkeur, Telefooncontact, adrestype, bsn_status.  As a word or a
 * word's end -- not when the word, alone or with the word before it, is an
 * identifier word (noodcontact, Emergency contact); heeft, geen, zonder,
 * has and count as words only (Heeft BSN, geen_vast_adres).
 */
static const char *const about_words[] = {
	"bekend", "voorkeur", "toestemming", "verstuurd", "verzonden", "contact", "aanwezig",
	"gecontroleerd", "geverifieerd", "gevalideerd", "gewijzigd", "beschikbaar", "ontbreekt",
	"ontbrekend", "geldig", "type", "soort", "status", "aantal",
	"known", "consent", "verified", "validated", "available", "missing", "preference",
	NULL
};
static const char *const about_whole[] = { "heeft", "geen", "zonder", "has", "count", NULL };

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

/* Does s[0..n) end with a stem of a place, organisation, ... (with a genitive s)? */
static int
names_no_person(const char *s, size_t n)
{
	return ends(not_person, s, n) || (n > 1 && s[n - 1] == 's' && ends(not_person, s, n - 1));
}

#define MAX_WORDS 64	/* words judged one by one; a longer name is judged by its first 64 */
#define MAX_RUN 4	/* words written together: date of birth */

static int
word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

struct words {
	const char *s;		/* the words written together */
	size_t n, start[MAX_WORDS], len[MAX_WORDS];
};

/* Is word w (naam, or one that begins or ends with naam or name) a person's name? */
static int
person_name(const struct words *ws, size_t w)
{
	const char *s = ws->s + ws->start[w];
	size_t n = ws->len[w], k;

	if (n == 4 && (memcmp(s, "naam", 4) == 0 || memcmp(s, "name", 4) == 0)) {
		for (k = 0; k < ws->n; k++)
			if (k != w && names_no_person(ws->s + ws->start[k], ws->len[k]))
				return 0;
		return 1;
	}
	if (listed(not_names, s, n))
		return 0;
	if (n > 4 && (memcmp(s + n - 4, "naam", 4) == 0 || memcmp(s + n - 4, "name", 4) == 0))
		return !names_no_person(s, n - 4);
	if (n > 6 && memcmp(s, "naam", 4) == 0)
		return !names_no_person(s + 4, n - 4);	/* naamouder, not naamwijk */
	return 0;
}

int
pii_column(const char *name, size_t len)
{
	struct buf folded = { 0 }, joined = { 0 };
	struct words ws;
	size_t i, w, k, n, last = 0;
	int hit = 0;

	/*
	 * Folded, the name is words of letters and digits.  Joined they are
	 * judged whole ("E-mail" is email, "Geb. datum" gebdatum), and so is
	 * the last dotted part ("client.telefoon"); then word by word, unless
	 * a word says the column is about an identifier rather than one.
	 */
	name_fold(name, len, &folded);
	ws.n = 0;
	for (i = 0; i <= folded.len; i++) {
		char c = i < folded.len ? folded.data[i] : '\0';
		int in_word = i > 0 && word_char(folded.data[i - 1]);

		if (word_char(c)) {
			if (!in_word && ws.n < MAX_WORDS)
				ws.start[ws.n] = joined.len;
			buf_addc(&joined, c);
			continue;
		}
		if (in_word && ws.n < MAX_WORDS) {
			ws.len[ws.n] = joined.len - ws.start[ws.n];
			ws.n++;
		}
		if (c == '.')
			last = joined.len;
	}
	if (joined.len == 0)
		goto out;
	ws.s = joined.data;
	if (listed(pii_words, joined.data, joined.len) ||
	    (last > 0 && last < joined.len && listed(pii_words, joined.data + last, joined.len - last) &&
	    !(joined.len - last == 4 && (memcmp(joined.data + last, "naam", 4) == 0 ||
	    memcmp(joined.data + last, "name", 4) == 0)))) {
		hit = 1;
		goto out;
	}
	for (w = 0; w < ws.n; w++) {
		const char *s = ws.s + ws.start[w];

		if ((ends(about_words, s, ws.len[w]) && !listed(pii_words, s, ws.len[w]) &&
		    !(w > 0 && listed(pii_words, ws.s + ws.start[w - 1], ws.start[w] + ws.len[w] - ws.start[w - 1]))) ||
		    listed(about_whole, s, ws.len[w]))
			goto out;
	}
	/* Runs of words written together: date of birth, first name, e mail adres. */
	for (w = 0; w + 1 < ws.n && !hit; w++)
		for (k = w + 1; k < ws.n && k < w + MAX_RUN && !hit; k++)
			hit = listed(pii_words, ws.s + ws.start[w], ws.start[k] + ws.len[k] - ws.start[w]);
	/* Digits at a word's end are not judged: adres2, telefoon_1 (but 06 stays 06). */
	for (w = 0; w < ws.n; w++) {
		const char *s = ws.s + ws.start[w];

		for (n = ws.len[w]; n > 1 && s[n - 1] >= '0' && s[n - 1] <= '9'; n--)
			;
		if (!(s[n - 1] >= '0' && s[n - 1] <= '9'))
			ws.len[w] = n;
	}
	for (w = 0; w < ws.n && !hit; w++) {
		const char *s = ws.s + ws.start[w];
		size_t wl = ws.len[w];

		/* naam or name on its own is judged with its neighbours (person_name). */
		if (!(wl == 4 && (memcmp(s, "naam", 4) == 0 || memcmp(s, "name", 4) == 0)))
			hit = listed(pii_words, s, wl) || begins(pii_prefixes, s, wl) || ends(pii_suffixes, s, wl);
		if (!hit)
			hit = person_name(&ws, w);
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
	/*
	 * Without blocking: a FIFO given as the key file would wait forever.
	 * Through the stage: /dev/stdin in a chain is the stage's, a pipe.
	 */
	int fd = stage_open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);

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
		stage_close(fd);
		return EXIT_USAGE;
	}
	if (st.st_mode & (S_IRGRP | S_IROTH | S_IWGRP | S_IWOTH)) {
		buf_printf(err, "key file %s is %s by group or others; run: chmod 600 %s", path,
		    st.st_mode & (S_IRGRP | S_IROTH) ? "readable" : "writable", path);
		stage_close(fd);
		return EXIT_USAGE;
	}
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		buf_add(key, chunk, (size_t)n);
	stage_close(fd);
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
