# oer-intake: an unterminated quote runs to the end of the input: that record
# is bad (exit 65, the line it starts on), the complete ones before it are out
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-2,2026-11-02,"Noord\nW-3,2026-11-02,Zuid\n' >in.csv
run oer-intake in.csv
expect_status 65
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,2026-W45,,,info,3,I4,0
CSV
expect_err <<'ERR'
oer-intake: in.csv:3: case W-2: unterminated quoted field: a quote opened in this record is never closed
ERR
