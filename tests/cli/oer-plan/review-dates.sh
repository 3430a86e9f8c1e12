# oer-plan: plan.date is the run's date and each review date is the plan date
# plus 1 week (crisis), 6 weeks (formal levels) or 12 weeks (informal ones),
# across year ends and leap days:
#   2026-12-28 + 7 = 2027-01-04; + 42 = 2027-02-08 (Dec 31 is +3, Jan 31
#   +34); + 84 = 2027-03-22 (Feb 2027 has 28 days).
#   2028-01-15 + 7 = 2028-01-22; + 42 = 2028-02-26; + 84 = 2028-04-08
#   (2028 is a leap year: Feb 15 is +31, Mar 15 +60).
# The date comes from --date (ISO or Dutch), else SOURCE_DATE_EPOCH
# (1798459200 is 2026-12-28 12:00 UTC).
cat >in.csv <<'CSV'
case_id,finances.need,finances.together,housing.need,housing.together,time_use.need
V-1,urgent,1,support,2,watch
CSV
cat >want.csv <<'CSV'
case_id,finances.need,finances.together,housing.need,housing.together,time_use.need,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.time_use.level,plan.time_use.echelon,plan.time_use.action,plan.time_use.goal,plan.time_use.review,plan.time_use.rule,plan.time_use.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
V-1,urgent,1,support,2,watch,crisis,2,new,4,2027-01-04,P1,,volunteer,0,relief,4,2027-03-22,P4,,first_line,1,new,4,2027-02-08,P2,,2026-12-28,proposed,3,1,2,0.33,true,true,crisis,
CSV

run oer-plan --date 2026-12-28 in.csv
expect_status 0
expect_no_err
expect_out <want.csv

run oer-plan --date 28-12-2026 in.csv
expect_status 0
expect_out <want.csv

SOURCE_DATE_EPOCH=1798459200 run oer-plan in.csv
expect_status 0
expect_out <want.csv

run oer-plan --date 2028-01-15 in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,finances.need,finances.together,housing.need,housing.together,time_use.need,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.time_use.level,plan.time_use.echelon,plan.time_use.action,plan.time_use.goal,plan.time_use.review,plan.time_use.rule,plan.time_use.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
V-1,urgent,1,support,2,watch,crisis,2,new,4,2028-01-22,P1,,volunteer,0,relief,4,2028-04-08,P4,,first_line,1,new,4,2028-02-26,P2,,2028-01-15,proposed,3,1,2,0.33,true,true,crisis,
CSV

run oer-plan --date 2027-02-29 in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-plan: --date: '2027-02-29': no such date
ERR
