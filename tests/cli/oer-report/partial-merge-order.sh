# The order of partial records does not matter, nor their format: JSON
# Lines partials sorted line by line (as Hadoop sorts map output), CSV and
# JSON partials in one merge, Excel-style partials, and partials merged
# into one partial first (--merge --partial) then merged again.
. "$TESTS/cli/oer-report/partial.lib"
example_cases cases.csv
split_cases cases.csv 3 'r % 3 + 1'

# JSON Lines partials; without --format the merge writes tidy rows in the
# partials' format, as the single run does in its input's format.
for p in 1 2 3; do
	oer-report --partial --output-format json part.$p >partial.$p.json ||
	    fail "--partial --output-format json failed"
done
oer-intake --output-format json "$TOP/examples/export.csv" | oer-monitor | oer-plan |
    oer-refer --map "$TOP/examples/sociale-kaart.csv" >cases.json || fail "the json chain failed"
oer-report cases.json >single.json || fail "the single run on json failed"
run oer-report --merge partial.3.json partial.1.json partial.2.json
expect_status 0
expect_same single.json out "json partials, default format"

# Every record on its own line, so sorting them is a shuffle the merge
# must not notice: forwards, backwards, and from stdin.
sort partial.*.json >sorted.json
sort -r partial.*.json >reversed.json
same_as_single cases.csv "" "" sorted.json
same_as_single cases.csv "" "" reversed.json
run_in sorted.json oer-report --merge --format md
expect_status 0
expect_same single.md out "sorted json partials from stdin"

# CSV and JSON partials together, and Excel-style ones (BOM, ;, CRLF).
oer-report --partial part.1 >partial.1.csv || fail "--partial failed"
oer-report --partial --excel part.2 >partial.2.xls.csv || fail "--partial --excel failed"
head -c 3 partial.2.xls.csv | od -An -tx1 | grep -q 'ef bb bf' || fail "no BOM"
same_as_single cases.csv "" "" partial.1.csv partial.2.xls.csv partial.3.json

# A tree of merges: two partials merged into one, then with the third.
run oer-report --merge --partial partial.1.json partial.2.json
expect_status 0
mv out partial.12.csv
same_as_single cases.csv "" "" partial.3.json partial.12.csv

# Hostile values survive the trip: a wijk with a comma, quotes, a line
# break and a formula start; reasons with a semicolon list.
cat >hostile.csv <<'CSV'
case_id,received,wijk,intake.route,intake.priority,plan.date,plan.consult,plan.consult_reasons,finances.need,monitor.urgent
H1,2026-11-03,"=Oost, ""de
Brug""",crisis,1,2026-11-09,true,complex;crisis,urgent,1
H2,2026-11-04,"=Oost, ""de
Brug""",halfline,1,,true,complex,support,0
H3,2026-11-04,Noord	tab,crisis,1,2026-11-09,true,crisis;complex,urgent,1
H4,2026-11-05,Zuid,halfline,,,false,,none,
CSV
head -n 3 hostile.csv >h.1
{ head -n 1 hostile.csv; tail -n +4 hostile.csv; } >h.2
for p in 1 2; do
	oer-report --partial --by wijk h.$p >h.$p.csv || fail "--partial of h.$p failed"
	oer-report --partial --by wijk --output-format json h.$p >h.$p.json ||
	    fail "--partial json of h.$p failed"
done
same_as_single hostile.csv "--by wijk" "--signal-min 1" h.2.csv h.1.csv
same_as_single hostile.csv "--by wijk" "--signal-min 1" h.2.json h.1.json
