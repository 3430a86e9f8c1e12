# oer-intake: a quote inside an unquoted field is malformed CSV; with
# --rejects the reader goes on at the next line
printf 'case_id,received,wijk\nW-1,2026-11-02,Noo"rd\nW-2,2026-11-02,Zuid\n' >in.csv
run oer-intake in.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-intake: in.csv:2: case W-1: malformed quoting on line 2 (a quote inside an unquoted field, or text after a closing quote)
ERR
run oer-intake --rejects rej.csv in.csv
expect_status 1
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-2,2026-11-02,Zuid,2026-W45,,,info,3,I4,0
CSV
expect_file rej.csv <<'CSV'
case_id,received,wijk,error
W-1,2026-11-02,Noo"rd,"in.csv:2: case W-1: malformed quoting on line 2 (a quote inside an unquoted field, or text after a closing quote)"
CSV
