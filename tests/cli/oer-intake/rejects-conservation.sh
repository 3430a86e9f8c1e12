# oer-intake --rejects: bad records go to the file unchanged plus an error
# field, the good ones to stdout; out + rejected = in; exit 1 and a summary
printf 'case_id;received;wijk;question\r\nW-1;2-11-2026;Noord;Schulden\r\n;3-11-2026;Zuid;geen id\r\nW-3;31-11-2026;Oost;"datum; fout"\r\nW-4;4-11-2026;West;ok\r\nW-4;5-11-2026;West;dubbel\r\nW-6;6-11-2026\r\nW-7;7-11-2026;Noord;"a\r\nb"\r\n' >in.csv
run oer-intake --rejects rej.csv in.csv
expect_status 1
expect_err <<'ERR'
oer-intake: 4 of 7 records rejected, see rej.csv
ERR
cat >want.out <<'CSV'
case_id,received,wijk,question,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,Schulden,2026-W45,finances,,info,3,I4,0
W-4,2026-11-04,West,ok,2026-W45,,,info,3,I4,0
CSV
printf 'W-7,2026-11-07,Noord,"a\r\nb",2026-W45,,,info,3,I4,0\n' >>want.out
printf 'case_id;received;wijk;question;error\r\n;3-11-2026;Zuid;geen id;in.csv:3: case_id: missing\r\nW-3;31-11-2026;Oost;"datum; fout";in.csv:4: case W-3: received: '"'"'31-11-2026'"'"': no such date\r\nW-4;5-11-2026;West;dubbel;in.csv:6: case W-4: case_id: '"'"'W-4'"'"' already used on line 5\r\nW-6;6-11-2026;in.csv:7: case W-6: 2 fields, but the header has 4\r\n' >want.rej
expect_same want.out out stdout
expect_same want.rej rej.csv rejects
# Nothing lost: 3 written + 4 rejected = 7 read.
[ "$(($(grep -c '^W-' out) + $(grep -c '^[^c]' rej.csv)))" = 7 ] || fail "records lost"
