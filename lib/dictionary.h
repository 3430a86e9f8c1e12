/*
 * The header dictionary (SPEC 2): every field of the spec under the names
 * exports give it, Dutch and English.  A column name is matched with case,
 * accents, spaces and the marks _ - . ( ) & / : ignored, so "Datum
 * aanmelding", "datum_aanmelding" and "DATUM-AANMELDING" are one name, and
 * "Financiën (zelf)" is finances.self.  A team's own names come from
 * --columns FILE (lines "NAME = field") and win over the built-in ones.
 *
 * The record layer (schema.c) asks the dictionary once per distinct column
 * name and writes a recognised column under the spec's name.
 */
#ifndef OER_DICTIONARY_H
#define OER_DICTIONARY_H

#include <stddef.h>

#include "buf.h"

/* The spec's name of a column name, or NULL when the dictionary does not know it. */
const char *dict_field(const char *name, size_t len);

/*
 * Add a team's own names from a --columns file.  Returns 0, -1 with
 * "path:line: what" in err (an unknown field, a line without '='), or -2
 * when the file cannot be read.
 */
int dict_columns_file(const char *path, struct buf *err);

/* The same from text (tests); name is used in messages. */
int dict_columns_text(const char *text, size_t len, const char *name, struct buf *err);

/*
 * The names accepted for a field, for messages: "case_id, Dossiernummer,
 * Casusnummer, ...", at most max names (0: all) followed by ", ..." when cut.
 */
void dict_names(const char *field, int max, struct buf *out);

/* The matching form of a name: lowercase, accents off, the ignored marks dropped. */
void dict_squash(const char *s, size_t len, struct buf *out);

/* Names that the built-in dictionary gives to two fields (a unit test wants none). */
int dict_conflicts(struct buf *out);

#endif
