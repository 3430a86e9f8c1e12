# oer-report: cases past the Wmo time limits -- a plan within 6 weeks (42
# days) of received, within 2 days on the crisis and safety routes -- are
# counted and listed, longest over first.  Today is 2026-11-28 (tests/run).
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route,plan.date
O1,2026-10-01,Noord,halfline,2026-11-12
O2,2026-10-01,Noord,halfline,2026-11-13
O3,2026-10-10,Zuid,halfline,
O4,2026-11-20,Zuid,crisis,
O5,2026-11-20,Noord,safety,2026-11-22
O6,2026-11-24,Oost,crisis,2026-11-27
O7,2026-09-01,Oost,info,
O8,2026-09-01,Oost,outreach,
O9,2026-10-01,West,,
CSV
# O1: limit 10-01 + 42 = 11-12, plan that day: in time.
# O2: plan 11-13, one day over.
# O3: limit 11-21, no plan by today 11-28: 7 days over.
# O4: crisis, limit 11-22, no plan: 6 days over.
# O5: safety, plan on day 2: in time.  O6: crisis, limit 11-26, plan 11-27: 1.
# O7 (info), O8 (outreach): no plan is due.  O9: no route, so the plan
# route, limit 11-12: 16 days over.  Overdue: O9 16, O3 7, O4 6, O2 1, O6 1;
# O9, O3 and O4 have no plan yet: open.
# Lead times O1 42, O2 43, O5 2, O6 3: sorted 2 3 42 43, median 22.5.
run oer-report --period all --format text in.csv
expect_status 0
expect_no_err
sed -n '/^1\. Intake/,/^2\. /p' out >intake.txt
cat >want.txt <<'TXT'
1. Intake
  Cases                                 9
  Cases with a plan date                4
  Median days from received to plan  22.5
  Past the time limits                  5

  Routes
    Route                   Cases
    Safety                      1
    Crisis                      2
    Outreach                    1
    Information and advice      1
    Half line                   3
    No route                    1

  Past the time limits
    Case  Wijk   Route      Received    Limit       Plan           Days over
    O9    West   -          2026-10-01  2026-11-12  open, no plan         16
    O3    Zuid   Half line  2026-10-10  2026-11-21  open, no plan          7
    O4    Zuid   Crisis     2026-11-20  2026-11-22  open, no plan          6
    O2    Noord  Half line  2026-10-01  2026-11-12  2026-11-13             1
    O6    Oost   Crisis     2026-11-24  2026-11-26  2026-11-27             1

  Limits: a plan within 6 weeks of received (Wmo); on the crisis and safety
  routes within 2 days (the team's norm: the Wmo says without delay).

2. Monitor
TXT
expect_same want.txt intake.txt 'intake section'

# The same list as tidy rows, one row per attribute, keyed by case; what
# a case lacks (a route) has no row, and the plan date of a case without a
# plan reads open.
run oer-report --period all --format csv in.csv
grep ',intake,overdue' out | grep -E ',(O9|O2),' >rows.csv
cat >want.csv <<'CSV'
all,all,intake,overdue.wijk,O9,West
all,all,intake,overdue.received,O9,2026-10-01
all,all,intake,overdue.deadline,O9,2026-11-12
all,all,intake,overdue.plan_date,O9,open
all,all,intake,overdue.days_late,O9,16
all,all,intake,overdue.wijk,O2,Noord
all,all,intake,overdue.route,O2,halfline
all,all,intake,overdue.received,O2,2026-10-01
all,all,intake,overdue.deadline,O2,2026-11-12
all,all,intake,overdue.plan_date,O2,2026-11-13
all,all,intake,overdue.days_late,O2,1
CSV
expect_same want.csv rows.csv 'overdue rows'

# --crisis-days 7: the team's norm for crisis and safety, not the law.  O6
# (crisis, plan 3 days after received) is now in time; O4 (open since
# 11-20) is still 1 day over its limit of 11-27.
run oer-report --period all --format csv --crisis-days 7 in.csv
expect_status 0
grep -E ',overdue(\.deadline)?,' out >got
cat >want <<'CSV'
all,all,overview,overdue,,4
all,all,intake,overdue,,4
all,all,intake,overdue.deadline,O9,2026-11-12
all,all,intake,overdue.deadline,O3,2026-11-21
all,all,intake,overdue.deadline,O2,2026-11-12
all,all,intake,overdue.deadline,O4,2026-11-27
CSV
expect_same want got '--crisis-days 7'
# The partials carry the norm; a merge of different norms is refused.
oer-report --partial --period all --crisis-days 7 in.csv >p7.csv
oer-report --partial --period all in.csv >p2.csv
run oer-report --merge p7.csv p2.csv
expect_status 65
expect_err <<'ERR'
oer-report: p2.csv:2: a partial of --period all --date 2026-11-28, but the partials before it are of --period all --crisis-days 7 --date 2026-11-28: merge only partials of runs with the same --period, --by, --list and --crisis-days
ERR
run oer-report --merge --format csv p7.csv
oer-report --period all --format csv --crisis-days 7 in.csv >single.csv
expect_same single.csv out 'merge with --crisis-days'
