# oer-report: every page opens with the overview, the figures a team lead
# reads first, each with its change against the previous period of the
# same group: cases in, open past the Wmo limit, new on the consultation
# agenda, the informal share (items at own strength or network), white
# spots and prevention signals.  Under --suppress a hidden count hides its
# change (x); the tidy rows have section overview.  In Dutch numbers have
# a decimal comma and a thousands dot.
. "$TESTS/cli/oer-report/partial.lib"
example_cases cases.csv
run oer-report --format text --latest 2 cases.csv
expect_status 0
sed -n '/^Overview/,/^$/p' out >got
expect_file got <<'TXT'
Overview, change against 2026-W47
    Figure                                     Value  Change
    Cases in                                      26     -12
    Past the Wmo limit                             1      -2
    New on the consultation agenda                10     -13
    Informal share: own strength, network (%)   29.6   +10.4
    White spots (unmatched)                        4      -8
    Prevention signals                            22       0

Overview, change against 2026-W46
    Figure                                     Value  Change
    Cases in                                      38      +1
    Past the Wmo limit                             3      +1
    New on the consultation agenda                23      -2
    Informal share: own strength, network (%)   19.2   +10.0
    White spots (unmatched)                       12      +3
    Prevention signals                            22      -1

TXT
# The same figures as tidy rows, first on the page; a change is a number.
run oer-report --format csv --latest 1 cases.csv
grep ',overview,' out >got
expect_file got <<'CSV'
2026-W48,all,overview,cases,,26
2026-W48,all,overview,cases_change,,-12
2026-W48,all,overview,overdue,,1
2026-W48,all,overview,overdue_change,,-2
2026-W48,all,overview,new_on_agenda,,10
2026-W48,all,overview,new_on_agenda_change,,-13
2026-W48,all,overview,informal_share,,29.6
2026-W48,all,overview,informal_share_change,,10.4
2026-W48,all,overview,white_spots,,4
2026-W48,all,overview,white_spots_change,,-8
2026-W48,all,overview,signals,,22
2026-W48,all,overview,signals_change,,0
CSV
[ "$(sed -n 2p out | cut -d, -f3)" = overview ] || fail "the overview is not first"

# --suppress: a count below K is <K and its change x; a share of too few
# cases is left out (x, no tidy row); signals count places: shown.
run oer-report --format text --lang nl --suppress 5 --latest 1 --by wijk cases.csv
expect_status 0
# The first page is Centrum's.
sed -n '/^Overzicht/,/^$/p' out | sed -n '1,9p' >got
expect_file got <<'TXT'
Overzicht, verschil met 2026-W47
    Cijfer                                        Waarde  Verschil
    Nieuwe casussen                                   <5         x
    Over de Wmo-termijn                               <5         x
    Nieuw op de agenda                                <5         x
    Aandeel informeel: eigen kracht, netwerk (%)       x         x
    Witte vlekken (geen aanbod)                       <5         x
    Preventiesignalen                                  4        -2

TXT
run oer-report --format csv --suppress 5 --latest 1 --by wijk cases.csv
grep '^2026-W48,Centrum,overview,' out >got
expect_file got <<'CSV'
2026-W48,Centrum,overview,cases,,<5
2026-W48,Centrum,overview,overdue,,<5
2026-W48,Centrum,overview,new_on_agenda,,<5
2026-W48,Centrum,overview,white_spots,,<5
2026-W48,Centrum,overview,signals,,4
2026-W48,Centrum,overview,signals_change,,-2
CSV

# Dutch numbers: 1.234,5 in text, md and html; the tidy rows keep 1234.5.
awk 'BEGIN { print "case_id,received,wijk,intake.route"
	for (i = 1; i <= 1200; i++) printf "N%d,2026-11-02,Noord,%s\n", i, i % 3 ? "halfline" : "info" }' >many.csv
run oer-report --format text --lang nl --period all many.csv
expect_status 0
sed -n '/^Overzicht/,/^$/p' out >got
expect_file got <<'TXT'
Overzicht, geen vorige periode om mee te vergelijken
    Cijfer           Waarde  Verschil
    Nieuwe casussen   1.200         –

TXT
grep -c 'Casussen  *1\.200$' out >got
echo 1 >want
expect_same want got 'the thousands dot in the intake'
grep -F '33,3' out >got
expect_file got <<'TXT'
    5 Adequate preventie               Vragen afgehandeld met informatie    33,3
TXT
for f in md html; do
	run oer-report --format $f --lang nl --period all many.csv
	grep -c '1\.200' out >got
	[ "$(cat got)" -ge 2 ] || fail "$f: no 1.200"
	grep -q '33,3' out || fail "$f: no 33,3"
	! grep -q '33\.3\|1200' out || fail "$f: a number in the English way"
done
run oer-report --format csv --lang nl --period all many.csv
grep -e ',cases,,' -e ',info_share,' out >got
expect_file got <<'CSV'
all,all,overview,cases,,1200
all,all,intake,cases,,1200
all,all,goals,info_share,5,33.3
CSV
