# oer-intake --pii: identifying columns are dropped with a warning (default),
# refused (exit 65) or kept; free text is redacted in all three modes.
# Naam is the field name (header dictionary): the warning on dropping
# names the column as the input writes it; a refusal and the kept column
# use the spec's name.
printf 'case_id,Naam,received,wijk,E-mail,question\nW-1,Jan,2026-11-02,Noord,j@x.nl,Schulden\n' >in.csv
run oer-intake in.csv
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,question,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,Schulden,2026-W45,finances,,info,3,I4,0
CSV
expect_err <<'ERR'
oer-intake: dropping column 'Naam': it identifies a person (--pii=off keeps it)
oer-intake: dropping column 'E-mail': it identifies a person (--pii=off keeps it)
ERR
run oer-intake --pii=reject in.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-intake: in.csv:2: case W-1: name: a column that identifies a person; remove it or use --pii=redact
ERR
run oer-intake --pii=off in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,name,received,wijk,E-mail,question,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,Jan,2026-11-02,Noord,j@x.nl,Schulden,2026-W45,finances,,info,3,I4,0
CSV
run oer-intake --pii=maybe in.csv
expect_status 2
expect_err <<'ERR'
oer-intake: --pii: 'maybe' is not redact, reject or off
ERR
