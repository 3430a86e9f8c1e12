# Partials of several runs merge when no period is in two of them: the
# weekly job keeps each week's partial, made on its own day with --from and
# --to of its own week, and merges the last 13 into a trend.  Each week's
# figures stay as they were on its day (a case open past the 2-day crisis
# norm in W46 counts there as of W46's run), and the report is as of the
# latest run's date.
printf 'case_id,received,wijk,intake.route,plan.date\nA-1,2026-11-09,Noord,crisis,\n' >w46.csv
printf 'case_id,received,wijk,intake.route,plan.date\nB-1,2026-11-16,Noord,info,\nB-2,2026-11-17,Zuid,halfline,2026-11-18\n' >w47.csv
oer-report --partial --from 2026-11-09 --to 2026-11-15 --date 2026-11-16 w46.csv >p46 ||
    fail "partial of W46 failed"
oer-report --partial --from 2026-11-16 --to 2026-11-22 --date 2026-11-23 w47.csv >p47 ||
    fail "partial of W47 failed"
run oer-report --merge --format csv p46 p47
expect_status 0
expect_no_err
grep -E ',(overview|intake),(cases|overdue)(_change)?,' out >got
expect_file got <<'CSV'
2026-W47,all,overview,cases,,2
2026-W47,all,overview,cases_change,,1
2026-W47,all,overview,overdue,,0
2026-W47,all,overview,overdue_change,,-1
2026-W47,all,intake,cases,,2
2026-W47,all,intake,overdue,,0
2026-W46,all,overview,cases,,1
2026-W46,all,overview,overdue,,1
2026-W46,all,intake,cases,,1
2026-W46,all,intake,overdue,,1
CSV
run oer-report --merge --format text --latest 1 p47 p46
sed -n '1,3p' out >got
expect_file got <<'TXT'
OER report, as of 2026-11-23

Period 2026-W47
TXT
# The merge of the merge: the run spans both weeks, as of the latest date.
oer-report --merge --partial p46 p47 >both || fail "--merge --partial failed"
run oer-report --merge --format csv both
expect_status 0
expect_same out "$(oer-report --merge --format csv p46 p47 >direct; echo direct)" 'merge of the merged partial'
grep -c '"run"\|,run,' both >runs
expect_file runs <<'TXT'
1
TXT
# A week in two runs would count its cases twice.
oer-report --partial --date 2026-11-30 w47.csv >again || fail "partial again failed"
run oer-report --merge p47 again
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-report: again:3: period 2026-W47 is in the partials of two runs (--date 2026-11-30 here, --from 2026-11-16 --to 2026-11-22 --date 2026-11-23 before): its cases would count twice; merge the partials of one run, or of runs of other periods (such as the weekly job's)
ERR
