#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "keymemo.h"
#include "schema.h"

int
key_memo_set(struct key_memo *m, int key, int verdict)
{
	if (key >= m->n) {
		/* Room for every name known now and some to come, so it grows seldom. */
		int n = (field_count() > key ? field_count() : key + 1) + 64;

		m->verdict = xrealloc(m->verdict, (size_t)n);
		memset(m->verdict + m->n, 0, (size_t)(n - m->n));
		m->n = n;
	}
	m->verdict[key] = (unsigned char)(verdict + 1);
	return verdict;
}

void
key_memo_free(struct key_memo *m)
{
	free(m->verdict);
	m->verdict = NULL;
	m->n = 0;
}
