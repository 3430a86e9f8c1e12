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

# Ids shown as the report's own labels (oer-report --print-labels), as the
# report and the weekly summary show them.
labels=$(oer-report --print-labels --lang en | jq -s 'map({(.id): .label}) | add')
# metric SECTION METRIC [LABEL-PREFIX]: "key<TAB>value" rows, each key shown
# as the label of PREFIX.key when a prefix is given.
metric() {
	jq -r --arg s "$1" --arg m "$2" --arg p "${3:-}" --argjson L "$labels" \
	    'select(.group == "all" and .section == $s and .metric == $m) |
	     "\(if $p != "" and .key != "" then ($L[$p + "." + .key] // .key) else .key end)\t\(.value)"' \
	    demo/report.json
}
echo
echo "Cases: $(metric intake cases | cut -f2), past the time limits (Wmo 6 weeks; crisis 2 days, the team's norm): $(metric intake overdue | cut -f2)"
echo "Routes:"
metric intake route route | awk -F'\t' '{ printf "  %-24s %5s\n", $1, $2 }'
echo "Plan items by level (the cascade, light to heavy):"
metric plan items_by_level plan_level | awk -F'\t' '{ printf "  %-18s %5s\n", $1, $2 }'
echo "Informal share of plan items: $(metric plan informal_share | cut -f2) %"
total() { metric referral "$1" | awk -F'\t' '$1 == "" { print $2 }'; }  # the row without a key is the total
echo "Referrals: $(total proposed) proposed, $(total agreed) agreed with the resident,"
echo "  $(total decision_needed) awaiting a municipal decision, $(total waitlist) on a waiting list,"
echo "  $(total unmatched) unmatched (white spots in the social map)"
echo "Decisions of the professional and the resident:"
metric plan decision decision | awk -F'\t' '{ printf "  %-58s %4s\n", $1, $2 }'

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
		printf "%s\t%s\t%.1f\t%.1f\n", k[1], k[2], w[order[i]], m[order[i]] } }' |
    while IFS='	' read -r wijk domain rate town; do
	printf '  %-10s %-24s %4s per 1,000 (municipality %s)\n' "$wijk" \
	    "$(printf '%s' "$labels" | jq -r --arg id "domain.$domain" '.[$id] // $id')" "$rate" "$town"
    done
echo
echo "Open demo/report.html in a browser (demo/report-population.html: with the rates per"
echo "1,000 inhabitants); demo/cases.csv holds every case with all stages' fields,"
echo "demo/referrals.csv one row per referral for the providers."
