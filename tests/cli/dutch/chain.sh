# A Dutch-headed export as a wijkteam's case system writes it (';', BOM,
# CRLF, Dutch dates, ja/nee, the ZRM's domain names and labels) runs through
# all five stages with every field recognised, the same in UTF-8 and in
# Windows-1252 (--encoding cp1252).
printf '\357\273\277Dossiernummer;Datum aanmelding;Wijk;Aanmelder;Toestemming;Leeftijd;Hulpvraag;Veiligheid;Meetdatum;Belasting netwerk;Financi\303\253n (zelf);Financi\303\253n (samen);Werk & opleiding - zelf;Werk & opleiding - met netwerk;Huisvesting zelf;Huisvesting samen;Plandatum\r\n' >utf8.csv
printf 'W-1;4-11-2026;Noord;zelf;;34;Mijn partner heeft me geslagen, ik voel me onveilig thuis. Bel 06-12345678.;nee;5-11-2026;belast;2;3;3 - Beperkt zelfredzaam;Voldoende zelfredzaam;4;4;10-11-2026\r\n' >>utf8.csv
printf 'W-2;5-11-2026;Zuid;huisarts;ja;51;Ik heb schulden en de huur is niet betaald.;;9-11-2026;ok;1;2;n.t.b.;;2;3;\r\n' >>utf8.csv
# Windows-1252 has no byte order mark.
sed '1s/^\xEF\xBB\xBF//' utf8.csv | iconv -f UTF-8 -t CP1252 >cp1252.csv || fail "iconv cannot write cp1252"

chain() {
	oer-intake "$@" | oer-monitor --date 2026-11-28 | oer-plan --date 2026-11-28 |
	    oer-refer --map "$TOP/examples/sociale-kaart.csv" --date 2026-11-28
}
chain utf8.csv >out 2>err || fail "the chain failed on the UTF-8 export"
expect_no_err
# Every column is recognised and written under the spec's name.
head -n 1 out | tr ',' '\n' | head -n 17 >names
expect_file names <<'TXT'
case_id
received
wijk
source
consent
age
question
safety
measured
network.load
finances.self
finances.together
work_education.self
work_education.together
housing.self
housing.together
plan.date
TXT
oer-monitor --output-format json out | jq -r '[.case_id, .intake.route, .intake.redactions, .finances.need,
    .work_education.need, .housing.need, .plan.date, .plan.status, .question] | @tsv' >got
expect_file got <<'TXT'
W-1	safety	1	support	watch	none	2026-11-10	recorded	Mijn partner heeft me geslagen, ik voel me onveilig thuis. Bel [PHONE].
W-2	halfline	0	support		support	2026-11-28	proposed	Ik heb schulden en de huur is niet betaald.
TXT
mv out utf8.out
chain --encoding cp1252 cp1252.csv >out 2>err || fail "the chain failed on the Windows-1252 export"
expect_no_err
expect_same utf8.out out "Windows-1252 against UTF-8"
# And the report reads the result.
run oer-report --period all --format csv --date 2026-11-28 utf8.out
expect_status 0
grep -q '^all,all,intake,cases,,2$' out || fail "the report does not count 2 cases: $(head -n 5 out)"
