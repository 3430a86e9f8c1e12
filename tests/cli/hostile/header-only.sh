# Every tool on a CSV header without records: exit 0, and the header the
# records would have had (the tool's own fields appended); the report is
# its header line.
. "$TESTS/cli/hostile/hostile.lib"
printf 'case_id,received,wijk\n' >in.csv
run tool oer-intake in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
CSV
run tool oer-monitor in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,received,wijk,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
CSV
run tool oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,received,wijk,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
CSV
run tool oer-refer in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,received,wijk,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
CSV
run tool oer-report in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
period,group,section,metric,key,value
CSV
# Without a final line break it is the same header.
printf 'case_id,received,wijk' >bare.csv
same_as bare.csv in.csv
