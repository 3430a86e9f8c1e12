# oer-report: a signal also fires when a wijk's share of cases with a need
# rises against the previous week (--signal-window 1) by at least 10
# percentage points (with at
# least 5 such cases), even below the 25% share.
# rows WIJK DATE N NEED: N cases, the first NEED with finances urgent.
rows() {
	i=1
	while [ "$i" -le "$3" ]; do
		need=none
		[ "$i" -le "$4" ] && need=urgent
		printf '%s-%s-%d,%s,%s,%s\n' "$1" "$2" "$i" "$2" "$1" "$need"
		i=$((i + 1))
	done
}
{
	printf 'case_id,received,wijk,finances.need\n'
	rows Noord 2026-11-02 10 0
	rows Zuid 2026-11-03 10 5
	rows Noord 2026-11-10 25 5
	rows Zuid 2026-11-11 10 6
	rows West 2026-11-12 25 5
} >in.csv
# Week 45: Noord 0 of 10; Zuid 5 of 10 = 50%: high (no week 44 to compare).
# Week 46: Noord 5 of 25 = 20%, up 20 points from 0%: rising.
#          Zuid 6 of 10 = 60%, up 10 points from 50%: high and rising.
#          West 5 of 25 = 20%: no cases in week 45, nothing to rise from.
run oer-report --format csv --signal-window 1 in.csv
expect_status 0
expect_no_err
grep -E ',prevention,' out >got.csv
cat >want.csv <<'CSV'
2026-W46,all,prevention,signals,,2
2026-W46,all,prevention,cases.finances,Noord,25
2026-W46,all,prevention,need.finances,Noord,5
2026-W46,all,prevention,share.finances,Noord,20.0
2026-W46,all,prevention,previous_share.finances,Noord,0.0
2026-W46,all,prevention,signal.finances,Noord,rising
2026-W46,all,prevention,cases.finances,Zuid,10
2026-W46,all,prevention,need.finances,Zuid,6
2026-W46,all,prevention,share.finances,Zuid,60.0
2026-W46,all,prevention,previous_share.finances,Zuid,50.0
2026-W46,all,prevention,signal.finances,Zuid,high;rising
2026-W45,all,prevention,signals,,1
2026-W45,all,prevention,cases.finances,Zuid,10
2026-W45,all,prevention,need.finances,Zuid,5
2026-W45,all,prevention,share.finances,Zuid,50.0
2026-W45,all,prevention,signal.finances,Zuid,high
CSV
expect_same want.csv got.csv 'two weeks'

# --signal-rise 11: Zuid's 10 points no longer count as rising.
run oer-report --format csv --signal-window 1 --signal-rise 11 in.csv
grep -E 'W46,all,prevention,signal\.' out >got.csv
cat >want.csv <<'CSV'
2026-W46,all,prevention,signal.finances,Noord,rising
2026-W46,all,prevention,signal.finances,Zuid,high
CSV
expect_same want.csv got.csv '--signal-rise 11'

# The week before is the calendar week before: with week 45 left out by
# --from, week 46 has nothing to rise from.
run oer-report --format csv --signal-window 1 --from 2026-11-09 in.csv
grep -E ',prevention,signal' out >got.csv
cat >want.csv <<'CSV'
2026-W46,all,prevention,signals,,1
2026-W46,all,prevention,signal.finances,Zuid,high
CSV
expect_same want.csv got.csv '--from 2026-11-09'
