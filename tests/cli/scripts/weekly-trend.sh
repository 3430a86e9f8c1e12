# oer-weekly keeps each week's partial report (0600, beside the reports,
# written whole like them) and draws the trend from the kept partials of the
# last 13 ISO weeks, this one included; a week without a partial is simply
# absent, one older than 13 weeks is left out.  The report holds this
# week's page (--latest 1), its overview's changes and trend from the
# merged partials.
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
oer-weekly: the report's trend merges the partials of 2026-W35 2026-W45 2026-W47
TXT
tail -n 1 reports/2026-W35.log >trend
expect_file trend <<'TXT'
oer-weekly: the report's trend merges the partials of 2026-W34 2026-W35
TXT
# The week's trend partial holds the 13 weeks' partials (not W34, 14 weeks
# back); the report's pages are of this week, and its overview shows no
# change, since week 46 has no partial (a gap, not a zero).
jq -r 'select(.item == "seen" and .key == "received") | .period' reports/2026-W47/trend.partial.jsonl >periods
expect_file periods <<'TXT'
2026-W35
2026-W45
2026-W47
TXT
[ "$(stat -c %a reports/2026-W47/trend.partial.jsonl)" = 600 ] || fail "trend.partial.jsonl is not 0600"
jq -r '.period' reports/oer-report-2026-W47.json | sort -u >periods
expect_file periods <<'TXT'
2026-W47
TXT
jq -r 'select(.section == "overview" and (.metric | startswith("cases"))) | "\(.metric) \(.value)"' \
    reports/oer-report-2026-W47.json >got
expect_file got <<'TXT'
cases 1
TXT

# The first week of a new folder: one partial, which merges.
status=0
"$TOP/scripts/oer-weekly" --date 2026-11-23 --out first >out 2>err || status=$?
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

# A kept partial that does not merge (here one made with another --list, as
# by hand or by an older version): said on stderr, which cron mails, and in
# the log; the report is of this week's partial alone, and nothing is lost.
mkdir mixed
printf 'case_id,received\nM-1,2026-11-10\n' >m46.csv
oer-report --partial --list 3 --from 2026-11-09 --to 2026-11-15 --date 2026-11-16 m46.csv \
    >mixed/oer-report-2026-W46.partial.jsonl || fail "the hand-made partial failed"
status=0
"$TOP/scripts/oer-weekly" --date 2026-11-23 --out mixed >out 2>err || status=$?
expect_status 0
expect_err <<'ERR'
oer-weekly: the partials of 2026-W46 2026-W47 do not merge, the report is of 2026-W47's partial alone: oer-report: mixed/oer-report-2026-W47.partial.jsonl:1: a partial of --period week --from 2026-11-16 --to 2026-11-22 --date 2026-11-23, but the partials before it are of --period week --from 2026-11-09 --to 2026-11-15 --list 3 --date 2026-11-16: merge only partials of runs with the same --period, --by, --list and --crisis-days
ERR
tail -n 1 mixed/2026-W47.log >trend
expect_same err trend "the log's last line"
jq -r '.period' mixed/oer-report-2026-W47.json | sort -u >periods
expect_file periods <<'TXT'
2026-W47
TXT
