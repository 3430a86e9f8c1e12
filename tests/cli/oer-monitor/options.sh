# oer-monitor: usage errors exit 2, an input that cannot be opened 66, and
# --help starts with the usage line and lists the common options.
run oer-monitor --frobnicate
expect_status 2
expect_no_out
expect_err <<'EOF2'
oer-monitor: unrecognized option '--frobnicate'
usage: oer-monitor [--history] [common options] [FILE ...]
Try 'oer-monitor --help' for more information.
EOF2

run oer-monitor --date 2026-02-30 /dev/null
expect_status 2
expect_no_out
expect_err <<'EOF2'
oer-monitor: --date: '2026-02-30': no such date
EOF2

printf 'case_id,finances.self\nP-1,4\n' >in.csv
run oer-monitor in.csv missing.csv
expect_status 66
expect_err <<'EOF2'
oer-monitor: cannot open missing.csv: No such file or directory
EOF2
[ "$(wc -l <out)" = 2 ] || fail "the readable input is still scored"

run oer-monitor --version
expect_status 0
expect_out <<EOF2
oer-monitor (OER toolkit) $OER_VERSION
EOF2

run oer-monitor --help
expect_status 0
expect_no_err
head -n 1 out >got
echo 'usage: oer-monitor [--history] [common options] [FILE ...]' >want
expect_same want got "--help usage line"
grep -q '^Common options:' out || fail "--help has no common options"

# Called by its path, the tool still names itself by its name only.
run "$(command -v oer-monitor)" --frobnicate
expect_status 2
expect_err <<'EOF2'
oer-monitor: unrecognized option '--frobnicate'
usage: oer-monitor [--history] [common options] [FILE ...]
Try 'oer-monitor --help' for more information.
EOF2
