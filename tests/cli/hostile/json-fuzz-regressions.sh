# Inputs the fuzzers found, kept as they were found (tests/cli/hostile/data).
# fuzz-json-minus-zero.jsonl: an age "-0" (a string) was written as the
# number -0, which reads back as 0, so writing what was written changed it;
# it is written as the string "-0" now.  Its third line is broken JSON.
in=$TESTS/cli/hostile/data/fuzz-json-minus-zero.jsonl
run oer-monitor "$in"
expect_status 65
printf 'oer-monitor: %s:3: invalid JSON at column 55: object property name separator '"'"':'"'"' expected\n' "$in" | expect_err
[ "$(wc -l <out)" = 2 ] || fail "the two good records are written"
grep -q '"age":"-0"' out || fail 'age "-0" is not written as a string'
cp out once.jsonl
run oer-monitor once.jsonl
expect_status 0
expect_no_err
expect_same once.jsonl out 'monitor on its own output'
