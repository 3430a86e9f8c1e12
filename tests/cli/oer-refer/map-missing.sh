# oer-refer: a map that cannot be opened: exit 66, nothing written, no rejects file made
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map geen-kaart.csv --rejects rej.csv in.csv
expect_status 66
expect_no_out
expect_err <<'ERR'
oer-refer: cannot open social map geen-kaart.csv: No such file or directory
ERR
[ ! -e rej.csv ] || fail "a rejects file was made"
