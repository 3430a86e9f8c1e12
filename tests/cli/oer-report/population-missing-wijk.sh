# oer-report --population: a wijk of the cases that the population file
# lacks is named in one warning (however many pages it is on), its rates
# are left out, and the municipality is every wijk that is in the file.
# The report is written: exit 0.  Cases without a wijk: one warning too.
{
	printf 'case_id,received,wijk,finances.need\n'
	printf 'A1,2026-11-02,Noord,support\n'
	printf 'A2,2026-11-03,Noord,none\n'
	printf 'A3,2026-11-03,Vogelbuurt,support\n'
	printf 'A4,2026-11-10,Vogelbuurt,support\n'
	printf 'A5,2026-11-10,Zuid,none\n'
	printf 'A6,2026-11-11,,none\n'
	printf 'A7,2026-11-11,Ooster Kade,none\n'
} >in.csv
printf 'wijk,inhabitants\nNoord,1000\nZuid,3000\n' >pop.csv
run oer-report --period week --format csv --population pop.csv in.csv
expect_status 0
expect_err <<'ERR'
oer-report: warning: wijk 'Ooster Kade' is not in the population file pop.csv: its rates are left out
oer-report: warning: wijk 'Vogelbuurt' is not in the population file pop.csv: its rates are left out
oer-report: warning: cases without a wijk are left out of the rates per 1,000 inhabitants
ERR
# (period by period, whichever order the pages come in)
grep -E ',monitor,(inhabitants|wijk_cases|cases_per_1000|with_need|per_1000|municipality)' out >rates.csv
{ grep '^2026-W46' rates.csv; grep '^2026-W45' rates.csv; } >got.csv
cat >want.csv <<'CSV'
2026-W46,all,monitor,inhabitants,Zuid,3000
2026-W46,all,monitor,wijk_cases,Zuid,1
2026-W46,all,monitor,cases_per_1000,Zuid,0.3
2026-W46,all,monitor,inhabitants,,4000
2026-W46,all,monitor,wijk_cases,,1
2026-W46,all,monitor,cases_per_1000,,0.3
2026-W45,all,monitor,inhabitants,Noord,1000
2026-W45,all,monitor,wijk_cases,Noord,2
2026-W45,all,monitor,cases_per_1000,Noord,2.0
2026-W45,all,monitor,inhabitants,,4000
2026-W45,all,monitor,wijk_cases,,2
2026-W45,all,monitor,cases_per_1000,,0.5
2026-W45,all,monitor,with_need.finances,Noord,1
2026-W45,all,monitor,per_1000.finances,Noord,1.0
2026-W45,all,monitor,municipality_per_1000.finances,Noord,0.3
CSV
expect_same want.csv got.csv 'rates without the missing wijken'

# A page whose cases live only in wijken the file lacks says so.
printf 'case_id,received,wijk\nB1,2026-11-02,Vogelbuurt\n' >only.csv
run oer-report --period all --format text --population pop.csv only.csv
expect_status 0
expect_err <<'ERR'
oer-report: warning: wijk 'Vogelbuurt' is not in the population file pop.csv: its rates are left out
ERR
grep -F 'population file' out >got.txt
cat >want.txt <<'TXT'
  No wijk of these cases is in the population file.
TXT
expect_same want.txt got.txt 'a page without a rated wijk'

# Records without the wijk field: no rates, a note says why, no warning.
printf 'case_id,received\nC1,2026-11-02\n' >nowijk.csv
run oer-report --period all --format text --population pop.csv nowijk.csv
expect_status 0
expect_no_err
grep -F 'Rates per 1,000' out >got.txt
cat >want.txt <<'TXT'
  Rates per 1,000 inhabitants need the wijk; the input lacks it.
TXT
expect_same want.txt got.txt 'no wijk field'
