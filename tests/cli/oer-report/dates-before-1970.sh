# oer-report: a case received on 1969-12-31 (day -1) keeps its date on the
# overdue list, also through --partial and --merge ("no date" is not -1)
printf 'case_id,received,wijk,intake.route,plan.date\nX-1,1969-12-31,Noord,halfline,1970-03-01\n' >in.csv
run oer-report --period all --format csv in.csv
expect_status 0
grep 'overdue' out >single
expect_file single <<'CSV'
all,all,overview,overdue,,1
all,all,intake,overdue,,1
all,all,intake,overdue.wijk,X-1,Noord
all,all,intake,overdue.route,X-1,halfline
all,all,intake,overdue.received,X-1,1969-12-31
all,all,intake,overdue.deadline,X-1,1970-02-11
all,all,intake,overdue.plan_date,X-1,1970-03-01
all,all,intake,overdue.days_late,X-1,18
CSV
cp out single.csv
run oer-report --partial --period all in.csv
expect_status 0
cp out part.csv
run oer-report --merge --format csv part.csv
expect_status 0
expect_same single.csv out "merged against single"
