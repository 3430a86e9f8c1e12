# oer-intake: impossible and malformed dates are data errors
printf 'case_id,received,wijk\nW-1,29-02-2026,Noord\n' >a.csv
run oer-intake a.csv
expect_status 65
expect_err <<'ERR'
oer-intake: a.csv:2: case W-1: received: '29-02-2026': no such date
ERR
printf 'case_id,received,wijk\nW-1,2026/11/02,Noord\n' >b.csv
run oer-intake b.csv
expect_status 65
expect_err <<'ERR'
oer-intake: b.csv:2: case W-1: received: '2026/11/02': not a date (YYYY-MM-DD or DD-MM-YYYY)
ERR
printf 'case_id,received,wijk\nW-1,29-02-2024,Noord\n' >c.csv
run oer-intake c.csv
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2024-02-29,Noord,2024-W09,,,info,3,I4,0
CSV
