# oer-report: a write error (a full disk) is exit 74 with a message; a
# reader that goes away (| head) ends the report quietly.
[ -w /dev/full ] || fail "no /dev/full to write to"
status=0
oer-report --period all --format csv "$TESTS/cli/oer-report/team.csv" >/dev/full 2>err || status=$?
expect_status 74
expect_err <<'ERR'
oer-report: stdout: write error: No space left on device
ERR

# A report longer than the output buffer, cut off after one line.
{
	printf 'case_id,received,wijk,intake.route\n'
	i=0
	while [ $i -lt 1000 ]; do
		printf 'C%d,2026-01-%02d,W%d,info\n' $i $((i % 28 + 1)) $((i % 100))
		i=$((i + 1))
	done
} >many.csv
oer-report --period week --by wijk --format csv many.csv 2>err >full.csv
[ "$(wc -c <full.csv)" -gt 70000 ] || fail "the report is too short to test a closed pipe"
status=$( { oer-report --period week --by wijk --format csv many.csv 2>err; echo $? >rc; } | head -1 >first; cat rc)
expect_status 0
expect_no_err
printf 'period,group,section,metric,key,value\n' >want
expect_same want first 'first line'
