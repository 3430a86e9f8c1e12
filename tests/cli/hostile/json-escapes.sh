# String escapes in JSON: an invalid escape (\x, \u12), a lone UTF-16
# surrogate (high or low; json-c would put U+FFFD in its place without a
# word): every tool refuses the record; the rejects file keeps a line with
# a lone surrogate as text (jq refuses it).  A surrogate pair is a character.
. "$TESTS/cli/hostile/hostile.lib"
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n' >good.json.before
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >good.json
# bad NAME LINE MESSAGE REJECT: LINE between the good records.
bad() {
	{ head -n 1 good.json; printf '%s\n' "$2"; tail -n 1 good.json; } >"$1"
	printf '%s\n' "$4" >want.rej
	refused "$1" good.json 3 "$3" want.rej
}
bad x.json '{"case_id":"W-2","wijk":"\x41"}' \
    'x.json:2: invalid JSON at column 26: an invalid escape \x in a string' \
    '{"error":"x.json:2: invalid JSON at column 26: an invalid escape \\x in a string","raw":"{\"case_id\":\"W-2\",\"wijk\":\"\\x41\"}"}'
bad u.json '{"case_id":"W-2","wijk":"\u12"}' \
    'u.json:2: invalid JSON at column 26: a \u escape without four hex digits' \
    '{"error":"u.json:2: invalid JSON at column 26: a \\u escape without four hex digits","raw":"{\"case_id\":\"W-2\",\"wijk\":\"\\u12\"}"}'
bad high.json '{"case_id":"W-2","wijk":"No\ud800ord"}' \
    'high.json:2: case W-2: invalid JSON: a lone UTF-16 surrogate escape' \
    '{"error":"high.json:2: case W-2: invalid JSON: a lone UTF-16 surrogate escape","raw":"{\"case_id\":\"W-2\",\"wijk\":\"No\\ud800ord\"}"}'
bad low.json '{"case_id":"W-2","wijk":"\udc00"}' \
    'low.json:2: case W-2: invalid JSON: a lone UTF-16 surrogate escape' \
    '{"error":"low.json:2: case W-2: invalid JSON: a lone UTF-16 surrogate escape","raw":"{\"case_id\":\"W-2\",\"wijk\":\"\\udc00\"}"}'
bad key.json '{"case_id":"W-2","\ud800":1}' \
    'key.json:2: case W-2: invalid JSON: a lone UTF-16 surrogate escape' \
    '{"error":"key.json:2: case W-2: invalid JSON: a lone UTF-16 surrogate escape","raw":"{\"case_id\":\"W-2\",\"\\ud800\":1}"}'

printf '{"case_id":"W-1","received":"2026-11-02","wijk":"\\ud83d\\ude00 \\u00e9\\\\ud800"}\n' >pair.json
run oer-intake --output-format csv pair.json
expect_status 0
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
ERR
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,😀 é\ud800,2026-W45,,,info,3,I4,0
CSV
