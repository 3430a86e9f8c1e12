# oer-report: Dutch labels with --lang nl, or from the locale: LC_ALL, then
# LC_MESSAGES, then LANG; nl* is Dutch, anything else English.
cat >in.csv <<'CSV'
case_id,received,wijk,source,intake.route,financien.self,financien.need
N1,2026-11-02,Noord,zelf,info,4,none
N2,2026-11-03,Noord,huisarts,halfline,2,support
CSV
run oer-report --period all --format text --lang nl in.csv
expect_status 0
expect_no_err
sed -n '1,/^2\. /p' out >got.txt
cat >want.txt <<'TXT'
OER-rapportage, peildatum 2026-11-28

Periode alles
=============

Overzicht, geen vorige periode om mee te vergelijken
    Cijfer             Waarde  Verschil
    Nieuwe casussen         2         –
    Preventiesignalen       0         –

1. Intake
  Casussen  2

  Routes
    Route                     Casussen
    Veiligheid                       0
    Crisis                           0
    Erop af (contact leggen)         0
    Informatie en advies             1
    Halfde lijn                      1

  Aanmelders
    Aanmelder         Casussen
    Zelf                     1
    Netwerk                  0
    Professional             0
    Huisarts                 1
    Politie                  0
    School                   0
    Woningcorporatie         0
    Overig                   0

2. Samenredzaamheidmonitor
TXT
expect_same want.txt got.txt 'Dutch intake'
# Domain and level names from the shared domain table.
grep -q '^    Financiën  *0  *1  *0  *1  *0  *0$' out ||
    fail "no Dutch level row for Financiën: $(grep Financi out | head -2)"
# Too wide for 80 columns with the names as headers: letters, and a legend.
grep -q '^    Domein  *A  *B  *C  *D  *E  *F$' out || fail "no lettered level columns"
grep -q '^  A=acuut; B=niet zelfredzaam; C=beperkt zelfredzaam; D=voldoende;$' out ||
    fail "no Dutch level names"
grep -q '^  E=volledig; F=niet gescoord$' out || fail "no Dutch level names"


# The locale decides without --lang.
LC_ALL= LANG=nl_NL.UTF-8 run oer-report --period all --format text in.csv
head -1 out | grep -q '^OER-rapportage' || fail "LANG=nl_NL.UTF-8 is not Dutch"
LC_ALL= LC_MESSAGES=nl_BE LANG=en_GB.UTF-8 run oer-report --period all --format text in.csv
head -1 out | grep -q '^OER-rapportage' || fail "LC_MESSAGES=nl_BE before LANG is not Dutch"
LC_ALL=C.UTF-8 LANG=nl_NL.UTF-8 run oer-report --period all --format text in.csv
head -1 out | grep -q '^OER report' || fail "LC_ALL=C.UTF-8 before LANG=nl is not English"
LC_ALL= LANG=nl_NL.UTF-8 run oer-report --lang en --period all --format text in.csv
head -1 out | grep -q '^OER report' || fail "--lang en is not English"

# Tidy rows do not change with the language.
run oer-report --format csv in.csv
cp out en.csv
run oer-report --format csv --lang nl in.csv
expect_same en.csv out 'csv in nl and en'
run oer-report --format html --lang nl in.csv
grep -q '^<html lang="nl">$' out || fail "html is not marked Dutch"
