# oer-intake: JSON to CSV takes the header from the first record; a later
# record with a field not in it is an error, never a silent drop
cat >in.jsonl <<'JSON'
{"case_id":"J-1","received":"2026-11-20","wijk":"Noord"}
{"case_id":"J-2","received":"2026-11-20","wijk":"Zuid","note":"nieuw veld"}
JSON
run oer-intake --output-format csv in.jsonl
expect_status 65
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
J-1,2026-11-20,Noord,2026-W47,,,info,3,I4,0
CSV
expect_err <<'ERR'
oer-intake: in.jsonl:2: case J-2: note: not a column of the CSV output, whose header comes from the first record (write JSON, or give every record the same fields)
ERR
run oer-intake --output-format csv --rejects rej.jsonl in.jsonl
expect_status 1
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
oer-intake: 1 of 2 records rejected, see rej.jsonl
ERR
expect_file rej.jsonl <<'JSON'
{"case_id":"J-2","received":"2026-11-20","wijk":"Zuid","note":"nieuw veld","error":"in.jsonl:2: case J-2: note: not a column of the CSV output, whose header comes from the first record (write JSON, or give every record the same fields)"}
JSON
