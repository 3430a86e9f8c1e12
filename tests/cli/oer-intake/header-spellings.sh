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
X,2026-01-01,N,mijn man slaat mij [PHONE],false,politie,2026-W01,,slaat,safety,1,I1,1
CSV
# Two spellings of one field are one field twice: a duplicate column.
printf 'case_id,Case_ID,received,wijk\nX,Y,2026-01-01,N\n' >dup.csv
run oer-intake dup.csv
expect_status 65
expect_no_out
