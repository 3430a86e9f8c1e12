# Every JSON line every stage writes is strict JSON (SPEC 2): each line of
# the output of intake, monitor, plan, refer, refer --items, report --format
# json and report --partial, and of a rejects file, parses under jq and
# under Python's json with NaN and Infinity refused; on the example export,
# on the JSON conformance cases that are accepted, and on hostile values.
map=$TOP/examples/sociale-kaart.csv
# strict FILE LABEL
strict() {
	[ -s "$1" ] || fail "$2: nothing written"
	jq -e . "$1" >/dev/null 2>jq.err || fail "$2: jq refuses it: $(head -c 300 jq.err)"
	[ "$(jq -c . "$1" | wc -l)" = "$(wc -l <"$1")" ] || fail "$2: not one JSON value per line"
	python3 -c 'import json, sys
def refuse(c):
    raise ValueError(c)
for n, l in enumerate(sys.stdin, 1):
    try:
        json.loads(l, parse_constant=refuse)
    except ValueError as e:
        sys.exit("line %d: %s" % (n, e))' <"$1" 2>py.err || fail "$2: Python refuses it: $(head -c 300 py.err)"
}
# stages IN LABEL: each stage on IN (--rejects rej), in JSON, checked.
stages() {
	oer-intake --output-format json --rejects rej "$1" >intake.json 2>/dev/null
	strict intake.json "$2: oer-intake"
	oer-monitor --output-format json intake.json >monitor.json 2>/dev/null
	strict monitor.json "$2: oer-monitor"
	oer-plan --date 2026-11-28 monitor.json >plan.json 2>/dev/null
	strict plan.json "$2: oer-plan"
	oer-refer --date 2026-11-28 --map "$map" plan.json >refer.json 2>/dev/null
	strict refer.json "$2: oer-refer"
	oer-refer --items --date 2026-11-28 --map "$map" plan.json >items.json 2>/dev/null
	strict items.json "$2: oer-refer --items"
	oer-report --format json --period all refer.json >report.json 2>/dev/null
	strict report.json "$2: oer-report --format json"
	oer-report --partial refer.json >partial.json 2>/dev/null
	strict partial.json "$2: oer-report --partial"
}

stages "$TOP/examples/export.csv" export.csv
[ "$(wc -l <refer.json)" = 300 ] || fail "export.csv: not every case came through"

# The accepted conformance cases as fields of cases; the refused ones, and
# one with a lone surrogate escape, as lines of a rejects file.
n=0
for f in "$TESTS"/data/conformance/json/[yi]_*.json "$TESTS"/data/conformance/json/n_*.json; do
	n=$((n + 1))
	printf '{"case_id":"K-%d","received":"2026-11-02","wijk":"Noord","topics":["finances","housing"],"finances":{"self":2,"together":2},"x":%s}\n' "$n" "$(cat "$f")"
done >cases.json
stages cases.json conformance
strict rej "conformance: the rejects of oer-intake"
grep -q 'NaN' rej || fail "the rejects file has not the line with NaN"
[ "$(wc -l <intake.json)" -ge 25 ] || fail "conformance: the accepted cases did not come through"

# Hostile values in CSV: control characters, quotes, backslashes, DEL,
# U+2028, an age -0, a number past 64 bits, Dutch booleans.
printf 'case_id,received,wijk,age,consent,question,x,finances.self,topics\n' >hostile.csv
printf 'H-1,2-11-2026,"No\\""ord",-0,ja,"a\001b\037c\177d",\342\200\250,2,finances;housing\n' >>hostile.csv
printf 'H-2,2-11-2026,Zuid,40,nee,"\\u0000 \\ud800",99999999999999999999,3,finances;housing\n' >>hostile.csv
printf 'H-3,2-11-2026,West,,,"tab\there ""q"" /",-01,1,finances;housing\n' >>hostile.csv
stages hostile.csv hostile.csv
[ "$(wc -l <refer.json)" = 3 ] || fail "hostile.csv: not every case came through"
