# oer-refer: a domain the matrix does not have is a usage error
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk
SH,Schuldhulp,first_line,financien;schulden,*
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:2: domains: 'schulden' is not a life domain (finances, housing, ... see oer(7)) or *
ERR
