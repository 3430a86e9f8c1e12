# oer-report --period: the period labels of SPEC 9, by received, and
# --from/--to (inclusive, Dutch dates accepted).
cat >in.csv <<'CSV'
case_id,received,wijk
P1,2026-03-31,Noord
P2,2026-04-01,Noord
P3,2026-11-02,Noord
P4,31-12-2026,Noord
P5,2027-01-01,Noord
CSV
cases() {
	run oer-report --format csv "$@" in.csv
	expect_status 0
	expect_no_err
	grep ',intake,cases,' out | cut -d, -f1,6 >got
}
# ISO weeks: 30 March 2026 is the Monday of week 14; 31 December 2026 and
# 1 January 2027 are in week 53 of 2026.
cases --period week
printf '2026-W53,2\n2026-W45,1\n2026-W14,2\n' >want
expect_same want got week
cases
expect_same want got 'week, the default'
cases --period month
printf '2027-01,1\n2026-12,1\n2026-11,1\n2026-04,1\n2026-03,1\n' >want
expect_same want got month
cases --period quarter
printf '2027-Q1,1\n2026-Q4,2\n2026-Q2,1\n2026-Q1,1\n' >want
expect_same want got quarter
cases --period year
printf '2027,1\n2026,4\n' >want
expect_same want got year
cases --period all
printf 'all,5\n' >want
expect_same want got all
cases --period all --from 2026-04-01 --to 2026-12-31
printf 'all,3\n' >want
expect_same want got '--from/--to'
cases --period all --from 1-4-2026 --to 31/12/2026
expect_same want got '--from/--to in Dutch'
cases --period quarter --to 2026-04-01
printf '2026-Q2,1\n2026-Q1,1\n' >want
expect_same want got '--to alone'
