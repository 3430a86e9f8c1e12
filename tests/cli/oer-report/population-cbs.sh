# oer-report --population reads the inhabitants as CBS publishes them
# ("Kerncijfers wijken en buurten": CSV with ';', the OData column names or
# StatLine's, JSON Lines), passes over the rows of the gemeente and its
# buurten, and matches a case's wijk by its name, folded, or its CBS code.
rates() {
	grep -E ',monitor,(inhabitants|wijk_cases),' out >got.csv
	expect_same want.csv got.csv "$1"
}

# The example town's file, as CBS's CSV download writes it: the gemeente's
# row (SoortRegio_2 Gemeente) is not a wijk.
{
	printf 'case_id,received,wijk\n'
	printf 'A1,2026-11-02,De Haven\n'
	printf 'A2,2026-11-02,de haven\n'
	printf 'A3,2026-11-02,OUDE  DORP\n'
	printf 'A4,2026-11-02,WK099900\n'
	printf 'A5,2026-11-02,wk099907\n'
} >in.csv
run oer-report --period all --format csv --population "$TOP/examples/bevolking.csv" in.csv
expect_status 0
expect_no_err
cat >want.csv <<'CSV'
all,all,monitor,inhabitants,Centrum,6450
all,all,monitor,wijk_cases,Centrum,1
all,all,monitor,inhabitants,De Haven,3480
all,all,monitor,wijk_cases,De Haven,2
all,all,monitor,inhabitants,Oude Dorp,5190
all,all,monitor,wijk_cases,Oude Dorp,1
all,all,monitor,inhabitants,Zuid,6040
all,all,monitor,wijk_cases,Zuid,1
all,all,monitor,inhabitants,,43710
all,all,monitor,wijk_cases,,5
CSV
rates 'the example file'

# Without SoortRegio: a BU (buurt) or GM (gemeente) code is passed over; a
# wijk given by its code only is named by it; OData pads codes with spaces.
cat >codes.csv <<'CSV'
WijkenEnBuurten;AantalInwoners_5
GM0999    ;43710
WK099900  ;6450
BU09990001;2100
WK099901  ;3480
CSV
run oer-report --period all --format csv --population codes.csv in.csv
expect_status 0
expect_err <<'ERR'
oer-report: warning: wijk 'De Haven' is not in the population file codes.csv: its rates are left out
oer-report: warning: wijk 'OUDE  DORP' is not in the population file codes.csv: its rates are left out
oer-report: warning: wijk 'de haven' is not in the population file codes.csv: its rates are left out
oer-report: warning: wijk 'wk099907' is not in the population file codes.csv: its rates are left out
ERR
cat >want.csv <<'CSV'
all,all,monitor,inhabitants,WK099900,6450
all,all,monitor,wijk_cases,WK099900,1
all,all,monitor,inhabitants,,9930
all,all,monitor,wijk_cases,,1
CSV
rates 'codes only'

# StatLine's download: "Wijken en buurten" holds the names, the topics
# their group before a '/', numbers with a thousands dot.
cat >statline.csv <<'CSV'
"Wijken en buurten";"Regioaanduiding/Soort regio (omschrijving)";"Regioaanduiding/Codering (code)";"Bevolking/Aantal inwoners (aantal)"
"Oerstad";"Gemeente";"GM0999";"43.710"
"Centrum";"Wijk";"WK099900";"6.450"
"Centrum-Noord";"Buurt";"BU09990001";"2.100"
"De Haven";"Wijk";"WK099901";"3.480"
"Oude Dorp";"Wijk";"WK099904";"5.190"
"Zuid";"Wijk  ";"WK099907";"6.040"
CSV
run oer-report --period all --format csv --population statline.csv in.csv
expect_status 0
expect_no_err
cat >want.csv <<'CSV'
all,all,monitor,inhabitants,Centrum,6450
all,all,monitor,wijk_cases,Centrum,1
all,all,monitor,inhabitants,De Haven,3480
all,all,monitor,wijk_cases,De Haven,2
all,all,monitor,inhabitants,Oude Dorp,5190
all,all,monitor,wijk_cases,Oude Dorp,1
all,all,monitor,inhabitants,Zuid,6040
all,all,monitor,wijk_cases,Zuid,1
all,all,monitor,inhabitants,,21160
all,all,monitor,wijk_cases,,5
CSV
rates 'StatLine'

# JSON Lines, numbers as JSON numbers or text; Wijknaam and Codering_3.
cat >pop.json <<'JSON'
{"Wijknaam": "Centrum", "Codering_3": "WK099900", "AantalInwoners_5": 6450}
{"Wijknaam": "De Haven", "Codering_3": "WK099901", "AantalInwoners_5": "3.480"}
{"Wijknaam": "Oude Dorp", "Codering_3": "WK099904", "AantalInwoners_5": 5190}
{"Wijknaam": "Zuid", "Codering_3": "WK099907", "AantalInwoners_5": 6040}
JSON
run oer-report --period all --format csv --population pop.json in.csv
expect_status 0
expect_no_err
rates 'JSON Lines'

# Windows-1252, as older Excel saves it: the file is read in --encoding;
# the case's wijk matches with the accents folded.
printf 'Naam;Aantal inwoners\nB\366sdorp;1.200\n' >pop-cp1252.csv
printf 'case_id,received,wijk\nB1,2026-11-02,Bosdorp\n' >bos.csv
run oer-report --period all --format csv --encoding cp1252 --population pop-cp1252.csv bos.csv
expect_status 0
expect_no_err
cat >want.csv <<'CSV'
all,all,monitor,inhabitants,Bösdorp,1200
all,all,monitor,wijk_cases,Bösdorp,1
all,all,monitor,inhabitants,,1200
all,all,monitor,wijk_cases,,1
CSV
rates 'Windows-1252'
