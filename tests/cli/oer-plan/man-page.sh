# man/oer-plan.1 renders without warnings, its SYNOPSIS is the usage of
# --help, its COMMON OPTIONS say what --help says, it documents every field
# oer-plan writes and every rule id and consultation reason.
page=$TOP/man/oer-plan.1
groff -t -man -ww -z "$page" 2>warnings || fail "groff failed on $page"
[ ! -s warnings ] || fail "groff warns: $(cat warnings)"
groff -t -man -Tutf8 -P-cbou "$page" >page.txt 2>/dev/null

awk '/^SYNOPSIS/ { f = 1; next } /^[A-Z]/ { f = 0 } f && NF' page.txt | sed 's/^ *//' >synopsis
run oer-plan --help
expect_status 0
sed -n '1,3{s/^usage: //;s/^ *//;p;}' out >usage
expect_same usage synopsis "SYNOPSIS against --help"

# Every common option's description, as --help prints it, is in the page.
tr -s ' \n' '  ' <page.txt >flat.txt
sed -n '/^Common options:/,$p' out | sed 1d | cut -c 33- >descriptions
[ -s descriptions ] || fail "--help lists no common options"
while IFS= read -r d; do
	grep -qF -- "$d" flat.txt || fail "COMMON OPTIONS lacks: $d"
done <descriptions

# Every field written is described, and every rule and reason.
printf 'case_id,finances.need\n' >in.csv
run oer-plan in.csv
tr ',' '\n' <out | tail -n +3 | sed 's/^plan\.finances\./plan.<domain>./' >fields
[ "$(wc -l <fields)" = 17 ] || fail "want 7 item and 10 case fields, got $(wc -l <fields)"
printf '%s\n' P0 P1 P2 P3 P4 P5 P6 override complex crisis no_fit many_items scale_up \
    outreach_urgent >>fields
while IFS= read -r f; do
	grep -qF -- "$f" flat.txt || fail "the page lacks $f"
done <fields
