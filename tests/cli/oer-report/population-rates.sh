# oer-report --population: per wijk, cases and cases with need per 1,000
# inhabitants, beside the municipality's (every wijk of the file, with cases
# or not); one decimal, rounded half up, a decimal comma in Dutch.
# rows WIJK N NEED: N cases in WIJK, the first NEED with finances support.
rows() {
	i=1
	while [ "$i" -le "$2" ]; do
		need=none
		[ "$i" -le "$3" ] && need=support
		printf '%s-%d,2026-11-02,%s,%s,none\n' "$1" "$i" "$1" "$need"
		i=$((i + 1))
	done
}
{
	printf 'case_id,received,wijk,finances.need,housing.need\n'
	rows Noord 10 6
	rows Zuid 4 1
	rows Oost 20 2
} >in.csv
# Short column names, ';' and Dutch thousands dots.
printf 'wijk;inwoners\nNoord;2.000\nZuid;4.000\nOost;8.000\nWest;1.250\n' >pop.csv

# Noord 10 / 2,000 = 5.0; Zuid 4 / 4,000 = 1.0; Oost 20 / 8,000 = 2.5; the
# municipality: 34 / 15,250 = 2.23 (every wijk of the file: West too).
# Finances: Noord 6 / 2,000 = 3.0; Zuid 1 / 4,000 = 0.25, up to 0.3; Oost
# 2 / 8,000 = 0.25, 0.3; the municipality 9 / 15,250 = 0.59.
run oer-report --period all --format csv --population pop.csv in.csv
expect_status 0
expect_no_err
grep -E ',monitor,(inhabitants|wijk_cases|cases_per_1000|with_need|per_1000|municipality)' out >got.csv
cat >want.csv <<'CSV'
all,all,monitor,inhabitants,Noord,2000
all,all,monitor,wijk_cases,Noord,10
all,all,monitor,cases_per_1000,Noord,5.0
all,all,monitor,inhabitants,Zuid,4000
all,all,monitor,wijk_cases,Zuid,4
all,all,monitor,cases_per_1000,Zuid,1.0
all,all,monitor,inhabitants,Oost,8000
all,all,monitor,wijk_cases,Oost,20
all,all,monitor,cases_per_1000,Oost,2.5
all,all,monitor,inhabitants,,15250
all,all,monitor,wijk_cases,,34
all,all,monitor,cases_per_1000,,2.2
all,all,monitor,with_need.finances,Noord,6
all,all,monitor,per_1000.finances,Noord,3.0
all,all,monitor,municipality_per_1000.finances,Noord,0.6
all,all,monitor,with_need.finances,Zuid,1
all,all,monitor,per_1000.finances,Zuid,0.3
all,all,monitor,municipality_per_1000.finances,Zuid,0.6
all,all,monitor,with_need.finances,Oost,2
all,all,monitor,per_1000.finances,Oost,0.3
all,all,monitor,municipality_per_1000.finances,Oost,0.6
CSV
expect_same want.csv got.csv 'monitor rates'

# Noord's finances rate, 3.0, is 5.1 times the municipality's: a signal,
# counted with the share signal in signals and in goal 5.
grep -E ',(prevention|goals),(signals|rate_signal|with_need|per_1000|municipality)' out >got.csv
cat >want.csv <<'CSV'
all,all,prevention,signals,,2
all,all,prevention,with_need.finances,Noord,6
all,all,prevention,per_1000.finances,Noord,3.0
all,all,prevention,municipality_per_1000.finances,Noord,0.6
all,all,prevention,rate_signal.finances,Noord,high_rate
all,all,goals,signals,5,2
CSV
expect_same want.csv got.csv 'prevention rates'

run oer-report --period all --format text --population pop.csv in.csv
expect_status 0
# (up to the next section, whatever its number)
sed -n '/^  Cases per 1,000/,/^[0-9]\. /{/^[0-9]\. /!p;};/^  Rate signals/,/^[0-9]\. /{/^[0-9]\. /!p;}' out >got.txt
cat >want.txt <<'TXT'
  Cases per 1,000 inhabitants
    Wijk          Inhabitants  Cases  Per 1,000
    Noord                2000     10        5.0
    Zuid                 4000      4        1.0
    Oost                 8000     20        2.5
    Municipality        15250     34        2.2

  Cases with need per 1,000 inhabitants, by wijk and domain
    Wijk   Domain    With need  Per 1,000  Municipality
    Noord  Finances          6        3.0           0.6
    Zuid   Finances          1        0.3           0.6
    Oost   Finances          2        0.3           0.6

  Per 1,000 inhabitants (--population); the municipality: every wijk of the
  population file.

  Rate signals: wijk well above the municipality
    Wijk   Domain    With need  Per 1,000  Municipality  Signal
    Noord  Finances          6        3.0           0.6  High

  A signal: at least 5 of a wijk's cases have a need (urgent or support) in
  the domain, and that is at least 25% of the wijk's cases (high share) or at
  least 10 percentage points more than in the previous period (rising).
  A rate signal: at least 5 of a wijk's cases have a need in the domain, and
  per 1,000 inhabitants that is at least 1.5 times the municipality's rate.

TXT
expect_same want.txt got.txt 'text'

# Dutch: decimal commas in the human formats; the tidy rows keep the point.
run oer-report --period all --format text --lang nl --population pop.csv in.csv
expect_status 0
sed -n '/^  Casussen per 1.000/,/^$/p;/^  Een signaal per inwoner/,/^$/p' out >got.txt
cat >want.txt <<'TXT'
  Casussen per 1.000 inwoners
    Wijk      Inwoners  Casussen  Per 1.000
    Noord        2.000        10        5,0
    Zuid         4.000         4        1,0
    Oost         8.000        20        2,5
    Gemeente    15.250        34        2,2

  Een signaal per inwoner: minstens 5 casussen in een wijk hebben behoefte in
  het domein, en per 1.000 inwoners is dat minstens 1,5 keer het cijfer van
  de gemeente.

TXT
expect_same want.txt got.txt 'Dutch text'
run oer-report --period all --format csv --lang nl --population pop.csv in.csv
grep -c ',cases_per_1000,Oost,2.5$' out >got || true
echo 1 >want
expect_same want got 'Dutch tidy rows'

# Without --population, no rates.
run oer-report --period all --format csv in.csv
expect_status 0
if grep -E 'per_1000|inhabitants' out >/dev/null; then
	fail "rates without --population"
fi

# --by wijk: each page shows its own wijk against the municipality of all
# pages of the period, not against itself.
run oer-report --period all --by wijk --format csv --population pop.csv in.csv
expect_status 0
expect_no_err
grep -E ',monitor,(wijk_cases|cases_per_1000),' out | sort >got.csv
cat >want.csv <<'CSV'
all,Noord,monitor,cases_per_1000,,2.2
all,Noord,monitor,cases_per_1000,Noord,5.0
all,Noord,monitor,wijk_cases,,34
all,Noord,monitor,wijk_cases,Noord,10
all,Oost,monitor,cases_per_1000,,2.2
all,Oost,monitor,cases_per_1000,Oost,2.5
all,Oost,monitor,wijk_cases,,34
all,Oost,monitor,wijk_cases,Oost,20
all,Zuid,monitor,cases_per_1000,,2.2
all,Zuid,monitor,cases_per_1000,Zuid,1.0
all,Zuid,monitor,wijk_cases,,34
all,Zuid,monitor,wijk_cases,Zuid,4
CSV
expect_same want.csv got.csv '--by wijk'
grep -F 'rate_signal' out >got.csv
printf 'all,Noord,prevention,rate_signal.finances,Noord,high_rate\n' >want.csv
expect_same want.csv got.csv '--by wijk: the signal on the page of its wijk'
