# oer-report --format xlsx: the cells as a spreadsheet reader sees them
# (openpyxl): numbers are number cells with their values (one decimal for a
# share), a count hidden by --suppress is the string "<5", a wijk named like
# a formula is a string and no formula, header rows bold, the panes frozen,
# column widths fit, the bar charts where the html has them.
py=
for p in /usr/bin/python3 python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import openpyxl' 2>/dev/null; then
		py=$p
		break
	fi
done
[ -n "$py" ] || skip "python3-openpyxl is not installed (scripts/deps.sh installs it)"

# cells.py FILE SHEET RANGE: each non-empty cell: where, type, value, number format, bold.
cat >cells.py <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
for row in ws[sys.argv[3]]:
    for c in row:
        if c.value is not None:
            print(c.coordinate, c.data_type, repr(c.value), c.number_format,
                "bold" if c.font.b else "-")
PY

run oer-report --period all --format xlsx --lang en "$TESTS/cli/oer-report/team.csv"
expect_status 0
mv out en.xlsx

# The figures of the intake and the routes table: numbers, headers bold.
run "$py" cells.py en.xlsx Intake A1:C16
expect_status 0
expect_out <<'OUT'
A1 s '1. Intake' General bold
B1 s 'As of 2026-11-28' General -
A3 s 'Period all' General bold
A5 s 'Cases' General -
B5 n 8 General -
A6 s 'Cases with a plan date' General -
B6 n 5 General -
A7 s 'Median days from received to plan' General -
B7 n 7 General -
A8 s 'Past the time limits' General -
B8 n 1 General -
A10 s 'Routes' General bold
A11 s 'Route' General bold
B11 s 'Cases' General bold
A12 s 'Safety' General -
B12 n 1 General -
A13 s 'Crisis' General -
B13 n 1 General -
A14 s 'Outreach' General -
B14 n 1 General -
A15 s 'Information and advice' General -
B15 n 1 General -
A16 s 'Half line' General -
B16 n 4 General -
OUT

# Shares are numbers shown with one decimal, the same in Dutch, where the
# labels are Dutch; the csv has the same values.
cat >share.py <<'PY'
import sys, openpyxl
for f, sheet in (("en.xlsx", "Plan"), ("nl.xlsx", "Ondersteuningsplan"),
                 ("en.xlsx", "Transformation goals"), ("nl.xlsx", "Transformatiedoelen")):
    ws = openpyxl.load_workbook(f)[sheet]
    for row in ws.iter_rows(min_row=5):
        for c in row:
            if c.number_format == "0.0":
                print(f, c.coordinate, c.data_type, repr(c.value), "|", row[-2 if c.column == 3 else 0].value)
PY
run oer-report --period all --format xlsx --lang nl "$TESTS/cli/oer-report/team.csv"
expect_status 0
mv out nl.xlsx
run "$py" share.py
expect_status 0
expect_out <<'OUT'
en.xlsx B9 n 50 | Informal share (%)
nl.xlsx B9 n 50 | Aandeel informeel (%)
en.xlsx C6 n 30 | Plan items at own strength or network (%)
en.xlsx C7 n 0 | Scored cases with all 13 domains scored (%)
en.xlsx C8 n 42.9 | Volunteer and general items, of these plus professional (%)
en.xlsx C11 n 12.5 | Questions settled on the info route (%)
nl.xlsx C6 n 30 | Planonderdelen bij eigen kracht of netwerk (%)
nl.xlsx C7 n 0 | Gescoorde casussen met alle 13 domeinen gescoord (%)
nl.xlsx C8 n 42.9 | Vrijwilliger en algemene voorziening, van deze plus professioneel (%)
nl.xlsx C11 n 12.5 | Vragen afgehandeld met informatie en advies (%)
OUT
run oer-report --period all --format csv "$TESTS/cli/oer-report/team.csv"
grep -E '_share,|informal_share' out >shares
cat >want <<'CSV'
all,all,overview,informal_share,,30.0
all,all,plan,informal_share,,50.0
all,all,goals,own_strength_share,1,30.0
all,all,goals,all_scored_share,2,0.0
all,all,goals,light_support_share,3,42.9
all,all,goals,info_share,5,12.5
CSV
expect_same want shares 'the csv shares'

# Frozen panes, the charts, the widths of the columns of the intake sheet.
cat >sheets.py <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    charts = ["%s %s %d series, at %s" % (c.type, c.grouping, len(c.series),
        "%s%d" % (openpyxl.utils.get_column_letter(c.anchor._from.col + 1), c.anchor._from.row + 1))
        for c in ws._charts]
    print(ws.title, ws.freeze_panes, "; ".join(charts) or "no chart")
ws = wb["Intake"]
print(" ".join("%s=%g" % (k, ws.column_dimensions[k].width) for k in "ABCDEFG"))
PY
run "$py" sheets.py en.xlsx
expect_status 0
expect_out <<'OUT'
Overview B2 no chart
Intake B2 bar clustered 1 series, at D10
Monitor B2 bar stacked 6 series, at I9
Plan B2 bar clustered 1 series, at D28
Referral B2 no chart
Peer consultation agenda B2 no chart
Prevention signals B2 no chart
Transformation goals B2 no chart
A=35.7109 B=7.71094 C=8.71094 D=12.7109 E=12.7109 F=15.7109 G=11.7109
OUT

# --suppress: a hidden count is the string "<5", right-aligned, not a number.
run oer-report --period all --format xlsx --lang en --suppress 5 "$TESTS/cli/oer-report/team.csv"
expect_status 0
mv out sup.xlsx
run "$py" cells.py sup.xlsx Intake A5:B8
expect_status 0
expect_out <<'OUT'
A5 s 'Cases' General -
B5 n 8 General -
A6 s 'Cases with a plan date' General -
B6 n 5 General -
A7 s 'Median days from received to plan' General -
B7 n 7 General -
A8 s 'Past the time limits' General -
B8 s '<5' General -
OUT
run "$py" -c 'import openpyxl
print(openpyxl.load_workbook("sup.xlsx")["Intake"]["B12"].alignment.horizontal)'
expect_out <<'OUT'
right
OUT

# A wijk named like a formula is text, in the white spots and on the agenda.
cat >in.csv <<'CSV'
case_id,received,wijk,plan.consult,plan.consult_reasons,refer.housing.status
H1,2026-11-02,=SUM(1+1),true,complex,unmatched
H2,2026-11-02,Noord,false,,
CSV
run oer-report --period all --format xlsx --lang en in.csv
expect_status 0
mv out hostile.xlsx
cat >formula.py <<'PY'
import zipfile, openpyxl
wb = openpyxl.load_workbook("hostile.xlsx")
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and "SUM" in c.value:
                print(ws.title, c.coordinate, c.data_type, repr(c.value))
z = zipfile.ZipFile("hostile.xlsx")
print(sum("<f>" in z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/s")),
    "formulas")
PY
run "$py" formula.py
expect_status 0
expect_out <<'OUT'
Referral A35 s '=SUM(1+1)'
Peer consultation agenda D9 s '=SUM(1+1)'
0 formulas
OUT

# A name longer than a cell holds (32,767 characters) is cut, ending in "...".
"$py" -c 'print("case_id,received,wijk,refer.housing.status")
print("L1,2026-11-02," + "\u00e9" * 40000 + ",unmatched")' >long.csv
run oer-report --period all --by wijk --format xlsx --lang en long.csv
expect_status 0
expect_no_err
mv out long.xlsx
run "$py" -c 'import openpyxl
v = openpyxl.load_workbook("long.xlsx")["Referral"]["A3"].value
print(len(v), v[:25], v[-5:])'
expect_out <<'OUT'
32767 Period all, wijk: ééééééé éé...
OUT

# Changes are numbers with their sign in the number format (+10,4 is no
# text), and a Dutch figure with a thousands dot (6.450 inhabitants) is a
# number too.
. "$TESTS/cli/oer-report/partial.lib"
example_cases cases.csv
run oer-report --format xlsx --lang nl --latest 1 --population "$TOP/examples/bevolking.csv" cases.csv
expect_status 0
mv out ex.xlsx
cat >changes.py <<'PY'
import openpyxl
wb = openpyxl.load_workbook("ex.xlsx")
ws = wb["Overzicht"]
for row in ws.iter_rows(min_row=6, max_row=11):
    print(row[0].value, "|", row[1].data_type, row[1].value, "|", row[2].data_type, row[2].value, row[2].number_format)
ws = wb["Samenredzaamheidmonitor"]
for row in ws.iter_rows():
    if row[0].value == "Centrum" and row[1].data_type == "n":
        print("Centrum", row[1].data_type, row[1].value)
        break
PY
run "$py" changes.py
expect_status 0
expect_out <<'OUT'
Cijfer | s Waarde | s Verschil General
Nieuwe casussen | n 26 | n -12 +0;-0;0
Over de Wmo-termijn | n 1 | n -2 +0;-0;0
Nieuw op de agenda | n 10 | n -13 +0;-0;0
Aandeel informeel: eigen kracht, netwerk (%) | n 29.6 | n 10.4 +0.0;-0.0;0.0
Witte vlekken (geen aanbod) | n 4 | n -8 +0;-0;0
Centrum n 6450
OUT
