# oer-intake: case_id is unique within a run (across inputs), at most 64
# printable characters; the first good records are written before the stop.
# A value in a message (the case id too) is cut to 40 characters and '...'.
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-2,2026-11-02,Noord\n' >a.csv
printf 'case_id,received,wijk\nW-3,2026-11-02,Noord\nW-1,2026-11-03,Zuid\n' >b.csv
run oer-intake a.csv b.csv
expect_status 65
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,2026-W45,,,info,3,I4,0
W-2,2026-11-02,Noord,2026-W45,,,info,3,I4,0
W-3,2026-11-02,Noord,2026-W45,,,info,3,I4,0
CSV
expect_err <<'ERR'
oer-intake: b.csv:3: case W-1: case_id: 'W-1' already used on line 2
ERR
long=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
printf 'case_id,received,wijk\n%s,2026-11-02,Noord\n' "$long" >c.csv
run oer-intake c.csv
expect_status 65
expect_err <<'ERR'
oer-intake: c.csv:2: case AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA...: case_id: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA...' is longer than 64 characters
ERR
printf 'case_id,received,wijk\n"W\t1",2026-11-02,Noord\n' >d.csv
run oer-intake d.csv
expect_status 65
expect_err <<'ERR'
oer-intake: d.csv:2: case W\x091: case_id: 'W\x091' contains a control character
ERR
