# oer-monitor --history: a case whose records are not together (it comes
# back after another case) is a data error naming where it began; without
# the check it would come out twice, each time with half its history.  With
# --rejects each record of the returning group is rejected and the rest
# goes on: records out + rejected = records in.
cat >in.csv <<'CSV'
case_id,measured,finances.self
A,2026-01-01,2
B,2026-01-01,3
A,2026-02-01,3
A,2026-03-01,4
C,2026-01-01,3
CSV
run oer-monitor --history --date 2026-01-20 in.csv
expect_status 65
columns out case_id finances.first finances.delta monitor.measurements >got
expect_file got <<'CSV'
case_id,finances.first,finances.delta,monitor.measurements
A,2,0,1
B,3,0,1
CSV
expect_err <<'ERR'
oer-monitor: in.csv:4: case A: case_id: 'A' came before, from line 2, with other cases after it: --history needs each case's records together (sort by case_id, then measured)
ERR
run oer-monitor --history --date 2026-01-20 --rejects rej.csv in.csv
expect_status 1
columns out case_id monitor.measurements >got
expect_file got <<'CSV'
case_id,monitor.measurements
A,1
B,1
C,1
CSV
expect_file rej.csv <<'CSV'
case_id,measured,finances.self,error
A,2026-02-01,3,"in.csv:4: case A: case_id: 'A' came before, from line 2, with other cases after it: --history needs each case's records together (sort by case_id, then measured)"
A,2026-03-01,4,"in.csv:5: case A: case_id: 'A' came before, from line 2, with other cases after it: --history needs each case's records together (sort by case_id, then measured)"
CSV
expect_err <<'ERR'
oer-monitor: 2 of 5 records rejected, see rej.csv
ERR
# Across inputs the message names the file where the case began.  A case
# whose only separating case was rejected is split too (A, bad B, A).
printf 'case_id,measured,finances.self\nA,2026-01-01,2\nB,2026-01-01,3\n' >h1.csv
printf 'case_id,measured,finances.self\nC,2026-01-01,2\nA,2026-02-01,3\n' >h2.csv
run oer-monitor --history --date 2026-01-20 h1.csv h2.csv
expect_status 65
expect_err <<'ERR'
oer-monitor: h2.csv:3: case A: case_id: 'A' came before, from h1.csv:2, with other cases after it: --history needs each case's records together (sort by case_id, then measured)
ERR
printf 'case_id,measured,finances.self\nA,2026-01-01,2\nB,2026-01-01,9\nA,2026-02-01,3\n' >h3.csv
run oer-monitor --history --date 2026-01-20 --rejects rej3.csv h3.csv
expect_status 1
columns out case_id monitor.measurements >got
expect_file got <<'CSV'
case_id,monitor.measurements
A,1
CSV
[ "$(wc -l <rej3.csv)" = 3 ] || fail "B and the returning A are rejected"
