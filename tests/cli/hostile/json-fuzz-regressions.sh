# Inputs the fuzzers found, kept as they were found (tests/cli/hostile/data).
# fuzz-json-minus-zero.jsonl: an age "-0" (a string) was written as the
# number -0, which then read back as 0, so writing what was written changed
# it.  Numbers are read as written now, so -0 stays -0 both ways.  The line
# itself, like the third, holds raw control characters (U+0006) in a
# string, which strict JSON refuses.
in=$TESTS/cli/hostile/data/fuzz-json-minus-zero.jsonl
run oer-monitor --rejects rej "$in"
expect_status 1
printf 'oer-monitor: 2 of 3 records rejected, see rej\n' | expect_err
sed 's/.*"error":"//; s/".*//' rej >got
printf '%s:%s\n' "$in" '2: invalid JSON at column 12: a control character (U+0006) in a string; write it as an escape' \
    "$in" '3: invalid JSON at column 12: a control character (U+0006) in a string; write it as an escape' >want
expect_same want got 'the rejects'

printf '{"case_id":"J-1","age":"-0"}\n' >minus.jsonl
run oer-monitor minus.jsonl
expect_status 0
grep -q '"age":-0,' out || fail "age -0 is not written as the number -0: $(cat out)"
cp out once.jsonl
run oer-monitor once.jsonl
expect_status 0
expect_no_err
expect_same once.jsonl out 'monitor on its own output'
