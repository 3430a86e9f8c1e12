#include <string.h>

#include "consult.h"

const char *const consult_reason_id[NCONSULT] = {
	"complex", "crisis", "no_fit", "many_items", "scale_up"
};

int
consult_parse_on(const char *arg, unsigned *on, const char **bad, size_t *badlen)
{
	const char *p = arg, *end;
	int i;

	*on = 0;
	for (;;) {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		for (i = 0; i < NCONSULT; i++)
			if (strlen(consult_reason_id[i]) == (size_t)(end - p) &&
			    memcmp(consult_reason_id[i], p, (size_t)(end - p)) == 0)
				break;
		if (i == NCONSULT) {
			*bad = p;
			*badlen = (size_t)(end - p);
			return -1;
		}
		*on |= 1u << i;
		if (*end == '\0')
			return 0;
		p = end + 1;
	}
}

static void
add_reason(struct buf *reasons, const char *id)
{
	if (reasons->len > 0)
		buf_addc(reasons, ';');
	buf_adds(reasons, id);
}

int
consult_planned(const struct consult_rules *rules, const struct consult_case *c,
    struct buf *reasons)
{
	int holds[NCONSULT], i, on = 0;

	holds[C_COMPLEX] = c->complex;
	holds[C_CRISIS] = c->crisis > 0;
	holds[C_NO_FIT] = c->no_fit > 0;
	holds[C_MANY_ITEMS] = rules->many_items > 0 && c->items >= rules->many_items;
	holds[C_SCALE_UP] = c->scale_up > 0;
	buf_reset(reasons);
	/* Every reason is listed; only those of --consult-on put the case on the agenda. */
	for (i = 0; i < NCONSULT; i++)
		if (holds[i]) {
			add_reason(reasons, consult_reason_id[i]);
			on |= (rules->on >> i) & 1;
		}
	return on;
}

int
consult_unplanned(int outreach, long urgent, struct buf *reasons)
{
	buf_reset(reasons);
	if (!outreach || urgent <= 0)
		return 0;
	add_reason(reasons, CONSULT_OUTREACH);
	return 1;
}

int
consult_decide(int method, enum tristate decision, struct buf *reasons)
{
	if (decision == BOOL_UNKNOWN)
		return method;
	add_reason(reasons, CONSULT_OVERRIDE);
	return decision == BOOL_TRUE;
}
