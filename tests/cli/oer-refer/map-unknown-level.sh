# oer-refer: a map entry at an unknown level is a usage error naming file, line and field
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk
SH,Schuldhulp,first_line,finances,*
GGZ,GGZ,tweedelijns,mental_health,*
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:3: level: 'tweedelijns' is not a support level (self, network, volunteer, general, first_line, second_line, third_line, crisis)
ERR
