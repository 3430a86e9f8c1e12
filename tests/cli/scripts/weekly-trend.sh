# oer-weekly keeps each week's partial report (0600, beside the reports,
# written whole like them) and draws the trend from the kept partials of the
# last 13 ISO weeks, this one included; a week without a partial is simply
# absent, one older than 13 weeks is left out.  oer-report without --latest:
# the report is of this week's partial alone, and the week's log says so
# with the partials the trend would merge.  (With --latest: "the report's
# trend merges the partials of ...", and the report holds week 47's page.)
mkdir exports
for w in 34:2026-08-17 35:2026-08-24 45:2026-11-02 47:2026-11-16; do
	n=${w%%:*} d=${w#*:}
	printf 'case_id;received;wijk;question;finances.self\nW%s-1;%s;Noord;schulden;2\n' "$n" "$d" \
	    >"exports/export-2026-W$n.csv"
done
# Each run reports the week before its date: 34, 35, 45 and 47 (no 46).
for d in 2026-08-24 2026-08-31 2026-11-09 2026-11-23; do
	run "$TOP/scripts/oer-weekly" --date "$d"
	expect_status 0
	expect_no_err
	[ "$d" != 2026-11-09 ] || cp reports/oer-report-2026-W45.partial.jsonl w45.kept
done
(cd reports && ls -l *.partial.jsonl | awk '{ print $1, $NF }') >kept
expect_file kept <<'LS'
-rw------- oer-report-2026-W34.partial.jsonl
-rw------- oer-report-2026-W35.partial.jsonl
-rw------- oer-report-2026-W45.partial.jsonl
-rw------- oer-report-2026-W47.partial.jsonl
LS
cmp -s w45.kept reports/oer-report-2026-W45.partial.jsonl || fail "week 45's partial changed in a later run"
# Each partial holds its own week's cases.
for n in 34 35 45 47; do
	jq -r 'select(.item == "seen" and .key == "received") | .period' "reports/oer-report-2026-W$n.partial.jsonl"
done >periods
expect_file periods <<'TXT'
2026-W34
2026-W35
2026-W45
2026-W47
TXT
tail -n 1 reports/2026-W47.log >trend
expect_file trend <<'TXT'
oer-weekly: oer-report has no --latest: the report is of 2026-W47's partial alone; the trend would merge the partials of 2026-W35 2026-W45 2026-W47
TXT
tail -n 1 reports/2026-W35.log >trend
expect_file trend <<'TXT'
oer-weekly: oer-report has no --latest: the report is of 2026-W35's partial alone; the trend would merge the partials of 2026-W34 2026-W35
TXT
jq -r '.period' reports/oer-report-2026-W47.json | sort -u >periods
expect_file periods <<'TXT'
2026-W47
TXT

# With an oer-report that has --latest (here a stand-in: --latest in its
# --help, and taken off before the real one runs), the kept partials are
# merged into the week's trend.partial.jsonl and the report drawn from it.
# Today's oer-report --merge takes only partials of one run (one --date,
# --from, --to), so the weekly partials do not merge: the run says so and
# falls back to the week's partial alone.  Once --merge takes partials of
# different weeks' runs, this part expects no message, the log line "the
# report's trend merges the partials of 2026-W35 2026-W45 2026-W47" and
# those three weeks (not 34) in reports/2026-W47/trend.partial.jsonl.
mkdir shim
real=$(command -v oer-report)
cat >shim/oer-report <<SH
#!/bin/sh
case " \$* " in *" --help "*) "$real" --help; echo '      --latest=N   (stand-in)'; exit 0 ;; esac
skip=0
for a; do
	shift
	if [ "\$skip" = 1 ]; then skip=0; continue; fi
	if [ "\$a" = --latest ]; then skip=1; continue; fi
	set -- "\$@" "\$a"
done
exec "$real" "\$@"
SH
chmod +x shim/oer-report
status=0
PATH=$PWD/shim:$PATH "$TOP/scripts/oer-weekly" --date 2026-11-23 >out 2>err || status=$?
expect_status 0
expect_err <<'ERR'
oer-weekly: the partials of 2026-W35 2026-W45 2026-W47 do not merge, the report is of 2026-W47's partial alone: oer-report: reports/oer-report-2026-W45.partial.jsonl:1: a partial of --period week --from 2026-11-02 --to 2026-11-08 --date 2026-11-09, but the partials before it are of --period week --from 2026-08-24 --to 2026-08-30 --date 2026-08-31: merge only partials of one run (the same --period, --by, --from, --to, --list, --crisis-days and --date)
ERR
tail -n 1 reports/2026-W47.log >trend
expect_same err trend "the log's last line"
[ ! -e reports/2026-W47/trend.partial.jsonl ] || fail "a trend.partial.jsonl of partials that did not merge"
# The first week of a new folder: one partial, which merges.
status=0
PATH=$PWD/shim:$PATH "$TOP/scripts/oer-weekly" --date 2026-11-23 --out first >out 2>err || status=$?
expect_status 0
expect_no_err
tail -n 1 first/2026-W47.log >trend
expect_file trend <<'TXT'
oer-weekly: the report's trend merges the partials of 2026-W47
TXT
jq -r 'select(.item == "seen" and .key == "received") | .period' first/2026-W47/trend.partial.jsonl >periods
expect_file periods <<'TXT'
2026-W47
TXT
[ "$(stat -c %a first/2026-W47/trend.partial.jsonl)" = 600 ] || fail "trend.partial.jsonl is not 0600"
sed -n 2p out >got
expect_file got <<'OUT'
Cases received: 1
OUT
