# oer-report: a prevention signal fires where at least 5 of a wijk's cases
# have a need in a domain and they are at least 25% of its cases; fewer
# cases hold it back, however high the share.  Both are options.
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
	rows Noord 8 5
	rows Zuid 4 4
	rows Oost 30 6
} >in.csv
# Noord 5 of 8 = 62.5%: high.  Zuid 4 of 4 = 100%, but only 4 cases with
# the need: held back.  Oost 6 of 30 = 20%: below 25%.
run oer-report --period all --format csv in.csv
expect_status 0
expect_no_err
grep ',prevention,' out >got.csv
cat >want.csv <<'CSV'
all,all,prevention,signals,,1
all,all,prevention,cases.finances,Noord,8
all,all,prevention,need.finances,Noord,5
all,all,prevention,share.finances,Noord,62.5
all,all,prevention,signal.finances,Noord,high
CSV
expect_same want.csv got.csv 'default thresholds'

# --signal-min 4 lets Zuid through; --signal-share 20 lets Oost through.
run oer-report --period all --format csv --signal-min 4 --signal-share 20 in.csv
expect_status 0
grep -E ',prevention,(signals|signal\.)' out >got.csv
cat >want.csv <<'CSV'
all,all,prevention,signals,,3
all,all,prevention,signal.finances,Noord,high
all,all,prevention,signal.finances,Oost,high
all,all,prevention,signal.finances,Zuid,high
CSV
expect_same want.csv got.csv 'lower thresholds'

# The text report says the rule with the thresholds in force.
run oer-report --period all --format text in.csv
sed -n '/^6\. /,/^7\. /p' out >got.txt
cat >want.txt <<'TXT'
6. Prevention signals
  Signals  1

  Signals by wijk and domain
    Wijk   Domain    Cases  With need  Share (%)  Previous (%)  Signal
    Noord  Finances      8          5       62.5  -             High share

  A signal: at least 5 of a wijk's cases have a need (urgent or support) in
  the domain, and that is at least 25% of the wijk's cases (high share) or at
  least 10 percentage points more than in the previous period (rising).

7. Transformation goals
TXT
expect_same want.txt got.txt 'prevention section'
