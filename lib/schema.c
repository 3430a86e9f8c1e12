#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "dictionary.h"
#include "die.h"
#include "domain.h"
#include "exits.h"
#include "fields.h"
#include "schema.h"
#include "text.h"

/* The field dictionary (fields.h): the known fields of every stage and their JSON type. */
static const struct {
	const char *name;
	enum ftype type;
} dictionary[NFIELDS_KNOWN] = {
#define X(id, name, type) [id] = { name, type },
	OER_FIELDS(X)
#undef X
};

/* The keys of the known fields, each interned on first use: key + 1, 0 not yet. */
static _Thread_local int known_key[NFIELDS_KNOWN];

/* Per-domain fields: "<domain>.<part>" and "plan|refer.<domain>.<part>". */
struct parttype {
	const char *part;
	enum ftype type;
};

static const struct parttype domain_parts[] = {
	{ "", FT_NUMBER }, { "self", FT_NUMBER }, { "together", FT_NUMBER },
	{ "network", FT_NUMBER }, { "first", FT_NUMBER }, { "prev", FT_NUMBER },
	{ "delta", FT_NUMBER }, { "status", FT_STRING }, { "need", FT_STRING },
	{ "trend", FT_STRING }, { "current", FT_STRING },
}, plan_parts[] = {
	{ "level", FT_STRING }, { "echelon", FT_NUMBER }, { "action", FT_STRING },
	{ "goal", FT_NUMBER }, { "review", FT_DATE }, { "rule", FT_STRING },
	{ "proposed", FT_STRING }, { "own_goal", FT_STRING },
}, refer_parts[] = {
	{ "provider", FT_STRING }, { "name", FT_STRING }, { "status", FT_STRING },
	{ "wait_days", FT_NUMBER }, { "law", FT_STRING }, { "decision", FT_STRING },
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static _Thread_local struct fieldinfo *fields;
static _Thread_local int nfields, capfields;
static _Thread_local int *table;		/* open addressing: key + 1, 0 empty */
static _Thread_local size_t tablesize;

static uint64_t
hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */

	while (len-- > 0)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static void
part_type(const char *part, const struct parttype *tab, size_t n, struct fieldinfo *f)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcasecmp(tab[i].part, part) == 0) {	/* housing.Together */
			f->type = tab[i].type;
			f->known = 1;
			return;
		}
}

/* Type of a name: the dictionary, then the per-domain patterns. */
static void
classify(struct fieldinfo *f)
{
	const char *dot, *second;
	size_t i;
	int d;

	f->type = FT_STRING;
	f->known = 0;
	f->domain = -1;
	f->part = NULL;
	for (i = 0; i < NELEM(dictionary); i++)
		if (strcmp(dictionary[i].name, f->name) == 0) {
			f->type = dictionary[i].type;
			f->known = 1;
			return;
		}
	dot = strchr(f->name, '.');
	d = domain_lookup(f->name, dot ? (size_t)(dot - f->name) : f->len);
	if (d >= 0) {
		f->domain = d;
		f->part = dot ? dot + 1 : "";
		part_type(f->part, domain_parts, NELEM(domain_parts), f);
		return;
	}
	if (dot == NULL || (second = strchr(dot + 1, '.')) == NULL)
		return;
	if (strncmp(f->name, "plan.", 5) == 0 &&
	    domain_lookup(dot + 1, (size_t)(second - dot - 1)) >= 0)
		part_type(second + 1, plan_parts, NELEM(plan_parts), f);
	else if (strncmp(f->name, "refer.", 6) == 0 &&
	    domain_lookup(dot + 1, (size_t)(second - dot - 1)) >= 0)
		part_type(second + 1, refer_parts, NELEM(refer_parts), f);
}

/* Enter every interned name into the empty table t of size entries. */
static void
fill(int *t, size_t size)
{
	size_t i;

	for (i = 0; i < (size_t)nfields; i++) {
		size_t h = hash(fields[i].name, fields[i].len) & (size - 1);

		while (t[h])
			h = (h + 1) & (size - 1);
		t[h] = (int)i + 1;
	}
}

static void
rehash(void)
{
	size_t newsize = tablesize ? tablesize * 2 : 1024;
	int *t = xcalloc(newsize, sizeof(*t));

	fill(t, newsize);
	free(table);
	table = t;
	tablesize = newsize;
}

/* The slot of name in the table: its key + 1, or an empty slot (0). */
static size_t
lookup(const char *name, size_t len)
{
	size_t h = hash(name, len) & (tablesize - 1);

	for (; table[h]; h = (h + 1) & (tablesize - 1)) {
		const struct fieldinfo *f = &fields[table[h] - 1];

		if (f->len == len && memcmp(f->name, name, len) == 0)
			break;
	}
	return h;
}


/*
 * The spec's name of a column written another way ("Case ID", "Dossiernummer",
 * "Financiën (zelf)": the header dictionary), or NULL when the name is the
 * spec's own or unknown.
 */
static const char *
known_spelling(const char *name, size_t len)
{
	const char *known = dict_field(name, len);

	if (known && strlen(known) == len && memcmp(known, name, len) == 0)
		return NULL;
	return known;
}

int
field_find(const char *name, size_t len)
{
	const char *known;
	int key;

	if (tablesize == 0)
		return -1;
	key = table[lookup(name, len)] - 1;
	/* As field_intern: another spelling of a dictionary name is that name. */
	if (key < 0 && (known = known_spelling(name, len)) != NULL)
		key = table[lookup(known, strlen(known))] - 1;
	return key;
}

int
field_intern(const char *name, size_t len)
{
	size_t h;
	const char *known;

	if (tablesize == 0)
		rehash();
	h = lookup(name, len);
	if (table[h])
		return table[h] - 1;
	/* A known field under another spelling is that field, named as the dictionary names it. */
	if ((known = known_spelling(name, len)) != NULL) {
		int key = field_intern(known, strlen(known));

		if (key >= 0 && fields[key].as_written == NULL)
			fields[key].as_written = xstrndup(name, len);
		return key;
	}
	return field_intern_as_written(name, len);
}

int
field_intern_as_written(const char *name, size_t len)
{
	size_t h;
	struct fieldinfo *f;

	if (tablesize == 0)
		rehash();
	h = lookup(name, len);
	if (table[h])
		return table[h] - 1;
	if (nfields >= FIELD_MAX_NAMES)
		return -1;
	if (nfields == capfields) {
		capfields = capfields ? capfields * 2 : 256;
		fields = xreallocarray(fields, (size_t)capfields, sizeof(*fields));
	}
	f = &fields[nfields];
	f->name = xstrndup(name, len);
	f->len = len;
	f->as_written = NULL;
	classify(f);
	table[h] = ++nfields;
	if ((size_t)nfields * 2 > tablesize)
		rehash();
	return nfields - 1;
}

int
field_key(const char *name)
{
	int key = field_intern(name, strlen(name));

	if (key < 0)
		die(EXIT_DATA, "more than %d distinct field names", FIELD_MAX_NAMES);
	return key;
}

const char *
field_shown(int key)
{
	return fields[key].as_written ? fields[key].as_written : fields[key].name;
}

int
field_known(enum known_field f)
{
	if (known_key[f] == 0)
		known_key[f] = field_key(dictionary[f].name) + 1;
	return known_key[f] - 1;
}

const char *
field_known_name(enum known_field f)
{
	return dictionary[f].name;
}

const struct fieldinfo *
field_info(int key)
{
	return &fields[key];
}

int
field_count(void)
{
	return nfields;
}

void
field_forget(int n)
{
	int i;

	if (n < 0 || n >= nfields)
		return;
	while (nfields > n) {
		nfields--;
		free((char *)fields[nfields].name);
		free((char *)fields[nfields].as_written);
	}
	memset(table, 0, tablesize * sizeof(*table));
	fill(table, tablesize);
	for (i = 0; i < NFIELDS_KNOWN; i++)
		if (known_key[i] > n)
			known_key[i] = 0;
}
