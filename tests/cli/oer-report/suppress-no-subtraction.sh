# oer-report --suppress: in no relation a page shows (total = sum of its
# parts) is exactly one cell hidden, so no hidden count can be worked out by
# subtraction.  On the whole example chain (--suppress 5, by wijk and by
# week) and on small-counts.csv (--suppress 3, where the routes need it).
oer-intake "$TOP/examples/export.csv" 2>/dev/null | oer-monitor | oer-plan |
    oer-refer --map "$TOP/examples/sociale-kaart.csv" 2>/dev/null >chain.csv
: >all.json
for how in "week --by wijk --suppress 5 chain.csv" "week --suppress 5 chain.csv" \
    "all --by wijk --suppress 3 $TESTS/cli/oer-report/small-counts.csv"; do
	# shellcheck disable=SC2086
	run oer-report --format json --period $how
	expect_status 0
	jq -s -r '
	  def hidden: (.value | type) == "string";
	  group_by([.period, .group])[] as $p
	  | ($p | map(select(.metric == "cases" and .key == "" and .section == "intake"))) as $cases
	  | ($p | map(select(.metric == "monitored"))) as $mon
	  | [ ($cases + ($p | map(select(.metric == "route")))),
	      ($cases + ($p | map(select(.metric == "source")))),
	      ( ["finances","housing","justice","mental_health","work_education"][] as $d
	        | $mon + ($p | map(select((.metric | startswith("level.")) and .key == $d))) ),
	      ( ["proposed","waitlist","unmatched","informal"][] as $s
	        | $p | map(select(.section == "referral" and .metric == $s)) )
	    ][]
	  | select(length > 1 and (map(select(hidden)) | length) == 1)
	  | "\(.[0].period) \(.[0].group): one hidden cell in \(map(.metric) | unique | join(","))"
	' out >leaks
	[ ! -s leaks ] || fail "recoverable by subtraction ($how): $(head -5 leaks)"
	cat out >>all.json
done
jq -s -e 'map(select(.value == "x")) | length > 0' all.json >/dev/null ||
    fail "no secondary suppression at all: the check above tests nothing"
