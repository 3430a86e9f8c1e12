# oer ... then ...: each stage's errors are its own, with its own name and
# exit status, and what the stages after it make of the records before
# the error is the pipe's output.
cat >in.csv <<'CSV'
case_id,received,wijk,question,measured,network.load,finances.self,finances.together
E-1,2026-11-16,Noord,Ik heb schulden,2026-11-17,ok,2,2
E-2,2026-11-17,Noord,Ik heb schulden,2026-11-18,ok,2,7
E-3,2026-11-18,Zuid,Ik heb schulden,2026-11-19,ok,3,3
CSV
oer-intake in.csv 2>/dev/null | oer-monitor 2>/dev/null | oer-plan >pipe.out
run oer intake in.csv then monitor then plan
expect_status 65
expect_same pipe.out out "stdout"
expect_err <<'ERR'
oer-monitor: stdin:3: case E-2: finances.together: '7' is not a level 1-5
ERR
grep -q '^E-1,' out || fail "the record before the error did not come through"
! grep -q '^E-3,' out || fail "a record after the error came through"

# A stage that ends at once (a usage error, a map it cannot read) ends as
# in the pipe: the stages after it read the end of their input, the ones
# before it get EPIPE; the chain's status is that stage's.
run oer intake in.csv then monitor --no-such-option then plan
expect_status 2
expect_no_out
grep -q '^oer-monitor: unrecognized option' err || fail "no message of oer-monitor"
run oer intake in.csv then plan --level nine
expect_status 2
expect_no_out
oer-intake in.csv 2>/dev/null | oer-monitor | oer-refer --map nowhere.csv 2>/dev/null |
    oer-report --format csv >pipe.out
run oer intake in.csv then monitor then refer --map nowhere.csv then report --format csv
expect_status 66
expect_same pipe.out out "the report after a refer that could not read its map"
grep -q '^oer-refer: ' err || fail "no message of oer-refer"

# An input that cannot be opened: 66, the stages after it see no record.
oer-intake nowhere.csv 2>/dev/null | oer-monitor >pipe.out
run oer intake nowhere.csv then monitor
expect_status 66
expect_same pipe.out out "stdout of an empty chain"
expect_err <<'ERR'
oer-intake: cannot open nowhere.csv: No such file or directory
ERR
# ... also when a later stage reads a file of its own and ends first.
: >empty.csv
run oer intake nowhere.csv then monitor empty.csv then plan
expect_status 66
expect_no_out
expect_err <<'ERR'
oer-intake: cannot open nowhere.csv: No such file or directory
ERR

# What a stage prints with --help, --version or --print-rules goes where its
# records would go: to the next stage, as in the pipe.
oer-intake in.csv | oer-monitor --help | oer-plan >pipe.out 2>pipe.err
run oer intake in.csv then monitor --help then plan
expect_status 65
expect_same pipe.out out "plan after monitor --help"
expect_same pipe.err err "messages after monitor --help"
oer-intake --version | oer-monitor >pipe.out
run oer intake --version then monitor
expect_status 0
expect_same pipe.out out "monitor after intake --version"
grep -q "^oer-intake (OER toolkit) $OER_VERSION,monitor.scored," out || fail "the version line is not monitor's header"
# /dev/stdin of a later stage is what the stage before writes.
oer-intake in.csv | oer-monitor /dev/stdin >pipe.out 2>/dev/null
run oer intake in.csv then monitor /dev/stdin
expect_status 65
expect_same pipe.out out "monitor /dev/stdin"
expect_err <<'ERR'
oer-monitor: /dev/stdin:3: case E-2: finances.together: '7' is not a level 1-5
ERR

# The chain itself.
for args in "" "then" "intake then" "then monitor" "intake then then monitor"; do
	# shellcheck disable=SC2086  # the words are the arguments
	run oer $args
	expect_status 2
	expect_no_out
done
run oer intake in.csv then triage
expect_status 2
expect_err <<'ERR'
oer: 'triage' is not a stage (intake, monitor, plan, refer, report, tee)
usage: oer [--statuses FILE] STAGE [OPTIONS] [FILE ...] [then STAGE [OPTIONS] ...]
ERR
# A stage twice: each has its own state, as two processes have.
{ oer-intake in.csv | oer-monitor --rejects r1 | oer-monitor --rejects r2; } >pipe.out 2>pipe.err
run oer intake in.csv then monitor --rejects r1 then monitor --rejects r2
expect_status 1
expect_same pipe.out out "oer ... then monitor then monitor"
expect_same pipe.err err "messages of monitor twice"
grep -q '^E-3,' out || fail "the record after the rejected one did not come through"
# --help of a stage in the chain: that help, and nothing runs.
oer-plan --help >plan.help
run oer intake in.csv then plan --help
expect_status 0
expect_same plan.help out "oer ... then plan --help"

# A reader that stops early (| head) ends the chain quietly.
"$(dirname "$(command -v oer-intake)")/../tools/oer-gen" -n 20000 >big.csv
status=0
oer intake big.csv then monitor then plan 2>err | head -n 2 >out || status=$?
expect_status 0
expect_no_err
[ "$(wc -l <out)" = 2 ] || fail "head did not get 2 lines"
