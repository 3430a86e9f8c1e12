# oer-report --merge --population P of the partials of any split of the
# input is oer-report --population P of all of it, byte for byte, in every
# format: the partials carry counts per wijk, the population file turns
# them into rates when the report is drawn.  The example export after the
# whole chain, with the example town's population file.
. "$TESTS/cli/oer-report/partial.lib"
example_cases cases.csv
pop="--population $TOP/examples/bevolking.csv"

# Two contiguous halves, merged the other way round; by week and all.
split_cases cases.csv 2 'r <= n / 2 ? 1 : 2'
partials
same_as_single cases.csv "" "$pop" partial.2 partial.1
partials --period all
same_as_single cases.csv "--period all" "$pop" partial.1 partial.2

# Seven, scattered; with the rate signal's ratio, the
# signal minimum and suppression given to the merge.
split_cases cases.csv 7 '(r * r + 3 * r) % 7 + 1'
partials --period month --by wijk
same_as_single cases.csv "--period month --by wijk" \
    "$pop --rate-ratio 1.2 --signal-min 3 --suppress 5 --lang nl" \
    partial.7 partial.6 partial.5 partial.4 partial.3 partial.2 partial.1

# The rates are in the report (not an empty comparison).
grep -F cases_per_1000 single.csv >/dev/null || fail "no rates in the report"
grep -F high_rate single.csv >/dev/null || fail "no rate signal in the report"
