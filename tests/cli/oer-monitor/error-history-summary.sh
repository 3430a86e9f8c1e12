# oer-monitor --history: a record that already carries monitor.measurements
# is the summary of an earlier run; it must start its case, count at least
# one measurement, and its first and prev must be levels.
cat >in.csv <<'CSV'
case_id,measured,finances.self,finances.first,finances.prev,monitor.measurements
S-1,2026-11-01,3,,,
S-1,2026-11-02,3,2,2,2
CSV
run oer-monitor --history in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:3: case S-1: monitor.measurements: a summary of earlier measurements (the output of --history) must be the first record of its case
EOF2

printf 'case_id,measured,finances.self,monitor.measurements\nS-2,2026-11-01,3,0\n' >in.csv
run oer-monitor --history in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:2: case S-2: monitor.measurements: '0' is not a number of measurements (1 or more)
EOF2

printf 'case_id,measured,finances.self,finances.first,monitor.measurements\nS-3,2026-11-01,3,9,2\n' >in.csv
run oer-monitor --history in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:2: case S-3: finances.first: '9' is not a level 1-5
EOF2
