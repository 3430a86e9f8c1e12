# man/oer-monitor.1 renders without warnings, its SYNOPSIS is the usage line
# of --help, its COMMON OPTIONS say what --help says, and it documents every
# field the monitor writes.
page=$TOP/man/oer-monitor.1
groff -t -man -ww -z "$page" 2>warnings || fail "groff failed on $page"
[ ! -s warnings ] || fail "groff warns: $(cat warnings)"
groff -t -man -Tutf8 -P-cbou "$page" >page.txt 2>/dev/null

awk '/^SYNOPSIS/ { f = 1; next } /^[A-Z]/ { f = 0 } f' page.txt |
    tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//' >synopsis
printf '\n' >>synopsis
run oer-monitor --help
expect_status 0
sed -n '1s/^usage: //p' out >usage
expect_same usage synopsis "SYNOPSIS against --help"

# Every common option's description, as --help prints it, is in the page.
tr -s ' \n' '  ' <page.txt >flat.txt
sed -n '/^Common options:/,$p' out | sed 1d | cut -c 33- >descriptions
[ -s descriptions ] || fail "--help lists no common options"
while IFS= read -r d; do
	grep -qF -- "$d" flat.txt || fail "COMMON OPTIONS lacks: $d"
done <descriptions

# Every field written (with --history, so all of them) is described.
printf 'case_id,measured,finances.self\n' >in.csv
run oer-monitor --history in.csv
tr ',' '\n' <out | tail -n +4 | sed 's/^finances\././' >fields
[ "$(wc -l <fields)" = 18 ] || fail "want 7 domain and 11 case fields, got $(wc -l <fields)"
while IFS= read -r f; do
	grep -qF -- "$f" flat.txt || fail "OUTPUT FIELDS lacks $f"
done <fields
