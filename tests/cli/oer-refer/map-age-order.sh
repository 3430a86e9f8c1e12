# oer-refer: age_min above age_max is a usage error
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,age_min,age_max
JV,Jongvolwassenen,first_line,*,*,27,18
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:2: age_min: 27 is above age_max 18
ERR
