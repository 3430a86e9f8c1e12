# oer-weekly: no export for the last complete week is exit 66 naming the
# file it looked for; a bad option is exit 2
mkdir exports
run "$TOP/scripts/oer-weekly" --date 2026-11-23
expect_status 66
expect_no_out
expect_err <<'ERR'
oer-weekly: no export for 2026-W47: expected exports/export-2026-W47.csv (or .jsonl)
ERR
run "$TOP/scripts/oer-weekly" --date 2026-13-01
expect_status 2
expect_err <<'ERR'
oer-weekly: --date: '2026-13-01' is not a date
ERR
run "$TOP/scripts/oer-weekly" --bogus
expect_status 2
head -n 1 err >first
expect_file first <<'ERR'
oer-weekly: unknown argument --bogus
ERR
