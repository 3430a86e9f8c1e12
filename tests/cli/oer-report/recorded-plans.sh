# Lead times and lateness come from recorded plans only (SPEC 9): a case
# whose plan oer-plan only proposed is open, and overdue once its deadline
# (crisis and safety 2 days, others 6 weeks) is before the run's date; the
# overdue list says "open" instead of inventing a plan date.  The median
# lead time is that of the recorded plans: 1, 19 and 50 days.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route,plan.date,plan.status
A,2026-10-01,Noord,halfline,2026-10-20,recorded
B,2026-10-01,Noord,halfline,2026-11-20,recorded
C,2026-10-01,Noord,halfline,2026-11-28,proposed
D,2026-11-26,Noord,crisis,2026-11-28,proposed
E,2026-11-20,Noord,safety,2026-11-21,
F,2026-11-20,Noord,crisis,2026-11-28,proposed
G,2026-10-17,Noord,halfline,2026-11-28,proposed
CSV
run oer-report --period all --format csv --date 2026-11-28 in.csv
expect_status 0
expect_no_err
grep -E '^all,all,intake,(median_lead_days|overdue)' out >got
expect_file got <<'CSV'
all,all,intake,median_lead_days,,19
all,all,intake,overdue,,3
all,all,intake,overdue.wijk,C,Noord
all,all,intake,overdue.route,C,halfline
all,all,intake,overdue.received,C,2026-10-01
all,all,intake,overdue.deadline,C,2026-11-12
all,all,intake,overdue.plan_date,C,open
all,all,intake,overdue.days_late,C,16
all,all,intake,overdue.wijk,B,Noord
all,all,intake,overdue.route,B,halfline
all,all,intake,overdue.received,B,2026-10-01
all,all,intake,overdue.deadline,B,2026-11-12
all,all,intake,overdue.plan_date,B,2026-11-20
all,all,intake,overdue.days_late,B,8
all,all,intake,overdue.wijk,F,Noord
all,all,intake,overdue.route,F,crisis
all,all,intake,overdue.received,F,2026-11-20
all,all,intake,overdue.deadline,F,2026-11-22
all,all,intake,overdue.plan_date,F,open
all,all,intake,overdue.days_late,F,6
CSV
# G's deadline (2026-11-28) is the run's date: not yet over.  A day later it is.
run oer-report --period all --format csv --date 2026-11-29 in.csv
grep -E '^all,all,intake,overdue(,|.days_late,G)' out >got
expect_file got <<'CSV'
all,all,intake,overdue,,5
all,all,intake,overdue.days_late,G,1
CSV
# In Dutch the open plan reads as such.
run oer-report --period all --format text --lang nl --date 2026-11-28 in.csv
grep -c 'open, geen plan' out >got
echo 2 >want
expect_same want got "open cases in the Dutch overdue list"
