# The scripts write privately whatever the caller's umask (SPEC 3): the
# output folder 0700, every file in it 0600.
printf 'case_id;received;wijk;question\nB-1;16-11-2026;Noord;schulden\nB-2;31-11-2026;Noord;datum\n' >export.csv
status=0
(umask 022 && "$TOP/scripts/oer-pipeline" export.csv --map "$TOP/examples/sociale-kaart.csv" --out o \
    --date 2026-11-28 >out 2>err) || status=$?
expect_status 1
[ "$(stat -c %a o)" = 700 ] || fail "the folder is $(stat -c %a o), want 700"
find o -type f ! -perm 600 >open
expect_file open </dev/null
mkdir exports
cp export.csv exports/export-2026-W47.csv
(umask 022 && "$TOP/scripts/oer-weekly" --date 2026-11-23 --out r >out 2>err) || :
[ "$(stat -c %a r)" = 700 ] || fail "the weekly folder is $(stat -c %a r), want 700"
find r -type f ! -perm 600 >open
expect_file open </dev/null
find r -type d ! -perm 700 >open
expect_file open </dev/null
