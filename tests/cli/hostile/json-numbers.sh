# Numbers in JSON go through every tool exactly as written: an integer past
# 64 bits (json-c would clamp it to 18446744073709551615), the 64-bit limits
# themselves, -0, and a huge or tiny floating-point number; in a field, in
# an object and in an array; to JSON and to CSV.
. "$TESTS/cli/hostile/hostile.lib"
fields='"case_id":"W-1","received":"2026-11-02","wijk":"Noord","x":99999999999999999999,"y":-99999999999999999999,"n":{"x":18446744073709551616},"a":[100000000000000000000,-0,9223372036854775807],"m":9223372036854775807,"z":-0'
printf '{%s}\n' "$fields" >big.json
for t in oer-intake oer-monitor oer-plan oer-refer; do
	status=0
	tool "$t" big.json >out 2>err || status=$?
	expect_status 0
	expect_no_err
	printf '{%s,' "$fields" >want
	head -c "$(wc -c <want)" out >got
	expect_same want got "$t: the fields as read"
	status=0
	tool "$t" --output-format csv big.json >out 2>err || status=$?
	expect_status 0
	printf '%s\n' 'W-1,2026-11-02,Noord,99999999999999999999,-99999999999999999999,18446744073709551616,"[100000000000000000000,-0,9223372036854775807]",9223372036854775807,-0' >want
	sed -n 2p out | cut -d, -f1-11 >got
	expect_same want got "$t --output-format csv: the fields as read"
done

printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord","x":1e400,"y":-1.5e-400,"z":123456789012345678901234567890.5}\n' >float.json
run oer-intake float.json
expect_status 0
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
ERR
expect_out <<'JSON'
{"case_id":"W-1","received":"2026-11-02","wijk":"Noord","x":1e400,"y":-1.5e-400,"z":123456789012345678901234567890.5,"intake":{"week":"2026-W45","domains":[],"signals":[],"route":"info","priority":3,"reasons":["I4"],"redactions":0}}
JSON
run oer-intake --output-format csv float.json
expect_out <<'CSV'
case_id,received,wijk,x,y,z,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,1e400,-1.5e-400,123456789012345678901234567890.5,2026-W45,,,info,3,I4,0
CSV
