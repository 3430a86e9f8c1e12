# oer-refer: a map that is not well-formed CSV is a usage error with its line
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity
SH,Schuldhulp,first_line,finances,*,3
VW,Maatje,volunteer,finances,*
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:3: 5 fields, but the header has 6
ERR

printf 'provider_id,name,level,domains,wijk\nSH,"Schuldhulp,first_line,finances,*\n' >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:2: unterminated quoted field: a quote opened in this record is never closed
ERR

: >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:1: the social map is empty (no header line)
ERR
