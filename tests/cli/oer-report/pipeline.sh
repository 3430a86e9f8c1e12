# oer-report at the end of the whole chain on the example export: every
# case read is in the report once, so the route counts add up to the cases
# read, per week and over all.
ex=$TOP/examples
oer-intake "$ex/export.csv" | oer-monitor | oer-plan |
    oer-refer --map "$ex/sociale-kaart.csv" >chain.csv || fail "the chain failed"
oer-intake --output-format json "$ex/export.csv" >intake.json || fail "oer-intake failed"
read_cases=$(wc -l <intake.json)
[ "$read_cases" -gt 0 ] || fail "no cases in the example export"

run oer-report --period all --format csv chain.csv
expect_status 0
expect_no_err
cases=$(awk -F, '$3 == "intake" && $4 == "cases" { print $6 }' out)
routes=$(awk -F, '$3 == "intake" && $4 == "route" { n += $6 } END { print n }' out)
[ "$cases" = "$read_cases" ] || fail "cases $cases, read $read_cases"
[ "$routes" = "$read_cases" ] || fail "routes add up to $routes, read $read_cases"

run oer-report --format csv chain.csv
expect_status 0
weekly=$(awk -F, '$3 == "intake" && $4 == "cases" { n += $6 } END { print n }' out)
wroutes=$(awk -F, '$3 == "intake" && $4 == "route" { n += $6 } END { print n }' out)
[ "$weekly" = "$read_cases" ] || fail "weekly cases add up to $weekly, read $read_cases"
[ "$wroutes" = "$read_cases" ] || fail "weekly routes add up to $wroutes, read $read_cases"

# The same chain in JSON Lines gives the same report.
oer-intake --output-format json "$ex/export.csv" | oer-monitor | oer-plan |
    oer-refer --map "$ex/sociale-kaart.csv" >chain.json || fail "the json chain failed"
run oer-report --format csv chain.json
expect_status 0
cp out json.csv
run oer-report --format csv chain.csv
expect_same json.csv out 'report of the json chain'

# Every format of the full report is made without complaint.
for f in text md html json; do
	run oer-report --format $f chain.csv
	expect_status 0
	expect_no_err
	[ -s out ] || fail "$f: empty"
done
