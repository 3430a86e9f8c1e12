# oer-plan keeps a plan date the input records (plan.date, or Plandatum):
# plan.status recorded, review dates counted from it; without one the run's
# date is proposed; a second run (even on another day) keeps a recorded date
# and re-proposes its own; an impossible plan date is a data error.
cat >in.csv <<'CSV'
case_id,intake.route,finances.self,finances.together,Plandatum
A,halfline,2,2,4-11-2026
B,halfline,2,2,
C,info,2,2,5-11-2026
CSV
run oer-plan --date 2026-11-28 in.csv
expect_status 0
expect_no_err
columns out case_id plan.date plan.status plan.finances.review plan.finances.rule >got
expect_file got <<'CSV'
case_id,plan.date,plan.status,plan.finances.review,plan.finances.rule
A,2026-11-04,recorded,2026-12-16,P2
B,2026-11-28,proposed,2027-01-09,P2
C,2026-11-05,recorded,,
CSV
mv out once.csv
run oer-plan --date 2026-11-28 once.csv
expect_status 0
expect_same once.csv out "a second run"
run oer-plan --date 2026-11-30 once.csv
columns out case_id plan.date plan.status >got
expect_file got <<'CSV'
case_id,plan.date,plan.status
A,2026-11-04,recorded
B,2026-11-30,proposed
C,2026-11-05,recorded
CSV
printf 'case_id,intake.route,finances.self,plan.date\nD,halfline,2,31-11-2026\n' >bad.csv
run oer-plan --date 2026-11-28 bad.csv
expect_status 65
expect_err <<'ERR'
oer-plan: bad.csv:2: case D: plan.date: '31-11-2026': no such date
ERR
