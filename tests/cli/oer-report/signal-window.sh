# oer-report --signal-window: one week has too few cases per wijk for a
# signal; counted over a quarter's worth of weeks (13, the default) the
# weekly pages tell the story the quarter's page tells.
# Noord: 2 cases a week for 6 weeks (W40-W45), the first of each with
# finances urgent: 1 a week, never 5 in one week; 6 of 12 over the weeks.
{
	printf 'case_id,received,wijk,finances.need\n'
	for d in 2026-09-28 2026-10-05 2026-10-12 2026-10-19 2026-10-26 2026-11-02; do
		printf 'N-%s-1,%s,Noord,urgent\nN-%s-2,%s,Noord,none\n' "$d" "$d" "$d" "$d"
	done
} >in.csv
run oer-report --format csv --signal-window 1 in.csv
expect_status 0
grep -c 'prevention,signal\.' out >got || true
echo 0 >want
expect_same want got 'week by week: no signal'
# Default: week 43 counts W31-W43, with cases W40-W43 (4 of 8 = 50 %: below
# the minimum of 5); week 44 counts 5 of 10: high; week 45 6 of 12.
run oer-report --format csv in.csv
expect_status 0
grep -E '^2026-W4[345],all,prevention,' out >got.csv
cat >want.csv <<'CSV'
2026-W45,all,prevention,signals,,1
2026-W45,all,prevention,cases.finances,Noord,12
2026-W45,all,prevention,need.finances,Noord,6
2026-W45,all,prevention,share.finances,Noord,50.0
2026-W45,all,prevention,signal.finances,Noord,high
2026-W44,all,prevention,signals,,1
2026-W44,all,prevention,cases.finances,Noord,10
2026-W44,all,prevention,need.finances,Noord,5
2026-W44,all,prevention,share.finances,Noord,50.0
2026-W44,all,prevention,signal.finances,Noord,high
2026-W43,all,prevention,signals,,0
CSV
expect_same want.csv got.csv 'a 13-week window'
# The year counts all 6 of 12, as the last week does.
run oer-report --format csv --period year in.csv
grep -E 'prevention,(need|signal)\.' out >got.csv
cat >want.csv <<'CSV'
2026,all,prevention,need.finances,Noord,6
2026,all,prevention,signal.finances,Noord,high
CSV
expect_same want.csv got.csv 'the year agrees'
# A window of 3 weeks against the 3 before: W45 counts W43-W45, 3 of 6: below 5.
run oer-report --format csv --signal-window 3 in.csv
grep -c 'prevention,signal\.' out >got || true
echo 0 >want
expect_same want got 'a 3-week window'
# The note says which window was counted, in the report's language.
run oer-report --format text --lang nl in.csv
grep -c 'Signalen tellen de laatste 13 weken tot en met deze samen, tegen de 13' out >got || true
echo 6 >want
expect_same want got 'the note, once a page'
# Merged partials count the window as the single run does.
oer-report --partial --period week in.csv >p.csv
run oer-report --merge --format csv p.csv
oer-report --format csv in.csv >single.csv
expect_same single.csv out 'merge'
