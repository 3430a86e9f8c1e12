# oer-pipeline: the whole chain into one folder; bad records of each stage
# land in rejects-<stage>.csv and are counted; exit 1 when any were rejected.
# The export has topics but no question column: oer-intake warns once.
cat >in.csv <<'CSV'
case_id;received;wijk;topics;network.load;finances.self;finances.together
P-1;16-11-2026;Noord;"finances;housing";ok;2;2
P-2;31-11-2026;Noord;"finances;housing";ok;2;2
P-3;18-11-2026;Zuid;"finances;housing";ok;2;7
P-4;19-11-2026;Zuid;finances;ok;4;4
CSV
run "$TOP/scripts/oer-pipeline" in.csv --map "$TOP/examples/sociale-kaart.csv" --out res --date 2026-11-23
expect_status 1
expect_out <<'OUT'
oer-pipeline: 2 cases through the chain, 2 records rejected; results in res/
OUT
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
oer-intake: 1 of 4 records rejected, see res/rejects-intake.csv
oer-monitor: 1 of 3 records rejected, see res/rejects-monitor.csv
ERR
ls res >files
expect_file files <<'LS'
cases.csv
intake.csv
monitor.csv
plan.csv
referrals.csv
rejects-intake.csv
rejects-monitor.csv
report.html
report.json
report.md
LS
expect_file res/rejects-intake.csv <<'CSV'
case_id;received;wijk;topics;network.load;finances.self;finances.together;error
P-2;31-11-2026;Noord;"finances;housing";ok;2;2;in.csv:3: case P-2: received: '31-11-2026': no such date
CSV
columns res/cases.csv case_id intake.route finances.need plan.finances.level \
    refer.finances.provider refer.finances.name refer.finances.status refer.finances.wait_days >cases.cut
expect_file cases.cut <<'CSV'
case_id,intake.route,finances.need,plan.finances.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days
P-1,halfline,support,first_line,EL-SH-NRD,Schuldhulp Noord,proposed,21
P-4,info,none,,,,,
CSV
expect_file res/referrals.csv <<'CSV'
case_id,wijk,domain,level,echelon,provider_id,name,status,wait_days,law,review
P-1,Noord,finances,first_line,1,EL-SH-NRD,Schuldhulp Noord,proposed,21,wmo,2027-01-04
CSV
jq -r 'select(.group == "all" and .section == "intake" and .metric == "route" and .value > 0) | "\(.period) \(.key) \(.value)"' res/report.json >routes
expect_file routes <<'TXT'
2026-W47 info 1
2026-W47 halfline 1
TXT
grep -q '<h3 id="p1-intake">1. Intake</h3>' res/report.html || fail "report.html has no intake section"
