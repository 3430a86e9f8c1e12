# oer-intake: the known fields under the spellings of Excel exports (Case ID,
# Received, Wijk, Question, Consent, Source) are those fields, named as the
# record format names them: the question is scanned and routed, not passed
# by as an unknown column.
printf 'Case ID,Received,Wijk,Question,Consent,Source\nX,2026-01-01,N,mijn man slaat mij 0612345678,nee,politie\n' >in.csv
run oer-intake in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,received,wijk,question,consent,source,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
X,2026-01-01,N,mijn man slaat mij [PHONE],false,politie,2026-W01,domestic_relations,slaat,safety,1,I1,1
CSV
# Two spellings of one field in one header: the one written as the field's
# name is the field (its ids are unique, the other column's are not), the
# other keeps its own name and passes through; in either order.
printf 'case_id,Case_ID,received,wijk\nX1,Y,2026-01-01,N\nX2,Y,2026-01-01,N\n' >dup.csv
run oer-intake dup.csv
expect_status 0
expect_out <<'CSV'
case_id,Case_ID,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
X1,Y,2026-01-01,N,2026-W01,,,info,3,I4,0
X2,Y,2026-01-01,N,2026-W01,,,info,3,I4,0
CSV
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
ERR
printf 'Case_ID,case_id,received,wijk\nY,X1,2026-01-01,N\nY,X2,2026-01-01,N\n' >dup2.csv
run oer-intake dup2.csv
expect_status 0
expect_out <<'CSV'
Case_ID,case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
Y,X1,2026-01-01,N,2026-W01,,,info,3,I4,0
Y,X2,2026-01-01,N,2026-W01,,,info,3,I4,0
CSV
