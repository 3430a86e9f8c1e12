# oer-weekly's summary names each rejected case by stage (its label), with the reason
# (the message names case and field, and shows no identifier), also for a
# ';' export whose rejected record holds a quoted line break.
mkdir exports
printf 'case_id;received;wijk;question;finances.self\nB-1;16-11-2026;Noord;"Ik heb schulden;\nen meer";2\nB-2;31-11-2026;Noord;x;2\nB-3;17-11-2026;Noord;"mijn bsn 111222333;\nbel me";9\nB-4;17-11-2026;Noord;ok;3\n' >exports/export-2026-W47.csv
run "$TOP/scripts/oer-weekly" --date 2026-11-23 --map "$TOP/examples/sociale-kaart.csv"
expect_status 1
expect_no_err
sed -n '/^Rejected records/,/^Report/p' out >got
expect_file got <<'OUT'
Rejected records: 2
  Intake: exports/export-2026-W47.csv:4: case B-2: received: '31-11-2026': no such date
  Monitor: reports/2026-W47/intake.csv:4: case B-3: finances.self: '9' is not a level 1-5
Report: reports/oer-report-2026-W47.html
OUT
