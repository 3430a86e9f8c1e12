# oer-monitor: measured must be a real date, ISO or Dutch.
printf 'case_id,measured,finances.self\nW-1,31-02-2026,3\n' >in.csv
run oer-monitor in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:2: case W-1: measured: '31-02-2026': no such date
EOF2

printf 'case_id,measured,finances.self\nW-2,gisteren,3\n' >in.csv
run oer-monitor in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:2: case W-2: measured: 'gisteren': not a date (YYYY-MM-DD or DD-MM-YYYY)
EOF2
