# oer-report --partial and --merge refuse what cannot give the single
# run's report: options given to the side they do not shape (exit 2),
# partials of different runs, input that is no partial, a format of
# another version, nothing to merge (exit 65); a malformed partial record
# is rejected like any bad record (--rejects goes on).
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route,intake.priority,plan.date,plan.consult,plan.consult_reasons
P1,2026-11-03,Oost,crisis,1,2026-11-09,true,complex;crisis
P2,2026-11-10,Noord,halfline,2,,false,
CSV
oer-report --partial in.csv >week.csv || fail "--partial failed"
oer-report --partial --period month in.csv >month.csv || fail "--partial --period month failed"
oer-report --partial --date 2026-12-01 in.csv >dec.csv || fail "--partial --date failed"
oer-report --partial --by wijk in.csv >wijk.csv || fail "--partial --by failed"

# The aggregation is made where the cases are read ...
for opt in "--by wijk" "--from 2026-11-01" "--to 2026-11-30" "--date 2026-11-28"; do
	# shellcheck disable=SC2086  # an option and its value
	run oer-report --merge $opt week.csv
	expect_status 2
	expect_no_out
	expect_err <<ERR
oer-report: ${opt% *} shapes the aggregation: give it to oer-report --partial; --merge takes it from the partials
ERR
done
# --period may name the partials' period (the weekly job does), no other.
run oer-report --merge --period month week.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-report: --period month: the partials are of week periods; --merge takes the period from the partials
ERR
# ... the report where it is drawn.
for opt in "--format csv" "--lang nl" "--suppress 5" "--signal-share 10" "--signal-min 2" \
    "--signal-rise 5"; do
	# shellcheck disable=SC2086
	run oer-report --partial $opt in.csv
	expect_status 2
	expect_no_out
	expect_err <<ERR
oer-report: ${opt% *} shapes the report: give it to oer-report --merge, not --partial
ERR
done
run oer-report --partial --by= in.csv
expect_status 2
expect_err <<'ERR'
oer-report: --by: the name of a field is needed
ERR

# Partials of different runs: another period, the same periods on another
# date (their cases would count twice), another group.
run oer-report --merge week.csv month.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-report: month.csv:2: a partial of --period month --date 2026-11-28, but the partials before it are of --period week --date 2026-11-28: merge only partials of runs with the same --period, --by, --list and --crisis-days
ERR
run oer-report --merge --rejects rej.csv week.csv dec.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-report: dec.csv:3: period 2026-W45 is in the partials of two runs (--date 2026-12-01 here, --date 2026-11-28 before): its cases would count twice; merge the partials of one run, or of runs of other periods (such as the weekly job's)
ERR
run oer-report --merge wijk.csv week.csv
expect_status 65
expect_err <<'ERR'
oer-report: week.csv:2: a partial of --period week --date 2026-11-28, but the partials before it are of --period week --by wijk --date 2026-11-28: merge only partials of runs with the same --period, --by, --list and --crisis-days
ERR

# Cases where partials belong, and partials where cases belong.
run oer-report --merge in.csv
expect_status 65
expect_err <<'ERR'
oer-report: in.csv:2: case P1: not a partial report (no field partial): merge what oer-report --partial writes
ERR
run oer-report week.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-report: week.csv:2: a partial report, not cases: merge partials with oer-report --merge
ERR

# Another version of the format; nothing at all.
sed 's/^3,week/4,week/' week.csv >v4.csv
run oer-report --merge v4.csv
expect_status 65
expect_err <<'ERR'
oer-report: v4.csv:2: partial: '4' is not format 3, the format this oer-report reads
ERR
: >none.csv
run oer-report --merge none.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-report: no partial report in the input, so nothing to merge (oer-report --partial writes at least one record, even for no cases)
ERR

# A malformed record: stop, or with --rejects set it aside and merge the
# rest (the report then lacks what the record held, and says so by exit 1).
sed -e '3s/,seen,,received,/,sightings,,received,/' \
    -e 's/,2026-W46,all,cases,,,1,/,2026-W46,all,cases,,,many,/' week.csv >bad.csv
run oer-report --merge --format csv bad.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-report: bad.csv:3: item: 'sightings' is not an item of a partial report
ERR
run oer-report --merge --format csv --rejects rej.csv bad.csv
expect_status 1
expect_err <<'ERR'
oer-report: 2 of 24 records rejected, see rej.csv
ERR
expect_file rej.csv <<'CSV'
partial,run.period,run.by,run.from,run.to,run.date,run.list,run.crisis_days,period,group,item,domain,key,value,case_id,wijk,route,priority,urgent,need,received,deadline,planned,days_late,reasons,error
3,week,,,,2026-11-28,10,2,2026-W45,all,sightings,,received,,,,,,,,,,,,,bad.csv:3: item: 'sightings' is not an item of a partial report
3,week,,,,2026-11-28,10,2,2026-W46,all,cases,,,many,,,,,,,,,,,,bad.csv:22: value: 'many' is not a whole number 0 to 100000000
CSV
grep -q '^2026-W45,all,intake,cases,,1$' out || fail "week 45 is not in the merge"

# A count that would pass the limit of a merged state.
sed 's/,2026-W46,all,cases,,,1,/,2026-W46,all,cases,,,100000000,/' week.csv >big.csv
run oer-report --merge --format csv big.csv week.csv
expect_status 65
expect_err <<'ERR'
oer-report: week.csv:22: value: the merged count of item cases would pass 100000000
ERR
