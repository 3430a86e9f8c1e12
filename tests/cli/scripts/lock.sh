# Overlapping runs of one output folder: the second waits up to --wait
# seconds for the first, then exits 75 and writes nothing; once the folder
# is free it runs.
printf 'case_id;received;wijk;question\nB-1;16-11-2026;Noord;schulden\n' >export.csv
mkdir o
flock o/.oer-lock sleep 3 &
holder=$!
sleep 0.5
run "$TOP/scripts/oer-pipeline" export.csv --out o --date 2026-11-28 --wait 1
expect_status 75
expect_err <<'ERR'
oer-pipeline: another run is writing o; gave up after 1 seconds
ERR
[ ! -e o/cases.csv ] || fail "the second run wrote its results"
wait "$holder"
run "$TOP/scripts/oer-pipeline" export.csv --out o --date 2026-11-28 --wait 1
expect_status 0
[ -s o/cases.csv ] || fail "the run after the lock was freed wrote nothing"
mkdir exports
cp export.csv exports/export-2026-W47.csv
mkdir r
flock r/.oer-lock sleep 3 &
sleep 0.5
run "$TOP/scripts/oer-weekly" --date 2026-11-23 --out r --wait 1
expect_status 75
expect_err <<'ERR'
oer-weekly: another run is writing r; gave up after 1 seconds
ERR
run "$TOP/scripts/oer-weekly" --date 2026-11-23 --out r --wait 1x
expect_status 2
wait
