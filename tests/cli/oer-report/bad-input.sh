# oer-report: a value outside its vocabulary is a data error naming input,
# line, case and field (exit 65), and no half report is written.
# bad FIELD VALUE MESSAGE [NAME]: a second record with FIELD=VALUE is
# refused, the message naming the field NAME (default FIELD): a column under
# another spelling is named by the spec's name.
bad() {
	printf 'case_id,received,wijk,%s\nB1,2026-11-02,Noord,\nB2,2026-11-02,Noord,%s\n' "$1" "$2" >bad.csv
	run oer-report --format csv bad.csv
	expect_status 65
	expect_no_out
	printf 'oer-report: bad.csv:3: case B2: %s: %s\n' "${4:-$1}" "$3" >want.err
	expect_same want.err err "stderr for $1=$2"
}
bad finances.self 7 "'7' is not a level 1-5"
bad financien.together 2.5 "'2.5' is not a level 1-5" finances.together
bad finances.need high "'high' is not a need (urgent, support, watch or none)"
bad intake.route walk-in "'walk-in' is not a route (safety, crisis, outreach, info or halfline)"
bad intake.priority 0 "'0' is not a whole number 1 to 3"
bad source mailman "'mailman' is not a source (self, network, professional, gp, police, school, housing or other)"
bad plan.finances.level expensive "'expensive' is not a plan level (self, network, volunteer, general, first_line, second_line, third_line, crisis, no_fit or none)"
bad plan.finances.action redo "'redo' is not a plan action (new, continue, scale_up, scale_down or relief)"
bad refer.finances.status matched "'matched' is not a referral status (informal, proposed, waitlist, unmatched, agreed or decision_needed)"
bad plan.consult maybe "'maybe' is not true or false"
bad monitor.trend better "'better' is not a trend (improved, stable or declined)"
bad finances.delta 9 "'9' is not a whole number -4 to 4"
bad plan.date 2026-10-01 "'2026-10-01' is before received 2026-11-02"
bad plan.date 2026-11-31 "'2026-11-31': no such date"

# received: a period needs it, and it must be a date.
printf 'case_id,received,wijk\nB1,31-02-2026,Noord\n' >bad.csv
run oer-report --format csv bad.csv
expect_status 65
expect_err <<'ERR'
oer-report: bad.csv:2: case B1: received: '31-02-2026': no such date
ERR
printf 'case_id,received,wijk\nB1,,Noord\n' >bad.csv
run oer-report --format csv bad.csv
expect_status 65
expect_err <<'ERR'
oer-report: bad.csv:2: case B1: received: missing (the report places each case in a period by it)
ERR
# With --period all and no --from/--to a case without received still counts.
run oer-report --period all --format csv bad.csv
expect_status 0
grep -q '^all,all,intake,cases,,1$' out || fail "the case without received was not counted"
