# oer-refer: a map without one of the required columns is a usage error naming the header line
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,capacity
SH,Schuldhulp,first_line,finances,3
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:1: missing column 'wijk' (a social map needs provider_id, name, level, domains and wijk)
ERR
