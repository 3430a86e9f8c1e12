# oer-report --latest N: pages for the newest N periods only, newest
# first; the earlier periods in the input still give the changes and the
# trend.  The weekly job (SPEC 10) merges the partials of the last 13
# weeks: oer-report --merge PARTIALS --period week --latest 1.  Here week
# k of 2026-W35 .. 2026-W47 has k cases, and the partial of 2026-W41 is
# missing: the report is the newest week's, its change is against W46,
# and in the html line of the 13 weeks W41 is a gap, not a zero.
n=0
for monday in 2026-08-24 2026-08-31 2026-09-07 2026-09-14 2026-09-21 2026-09-28 2026-10-05 \
    2026-10-12 2026-10-19 2026-10-26 2026-11-02 2026-11-09 2026-11-16; do
	n=$((n + 1))
	printf 'case_id,received,wijk,intake.route\n' >"week.$n"
	i=0
	while [ "$i" -lt "$n" ]; do
		i=$((i + 1))
		printf 'W%02d-%02d,%s,Noord,info\n' "$n" "$i" "$monday" >>"week.$n"
	done
	[ "$monday" = 2026-10-05 ] && continue	# this week's partial is lost
	oer-report --partial "week.$n" >"partial.$n" || fail "--partial of week $n failed"
done
run oer-report --merge --period week --latest 1 --format csv partial.*
expect_status 0
expect_no_err
cut -d, -f1 out | sort -u >periods
expect_file periods <<'TXT'
2026-W47
period
TXT
grep ',overview,' out >got
expect_file got <<'CSV'
2026-W47,all,overview,cases,,13
2026-W47,all,overview,cases_change,,1
CSV
# The merge is the single run over the same weeks, byte for byte.
tail -q -n +2 week.1 week.2 week.3 week.4 week.5 week.6 week.8 week.9 week.10 week.11 \
    week.12 week.13 | sed '1i case_id,received,wijk,intake.route' >all.csv
for f in text html; do
	oer-report --period week --latest 1 --format "$f" all.csv >single.$f || fail "single run failed"
	run oer-report --merge --period week --latest 1 --format "$f" partial.*
	expect_same single.$f out "--merge --latest 1 --format $f"
done
run oer-report --merge --latest 1 --format text partial.*
sed -n '/^Period/,/^1\. /p' out >got
expect_file got <<'TXT'
Period 2026-W47
===============

Overview, change against 2026-W46
    Figure    Value  Change
    Cases in     13      +1

1. Intake
TXT
# --latest 2: two pages, newest first.
run oer-report --merge --latest 2 --format text partial.*
grep '^Period' out >got
expect_file got <<'TXT'
Period 2026-W47
Period 2026-W46
TXT
# The line of "Cases in" over the 13 weeks: 1-6, a gap for W41, 8-13.
run oer-report --merge --latest 1 --format html partial.*
sed -n '/aria-label="Cases in"/,/<\/svg>/p' out >got
expect_file got <<'SVG'
<tr><th scope="row">Cases in</th><td class="num">13</td><td class="num">+1</td><td><svg class="trend" width="120" height="28" viewBox="0 0 120 28" role="img" aria-label="Cases in"><title>Cases in</title>
<polyline points="3,25 12,24 22,22 31,20 41,18 50,16"/>
<polyline points="69,13 79,11 88,9 98,7 107,5 117,3"/>
<circle class="last" cx="117" cy="3" r="2.5"/>
</svg></td></tr>
SVG
grep -qF 'Trend lines from 2026-W35 to 2026-W47; a gap in a line: no data for that period.' out ||
    fail "the html does not say what the lines span"
# Without an earlier period there is no change to show.
run oer-report --format text week.1
sed -n '/^Overview/,/^$/p' out >got
expect_file got <<'TXT'
Overview, no previous period to compare with
    Figure    Value  Change
    Cases in      1       –

TXT
# --latest needs a count of periods, and shapes the report, not the partials.
run oer-report --latest 0 week.1
expect_status 2
expect_err <<'ERR'
oer-report: --latest: '0' is not a whole number 1 to 1000000
ERR
run oer-report --partial --latest 1 week.1
expect_status 2
expect_err <<'ERR'
oer-report: --latest shapes the report: give it to oer-report --merge, not --partial
ERR
