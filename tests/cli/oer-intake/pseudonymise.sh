# oer-intake --pseudonymise: case_id becomes HMAC-SHA-256 keyed by the key
# file (the same as `openssl dgst -sha256 -hmac KEY`), stable across runs
printf '0123456789abcdef0123456789abcdef' >key
chmod 600 key
printf 'case_id,received,wijk\nW-0001,2026-11-02,Noord\n' >in.csv
run oer-intake --pseudonymise key in.csv
expect_status 0
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
ERR
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
a816448f2df4fac5ec10ee08e9c8c65ee415f4e7f29c1dcdc4c80bfe4ce82c77,2026-11-02,Noord,2026-W45,,,info,3,I4,0
CSV
cp out first
run oer-intake --pseudonymise key in.csv
expect_same first out "second run"
