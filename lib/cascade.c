#include <string.h>

#include "cascade.h"
#include "text.h"
#include "value.h"

const struct plan_level_info plan_levels[NPLAN_LEVELS] = {
	[PL_SELF] = { "self", 0, 1, 0 },
	[PL_NETWORK] = { "network", 0, 1, 0 },
	[PL_VOLUNTEER] = { "volunteer", 0, 1, 1 },
	[PL_GENERAL] = { "general", 1, 0, 1 },
	[PL_FIRST_LINE] = { "first_line", 1, 0, 1 },
	[PL_SECOND_LINE] = { "second_line", 2, 0, 1 },
	[PL_THIRD_LINE] = { "third_line", 3, 0, 1 },
	[PL_CRISIS] = { "crisis", 2, 0, 1 },
};

const char plan_level_names[] =
    "self, network, volunteer, general, first_line, second_line, third_line, crisis";

/* Dutch names, as a team writes them in its own map or plan (folded form). */
static const struct {
	const char *alias;
	int level;
} level_alias[] = {
	{ "zelf", PL_SELF }, { "netwerk", PL_NETWORK },
	{ "vrijwilliger", PL_VOLUNTEER }, { "vrijwilligers", PL_VOLUNTEER },
	{ "algemeen", PL_GENERAL }, { "eerste_lijn", PL_FIRST_LINE },
	{ "tweede_lijn", PL_SECOND_LINE }, { "derde_lijn", PL_THIRD_LINE },
};

/* SPEC 7: a week for crisis help, 6 for formal levels, 12 for informal ones. */
static const int default_review_weeks[NPLAN_LEVELS] = { 12, 12, 12, 6, 6, 6, 6, 1 };

const char *const action_name[] = {
	[ACT_NONE] = "", [ACT_NEW] = "new", [ACT_CONTINUE] = "continue",
	[ACT_SCALE_UP] = "scale_up", [ACT_SCALE_DOWN] = "scale_down",
	[ACT_RELIEF] = "relief",
};

const char *
plan_level_name(int level)
{
	if (level == PL_NONE)
		return "none";
	if (level == PL_NO_FIT)
		return "no_fit";
	return plan_levels[level].name;
}

int
plan_level_lookup(const char *s, size_t len)
{
	struct buf folded = { 0 };
	size_t i;
	int found = -1;

	for (i = 0; i < NPLAN_LEVELS; i++)
		if (text_is(s, len, plan_levels[i].name))
			return (int)i;
	if (len == 0)
		return -1;
	name_fold(s, len, &folded);
	for (i = 0; i < NPLAN_LEVELS && found < 0 && folded.len > 0; i++)
		if (strcmp(folded.data, plan_levels[i].name) == 0)
			found = (int)i;
	for (i = 0; i < sizeof(level_alias) / sizeof(level_alias[0]) && found < 0; i++)
		if (strcmp(folded.data, level_alias[i].alias) == 0)
			found = level_alias[i].level;
	buf_free(&folded);
	return found;
}

int
plan_level_parse(const char *s, size_t len, int *level)
{
	if (len == 0 || text_is(s, len, "none")) {
		*level = PL_NONE;
		return 0;
	}
	return (*level = plan_level_lookup(s, len)) >= 0 ? 0 : -1;
}

/* ---- the decision table ---- */

const char cascade_builtin_text[] =
"# oer-plan decision table: the built-in one (oer-plan --print-rules).\n"
"#\n"
"#   allow DOMAIN LEVEL...   the levels of support DOMAIN allows\n"
"#   specialised DOMAIN...   rule P2 plans second_line here, not first_line\n"
"#   review LEVEL WEEKS      weeks from the plan date to the review\n"
"#\n"
"# Levels, light to heavy: self network volunteer general first_line\n"
"# second_line third_line crisis.  Residential care (third_line) only in the\n"
"# domains where it is a form of support: sheltered housing, a shelter,\n"
"# clinical mental health or addiction care, a nursing home.\n"
"allow finances self network volunteer general first_line second_line crisis\n"
"allow work_education self network volunteer general first_line second_line crisis\n"
"allow time_use self network volunteer general first_line second_line crisis\n"
"allow housing self network volunteer general first_line second_line third_line crisis\n"
"allow domestic_relations self network volunteer general first_line second_line third_line crisis\n"
"allow mental_health self network volunteer general first_line second_line third_line crisis\n"
"allow physical_health self network volunteer general first_line second_line third_line crisis\n"
"allow substance_use self network volunteer general first_line second_line third_line crisis\n"
"allow basic_adl self network volunteer general first_line second_line third_line crisis\n"
"allow instrumental_adl self network volunteer general first_line second_line crisis\n"
"allow social_network self network volunteer general first_line second_line crisis\n"
"allow community_participation self network volunteer general first_line second_line crisis\n"
"allow justice self network volunteer general first_line second_line crisis\n"
"\n"
"specialised mental_health substance_use justice\n"
"\n"
"review self 12\n"
"review network 12\n"
"review volunteer 12\n"
"review general 6\n"
"review first_line 6\n"
"review second_line 6\n"
"review third_line 6\n"
"review crisis 1\n";

/* The next word of s[0..n) from *k (spaces and tabs between words). */
static int
word(const char *s, size_t n, size_t *k, const char **w, size_t *wl)
{
	size_t start;

	while (*k < n && (s[*k] == ' ' || s[*k] == '\t'))
		(*k)++;
	if (*k == n)
		return 0;
	start = *k;
	while (*k < n && s[*k] != ' ' && s[*k] != '\t')
		(*k)++;
	*w = s + start;
	*wl = *k - start;
	return 1;
}


/* Where each statement was first seen, for "a second ... line" messages. */
struct seen {
	long allow[NDOMAINS];
	long specialised[NDOMAINS];
	long review[NPLAN_LEVELS];
};

static int
parse_allow(struct cascade_table *t, struct seen *seen, const char *s, size_t n,
    size_t k, long line, const char *name, struct buf *err)
{
	const char *w;
	size_t wl;
	unsigned levels = 0;
	int d, l;

	if (!word(s, n, &k, &w, &wl)) {
		buf_printf(err, "%s:%ld: allow needs a domain and its levels", name, line);
		return -1;
	}
	if ((d = domain_lookup(w, wl)) < 0) {
		buf_printf(err, "%s:%ld: '%.*s' is not a life domain", name, line, (int)wl, w);
		return -1;
	}
	if (seen->allow[d]) {
		buf_printf(err, "%s:%ld: a second allow line for %s (the first is line %ld)",
		    name, line, domains[d].key, seen->allow[d]);
		return -1;
	}
	while (word(s, n, &k, &w, &wl)) {
		if ((l = plan_level_lookup(w, wl)) < 0) {
			buf_printf(err, "%s:%ld: '%.*s' is not a level (%s)",
			    name, line, (int)wl, w, plan_level_names);
			return -1;
		}
		if (levels & (1u << l)) {
			buf_printf(err, "%s:%ld: %s twice", name, line, plan_levels[l].name);
			return -1;
		}
		levels |= 1u << l;
	}
	if (levels == 0) {
		buf_printf(err, "%s:%ld: allow needs a domain and its levels", name, line);
		return -1;
	}
	t->allowed[d] = levels;
	seen->allow[d] = line;
	return 0;
}

static int
parse_specialised(struct cascade_table *t, struct seen *seen, const char *s, size_t n,
    size_t k, long line, const char *name, struct buf *err)
{
	const char *w;
	size_t wl;
	int d, any = 0;

	while (word(s, n, &k, &w, &wl)) {
		if ((d = domain_lookup(w, wl)) < 0) {
			buf_printf(err, "%s:%ld: '%.*s' is not a life domain", name, line, (int)wl, w);
			return -1;
		}
		if (seen->specialised[d]) {
			buf_printf(err, "%s:%ld: %s is already specialised (line %ld)",
			    name, line, domains[d].key, seen->specialised[d]);
			return -1;
		}
		t->specialised[d] = 1;
		seen->specialised[d] = line;
		any = 1;
	}
	if (!any) {
		buf_printf(err, "%s:%ld: specialised needs at least one domain", name, line);
		return -1;
	}
	return 0;
}

static int
parse_review(struct cascade_table *t, struct seen *seen, const char *s, size_t n,
    size_t k, long line, const char *name, struct buf *err)
{
	const char *w, *num, *extra, *why;
	size_t wl, numlen, extralen;
	long long weeks;
	int l;

	if (!word(s, n, &k, &w, &wl) || !word(s, n, &k, &num, &numlen) ||
	    word(s, n, &k, &extra, &extralen)) {
		buf_printf(err, "%s:%ld: review needs a level and a number of weeks", name, line);
		return -1;
	}
	if ((l = plan_level_lookup(w, wl)) < 0) {
		buf_printf(err, "%s:%ld: '%.*s' is not a level (%s)",
		    name, line, (int)wl, w, plan_level_names);
		return -1;
	}
	if (parse_int(num, numlen, 1, REVIEW_WEEKS_MAX, &weeks, &why) < 0) {
		buf_printf(err, "%s:%ld: '%.*s' is not a number of weeks 1-%d",
		    name, line, (int)numlen, num, REVIEW_WEEKS_MAX);
		return -1;
	}
	if (seen->review[l]) {
		buf_printf(err, "%s:%ld: a second review line for %s (the first is line %ld)",
		    name, line, plan_levels[l].name, seen->review[l]);
		return -1;
	}
	t->review_weeks[l] = (int)weeks;
	seen->review[l] = line;
	return 0;
}

int
cascade_parse(struct cascade_table *t, const char *text, size_t len,
    const char *name, struct buf *err)
{
	struct seen seen;
	size_t pos = 0;
	long line = 0;
	int d, rc;

	memset(t, 0, sizeof(*t));
	memset(&seen, 0, sizeof(seen));
	memcpy(t->review_weeks, default_review_weeks, sizeof(t->review_weeks));
	while (pos < len) {
		const char *s = text + pos, *nl = memchr(s, '\n', len - pos), *w;
		size_t n = nl ? (size_t)(nl - s) : len - pos, k = 0, wl;

		pos += n + (nl != NULL);
		line++;
		if (n > 0 && s[n - 1] == '\r')
			n--;
		if (!word(s, n, &k, &w, &wl) || w[0] == '#')
			continue;
		if (text_is(w, wl, "allow"))
			rc = parse_allow(t, &seen, s, n, k, line, name, err);
		else if (text_is(w, wl, "specialised") || text_is(w, wl, "specialized"))
			rc = parse_specialised(t, &seen, s, n, k, line, name, err);
		else if (text_is(w, wl, "review"))
			rc = parse_review(t, &seen, s, n, k, line, name, err);
		else {
			buf_printf(err, "%s:%ld: '%.*s' is not allow, specialised or review",
			    name, line, (int)wl, w);
			rc = -1;
		}
		if (rc < 0)
			return -1;
	}
	/* What the table does not restrict, it allows. */
	for (d = 0; d < NDOMAINS; d++)
		if (!seen.allow[d])
			t->allowed[d] = (1u << NPLAN_LEVELS) - 1;
	return 0;
}

/* ---- the rules ---- */

static int
allowed(const struct cascade_table *t, const struct item_facts *f, int level)
{
	if (!(t->allowed[f->domain] & (1u << level)))
		return 0;
	/* Never put more on a network that is strained or overloaded. */
	return level != PL_NETWORK || f->load == LOAD_OK || f->load == LOAD_UNKNOWN;
}

/* The first of the candidate levels the table allows, else no_fit. */
static int
first_allowed(const struct cascade_table *t, const struct item_facts *f,
    const int *cand, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (allowed(t, f, cand[i]))
			return cand[i];
	return PL_NO_FIT;
}

/*
 * One level lighter (dir -1) or heavier (+1) than the current one along the
 * cascade: the next level the table allows.  A step up stops below crisis:
 * crisis help is for an urgent need (P1), not for a trend.
 */
static int
step(const struct cascade_table *t, const struct item_facts *f, int dir)
{
	int l;

	for (l = f->current + dir; l >= 0 && l < PL_CRISIS; l += dir)
		if (allowed(t, f, l))
			return l;
	return PL_NO_FIT;
}

/* new, or continue when the level is the one already in place. */
static enum action
new_or_continue(const struct item_facts *f, int level)
{
	return level == f->current ? ACT_CONTINUE : ACT_NEW;
}

static int
urgent(const struct item_facts *f)
{
	return f->need == NEED_URGENT;
}

static void
crisis_now(const struct cascade_table *t, const struct item_facts *f, struct item *it)
{
	static const int cand[] = { PL_CRISIS };

	it->level = first_allowed(t, f, cand, 1);
	/* Crisis is the heaviest level: any support in place is lighter. */
	it->action = f->current >= 0 && f->current < PL_CRISIS ? ACT_SCALE_UP : ACT_NEW;
}

static int
insufficient(const struct item_facts *f)
{
	return f->need == NEED_SUPPORT && f->together == 2;
}

static void
professional(const struct cascade_table *t, const struct item_facts *f, struct item *it)
{
	int cand = t->specialised[f->domain] ? PL_SECOND_LINE : PL_FIRST_LINE;

	it->level = first_allowed(t, f, &cand, 1);
	it->action = new_or_continue(f, it->level);
}

static int
limited(const struct item_facts *f)
{
	return f->need == NEED_SUPPORT && f->together == 3;
}

static void
lightest(const struct cascade_table *t, const struct item_facts *f, struct item *it)
{
	static const int cand[] = { PL_NETWORK, PL_VOLUNTEER, PL_GENERAL };

	/*
	 * The network only when its load is known to be ok (SPEC 7): a burden
	 * nobody has looked at is not put on family and neighbours unasked.
	 */
	if (f->load == LOAD_OK)
		it->level = first_allowed(t, f, cand, 3);
	else
		it->level = first_allowed(t, f, cand + 1, 2);
	it->action = new_or_continue(f, it->level);
}

static int
carried(const struct item_facts *f)
{
	return f->need == NEED_WATCH;
}

static void
relieve(const struct cascade_table *t, const struct item_facts *f, struct item *it)
{
	static const int cand[] = { PL_VOLUNTEER, PL_GENERAL };

	it->level = first_allowed(t, f, cand, 2);
	it->action = ACT_RELIEF;
}

static int
recovered(const struct item_facts *f)
{
	return f->need == NEED_NONE && f->current > PL_SELF;
}

static void
scale_down(const struct cascade_table *t, const struct item_facts *f, struct item *it)
{
	it->level = f->together == 5 ? PL_NONE : step(t, f, -1);
	it->action = ACT_SCALE_DOWN;
}

static int
declining(const struct item_facts *f)
{
	return f->declining && f->current != PL_NONE;
}

static void
scale_up(const struct cascade_table *t, const struct item_facts *f, struct item *it)
{
	it->level = step(t, f, +1);
	it->action = ACT_SCALE_UP;
}

const struct plan_rule plan_rules[] = {
	{ "P1", "need urgent: crisis; scale_up when lighter support is in place, else new",
	    urgent, crisis_now },
	{ "P2", "need support, together 2: first_line, second_line in specialised domains",
	    insufficient, professional },
	{ "P3", "need support, together 3: the lightest allowed of network (load ok), volunteer, general",
	    limited, lightest },
	{ "P4", "need watch: volunteer, else general, to relieve the network", carried, relieve },
	{ "P5", "need none, support above self in place: one allowed level lighter, none at together 5",
	    recovered, scale_down },
	{ "P6", "trend down, support in place: one allowed level heavier, never crisis",
	    declining, scale_up },
	{ NULL, NULL, NULL, NULL },
};

const struct plan_rule *
cascade_item(const struct cascade_table *t, const struct item_facts *f, struct item *it)
{
	const struct plan_rule *r;

	for (r = plan_rules; r->id; r++)
		if (r->applies(f))
			break;
	if (r->id == NULL)
		return NULL;
	memset(it, 0, sizeof(*it));
	r->decide(t, f, it);
	if (it->level == PL_NO_FIT)
		it->action = ACT_NONE;
	/* Aim at sufficient self-reliance at least, and never below the present level. */
	it->goal = f->together > 4 ? f->together : 4;
	if (it->level >= 0)
		it->review_weeks = t->review_weeks[it->level];
	else if (it->level == PL_NONE)
		it->review_weeks = t->review_weeks[PL_SELF];	/* does own strength hold? */
	return r;
}

/*
 * The professional's decision, with the resident (SPEC 0, 7): the level
 * recorded in the input wins over the rules.  The action says how it
 * relates to the support in place; goal and review follow from the level
 * as for the rules' items.
 */
const struct plan_rule cascade_override_rule = {
	"override", "the level recorded in the input: the professional's decision with the resident",
	NULL, NULL
};

const struct plan_rule *
cascade_override(const struct cascade_table *t, const struct item_facts *f, int level,
    struct item *it)
{
	memset(it, 0, sizeof(*it));
	it->level = level;
	if (level == PL_NONE)
		it->action = f->current != PL_NONE ? ACT_SCALE_DOWN : ACT_NONE;
	else if (f->current == PL_NONE)
		it->action = ACT_NEW;
	else
		it->action = level == f->current ? ACT_CONTINUE :
		    level > f->current ? ACT_SCALE_UP : ACT_SCALE_DOWN;
	it->goal = f->together > 4 ? f->together : 4;
	it->review_weeks = t->review_weeks[level >= 0 ? level : PL_SELF];
	return &cascade_override_rule;
}
