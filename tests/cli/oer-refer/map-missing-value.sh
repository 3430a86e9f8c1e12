# oer-refer: provider_id, domains and wijk may not be empty
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk
,Schuldhulp,first_line,finances,*
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:2: provider_id: missing
ERR

printf 'provider_id,name,level,domains,wijk\nSH,Schuldhulp,first_line,,*\n' >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:2: domains: missing (list the life domains, or * for all)
ERR

printf 'provider_id,name,level,domains,wijk\nSH,Schuldhulp,first_line,finances, \n' >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:2: wijk: missing (list the wijken, or * for all)
ERR

printf 'provider_id,name,level,domains,wijk\nSH,Schuldhulp,,finances,*\n' >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:2: level: '' is not a support level (self, network, volunteer, general, first_line, second_line, third_line, crisis)
ERR
