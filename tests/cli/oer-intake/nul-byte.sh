# oer-intake: a NUL byte in a field is a data error naming the field
printf 'case_id,received,wijk\nW-1,2026-11-02,No\000ord\n' >in.csv
run oer-intake in.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-intake: in.csv:2: case W-1: wijk: contains a NUL byte
ERR
