/*
 * The privacy guard of oer-intake (SPEC 5).  Exports are meant to be
 * anonymised; this catches what slipped through: identifiers inside free
 * text, columns that are identifiers by their name, and case ids that should
 * not leave the team (keyed pseudonyms).
 */
#ifndef OER_PRIVACY_H
#define OER_PRIVACY_H

#include <stddef.h>

#include "buf.h"

/*
 * Copy text to out with Dutch citizen numbers (9 digits passing the
 * elfproef), IBANs (mod-97), e-mail addresses, Dutch phone numbers and
 * postcodes replaced by [BSN], [IBAN], [EMAIL], [PHONE], [POSTCODE].
 * Returns the number of replacements.
 */
int privacy_redact(const char *text, size_t len, struct buf *out);

/* The checks on their own, for tests: do all of s[0..len) form one? */
int is_bsn(const char *s, size_t len);
int is_iban(const char *s, size_t len);

/* Is a column with this name a direct identifier (bsn, naam, adres, email, ...)? */
int pii_column(const char *name, size_t len);

#define PSEUDONYM_LEN 64	/* hex digits of HMAC-SHA-256 */
#define PSEUDONYM_KEY_MIN 32	/* bytes */

/*
 * Read a pseudonym key file.  Returns 0, or an exit status with a message in
 * err: 66 when it cannot be read, 2 when it is shorter than 32 bytes or
 * readable by group or others.
 */
int pseudonym_key(const char *path, struct buf *key, struct buf *err);

/* The pseudonym of id: HMAC-SHA-256(key, id) in lowercase hex, NUL-terminated. */
void pseudonym(const struct buf *key, const char *id, size_t len, char out[PSEUDONYM_LEN + 1]);

#endif
