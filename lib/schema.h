/*
 * Field names and the field dictionary.  Every field name seen in a run is
 * interned once to a small integer key, so records and tools look fields up
 * by index instead of comparing strings per row.  The dictionary types the
 * known fields of every stage for JSON output (SPEC 2).
 */
#ifndef OER_SCHEMA_H
#define OER_SCHEMA_H

#include <stddef.h>

#include "fields.h"

enum ftype {
	FT_STRING,	/* text, written as a JSON string */
	FT_NUMBER,	/* written as a JSON number when it is one; empty is null */
	FT_BOOL,	/* true/false (any accepted spelling); empty is null */
	FT_LIST,	/* ';'-separated in CSV, an array of strings in JSON */
	FT_DATE		/* YYYY-MM-DD, a JSON string */
};

struct fieldinfo {
	const char *name;	/* NUL-terminated */
	size_t len;
	enum ftype type;
	int known;		/* in the field dictionary (or a per-domain field) */
	int domain;		/* first dotted part names a domain (or its alias): its index, else -1 */
	const char *part;	/* for a domain field, what follows "domain." ("self"), "" for a bare domain */
	const char *as_written;	/* the first other spelling read that named this field, or NULL */
};

#define FIELD_MAX_NAMES 100000	/* distinct field names per run */

/* Key of a field name, interning it on first sight; -1 when the limit is reached. */
int field_intern(const char *name, size_t len);

/*
 * Key of a name exactly as written, without the header dictionary: a
 * second column that the dictionary would give a field's name already taken
 * ("Wijk" and "Wijknaam") keeps its own.
 */
int field_intern_as_written(const char *name, size_t len);

/* The name to show a person: the column as the input wrote it, else the field's name. */
const char *field_shown(int key);

/* Key of a name already interned (or of its dictionary spelling), or -1 (interns nothing). */
int field_find(const char *name, size_t len);

/* Key of a NUL-terminated name; dies when full. */
int field_key(const char *name);

/* Key of a known field (fields.h), interned on first use; dies when full. */
int field_known(enum known_field f);

/* The name of a known field, as records write it. */
const char *field_known_name(enum known_field f);

const struct fieldinfo *field_info(int key);

/* Number of keys interned so far (keys are 0 .. field_count() - 1). */
int field_count(void);

/*
 * Forget the names interned after the first n, so that keys n and up are
 * free again (the fuzz targets start every input from the same names).
 */
void field_forget(int n);

#endif
