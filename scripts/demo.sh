#!/bin/sh
# make demo: the whole pipeline on the shipped example export, into demo/,
# with a one-screen summary pulled from the JSON report by jq.
# usage: scripts/demo.sh BINDIR
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$bin:$top/scripts:$PATH
export PATH
cd "$top"

# The example export ends on Friday 27 November 2026: report as of the day after.
status=0
oer-pipeline examples/export.csv --map examples/sociale-kaart.csv --out demo \
    --date 2026-11-28 --period all || status=$?
[ "$status" -le 1 ] || exit "$status"

metric() {
	jq -r --arg s "$1" --arg m "$2" \
	    'select(.group == "all" and .section == $s and .metric == $m) | "\(.key)\t\(.value)"' demo/report.json
}
echo
echo "Cases: $(metric intake cases | cut -f2), past the time limits (Wmo 6 weeks; crisis 2 days, the team's norm): $(metric intake overdue | cut -f2)"
echo "Routes:"
metric intake route | awk -F'\t' '{ printf "  %-10s %5s\n", $1, $2 }'
echo "Plan items by level (the cascade, light to heavy):"
metric plan items_by_level | awk -F'\t' '{ printf "  %-12s %5s\n", $1, $2 }'
echo "Informal share of plan items: $(metric plan informal_share | cut -f2) %"
total() { metric referral "$1" | awk -F'\t' '$1 == "" { print $2 }'; }  # the row without a key is the total
echo "Referrals: $(total proposed) proposed, $(total agreed) agreed with the resident,"
echo "  $(total decision_needed) awaiting a municipal decision, $(total waitlist) on a waiting list,"
echo "  $(total unmatched) unmatched (white spots in the social map)"
echo "Decisions of the professional and the resident:"
metric plan decision | awk -F'\t' '{ printf "  %-16s %5s\n", $1, $2 }'

# The same cases per 1,000 inhabitants: the population file is read when the
# report is drawn (CBS "Kerncijfers wijken en buurten", as downloaded).
umask 077	# reports are private, like the pipeline's
for format in json html; do
	rm -f "demo/report-population.$format"
	oer-report --period all --date 2026-11-28 --format "$format" \
	    --population examples/bevolking.csv demo/cases.csv >"demo/report-population.$format"
done
rates() {
	jq -r --arg m "$1" 'select(.group == "all" and .section == "monitor" and .metric == $m) |
	    "\(if .key == "" then "municipality" else .key end)\t\(.value)"' demo/report-population.json
}
echo "Cases per 1,000 inhabitants (examples/bevolking.csv):"
rates cases_per_1000 | awk -F'\t' '{ printf "  %-13s %5.1f\n", $1, $2 }'
echo "Rate signals: a wijk's cases with need at least 1.5 times the municipality's rate:"
jq -r 'select(.group == "all" and .section == "prevention") |
    select(.metric | test("^(per_1000|municipality_per_1000)\\.")) |
    "\(.key)\t\(.metric | sub("^[a-z_0-9]+\\."; ""))\t\(.metric | startswith("municipality"))\t\(.value)"' \
    demo/report-population.json |
    awk -F'\t' '$3 == "false" { w[$1 "\t" $2] = $4; order[++n] = $1 "\t" $2 } $3 == "true" { m[$1 "\t" $2] = $4 }
	END { for (i = 1; i <= n; i++) { split(order[i], k, "\t")
		printf "  %-10s %-19s %4.1f per 1,000 (municipality %.1f)\n", k[1], k[2], w[order[i]], m[order[i]] } }'
echo
echo "Open demo/report.html in a browser (demo/report-population.html: with the rates per"
echo "1,000 inhabitants); demo/cases.csv holds every case with all stages' fields,"
echo "demo/referrals.csv one row per referral for the providers."
