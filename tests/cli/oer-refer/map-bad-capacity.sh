# oer-refer: capacity must be a whole number of places, 0 or more (empty: unlimited)
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity
SH,Schuldhulp,first_line,finances,*,veel
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:2: capacity: 'veel' is not a number of open places 0-1000000000 (empty: unlimited)
ERR

printf 'provider_id,name,level,domains,wijk,capacity\nSH,Schuldhulp,first_line,finances,*,-2\n' >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:2: capacity: '-2' is not a number of open places 0-1000000000 (empty: unlimited)
ERR
