/*
 * Partial reports (SPEC 10): the aggregate states of oer-report as records,
 * so that parts of an input reported on separately (oer-report --partial)
 * merge into the report of the whole (oer-report --merge), exactly.
 *
 * Every partial record has the same fields, so the partial is CSV or JSON
 * Lines through the ordinary record writers:
 *
 *   partial   the format version, 3
 *   run.period, run.by, run.from, run.to, run.date, run.list, run.crisis_days
 *             the options that shaped the aggregation and the run's date
 *   period, group, item, domain, key, value
 *             one number of one state: "2026-W45", "Noord", "level",
 *             "finances", "3", 12
 *   case_id, wijk, route, priority, urgent, need, received, deadline,
 *   plan_date, days_late, reasons
 *             one case of the overdue list or the agenda: the --list
 *             first of them; items overdue_cases and agenda_cases count all
 *
 * Only numbers that are not zero are written; an empty field (or, in JSON,
 * an absent one) is empty.  Every partial has one record of item "run",
 * even a partial of no cases, so the merge knows the run of every part.
 * man/oer-report.1 lists the items.
 */
#ifndef OER_REPORT_PARTIAL_H
#define OER_REPORT_PARTIAL_H

#include "record.h"
#include "report.h"
#include "stream.h"

#define PARTIAL_VERSION 3	/* 2: run.list, the lists' counts as items; 3: decisions, crisis_days */

/* The largest --list N. */
#define PARTIAL_LIST_MAX 1000000
#define REPORT_LIST_DEFAULT 10

/*
 * The largest count a merged state may hold: five times the people of the
 * Netherlands, and small enough that the report's integer arithmetic
 * (shares and signals multiply two counts and a percentage) cannot overflow.
 */
#define PARTIAL_COUNT_MAX 100000000L

/* What shaped the aggregation: the partial runs must agree on all of it. */
struct report_run {
	enum period_kind period;
	char *by;		/* the --by field; NULL: none */
	long from, to;		/* LONG_MIN, LONG_MAX: not given */
	long today;		/* the run's date: Wmo overdue is judged against it */
	int list;		/* --list: the case lists keep this many; 0 all */
	int crisis_days;	/* --crisis-days: the team's norm for crisis and safety */
};

/* Write the run record and every state of rp as partial records. */
void partial_write(struct report *rp, const struct report_run *run, struct stream *s);

/*
 * Partials of several runs merge when the runs agree on the shape (--period,
 * --by, --list, --crisis-days) and no period is in two of them: the weekly
 * job's partials, each of its own week and date, make a trend.  The merged
 * run spans them: the earliest --from, the latest --to and date.
 */
struct partial_span {
	long from, to, today;	/* one run's */
};

struct partial_owner {
	long period;
	int run;		/* the index in runs of the run that holds it */
};

struct partial_reader {
	int have_run;		/* a first partial record set run */
	struct report_run run;
	struct partial_span *runs;	/* the runs seen, in order */
	int nruns, capruns;
	struct partial_owner *owners;	/* sorted by period */
	int nowners, capowners;
	int current;		/* the run of the record being read */
	struct buf scratch;
};

void partial_reader_init(struct partial_reader *pr);
void partial_reader_free(struct partial_reader *pr);

/*
 * Add partial record r to rp.  The first record sets the run and rp's
 * period and date; a record of a run of another shape (other --period,
 * --by, --list or --crisis-days), or of a period another run holds too,
 * ends the merge with a data error, whatever --rejects says, since no
 * report could be right.  A malformed record is rejected through
 * the stream: 0 added, -1 rejected.
 */
int partial_read(struct partial_reader *pr, struct stream *s, const struct record *r,
    struct report *rp);

/* Whether r is a record of a partial report (it has partial and run.date). */
int partial_looks(const struct record *r);

#endif
