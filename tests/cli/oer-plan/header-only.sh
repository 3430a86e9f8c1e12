# oer-plan: an input without records still gets the output's CSV header --
# the plan's fields for each domain with columns, then the case fields -- so
# that the columns depend only on the input's columns; also when every
# record was rejected.  An empty input gives an empty output.
printf 'case_id,intake.route,housing.together,finances.need\n' >in.csv
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,intake.route,housing.together,finances.need,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
CSV

printf 'case_id,finances.need\nH-1,never\n' >bad.csv
run oer-plan --rejects rej.csv bad.csv
expect_status 1
expect_out <<'CSV'
case_id,finances.need,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
CSV

: >empty.csv
run oer-plan empty.csv
expect_status 0
expect_no_err
expect_no_out
