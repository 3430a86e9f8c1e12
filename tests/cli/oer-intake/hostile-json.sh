# oer-intake on hostile JSON Lines: truncated, not an object, deeply nested,
# a NUL escape, a lone surrogate, an age past 64 bits (kept as written, so
# refused as an age), an invalid escape, a repeated key: each
# rejected with a reason
{
	printf '{"case_id":"J-1","received":"2026-11-02","wijk":"Noord"}\n'
	printf '{"case_id":"J-2","received":"2026-11-02"\n'
	printf '[1,2,3]\n'
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{\"a\":"; printf "1"; for (i = 0; i < 100000; i++) printf "}"; printf "\n" }'
	printf '{"case_id":"J-5","received":"2026-11-02","wijk":"No\\u0000ord"}\n'
	printf '{"case_id":"J-6","received":"2026-11-02","wijk":"\\ud800"}\n'
	printf '{"case_id":"J-7","received":"2026-11-02","wijk":"Noord","age":99999999999999999999}\n'
	printf '{"case_id":"J-8","received":"2026-11-02","wijk":"Noord","x":"\\q"}\n'
	printf '{"case_id":"J-9","received":"2026-11-02","wijk":"Noord","wijk":"Zuid"}\n'
	printf '{"case_id":"J-10","received":"2026-11-02","wijk":"Zuid"}\n'
} >in.jsonl
run oer-intake --rejects rej.jsonl in.jsonl
expect_status 1
expect_out <<'JSON'
{"case_id":"J-1","received":"2026-11-02","wijk":"Noord","intake":{"week":"2026-W45","domains":[],"signals":[],"route":"info","priority":3,"reasons":["I4"],"redactions":0}}
{"case_id":"J-10","received":"2026-11-02","wijk":"Zuid","intake":{"week":"2026-W45","domains":[],"signals":[],"route":"info","priority":3,"reasons":["I4"],"redactions":0}}
JSON
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
oer-intake: 8 of 10 records rejected, see rej.jsonl
ERR
sed 's/.*"error"://' rej.jsonl | cut -c1-110 >errors.txt
expect_file errors.txt <<'TXT'
"in.jsonl:2: invalid JSON: the object is not complete on this line","raw":"{\"case_id\":\"J-2\",\"received\":\
"in.jsonl:3: a JSON Lines record must be an object, not array","raw":"[1,2,3]"}
"in.jsonl:4: invalid JSON at column 321: nesting too deep","raw":"{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\
"in.jsonl:5: case J-5: wijk: contains a NUL character (\\u0000)"}
"in.jsonl:6: case J-6: invalid JSON: a lone UTF-16 surrogate escape","raw":"{\"case_id\":\"J-6\",\"received\":
"in.jsonl:7: case J-7: age: '99999999999999999999' is not an age in whole years 0-130"}
"in.jsonl:8: invalid JSON at column 62: an invalid escape \\q in a string","raw":"{\"case_id\":\"J-8\",\"recei
"in.jsonl:9: case J-9: wijk: appears twice in the JSON object"}
TXT
