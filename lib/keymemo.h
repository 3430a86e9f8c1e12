/*
 * What a stage makes of a field, judged once per key.  The stages look at
 * every field of every record (is it an identifier, a level of which
 * domain, one of the plan's fields); judging a name means string compares,
 * so each judges a key once, the first time it meets it, and remembers the
 * verdict here: a small number per key, one look-up on every later record.
 */
#ifndef OER_KEYMEMO_H
#define OER_KEYMEMO_H

#define KEY_MEMO_MAX 254	/* the largest verdict a memo holds */

struct key_memo {
	unsigned char *verdict;	/* per key: the verdict + 1; 0 not judged yet */
	int n;
};

/* The verdict on key, or -1 when it has not been judged yet. */
static inline int
key_memo_get(const struct key_memo *m, int key)
{
	return key < m->n && m->verdict[key] != 0 ? m->verdict[key] - 1 : -1;
}

/* Remember verdict (0 .. KEY_MEMO_MAX) on key; returns verdict. */
int key_memo_set(struct key_memo *m, int key, int verdict);

void key_memo_free(struct key_memo *m);

#endif
