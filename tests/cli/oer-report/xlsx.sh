# oer-report --format xlsx: the workbook read back with Python's zipfile
# (stdlib): a sheet per section named in the report's language, the top row
# and the row heads frozen, the charts where the html has them; the
# temporary file is gone after the run; a full disk is 74, a terminal 2.
py=
for p in python3 /usr/bin/python3; do
	command -v "$p" >/dev/null 2>&1 && { py=$p; break; }
done
[ -n "$py" ] || skip "no python3 to read the workbook with"

mkdir tmp
TMPDIR=$PWD/tmp
export TMPDIR

# read_xlsx FILE: the sheet names, each sheet's frozen pane and its charts.
cat >read.py <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
if z.testzip() is not None:
    sys.exit("a damaged member")
book = z.read("xl/workbook.xml").decode()
rels = z.read("xl/_rels/workbook.xml.rels").decode()
target = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]*)"', rels))
for name, rid in re.findall(r'<sheet name="([^"]*)" sheetId="\d+" r:id="(rId\d+)"', book):
    path = "xl/" + target[rid]
    sheet = z.read(path).decode()
    pane = re.search(r'<pane ([^/]*)/>', sheet)
    charts = []
    relpath = path.replace("worksheets/", "worksheets/_rels/") + ".rels"
    if relpath in z.namelist():
        for drawing in re.findall(r'Target="../drawings/([^"]*)"', z.read(relpath).decode()):
            drels = z.read("xl/drawings/_rels/" + drawing + ".rels").decode()
            for chart in re.findall(r'Target="../charts/([^"]*)"', drels):
                xml = z.read("xl/charts/" + chart).decode()
                kind = re.search(r'<c:barDir val="(\w+)"/><c:grouping val="(\w+)"/>', xml)
                charts.append("%s %s" % kind.groups() if kind else "not a bar chart")
    print("%s | %s | %s" % (name, pane.group(1) if pane else "no frozen pane",
        ", ".join(charts) or "no chart"))
PY

run oer-report --period all --format xlsx --lang en "$TESTS/cli/oer-report/team.csv"
expect_status 0
expect_no_err
mv out en.xlsx
[ "$(head -c 4 en.xlsx | od -An -tx1 | tr -d ' \n')" = 504b0304 ] || fail "en.xlsx is not a zip file"
run "$py" read.py en.xlsx
expect_status 0
expect_out <<'OUT'
Overview | xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen" | no chart
Intake | xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen" | bar clustered
Monitor | xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen" | bar stacked
Plan | xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen" | bar clustered
Referral | xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen" | no chart
Peer consultation agenda | xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen" | no chart
Prevention signals | xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen" | no chart
Transformation goals | xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen" | no chart
OUT
# The html draws the same three charts.
run oer-report --period all --format html --lang en "$TESTS/cli/oer-report/team.csv"
[ "$(grep -c '<svg class="chart"' out)" = 3 ] || fail "the html has not 3 charts"

run oer-report --period all --format xlsx --lang nl "$TESTS/cli/oer-report/team.csv"
expect_status 0
mv out nl.xlsx
run "$py" read.py nl.xlsx
expect_status 0
sed 's/ |.*//' out >names
cat >want <<'OUT'
Overzicht
Intake
Samenredzaamheidmonitor
Ondersteuningsplan
Toeleiding
Agenda collegiale raadpleging
Preventiesignalen
Transformatiedoelen
OUT
expect_same want names 'Dutch sheet names'

# The same input and date give the same bytes (the date is the run's, not the clock's).
run oer-report --period all --format xlsx --lang en "$TESTS/cli/oer-report/team.csv"
cmp -s out en.xlsx || fail "a second run wrote a different workbook"

# No input: the sheets are there, each saying so.
: >empty.csv
run oer-report --period all --format xlsx --lang en empty.csv
expect_status 0
mv out empty.xlsx
run "$py" -c 'import re, sys, zipfile
z = zipfile.ZipFile("empty.xlsx")
print(len(re.findall("<sheet ", z.read("xl/workbook.xml").decode())))
for t in re.findall("<t>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode()):
    print(t)'
expect_out <<'OUT'
8
Overview
As of 2026-11-28
No cases in the input.
1. Intake
2. Monitor
3. Plan
4. Referral
5. Peer consultation agenda
6. Prevention signals
7. Transformation goals
OUT

[ -z "$(ls -A tmp)" ] || fail "a temporary file was left behind: $(ls -A tmp)"

# A full disk: 74, and no temporary file left.
[ -w /dev/full ] || fail "no /dev/full to write to"
status=0
oer-report --period all --format xlsx "$TESTS/cli/oer-report/team.csv" >/dev/full 2>err || status=$?
expect_status 74
expect_err <<'ERR'
oer-report: stdout: write error: No space left on device
ERR
[ -z "$(ls -A tmp)" ] || fail "a temporary file was left behind after a write error: $(ls -A tmp)"

# A TMPDIR that is not there: 74, saying where.
status=0
TMPDIR=$PWD/nowhere oer-report --period all --format xlsx "$TESTS/cli/oer-report/team.csv" >x.xlsx 2>err || status=$?
expect_status 74
printf 'oer-report: xlsx: cannot create a temporary file in %s/nowhere: No such file or directory\n' "$PWD" >want.err
expect_same want.err err stderr

# A terminal gets no workbook: a usage error (script(1) gives it a terminal).
command -v script >/dev/null 2>&1 || fail "script (util-linux) is not installed (scripts/deps.sh installs it)"
status=0
script -qec "oer-report --period all --format xlsx '$TESTS/cli/oer-report/team.csv'" /dev/null \
    </dev/null >tty.raw 2>&1 || status=$?
expect_status 2
tr -d '\r' <tty.raw >out
expect_out <<'OUT'
oer-report: --format xlsx: the workbook is binary and the output is a terminal: redirect it to a file (> report.xlsx)
OUT
[ -z "$(ls -A tmp)" ] || fail "a temporary file was left behind: $(ls -A tmp)"
