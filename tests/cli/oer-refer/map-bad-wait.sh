# oer-refer: wait_days must be a whole number of days, 0 or more
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,wait_days
SH,Schuldhulp,first_line,finances,*,14
VW,Maatje,volunteer,finances,*,-1
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:3: wait_days: '-1' is not a number of days 0-36500 (empty: 0)
ERR

printf 'provider_id,name,level,domains,wijk,wait_days\nSH,Schuldhulp,first_line,finances,*,2 weken\n' >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:2: wait_days: '2 weken' is not a number of days 0-36500 (empty: 0)
ERR
