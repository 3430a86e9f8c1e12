# No diagnostic echoes an identifier (SPEC 3: messages reach cron mail): a
# value with a BSN, phone number, e-mail address, IBAN and postcode in every
# field a tool quotes in a message comes out redacted and cut to 40
# characters.
V='bsn 111222333 of 0612345678 jan@example.nl NL91ABNA0417164300 1234 AB'
check() {	# TOOL FIELD [OPTION...]
	_tool=$1 _field=$2
	shift 2
	if [ "$_field" = received ]; then
		printf 'case_id,wijk,received\nA-1,Noord,"%s"\n' "$V" >in.csv
	else
		printf 'case_id,received,wijk,%s\nA-1,2026-11-02,Noord,"%s"\n' "$_field" "$V" >in.csv
	fi
	run $_tool "$@" in.csv
	[ "$status" = 65 ] || fail "$_tool $_field: exit status $status, want 65"
	for id in 111222333 0612345678 jan@example.nl NL91ABNA0417164300 '1234 AB'; do
		! grep -qF "$id" err || fail "$_tool $_field: the message shows $id: $(cat err)"
	done
	grep -qF "'bsn [BSN] of [PHONE] [EMAIL] [IBAN] [POS...'" err ||
	    fail "$_tool $_field: not the redacted value: $(cat err)"
}
for f in received source consent safety crisis age route_override topics intake.redactions; do
	check oer-intake "$f"
done
for f in finances.self finances.together measured network.load; do
	check oer-monitor "$f"
done
for f in intake.route network.load monitor.complex finances.current plan.date; do
	check oer-plan "$f"
done
check oer-refer plan.finances.level --map "$TOP/examples/sociale-kaart.csv"
check oer-refer age --map "$TOP/examples/sociale-kaart.csv"
check oer-report finances.self --period all --format csv
check oer-report plan.date --period all --format csv
# A case id that is a BSN is redacted where the message names the case.
printf 'case_id,received,wijk,age\n111222333,2026-11-02,Noord,200\n' >in.csv
run oer-intake in.csv
expect_status 65
expect_err <<'ERR'
oer-intake: in.csv:2: case [BSN]: age: '200' is not an age in whole years 0-130
ERR
