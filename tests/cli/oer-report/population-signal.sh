# oer-report --population: a rate signal where a wijk's cases with need per
# 1,000 inhabitants are at least --rate-ratio (1.5) times the
# municipality's, with at least --signal-min (5) of them: a wijk with few
# inhabitants and a few cases is held back, however high its rate.
# rows WIJK N NEED: N cases in WIJK, the first NEED with finances support.
rows() {
	i=1
	while [ "$i" -le "$2" ]; do
		need=none
		[ "$i" -le "$3" ] && need=support
		printf '%s-%d,2026-11-02,%s,%s\n' "$1" "$i" "$1" "$need"
		i=$((i + 1))
	done
}
printf 'wijk,inhabitants\nGroot,10000\nMidden,5000\nKlein,150\n' >pop.csv

# Midden 10 / 5,000 = 2.0; the municipality (Klein too, without cases)
# 20 / 15,150 = 1.32: just over 1.5 times, a signal (integer arithmetic);
# 1.6 holds it back.
{ printf 'case_id,received,wijk,finances.need\n'; rows Groot 40 10; rows Midden 12 10; } >in.csv
run oer-report --period all --format csv --population pop.csv in.csv
expect_status 0
expect_no_err
grep -E ',prevention,(with_need|per_1000|municipality|rate_signal)' out >got.csv
cat >want.csv <<'CSV'
all,all,prevention,with_need.finances,Midden,10
all,all,prevention,per_1000.finances,Midden,2.0
all,all,prevention,municipality_per_1000.finances,Midden,1.3
all,all,prevention,rate_signal.finances,Midden,high_rate
CSV
expect_same want.csv got.csv 'exactly 1.5 times'
run oer-report --period all --format csv --population pop.csv --rate-ratio 1,6 in.csv
expect_status 0
if grep -F rate_signal out >/dev/null; then
	fail "a rate signal below --rate-ratio 1.6"
fi
grep -F ',prevention,signals,' out >got.csv
printf 'all,all,prevention,signals,,2\n' >want.csv
expect_same want.csv got.csv 'only the share signals'

# Klein: 3 cases with need in 150 inhabitants, 20.0 per 1,000, 15.6 times
# the municipality's: too few cases for a signal.
{ printf 'case_id,received,wijk,finances.need\n'; rows Groot 40 10; rows Klein 3 3; } >small.csv
run oer-report --period all --format text --population pop.csv small.csv
expect_status 0
grep -E '^    Klein' out >got.txt
cat >want.txt <<'TXT'
    Klein                 150      3       20.0
    Klein  Finances          3       20.0           0.9
TXT
expect_same want.txt got.txt 'Klein shown, no signal'
if grep -F 'Rate signals' out >/dev/null; then
	fail "a rate signal of 3 cases"
fi

# --signal-min 3 lets it through.
run oer-report --period all --format csv --population pop.csv --signal-min 3 small.csv
expect_status 0
grep -F rate_signal out >got.csv
printf 'all,all,prevention,rate_signal.finances,Klein,high_rate\n' >want.csv
expect_same want.csv got.csv '--signal-min 3'

# Under --suppress 5 Klein's counts are <5 and its rates left out, and
# Groot's are hidden with them wherever they would give Klein's away: the
# municipality's 43 cases (shown, and the intake's cases), the
# municipality's finances rate (0.9 of 15,150: 13 cases with the need)
# and the monitor's support count (13, with urgent 0).
run oer-report --period all --format text --population pop.csv --signal-min 3 --suppress 5 small.csv
expect_status 0
grep -E '^    (Klein|Groot|Municipality|Finances)' out >got.txt
cat >want.txt <<'TXT'
    Finances                     <5        x     <5    30
    Groot               10000      x          x
    Klein                 150     <5          x
    Municipality        15150     43        2.8
    Groot  Finances          x          x           0.9
    Klein  Finances         <5          x           0.9
    Groot  Finances      x          x          x  -             High share
    Klein  Finances     <5         <5          x  -             High share
    Klein  Finances         <5          x           0.9  High
TXT
expect_same want.txt got.txt '--suppress 5'
