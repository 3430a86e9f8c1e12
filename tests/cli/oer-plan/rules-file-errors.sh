# oer-plan --rules: a malformed decision table is a usage error (exit 2)
# naming the file and line, before any record is read; a table that cannot
# be opened is exit 66.
cat >in.csv <<'CSV'
case_id,finances.need
E-1,urgent
CSV
printf '# levels\nallow finances self\n\nallow housing self fourth_line\n' >bad-level.txt
run oer-plan --rules bad-level.txt in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-plan: bad-level.txt:4: 'fourth_line' is not a level (self, network, volunteer, general, first_line, second_line, third_line, crisis)
ERR

printf 'allow finances self\ndeny housing crisis\n' >bad-word.txt
run oer-plan --rules bad-word.txt in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-plan: bad-word.txt:2: 'deny' is not allow, specialised or review
ERR

printf 'allow finances self\nallow financien network\n' >twice.txt
run oer-plan --rules twice.txt in.csv
expect_status 2
expect_err <<'ERR'
oer-plan: twice.txt:2: a second allow line for finances (the first is line 1)
ERR

printf 'review crisis 0\n' >weeks.txt
run oer-plan --rules weeks.txt in.csv
expect_status 2
expect_err <<'ERR'
oer-plan: weeks.txt:1: '0' is not a number of weeks 1-104
ERR

printf 'specialised money\n' >domain.txt
run oer-plan --rules domain.txt in.csv
expect_status 2
expect_err <<'ERR'
oer-plan: domain.txt:1: 'money' is not a life domain
ERR

run oer-plan --rules nosuch.txt in.csv
expect_status 66
expect_no_out
expect_err <<'ERR'
oer-plan: cannot open rules nosuch.txt: No such file or directory
ERR
