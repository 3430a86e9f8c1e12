# oer-intake --pii: compound Dutch identifier column names (BSN-nummer,
# Huisadres, Geb. datum, accents written as combining marks) are caught too;
# a name that only ends in "naam" (wijknaam) is not a person's name.  With
# wijk and wijknaam, wijk is the field and wijknaam keeps its own name.
printf 'case_id,received,wijk,BSN-nummer,Huisadres,Geb. datum,wijknaam\nX,2026-01-01,N,111222333,Dorpsstraat 1,1-1-1990,Noord\n' >in.csv
run oer-intake --pii=reject in.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-intake: in.csv:2: case X: BSN-nummer: a column that identifies a person; remove it or use --pii=redact
ERR
run oer-intake in.csv
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,wijknaam,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
X,2026-01-01,N,Noord,2026-W01,,,info,3,I4,0
CSV
expect_err <<'ERR'
oer-intake: dropping column 'BSN-nummer': it identifies a person (--pii=off keeps it)
oer-intake: dropping column 'Huisadres': it identifies a person (--pii=off keeps it)
oer-intake: dropping column 'Geb. datum': it identifies a person (--pii=off keeps it)
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
ERR
