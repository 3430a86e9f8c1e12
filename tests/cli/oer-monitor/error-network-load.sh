# oer-monitor: network.load is ok, strained or overloaded (or the Dutch
# belast, overbelast), or empty; anything else is a data error.
printf 'case_id,network.load,finances.self\nW-1,zwaar,3\n' >in.csv
run oer-monitor in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:2: case W-1: network.load: 'zwaar' is not ok, strained or overloaded (or belast, overbelast)
EOF2
