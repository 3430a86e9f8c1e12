# oer-refer: the example export through intake | monitor | plan | refer with the example map runs clean; nothing lost
oer-intake "$TOP/examples/export.csv" 2>intake.err | oer-monitor | oer-plan >plan.csv ||
	fail "the stages before refer failed"
run oer-refer --map "$TOP/examples/sociale-kaart.csv" plan.csv
expect_status 0
expect_no_err
[ "$(wc -l <out)" = "$(wc -l <plan.csv)" ] || fail "records out differ from records in"
mv out referred.csv

# One item record per plan item, each with a status; the case counts agree.
run oer-refer --map "$TOP/examples/sociale-kaart.csv" --items --output-format json plan.csv
expect_status 0
expect_no_err
jq -s 'length' out >items.n || fail "jq cannot read the items"
run oer-refer --map "$TOP/examples/sociale-kaart.csv" --output-format json plan.csv
expect_status 0
jq -s '[.[] | .plan.items // 0] | add' out >plan.n
expect_same plan.n items.n "items against plan.items"
# An agreed provider (the example's C-000046) is counted per item, not per case.
jq -s '[.[] | .refer.proposed + .refer.waitlist + .refer.unmatched + .refer.decision_needed +
    ([.refer | to_entries[] | select(.value | type == "object" and .status == "agreed")] | length)] | add' out >formal.n
run oer-refer --map "$TOP/examples/sociale-kaart.csv" --items --output-format json plan.csv
jq -s '[.[] | select(.status != "informal")] | length' out >formal.items
expect_same formal.n formal.items "counted referrals against item records"
jq -s -r '[.[] | .status] | unique | join(",")' out >statuses
echo 'agreed,decision_needed,informal,proposed,unmatched,waitlist' >want.statuses
expect_same want.statuses statuses "the statuses the example shows"
