# CSV conformance in the manner of csv-spectrum: each CSV file in
# tests/data/conformance/csv comes with its records, as JSON Lines, in the
# .json file of the same name.  oer-refer, the stage that adds least, reads
# the CSV and writes JSON (without its own refer fields); and the round
# trip: the same CSV read and written as CSV, then read again, gives the
# same records.
dir=$TESTS/data/conformance/csv
map=$TOP/examples/sociale-kaart.csv
# records FILE: the records of a CSV file as JSON Lines, without refer's fields.
records() {
	oer-refer --map "$map" --output-format json "$1" >out 2>err || fail "$1: exit status $?"
	expect_no_err
	sed 's/,*"refer":{"proposed":0,"waitlist":0,"unmatched":0,"decision_needed":0,"team":0}}$/}/' out
}
n=0
for f in "$dir"/*.csv; do
	n=$((n + 1))
	name=${f##*/}
	records "$f" >got.json
	expect_same "${f%.csv}.json" got.json "$name: the records"
	oer-refer --map "$map" "$f" >again.csv 2>err || fail "$name: CSV to CSV failed"
	records again.csv >again.json
	expect_same "${f%.csv}.json" again.json "$name: the records after CSV to CSV"
done
[ "$n" -ge 19 ] || fail "the CSV cases are missing"
