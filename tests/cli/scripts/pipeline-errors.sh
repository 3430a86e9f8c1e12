# oer-pipeline: a stage that fails stops the run with the stage named and its
# status; a missing export is 66; no export is a usage error
printf 'case_id,received,wijk\nP-1,2026-11-16,Noord\n' >in.csv
printf 'provider_id,name,level,domains,wijk\nX,Somebody,nowhere,*,*\n' >bad-map.csv
run "$TOP/scripts/oer-pipeline" in.csv --map bad-map.csv --out res
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
oer-refer: bad-map.csv:2: level: 'nowhere' is not a support level (self, network, volunteer, general, first_line, second_line, third_line, crisis)
oer-pipeline: stage oer-refer failed (exit 2); res/ is left as it was
ERR
run "$TOP/scripts/oer-pipeline" missing.csv
expect_status 66
expect_err <<'ERR'
oer-pipeline: cannot open missing.csv
ERR
run "$TOP/scripts/oer-pipeline"
expect_status 2
head -n 1 err >first
expect_file first <<'ERR'
usage: oer-pipeline EXPORT [--map MAP] [--out DIR] [--date YYYY-MM-DD]
ERR
