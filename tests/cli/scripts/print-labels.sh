# oer-report --print-labels: the report's label table as JSON Lines, for the
# scripts' summaries (oer-weekly maps ids to labels with it): the same ids in
# both languages, valid JSON, 74 on a full disk, no input or other option.
run oer-report --print-labels --lang nl
expect_status 0
expect_no_err
cp out nl
run oer-report --print-labels --lang en
expect_status 0
cp out en
jq -c . nl >nl.checked || fail "not JSON Lines"
expect_same nl nl.checked "the JSON Lines as jq writes them"
jq -r .id nl >nl.ids
jq -r .id en >en.ids
expect_same nl.ids en.ids "the ids of nl and en"
grep -E '"id":"(domain\.finances|route\.halfline|route\.outreach|signal\.high;rising)"' nl >some
expect_file some <<'OUT'
{"id":"domain.finances","label":"Financiën"}
{"id":"route.outreach","label":"Erop af (contact leggen)"}
{"id":"route.halfline","label":"Halfde lijn"}
{"id":"signal.high;rising","label":"Hoog aandeel, stijgend"}
OUT
grep -E '"id":"(domain\.finances|route\.halfline|signal\.high;rising)"' en >some
expect_file some <<'OUT'
{"id":"domain.finances","label":"Finances"}
{"id":"route.halfline","label":"Half line"}
{"id":"signal.high;rising","label":"High share, rising"}
OUT
# The locale decides without --lang.
LC_ALL=nl_NL.UTF-8 oer-report --print-labels >loc
expect_same nl loc "the labels under LC_ALL=nl_NL.UTF-8"
status=0
oer-report --print-labels --lang nl >/dev/full 2>err || status=$?
expect_status 74
expect_err <<'ERR'
oer-report: stdout: write error: No space left on device
ERR
run oer-report --print-labels --format html
expect_status 2
expect_err <<'ERR'
oer-report: --print-labels takes only --lang
ERR
run oer-report --print-labels cases.csv
expect_status 2
expect_err <<'ERR'
oer-report: --print-labels takes only --lang
ERR
