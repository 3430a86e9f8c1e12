# oer-report: the text format is at most 80 columns wide (SPEC 9), in
# characters, not bytes: the example through the whole chain, weekly and
# for the whole period, with and without --by wijk, in English and Dutch.
# Wide tables wrap their headers, then their cells; the widest get
# lettered columns with a legend.
. "$TESTS/cli/oer-report/partial.lib"
example_cases cases.csv
# widths FILE OPTIONS...: per language and options, "at most 80" or the
# width, into the file widths.
widths() {
	_file=$1
	shift
	: >widths
	for lang in en nl; do
		for opts; do
			# shellcheck disable=SC2086  # $opts: options, split on purpose
			run oer-report --format text --lang "$lang" $opts "$_file"
			expect_status 0
			[ "$(wc -l <out)" -gt 200 ] || fail "$lang $opts: a short report"
			# wc -L: the widest line in characters (C.UTF-8, the tests' locale).
			w=$(wc -L <out)
			[ "$w" -le 80 ] && echo "$lang $opts: at most 80" >>widths ||
			    echo "$lang $opts: $w columns" >>widths
		done
	done
}
widths cases.csv '--period week' '--period week --by wijk' '--period all' '--period all --by wijk'
expect_file widths <<'TXT'
en --period week: at most 80
en --period week --by wijk: at most 80
en --period all: at most 80
en --period all --by wijk: at most 80
nl --period week: at most 80
nl --period week --by wijk: at most 80
nl --period all: at most 80
nl --period all --by wijk: at most 80
TXT
# The Dutch referral table has lettered columns and a legend.
run oer-report --format text --lang nl --period all cases.csv
grep -A2 'Toeleiding per domein' out >got
cat >want <<'TXT'
  Toeleiding per domein
    Domein                           A    B  C   D   E   F
    Financiën                       15   56  1   0   1   0
TXT
expect_same want got 'the referral table, lettered'
grep -A3 '^    Totaal  ' out | sed -n '2,3p' >got
cat >want <<'TXT'
  A=Geen aanbieder; B=Voorgesteld; C=Afgesproken; D=Wacht op beschikking;
  E=Wachtlijst; F=Geen aanbod
TXT
expect_same want got 'the legend of the referral table'

# Real wijk names longer than a column can hold (Hillegersberg-Schiebroek,
# Kralingen-Crooswijk): the overdue list breaks the name inside the word
# rather than pass 80 columns; numbers and dates never break.
sed 's/,Zuid,/,Hillegersberg-Schiebroek,/; s/,Noord,/,Kralingen-Crooswijk,/' cases.csv >long.csv
widths long.csv '--period week' '--period all --by wijk'
expect_file widths <<'TXT'
en --period week: at most 80
en --period all --by wijk: at most 80
nl --period week: at most 80
nl --period all --by wijk: at most 80
TXT
run oer-report --format text --lang nl --period week --latest 1 long.csv
sed -n '/^  Over de termijn$/,/^$/p' out | sed -n '2,6p' >got
expect_file got <<'TXT'
                                                                           Dagen
    Casus     Wijk              Route       Aangemeld   Termijn     Plan    over
    C-000289  Hillegersberg-Sc  Veiligheid  2026-11-25  2026-11-27  open,      1
              hiebroek                                              geen
                                                                    plan
TXT
