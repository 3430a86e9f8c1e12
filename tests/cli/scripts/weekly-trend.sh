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
