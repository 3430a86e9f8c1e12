# The Hadoop Streaming recipe of oer-report(1) and docs-hadoop.md, with the
# streaming contract played locally: intake once, a map-only job of
# monitor | plan over line-cut splits of JSON Lines, refer in one process
# over the parts in order, then a job whose mappers write partials and
# whose one reducer merges them, after the sort and with the key-tab-value
# lines Hadoop hands a reducer.  The result is the plain chain's report.
ex=$TOP/examples
date=2026-11-28
tab=$(printf '\t')

# The plain chain on one core.
oer-intake --date $date "$ex/export.csv" | oer-monitor --date $date | oer-plan --date $date |
    oer-refer --map "$ex/sociale-kaart.csv" --date $date >chain.csv || fail "the chain failed"

# Intake once: one process sees every case id.  JSON Lines into "HDFS".
oer-intake --output-format json --date $date "$ex/export.csv" >intake.jsonl ||
    fail "oer-intake failed"

# Job 1, map only: Hadoop cuts the input at line ends; each split's mapper
# writes part-NNNNN.
split -n l/3 -d -a 5 intake.jsonl split1-
for s in split1-*; do
	sh -c "oer-monitor --date $date | oer-plan --date $date" <"$s" >"part-${s#split1-}" ||
	    fail "mapper of job 1 failed on $s"
done
[ "$(ls part-* | wc -l)" = 3 ] || fail "job 1 did not write 3 parts"

# refer, one process, the parts in order (the social map's capacities).
cat part-* | oer-refer --map "$ex/sociale-kaart.csv" --date $date >cases.jsonl ||
    fail "oer-refer failed"

# Job 2: mappers write partials; Hadoop sorts the map output by key (the
# whole line: JSON has no raw tab) and hands the reducer key TAB value.
split -n l/4 -d -a 5 cases.jsonl split2-
for s in split2-*; do
	oer-report --partial --period month --date $date <"$s" >"map-${s#split2-}" ||
	    fail "mapper of job 2 failed on $s"
done
cat map-* >map.out
if grep -q "$tab" map.out; then fail "a tab in the map output would cut a key"; fi
LC_ALL=C sort map.out | sed "s/\$/$tab/" >reduce.in

for f in text csv json md html; do
	oer-report --period month --date $date --format $f chain.csv >want.$f ||
	    fail "the single report failed"
	run_in reduce.in sh -c "cut -f 1 | oer-report --merge --format $f"
	expect_status 0
	expect_no_err
	expect_same want.$f out "reducer, --format $f"
done

# Merging in steps (oer-report --merge --partial): two mappers' partials
# into one, the other two into another, then the reducer.
cat map-00000 map-00001 | oer-report --merge --partial >step-1 || fail "step 1 failed"
cat map-00002 map-00003 | oer-report --merge --partial >step-2 || fail "step 2 failed"
cat step-1 step-2 | LC_ALL=C sort | sed "s/\$/$tab/" >reduce.in
run_in reduce.in sh -c "cut -f 1 | oer-report --merge --format html"
expect_status 0
expect_same want.html out "merged in steps, then reduced"
