# oer-plan: the chain oer-intake | oer-monitor | oer-plan on the shipped
# example export runs clean, keeps one record per case, plans exactly the
# halfline, crisis and safety cases, gives figures that agree with the items
# (checked with jq on every record) and is idempotent.
oer-intake --output-format json "$TOP/examples/export.csv" 2>intake.err | oer-monitor >monitor.json ||
    fail "intake | monitor failed: $(cat intake.err)"
run oer-plan monitor.json
expect_status 0
expect_no_err
[ "$(wc -l <out)" = "$(wc -l <monitor.json)" ] || fail "$(wc -l <out) records out of $(wc -l <monitor.json)"
[ -s out ] || fail "no records"
cp out plan.json

jq -r 'select((.intake.route | IN("halfline", "crisis", "safety")) != (.plan.date == "2026-11-28")) | .case_id' plan.json >wrong-route
expect_file wrong-route </dev/null

jq -r 'select(.plan.date != "")
    | [.plan | to_entries[] | select(.value | type == "object") | .value] as $items
    | [$items[] | .level] as $lv
    | select(($lv | map(select(. != "" and . != "none")) | length) != .plan.items
        or ($lv | map(select(IN("self", "network", "volunteer"))) | length) != .plan.informal
        or ($lv | map(select(IN("general", "first_line", "second_line", "third_line", "crisis"))) | length) != .plan.formal
        or ([$items[] | select(.level != "" and (.rule | test("^P[1-6]$") | not))] | length) > 0
        or ((.plan.consult_reasons | length) > 0) != .plan.consult
        or (.plan.items >= 2) != .plan.coordination)
    | .case_id' plan.json >inconsistent
expect_file inconsistent </dev/null

run oer-plan plan.json
expect_status 0
expect_same plan.json out "planned twice"

oer-intake "$TOP/examples/export.csv" 2>/dev/null | oer-monitor >monitor.csv || fail "CSV intake | monitor failed"
run oer-plan monitor.csv
expect_status 0
expect_no_err
cp out plan.csv
run oer-plan plan.csv
expect_same plan.csv out "CSV planned twice"
