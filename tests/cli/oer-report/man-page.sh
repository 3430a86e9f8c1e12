# man/oer-report.1 renders without warnings, its SYNOPSIS is the usage of
# --help, its COMMON OPTIONS say what --help says, and it documents every
# section, metric and format the report has.
page=$TOP/man/oer-report.1
groff -man -ww -z "$page" 2>warnings || fail "groff failed on $page"
[ ! -s warnings ] || fail "groff warns: $(cat warnings)"
groff -man -Tutf8 -P-cbou "$page" >page.txt 2>/dev/null

awk '/^SYNOPSIS/ { f = 1; next } /^[A-Z]/ { f = 0 } f' page.txt |
    tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//' >synopsis
printf '\n' >>synopsis
run oer-report --help
expect_status 0
# The usage lines: up to the first line that does not start with a space.
awk 'NR == 1 { sub(/^usage: /, ""); print; next } /^ / { print; next } { exit }' out |
    tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//' >usage
printf '\n' >>usage
expect_same usage synopsis "SYNOPSIS against --help"

tr -s ' \n' '  ' <page.txt >flat.txt
sed -n '/^Common options:/,$p' out | sed 1d | cut -c 33- >descriptions
[ -s descriptions ] || fail "--help lists no common options"
while IFS= read -r d; do
	grep -qF -- "$d" flat.txt || fail "COMMON OPTIONS lacks: $d"
done <descriptions

# Every section and metric of a full report is named in the page (the
# per-domain and per-wijk metrics by their prefix).
run oer-report --period all --format csv "$TESTS/cli/oer-report/team.csv"
expect_status 0
tail -n +2 out | cut -d, -f3,4 | sed 's/\.[a-z_]*$/./' | sort -u >metrics
[ "$(wc -l <metrics)" -gt 40 ] || fail "too few metrics: $(wc -l <metrics)"
while IFS=, read -r section metric; do
	grep -qF "(section $section)" flat.txt || fail "no section $section"
	grep -qF -- "$metric" flat.txt || fail "metric $metric of $section is not documented"
done <metrics
for f in text csv json md html; do
	grep -q "^       $f " page.txt || fail "format $f is not documented"
done
for s in 0 1 2 65 66 74; do
	sed -n '/^EXIT STATUS/,/^[A-Z]/p' page.txt | grep -q "^       $s " ||
	    fail "exit status $s is not documented"
done
