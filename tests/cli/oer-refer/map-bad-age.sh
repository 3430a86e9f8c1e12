# oer-refer: age_min and age_max are whole years 0-130
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,age_min,age_max
JT,Jeugdteam,first_line,*,*,0,17
OA,Ouderen,first_line,*,*,65+,
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:3: age_min: '65+' is not an age in whole years 0-130 (empty: no limit)
ERR

printf 'provider_id,name,level,domains,wijk,age_min,age_max\nJT,Jeugdteam,first_line,*,*,,-17\n' >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:2: age_max: '-17' is not an age in whole years 0-130 (empty: no limit)
ERR
