# scripts/oer-parallel on 4 blocks gives the report of the plain chain on
# one core, byte for byte, in every format and with the report options;
# --cases keeps the same case records.
ex=$TOP/examples
par=$TOP/scripts/oer-parallel
oer-intake "$ex/export.csv" | oer-monitor | oer-plan |
    oer-refer --map "$ex/sociale-kaart.csv" >chain.csv || fail "the plain chain failed"

for f in text csv json md html; do
	oer-report --format $f chain.csv >want.$f || fail "oer-report --format $f failed"
	run "$par" "$ex/export.csv" --map "$ex/sociale-kaart.csv" --blocks 4 --jobs 2 --format $f \
	    --verbose
	expect_status 0
	expect_same want.$f out "--format $f"
	expect_err <<'ERR'
oer-parallel: 4 blocks, 2 jobs at a time
ERR
done

# Report options on both sides of the merge, and the case records.
oer-report --period month --by wijk --format csv --lang nl --signal-min 2 chain.csv >want.csv ||
    fail "oer-report failed"
run "$par" "$ex/export.csv" --map "$ex/sociale-kaart.csv" --blocks 7 --jobs 3 --period month \
    --by=wijk --format csv --lang nl --signal-min=2 --cases cases.csv
expect_status 0
expect_no_err
expect_same want.csv out "--period month --by wijk"
expect_same chain.csv cases.csv "--cases"

# Without a social map: intake, monitor and plan only.
oer-intake "$ex/export.csv" | oer-monitor | oer-plan | oer-report --format md >want.md ||
    fail "the chain without refer failed"
run "$par" "$ex/export.csv" --blocks 3 --format md
expect_status 0
expect_same want.md out "without --map"

# The export on standard input, as JSON Lines.
oer-intake --output-format json "$ex/export.csv" >export.json || fail "oer-intake failed"
oer-intake export.json | oer-monitor | oer-plan | oer-refer --map "$ex/sociale-kaart.csv" |
    oer-report --format csv >want.csv || fail "the json chain failed"
run_in export.json "$par" - --map "$ex/sociale-kaart.csv" --blocks 4 --format csv
expect_status 0
expect_same want.csv out "json lines on stdin"
