# oer-refer: the whole map is checked before any record is read: a bad last line stops the run before any output
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity
SH,Schuldhulp,first_line,finances,*,3
VW,Maatje,volunteer,finances,*,3
XX,Kapot,first_line,finances,*,drie
CSV
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv --rejects rej.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:4: capacity: 'drie' is not a number of open places 0-1000000000 (empty: unlimited)
ERR
[ ! -e rej.csv ] || fail "a rejects file was made"
