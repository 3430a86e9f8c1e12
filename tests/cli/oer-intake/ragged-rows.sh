# oer-intake: a row with more or fewer fields than the header is a data error
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord,extra\n' >a.csv
run oer-intake a.csv
expect_status 65
expect_err <<'ERR'
oer-intake: a.csv:2: case W-1: 4 fields, but the header has 3
ERR
printf 'case_id,received,wijk\nW-1,2026-11-02\n' >b.csv
run oer-intake b.csv
expect_status 65
expect_err <<'ERR'
oer-intake: b.csv:2: case W-1: 2 fields, but the header has 3
ERR
