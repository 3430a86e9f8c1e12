# scripts/oer-parallel: --help says what is per block and what is global,
# bad options are usage errors (exit 2), a missing export exit 66, and the
# script is shellcheck clean.
par=$TOP/scripts/oer-parallel
run "$par" --help
expect_status 0
expect_no_err
head -n 1 out >first
echo 'usage: oer-parallel EXPORT [--map MAP] [--jobs N] [--blocks N]' >want
expect_same want first "the first line of --help"
for word in "What is per block and what is global" "Case ids." "Capacities." "Date." \
    "Rejects." "Exit status:"; do
	grep -qF "$word" out || fail "--help does not say: $word"
done
awk 'length > 80 { exit 1 }' out || fail "--help is wider than 80 columns"

run "$par" --jobs 0 "$TOP/examples/export.csv"
expect_status 2
expect_err <<'ERR'
oer-parallel: --jobs: '0' is not a whole number from 1
ERR
run "$par" --by "my field" "$TOP/examples/export.csv"
expect_status 2
expect_err <<'ERR'
oer-parallel: --by: 'my field': a value without spaces is needed
ERR
run "$par" --map
expect_status 2
expect_err <<'ERR'
oer-parallel: --map needs a value
ERR
run "$par" no-such-export.csv
expect_status 66
expect_no_out
expect_err <<'ERR'
oer-parallel: cannot open no-such-export.csv
ERR
# A report option on the wrong side is oer-report's usage error, passed on.
run "$par" "$TOP/examples/export.csv" --blocks 2 --format csv --suppress 0
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-parallel: oer-report --merge failed (exit 2):
  oer-report: --suppress: '0' is not a whole number 1 to 1000000
ERR

shellcheck "$par" >sc.out 2>&1 || fail "shellcheck: $(head -c 1500 sc.out)"
