# oer-report: the median days from received to plan.date is exact: the
# middle of an odd count, the mean of the two middle values of an even one.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route,plan.date
L1,2026-11-02,Noord,halfline,2026-11-02
L2,2026-11-02,Noord,halfline,2026-11-05
L3,2026-11-03,Noord,halfline,13-11-2026
L4,2026-11-04,Noord,halfline,2026-12-15
L5,2026-11-04,Noord,info,
L6,2026-11-05,Noord,halfline,
CSV
# Lead times: L1 0, L2 3, L3 10 (a Dutch date), L4 41 days; L5 (info) and
# L6 (no plan yet, its 6 weeks not over on 28 November) have none.
# Sorted 0 3 10 41: median (3 + 10) / 2 = 6.5.  Nothing is overdue.
run oer-report --period all --format csv in.csv
expect_status 0
grep -E ',intake,(planned|median_lead_days|overdue),' out >got.csv
cat >want.csv <<'CSV'
all,all,intake,planned,,4
all,all,intake,median_lead_days,,6.5
all,all,intake,overdue,,0
CSV
expect_same want.csv got.csv 'even count'

# One more, 20 days: 0 3 10 20 41, median 10.
printf 'L7,2026-11-05,Noord,halfline,2026-11-25\n' >>in.csv
run oer-report --period all --format csv in.csv
expect_status 0
grep -E ',intake,(planned|median_lead_days),' out >got.csv
cat >want.csv <<'CSV'
all,all,intake,planned,,5
all,all,intake,median_lead_days,,10
CSV
expect_same want.csv got.csv 'odd count'
