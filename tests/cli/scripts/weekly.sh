# oer-weekly: two weeks of exports in a folder; each run picks the last
# complete ISO week, keeps earlier weeks and each week's partial report, and
# prints the summary with labels, not ids.  (The trend over the kept
# partials: weekly-trend.sh.)
mkdir exports
# Week 46: 1 of 5 cases in Noord needs support with finances (20 %).
cat >exports/export-2026-W46.csv <<'CSV'
case_id;received;wijk;topics;network.load;finances.self;finances.together
A-1;9-11-2026;Noord;"finances;housing";ok;2;2
A-2;10-11-2026;Noord;"finances;housing";ok;4;4
A-3;11-11-2026;Noord;"finances;housing";ok;4;4
A-4;12-11-2026;Noord;"finances;housing";ok;4;4
A-5;13-11-2026;Noord;"finances;housing";ok;4;4
CSV
# Week 47: 5 of 6 need it (83 %: a signal; the week's partial alone, as long
# as oer-report has no --latest: see weekly-trend.sh).  Items:
# B-1, B-2 first_line (P2); B-3, B-4 network (P3, load ok); B-5 crisis (P1,
# so on the consultation agenda); B-6 none.  Informal 2 of 5 = 40 %.
cat >exports/export-2026-W47.csv <<'CSV'
case_id;received;wijk;topics;network.load;finances.self;finances.together
B-1;16-11-2026;Noord;"finances;housing";ok;2;2
B-2;17-11-2026;Noord;"finances;housing";ok;2;2
B-3;18-11-2026;Noord;"finances;housing";ok;2;3
B-4;19-11-2026;Noord;"finances;housing";ok;3;3
B-5;20-11-2026;Noord;"finances;housing";ok;1;1
B-6;21-11-2026;Noord;"finances;housing";ok;4;4
CSV
cp exports/export-2026-W47.csv exports/export-2026-W48.csv	# not complete yet on the 23rd
weekly=$TOP/scripts/oer-weekly
map=$TOP/examples/sociale-kaart.csv

run "$weekly" --date 2026-11-16 --map "$map"
expect_status 0
expect_no_err
run "$weekly" --date 2026-11-23 --map "$map"
expect_status 0
expect_no_err
expect_out <<'OUT'
OER weekly report 2026-W47 (2026-11-16 to 2026-11-22), as of 2026-11-23
Cases received: 6
  Safety: 0
  Crisis: 0
  Outreach: 0
  Information and advice: 0
  Half line: 6
Past the Wmo time limits: 0
Cases for peer consultation: 1
Prevention signals: 1
  Noord, Finances: High share
Informal share of plan items (%): 40
Rejected records: 0
Report: reports/oer-report-2026-W47.html
OUT
for f in 2026-W46/cases.csv 2026-W47/cases.csv 2026-W47/referrals.csv oer-report-2026-W46.html \
    oer-report-2026-W47.html oer-report-2026-W47.md oer-report-2026-W47.json \
    oer-report-2026-W46.partial.jsonl oer-report-2026-W47.partial.jsonl; do
	[ -s "reports/$f" ] || fail "reports/$f was not written"
done
[ ! -e reports/2026-W48 ] || fail "the incomplete week 48 was run"
# The report is of week 47's partial (with --latest 1 in oer-report, of
# the kept partials' merge with pages for week 47 only).
jq -r '.period' reports/oer-report-2026-W47.json | sort -u >periods
printf '2026-W47\n' >want.periods
expect_same want.periods periods "periods of the weekly report"
# Each week's partial holds that week's cases only.
jq -r 'select(.item == "seen" and .key == "received") | .period' reports/oer-report-2026-W46.partial.jsonl >periods
printf '2026-W46\n' >want.periods
expect_same want.periods periods "periods of week 46's partial"
