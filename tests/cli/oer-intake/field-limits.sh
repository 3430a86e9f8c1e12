# oer-intake: a field over 1 MiB and a header of more than 4096 columns are
# data errors with a clear message, not crashes
awk 'BEGIN { printf "case_id,received,wijk,question\nW-1,2026-11-02,Noord,"; s = "x"; for (i = 0; i < 20; i++) s = s s; printf "%sx\nW-2,2026-11-02,Zuid,kort\n", s }' >big.csv
run oer-intake --rejects rej.csv big.csv
expect_status 1
expect_out <<'CSV'
case_id,received,wijk,question,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-2,2026-11-02,Zuid,kort,2026-W45,,,info,3,I4,0
CSV
expect_err <<'ERR'
oer-intake: 1 of 2 records rejected, see rej.csv
ERR
tail -c 75 rej.csv >tail.txt
expect_file tail.txt <<'TXT'
xxxx,big.csv:2: case W-1: question: longer than the limit of 1048576 bytes
TXT
awk 'BEGIN { for (i = 0; i <= 4096; i++) printf "%sc%d", i ? "," : "", i; printf "\n" }' >wide.csv
run oer-intake wide.csv
expect_status 65
expect_err <<'ERR'
oer-intake: wide.csv:1: the header has more than 4096 columns
ERR
