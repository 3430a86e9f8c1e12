# oer-intake privacy guard on the PII corpus (tests/data/pii, see README
# there): every text of identifiers.tsv goes through oer-intake as a
# question and must come out exactly as its expected column, with
# intake.redactions the number of tokens in it; every text of clean.tsv
# must come out unchanged, with no redaction.  Fields are JSON string
# contents (\u00a0 for a no-break space).  Every mismatch is listed, then
# "N identifiers survived, M false redactions"; any mismatch fails.
data=$TOP/tests/data/pii

# tsv SET: the CSV input of oer-intake (case_id <SET>-<line>) and want.tsv:
# case_id, the expected question as JSON, the input as JSON.
tsv() {
	jq -Rrn --arg set "$1" --argjson same "$2" '
	    [inputs] | to_entries[] | select(.key > 0 and (.value | length) > 0) |
	    (.value | sub("\r$"; "") | split("\t")) as $f |
	    ($f[0] | "\"" + . + "\"" | fromjson) as $in |
	    (if $same then $in else ($f[1] | "\"" + . + "\"" | fromjson) end) as $want |
	    ["\($set)-\(.key + 1)", ($want | tojson), ($in | tojson)] | @tsv' "$data/$1.tsv"
}
tsv identifiers false >want.tsv || fail "cannot read identifiers.tsv"
tsv clean true >>want.tsv || fail "cannot read clean.tsv"
jq -Rrn '"case_id,received,wijk,question",
    (inputs | split("\t") | [.[0], "2026-11-02", "Noord", (.[2] | fromjson)] | @csv)' want.tsv >in.csv
[ "$(wc -l <want.tsv)" -ge 180 ] || fail "the corpus has only $(wc -l <want.tsv) texts"

run oer-intake --output-format json in.csv
expect_status 0
jq -r '[.case_id, (.question | tojson), .intake.redactions] | @tsv' out >got.tsv ||
    fail "jq could not read the output"

# Per text: tokens wanted and got; fewer got is identifiers that survived,
# more is false redactions; a wrong span or count is a mismatch too.
awk -F'\t' '
function tokens(s) { return gsub(/\[(BSN|IBAN|EMAIL|PHONE|POSTCODE)\]/, "&", s) }
NR == FNR { want[$1] = $2; input[$1] = $3; order[++n] = $1; next }
{ got[$1] = $2; count[$1] = $3 }
END {
	for (i = 1; i <= n; i++) {
		id = order[i]
		w = tokens(want[id]); g = tokens(got[id])
		if (!(id in got)) { printf "%s: no output for %s\n", id, input[id]; bad++; continue }
		if (g < w) survived += w - g
		if (g > w) false_ += g - w
		if (got[id] != want[id] || count[id] != g) {
			printf "%s: %s\n    want %s\n    got  %s (intake.redactions %s)\n", id, input[id], want[id], got[id], count[id]
			bad++
		}
		texts[substr(id, 1, index(id, "-") - 1)]++; ids += w
	}
	printf "%d identifier texts (%d identifiers), %d clean texts\n", texts["identifiers"], ids, texts["clean"]
	printf "%d identifiers survived, %d false redactions\n", survived, false_
	exit bad > 0
}' want.tsv got.tsv >report.txt
status=$?
cat report.txt
[ "$status" = 0 ] || fail "$(grep -c '^[a-z]*-[0-9]*:' report.txt) of $(wc -l <want.tsv) texts redacted wrongly"
