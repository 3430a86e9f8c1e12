/*
 * The Dutch keyword lexicon of oer-intake: which words in a question point
 * to a life domain, and which are crisis or safety signals.  Words match
 * case- and accent-insensitively on word prefixes ("schuld" matches
 * "Schulden"); a phrase of several words matches them in a row.
 *
 * File format (--lexicon FILE), one entry per line:
 *	CATEGORY PHRASE
 * CATEGORY is a domain key or Dutch name, or "crisis" or "safety"; PHRASE is
 * the rest of the line; several categories may be joined by ','
 * ("crisis,mental_health zelfmoord").  Category "not" marks whole words
 * that are no match for any other entry ("not geweldig": great, not
 * violent; "not in veel gevallen": in many cases, no fall): no entry starts
 * in them, nor does a '*' entry match inside them.
 * Marks in a phrase:
 *	*huurschuld	'*' first: the phrase may also start inside a word,
 *			for the heads of Dutch compounds ("*schuld" matches
 *			"gokschulden"); only these few entries are tried there
 *	mijn ex$	'$' last: the phrase ends where a word ends ("mijn ex"
 *			and "mijn ex-man", not "mijn examen")
 *	a | b | c	alternatives: the same as one line for each
 *	a|b & c|d	parts joined by '&' (at most 8): the entry matches when
 *			each part matches somewhere in the text, in any order
 *			("ontruim & morgen|vrijdag"); it is reported as the
 *			first alternative found of each part ("ontruim & morgen")
 * Blank lines and lines starting with '#' are skipped.
 */
#ifndef OER_LEXICON_H
#define OER_LEXICON_H

#include <stddef.h>

#include "buf.h"
#include "domain.h"

enum { LEX_CRISIS = NDOMAINS, LEX_SAFETY, LEX_NOT, LEX_NCATEGORIES };

struct lexicon;

/* The built-in lexicon, as text in the file format (for --print-lexicon). */
extern const char lexicon_builtin_text[];

/*
 * Parse a lexicon from text; name is used in messages.  Returns NULL and an
 * error "name:line: ..." in err when an entry is malformed.
 */
struct lexicon *lexicon_parse(const char *text, size_t len, const char *name, struct buf *err);
void lexicon_free(struct lexicon *lx);

struct lexicon_hits {
	unsigned char domain[NDOMAINS];	/* 1 where a domain word was found */
	int crisis, safety;		/* counts of signal phrases found */
	struct buf signals;		/* the signal phrases found, ';'-separated */
};

/* Scan text (UTF-8); clears and fills hits.  scratch is reused between calls. */
void lexicon_scan(const struct lexicon *lx, const char *text, size_t len,
    struct lexicon_hits *hits, struct buf *scratch);

#endif
