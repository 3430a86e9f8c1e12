# oer-report --merge of the partials of any split of the input is the
# report of the single run over all of it, byte for byte, in every format:
# the example export after the whole chain, cut into 1, 2, 3 and 7 parts,
# contiguous and interleaved, with empty parts, parts of one period only,
# and the partials given in another order than the parts.
. "$TESTS/cli/oer-report/partial.lib"
example_cases cases.csv
rcol=$(head -n 1 cases.csv | tr , '\n' | grep -nx received | cut -d: -f1)
[ -n "$rcol" ] || fail "no received column"

# One part: the whole input.
split_cases cases.csv 1 1
partials
same_as_single cases.csv "" "" partial.1

# Two contiguous halves, merged the other way round.
split_cases cases.csv 2 'r <= n / 2 ? 1 : 2'
partials
same_as_single cases.csv "" "" partial.2 partial.1

# Three interleaved: every third record.
split_cases cases.csv 3 'r % 3 + 1'
partials
same_as_single cases.csv "" "" partial.3 partial.1 partial.2

# Seven, contiguous, two of them empty (the header only), plus an empty
# file: a partial of no cases still says what run it is of.
split_cases cases.csv 7 'substr("23467", int((r - 1) * 5 / n) + 1, 1)'
[ "$(wc -l <part.1)" = 1 ] && [ "$(wc -l <part.5)" = 1 ] || fail "parts 1 and 5 are not empty"
: >part.8
partials
same_as_single cases.csv "" "" partial.5 partial.7 partial.8 partial.1 partial.6 partial.3 \
    partial.2 partial.4

# Seven, scattered: a record's part by a quadratic residue of its number.
split_cases cases.csv 7 '(r * r + 3 * r) % 7 + 1'
partials
same_as_single cases.csv "" "" partial.7 partial.6 partial.5 partial.4 partial.3 partial.2 \
    partial.1

# One part per day received: every part holds one week only.
days=$(tail -n +2 cases.csv | cut -d, -f"$rcol" | sort -u | wc -l)
[ "$days" -gt 20 ] || fail "only $days days received"
split_cases cases.csv "$days" '($'"$rcol"' in part) ? part[$'"$rcol"'] : (part[$'"$rcol"'] = ++parts_used)'
partials
# shellcheck disable=SC2046  # file names without spaces
same_as_single cases.csv "" "" $(ls partial.* | sort -t. -k2,2nr)
