# oer-intake: CSV -> JSON -> CSV is byte-identical, and intake twice = intake once
cat >in.csv <<'CSV'
case_id;received;wijk;source;consent;age;question;topics;safety;notes
W-1;2-11-2026;Noord;huisarts;ja;42;"Schulden; bel 06-12345678";housing;;"vrij ""veld"""
W-2;3-11-2026;Zuid;;;;Eenzaam en drinkt te veel;;nee;
W-3;4-11-2026;Oost;netwerk;nee;7;;;;07
CSV
run oer-intake in.csv
expect_status 0
cp out once.csv
run oer-intake --output-format json once.csv
expect_status 0
cp out once.json
run oer-intake --output-format csv once.json
expect_status 0
expect_same once.csv out "csv -> json -> csv"
run oer-intake once.csv
expect_status 0
expect_same once.csv out "intake twice (csv)"
run oer-intake once.json
expect_status 0
expect_same once.json out "intake twice (json)"
expect_file once.csv <<'CSV'
case_id,received,wijk,source,consent,age,question,topics,safety,notes,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,huisarts,true,42,Schulden; bel [PHONE],housing,,"vrij ""veld""",2026-W45,finances;housing,,halfline,3,I5,1
W-2,2026-11-03,Zuid,,,,Eenzaam en drinkt te veel,,false,,2026-W45,substance_use;social_network,,halfline,3,I5,0
W-3,2026-11-04,Oost,netwerk,false,7,,,,07,2026-W45,,,outreach,2,I3,0
CSV
