# Huge numbers in JSON: an integer past 64 bits (json-c would clamp it to
# the limit) is refused by every tool, naming the field; a huge or tiny
# floating-point number is kept exactly as written.
. "$TESTS/cli/hostile/hostile.lib"
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n' >good.json.before
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >good.json
# bad NAME LINE MESSAGE: LINE between the good records, refused with MESSAGE.
bad() {
	{ head -n 1 good.json; printf '%s\n' "$2"; tail -n 1 good.json; } >"$1"
	printf '%s,"error":"%s"}\n' "${2%\}}" "$3" >want.rej
	refused "$1" good.json 3 "$3" want.rej
}
bad big.json '{"case_id":"W-2","received":"2026-11-03","wijk":"Noord","x":99999999999999999999}' \
    'big.json:2: case W-2: x: number out of range'
bad small.json '{"case_id":"W-2","received":"2026-11-03","wijk":"Noord","x":-99999999999999999999}' \
    'small.json:2: case W-2: x: number out of range'
bad nested.json '{"case_id":"W-2","received":"2026-11-03","wijk":"Noord","n":{"x":18446744073709551616}}' \
    'nested.json:2: case W-2: n.x: number out of range'

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
