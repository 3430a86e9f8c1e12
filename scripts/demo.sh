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
echo
echo "Open demo/report.html in a browser; demo/cases.csv holds every case with all stages' fields,"
echo "demo/referrals.csv one row per referral for the providers."
