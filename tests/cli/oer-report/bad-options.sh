# oer-report: a bad option or option value is a usage error (exit 2) that
# says what was wrong; nothing is written to stdout.
printf 'case_id,received,wijk\nX1,2026-11-02,Noord\n' >in.csv
bad() {
	want=$1
	shift
	run oer-report "$@" in.csv
	expect_status 2
	expect_no_out
	printf '%s\n' "$want" >want.err
	expect_same want.err err "stderr of $*"
}
bad "oer-report: --period: 'fortnight' is not week, month, quarter, year or all" --period fortnight
bad "oer-report: --from: '2026-13-01': no such date" --from 2026-13-01
bad "oer-report: --to: 'yesterday': not a date (YYYY-MM-DD or DD-MM-YYYY)" --to yesterday
bad "oer-report: --from is after --to" --from 2026-11-10 --to 2026-11-01
bad "oer-report: --format: 'pdf' is not text, csv, json, md, html or xlsx" --format pdf
bad "oer-report: --lang: 'de' is not nl or en" --lang de
bad "oer-report: --suppress: '0' is not a whole number 1 to 1000000" --suppress 0
bad "oer-report: --suppress: '5x' is not a whole number 1 to 1000000" --suppress 5x
bad "oer-report: --signal-share: '101' is not a whole number 1 to 100" --signal-share 101
bad "oer-report: --signal-min: '-1' is not a whole number 1 to 1000000" --signal-min -1
bad "oer-report: --signal-rise: '1.5' is not a whole number 0 to 100" --signal-rise 1.5
bad "oer-report: --date: '2026-02-30': no such date" --date 2026-02-30
run oer-report --bogus in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-report: unrecognized option '--bogus'
usage: oer-report [--period week|month|quarter|year|all] [--by FIELD]
                  [--from DATE] [--to DATE]
                  [--format text|csv|json|md|html|xlsx] [--lang nl|en]
                  [--suppress K] [--signal-share PCT]
                  [--signal-min N] [--signal-rise POINTS] [--signal-window N]
                  [--list N] [--crisis-days N] [--latest N] [--population FILE]
                  [--rate-ratio R] [common options] [FILE ...]
       oer-report --partial [--period PERIOD] [--by FIELD] [--from DATE]
                  [--to DATE] [--list N] [--crisis-days N] [common options]
                  [FILE ...]
       oer-report --merge [--partial] [--period PERIOD] [--format FORMAT]
                  [--lang LANG] [--latest N] [--suppress K] [--signal-share PCT]
                  [--signal-min N] [--signal-rise POINTS] [--signal-window N]
                  [--population FILE] [--rate-ratio R] [common options]
                  [PARTIAL ...]
Try 'oer-report --help' for more information.
ERR

# An input that cannot be opened: a warning, the others reported, exit 66.
run oer-report --format csv --period all nope.csv in.csv
expect_status 66
expect_err <<'ERR'
oer-report: cannot open nope.csv: No such file or directory
ERR
grep -q '^all,all,intake,cases,,1$' out || fail "in.csv was not reported"
