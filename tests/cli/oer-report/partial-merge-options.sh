# oer-report --merge equals the single run with every option that shapes
# the report: --period, --by, --from and --to given to the partial runs,
# --lang, --suppress and the signal thresholds to the merge.
. "$TESTS/cli/oer-report/partial.lib"
example_cases cases.csv
rcol=$(head -n 1 cases.csv | tr , '\n' | grep -nx received | cut -d: -f1)

# Months by wijk, in Dutch, with low signal thresholds (so that signals,
# high and rising against the month before, are there to be equal).
split_cases cases.csv 3 'r % 3 + 1'
partials --period month --by wijk
same_as_single cases.csv "--period month --by wijk" \
    "--lang nl --signal-share 10 --signal-min 2 --signal-rise 1 --signal-window 1" partial.2 partial.3 partial.1
grep -q 'prevention,signal\.' single.csv || fail "no prevention signal in the report"

# One part per month: each partial holds one period only; the rising
# signal compares periods that were in different parts.
months=$(tail -n +2 cases.csv | cut -d, -f"$rcol" | cut -c1-7 | sort -u | wc -l)
split_cases cases.csv "$months" \
    '(substr($'"$rcol"', 1, 7) in m) ? m[substr($'"$rcol"', 1, 7)] : (m[substr($'"$rcol"', 1, 7)] = ++k)'
partials --period month --by wijk
same_as_single cases.csv "--period month --by wijk" \
    "--lang nl --signal-share 10 --signal-min 2 --signal-rise 1 --signal-window 1" partial.*
grep -q 'signal\.[a-z_]*,[^,]*,high;rising$\|signal\.[a-z_]*,[^,]*,rising$' single.csv ||
    fail "no rising signal across months"

# Suppressed counts and case lists left out, in English.
split_cases cases.csv 2 'r <= n / 3 ? 1 : 2'
partials --period quarter
same_as_single cases.csv "--period quarter" "--lang en --suppress 10" partial.1 partial.2

# Everything in one period, a window of dates: cases outside it are left
# out by the partial runs, as by the single run.
split_cases cases.csv 7 '(r * 5) % 7 + 1'
partials --period all --from 2026-10-05 --to 2026-11-15 --by source
same_as_single cases.csv "--period all --from 2026-10-05 --to 2026-11-15 --by source" \
    "--lang en" partial.*

# The run's date: Wmo overdue is judged against it, and the report says it.
split_cases cases.csv 2 'r % 2 + 1'
partials --date 2026-12-31
same_as_single cases.csv "--date 2026-12-31" "--lang en" partial.1 partial.2
grep -q '2026-12-31' single.text || fail "the text report is not as of 2026-12-31"
