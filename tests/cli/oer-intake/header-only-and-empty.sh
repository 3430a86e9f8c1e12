# oer-intake: an empty input gives no output; a header without rows gives
# the header the records would have had (identifying columns dropped)
: >empty.csv
run oer-intake empty.csv
expect_status 0
expect_no_out
expect_no_err
printf 'case_id,naam,received,wijk\r\n' >header.csv
run oer-intake header.csv
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
CSV
expect_err <<'ERR'
oer-intake: dropping column 'naam': it identifies a person (--pii=off keeps it)
ERR
run oer-intake --output-format json header.csv
expect_status 0
expect_no_out
printf '\n\n' >blank.jsonl
run oer-intake --input-format json blank.jsonl
expect_status 0
expect_no_out
expect_no_err
