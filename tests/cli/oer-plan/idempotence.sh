# oer-plan: planning twice gives the same as planning once -- the plan's
# fields are overwritten in place, never appended twice -- in CSV and in
# JSON, and the JSON plan read back to CSV is the CSV plan (lossless).
cat >in.csv <<'CSV'
case_id,intake.route,network.load,monitor.complex,finances.need,finances.together,finances.current,finances.trend,housing.need,housing.together,housing.current,mental_health.need,mental_health.together
I-1,halfline,ok,true,urgent,1,volunteer,,support,3,,support,2
I-2,info,ok,false,support,2,,,,,,,
I-3,crisis,overloaded,false,none,4,self,down,none,5,first_line,,
I-4,,strained,false,watch,4,,,none,4,crisis,support,3
CSV
oer-plan in.csv >once.csv || fail "first run failed"
run oer-plan once.csv
expect_status 0
expect_no_err
expect_same once.csv out "CSV planned twice"
head -n 1 once.csv >header.csv
expect_file header.csv <<'CSV'
case_id,intake.route,network.load,monitor.complex,finances.need,finances.together,finances.current,finances.trend,housing.need,housing.together,housing.current,mental_health.need,mental_health.together,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.mental_health.level,plan.mental_health.echelon,plan.mental_health.action,plan.mental_health.goal,plan.mental_health.review,plan.mental_health.rule,plan.mental_health.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
CSV

oer-plan --output-format json in.csv >once.json || fail "first JSON run failed"
run oer-plan once.json
expect_status 0
expect_no_err
expect_same once.json out "JSON planned twice"

run oer-plan --output-format csv once.json
expect_status 0
expect_same once.csv out "JSON plan back to CSV"
