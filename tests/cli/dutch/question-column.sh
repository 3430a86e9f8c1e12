# A header with no question column gets one warning listing the names that
# are understood (the question would otherwise be silently unread); a
# missing required column is a data error that lists them too.
printf 'Dossiernummer,Datum aanmelding,Wijk,Klantvraag\nA1,2-11-2026,Noord,mijn man slaat me\nA2,3-11-2026,Noord,ik heb schulden\n' >in.csv
run oer-intake in.csv
expect_status 0
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
ERR
# JSON Lines leave empty fields out: one record with a question is enough.
printf '{"case_id":"J1","received":"2026-11-02","wijk":"N"}\n{"case_id":"J2","received":"2026-11-02","wijk":"N","Hulpvraag":"schulden"}\n' >in.json
run oer-intake in.json
expect_status 0
expect_no_err
printf 'Nummer,Datum aanmelding,Wijk,Hulpvraag\nA1,2-11-2026,Noord,schulden\n' >noid.csv
run oer-intake noid.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-intake: noid.csv:2: case_id: missing: the input has no such column (accepted names: case_id, Dossiernummer, Casusnummer, Dossiernr, Casusnr, Dossier, Casus, Dossier ID, ...; --columns adds your own)
ERR
printf 'Dossiernummer,Wijk,Hulpvraag\nA1,Noord,schulden\n' >nodate.csv
run oer-intake nodate.csv
expect_status 65
expect_err <<'ERR'
oer-intake: nodate.csv:2: case A1: received: missing: the input has no such column (accepted names: received, Datum aanmelding, Aanmelddatum, Aanmeldingsdatum, Datum melding, Meldingsdatum, Datum binnenkomst, Datum ontvangst, ...; --columns adds your own)
ERR
# An empty value in a column that is there is just missing.
printf 'Dossiernummer,Datum aanmelding,Wijk,Hulpvraag\nA1,2-11-2026,,schulden\n' >nowijk.csv
run oer-intake nowijk.csv
expect_status 65
expect_err <<'ERR'
oer-intake: nowijk.csv:2: case A1: wijk: missing
ERR
