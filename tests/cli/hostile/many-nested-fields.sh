# A JSON record with 2000 nested fields (6000 names with their prefixes):
# writing it as JSON interns the prefixes, which moves the table of names.
# Found by fuzz_plan: the writer then read a name's length from the old
# table (use after free).  Every tool reads and writes it whole.
. "$TESTS/cli/hostile/hostile.lib"
awk 'BEGIN { printf "{\"case_id\":\"W-1\",\"received\":\"2026-11-02\",\"wijk\":\"Noord\""; for (i = 1; i <= 2000; i++) printf ",\"p%d.q.x\":%d", i, i; printf "}\n" }' >in.json
awk 'BEGIN { printf "{\"case_id\":\"W-1\",\"received\":\"2026-11-02\",\"wijk\":\"Noord\""; for (i = 1; i <= 2000; i++) printf ",\"p%d\":{\"q\":{\"x\":%d}}", i, i; printf "\n" }' >want.fields
for t in oer-intake oer-monitor oer-plan oer-refer; do
	status=0
	tool "$t" in.json >out 2>err || status=$?
	expect_status 0
	expect_no_err
	# The input's fields come first, nested, then the tool's own.
	head -c "$(($(wc -c <want.fields) - 1))" out >got.fields
	printf '\n' >>got.fields
	expect_same want.fields got.fields "$t: the nested fields"
done
run tool oer-report in.json
expect_status 0
expect_no_err
grep -q '^all,all,intake,cases,,1$' out || fail "oer-report: the case was not counted"
