# oer-refer: referring the output again with the same map gives the same output (fields overwritten in place)
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
HV,Huisvesting Vogelbuurt,second_line,housing,Vogelbuurt,1,30
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.housing.level,plan.justice.level
R-1,Vogelbuurt,second_line,
R-2,Vogelbuurt,second_line,crisis
CSV
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_out <<'CSV'
case_id,wijk,plan.housing.level,plan.justice.level,refer.housing.provider,refer.housing.name,refer.housing.status,refer.housing.wait_days,refer.housing.law,refer.justice.provider,refer.justice.name,refer.justice.status,refer.justice.wait_days,refer.justice.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
R-1,Vogelbuurt,second_line,,HV,Huisvesting Vogelbuurt,proposed,30,,,,,,,1,0,0,0,0
R-2,Vogelbuurt,second_line,crisis,HV,Huisvesting Vogelbuurt,waitlist,30,,,,unmatched,,,0,1,1,0,0
CSV
mv out once.csv
run oer-refer --map kaart.csv once.csv
expect_status 0
expect_no_err
expect_same once.csv out "refer twice"

# JSON Lines too.
run oer-refer --map kaart.csv --output-format json in.csv
mv out once.jsonl
run oer-refer --map kaart.csv once.jsonl
expect_status 0
expect_same once.jsonl out "refer twice (JSON)"
