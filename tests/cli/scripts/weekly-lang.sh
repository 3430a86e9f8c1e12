# oer-weekly's summary in the chosen language (--lang, else the locale as in
# oer-report): every id shown as its label from oer-report --print-labels
# (routes, domains, signals, stages), a decimal comma in Dutch.
mkdir exports
# Items: B-1, B-2, B-5 first line; B-3, B-6 network; B-4 crisis: informal
# 2 of 6 = 33.3 %.  B-7 is rejected by the monitor.
cat >exports/export-2026-W47.csv <<'CSV'
case_id;received;wijk;topics;network.load;finances.self;finances.together
B-1;16-11-2026;Noord;"finances;housing";ok;2;2
B-2;17-11-2026;Noord;"finances;housing";ok;2;2
B-3;18-11-2026;Noord;"finances;housing";ok;2;3
B-4;19-11-2026;Noord;"finances;housing";ok;1;1
B-5;20-11-2026;Noord;"finances;housing";ok;2;2
B-6;21-11-2026;Noord;"finances;housing";ok;3;3
B-7;21-11-2026;Noord;"finances;housing";ok;9;4
CSV
run "$TOP/scripts/oer-weekly" --date 2026-11-23 --lang nl
expect_status 1
expect_no_err
expect_out <<'OUT'
OER-weekrapportage 2026-W47 (2026-11-16 t/m 2026-11-22), peildatum 2026-11-23
Casussen aangemeld: 6
  Veiligheid: 0
  Crisis: 0
  Erop af (contact leggen): 0
  Informatie en advies: 0
  Halfde lijn: 6
Over de Wmo-termijnen: 0
Casussen voor collegiale raadpleging: 1
Preventiesignalen: 1
  Noord, Financiën: Hoog aandeel
Aandeel informele inzet in het plan (%): 33,3
Afgewezen records: 1
  Samenredzaamheidmonitor: reports/2026-W47/intake.csv:8: case B-7: finances.self: '9' is not a level 1-5
Rapport: reports/oer-report-2026-W47.html
OUT
grep -q '<html lang="nl"' reports/oer-report-2026-W47.html || fail "the report is not in Dutch"
run "$TOP/scripts/oer-weekly" --date 2026-11-23 --lang en
expect_status 1
expect_no_err
expect_out <<'OUT'
OER weekly report 2026-W47 (2026-11-16 to 2026-11-22), as of 2026-11-23
Cases received: 6
  Safety: 0
  Crisis: 0
  Outreach: 0
  Information and advice: 0
  Half line: 6
Past the Wmo time limits: 0
Cases for peer consultation: 1
Prevention signals: 1
  Noord, Finances: High share
Informal share of plan items (%): 33.3
Rejected records: 1
  Monitor: reports/2026-W47/intake.csv:8: case B-7: finances.self: '9' is not a level 1-5
Report: reports/oer-report-2026-W47.html
OUT
# Without --lang the locale decides, as for oer-report.
status=0
LC_ALL=nl_NL.UTF-8 "$TOP/scripts/oer-weekly" --date 2026-11-23 >out 2>err || status=$?
expect_status 1
expect_no_err
head -n 2 out >got
expect_file got <<'OUT'
OER-weekrapportage 2026-W47 (2026-11-16 t/m 2026-11-22), peildatum 2026-11-23
Casussen aangemeld: 6
OUT
