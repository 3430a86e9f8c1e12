# oer-refer: a provider_id used twice is a usage error naming both lines
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk
SH-1,Schuldhulp Noord,first_line,finances,Noord
SH-2,Schuldhulp Zuid,first_line,finances,Zuid
SH-1,Schuldhulp Oost,first_line,finances,Oost
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:4: provider_id: 'SH-1' already used on line 2
ERR
