# oer-report: no records (an empty input, or a header only) is a report
# without periods, not an error.
: >empty.csv
printf 'case_id,received,wijk\n' >header.csv
for f in empty.csv header.csv; do
	run oer-report --format csv $f
	expect_status 0
	expect_no_err
	expect_out <<'CSV'
period,group,section,metric,key,value
CSV
	run oer-report --format json $f
	expect_status 0
	expect_no_out
	run oer-report --format text $f
	expect_status 0
	expect_out <<'TXT'
OER report, as of 2026-11-28

No cases in the input.
TXT
	run oer-report --format md --lang nl $f
	expect_status 0
	expect_out <<'MD'
# OER-rapportage

Peildatum 2026-11-28

Geen casussen in de invoer.
MD
done
# Records all outside --from/--to: the same.
printf 'case_id,received,wijk\nE1,2026-11-02,Noord\n' >one.csv
run oer-report --format csv --from 2026-12-01 one.csv
expect_status 0
expect_out <<'CSV'
period,group,section,metric,key,value
CSV
