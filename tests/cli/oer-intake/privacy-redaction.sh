# oer-intake: identifiers in question (and --scan fields) are replaced and
# counted in intake.redactions; other fields are left alone
cat >in.csv <<'CSV'
case_id,received,wijk,question,notes
W-1,2026-11-02,Noord,"IBAN NL91ABNA0417164300, postcode 1234 AB, bel +31 6 12345678",bsn 111222333
W-2,2026-11-02,Noord,"mail jan@example.nl, bsn 1234.56.782, dossier 123456789",
CSV
run oer-intake in.csv
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,question,notes,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,"IBAN [IBAN], postcode [POSTCODE], bel [PHONE]",bsn 111222333,2026-W45,,,info,3,I4,3
W-2,2026-11-02,Noord,"mail [EMAIL], bsn [BSN], dossier 123456789",,2026-W45,,,info,3,I4,2
CSV
run oer-intake --scan notes in.csv
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,question,notes,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,"IBAN [IBAN], postcode [POSTCODE], bel [PHONE]",bsn [BSN],2026-W45,,,info,3,I4,4
W-2,2026-11-02,Noord,"mail [EMAIL], bsn [BSN], dossier 123456789",,2026-W45,,,info,3,I4,2
CSV
