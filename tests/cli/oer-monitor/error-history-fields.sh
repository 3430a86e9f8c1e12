# oer-monitor --history needs case_id (to group) and measured (to order).
printf 'case_id,measured,finances.self\n,2026-11-01,2\n' >in.csv
run oer-monitor --history in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:2: case_id: missing: --history groups measurements by case_id
EOF2

printf 'case_id,finances.self\nM-1,2\n' >in.csv
run oer-monitor --history in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:2: case M-1: measured: missing: --history orders each case's measurements by it
EOF2

# Without --history neither is needed.
run oer-monitor in.csv
expect_status 0
expect_no_err
