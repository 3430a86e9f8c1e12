# oer-plan: the chain oer-intake | oer-monitor | oer-plan on the shipped
# example export runs clean, keeps one record per case, plans exactly the
# halfline, crisis and safety cases (recorded plan dates kept, the others
# proposed), gives figures that agree with the items
# (checked with jq on every record) and is idempotent.
oer-intake --output-format json "$TOP/examples/export.csv" 2>intake.err | oer-monitor >monitor.json ||
    fail "intake | monitor failed: $(cat intake.err)"
run oer-plan monitor.json
expect_status 0
expect_no_err
[ "$(wc -l <out)" = "$(wc -l <monitor.json)" ] || fail "$(wc -l <out) records out of $(wc -l <monitor.json)"
[ -s out ] || fail "no records"
cp out plan.json

# A planned record has plan figures (plan.items); a plan date alone is no
# sign, since the export records plan dates for cases of every route.  An
# info case is planned after all when the monitor found it urgent or
# complex (rule P0 in plan.reroute).
jq -r 'select((.intake.route | IN("halfline", "crisis", "safety")) != (.plan.items != null) and .plan.reroute != "P0") | .case_id' plan.json >wrong-route
jq -r 'select(.plan.reroute == "P0" and (.intake.route != "info" or (.monitor.urgent == 0 and .monitor.complex == false))) | .case_id' plan.json >wrong-reroute
expect_file wrong-reroute </dev/null
jq -e -s 'map(select(.plan.reroute == "P0")) | length > 0' plan.json >/dev/null ||
    fail "no info case of the example is planned after all"
expect_file wrong-route </dev/null

# plan.status: recorded (the export's plan date, kept) or proposed (the
# run's date) on every planned record; a record not planned has none, or
# recorded when the export records a plan date for it.
jq -r 'select(if .plan.items != null
        then (.plan.status | IN("recorded", "proposed") | not)
            or (.plan.status == "proposed" and .plan.date != "2026-11-28")
        else .plan.status != (if .plan.date == "" then "" else "recorded" end) end)
    | .case_id' plan.json >wrong-status
expect_file wrong-status </dev/null
for s in recorded proposed; do
	jq -e -n --arg s "$s" 'any(inputs; .plan.items != null and .plan.status == $s)' plan.json >/dev/null ||
	    fail "no planned record with plan.status $s"
done

jq -r 'select(.plan.items != null)
    | [.plan | to_entries[] | select(.value | type == "object") | .value] as $items
    | [$items[] | .level] as $lv
    | select(($lv | map(select(. != "" and . != "none")) | length) != .plan.items
        or ($lv | map(select(IN("self", "network", "volunteer"))) | length) != .plan.informal
        or ($lv | map(select(IN("general", "first_line", "second_line", "third_line", "crisis"))) | length) != .plan.formal
        or ([$items[] | select(.level != "" and (.rule | test("^(P[1-6]|override)$") | not))] | length) > 0
        or (if (.plan.consult_reasons | index("override")) then false
            else ((.plan.consult_reasons | length) > 0) != .plan.consult end)
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
