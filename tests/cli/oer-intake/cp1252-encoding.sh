# oer-intake --encoding cp1252 reads a Windows-1252 export; without it the
# same bytes are invalid UTF-8: exit 65 naming line, case and field
printf 'case_id;received;wijk;question\nW-1;2-11-2026;Noord;caf\351 \200 kosten\n' >in.csv
run oer-intake --encoding cp1252 in.csv
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,question,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,café € kosten,2026-W45,,,info,3,I4,0
CSV
run oer-intake in.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-intake: in.csv:2: case W-1: question: invalid UTF-8 (byte 0xE9 at position 4); if this is a Windows export, try --encoding cp1252
ERR
