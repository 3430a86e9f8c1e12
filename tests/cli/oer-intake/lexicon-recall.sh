# oer-intake lexicon: how well the built-in lexicon reads everyday Dutch.
# Every question of the labelled sets in tests/data/lexicon (questions.tsv,
# and holdout.tsv when it is there; columns question, domains, safety,
# crisis) goes through oer-intake.  Per set it prints recall and precision
# per domain and overall (micro-averaged), for safety and for crisis, and
# lists every miss and false alarm.  It fails when, in any set, domain
# recall < 0.85, domain precision < 0.90, or safety or crisis recall < 1.
#
# Safety found: route safety (rule I1 comes first, and the input has no
# safety column).  Crisis found: route crisis in a second run with the
# built-in lexicon less its safety lines (--print-lexicon), so that a
# safety signal cannot hide a crisis one.
#
# In the environment, LEXICON_REPORT=FILE also writes the report to FILE,
# LEXICON_SETS="questions" (names without .tsv) judges only those sets, and
# LEXICON_FILE=FILE judges that lexicon (--lexicon FILE) instead of the
# built-in one.
data=$TOP/tests/data/lexicon
sets=questions
[ -f "$data/holdout.tsv" ] && sets="$sets holdout"
sets=${LEXICON_SETS:-$sets}

lexicon=
if [ -n "${LEXICON_FILE:-}" ]; then
	cp "$LEXICON_FILE" out || fail "cannot read $LEXICON_FILE"
	lexicon="--lexicon=$LEXICON_FILE"
else
	run oer-intake --print-lexicon
	expect_status 0
fi
# Lines of category safety only; "safety,domestic_relations" keeps its domain.
sed -e 's/^\([[:space:]]*\)safety,/\1/' -e 's/,safety\([,[:space:]]\)/\1/' out |
    grep -v '^[[:space:]]*safety[[:space:]]' >nosafety.lex
grep -q '^[[:space:]]*\([a-z_,]*,\)\{0,1\}crisis[,[:space:]]' nosafety.lex || fail "no crisis lines in the printed lexicon"

: >report.txt
bad=0
for set in $sets; do
	tsv=$data/$set.tsv
	# The questions as CSV (case_id Q-<line>), the labels by case_id.
	awk -F'\t' 'NR == 1 { print "case_id,received,wijk,question"; next }
	{ sub(/\r$/, ""); if ($0 == "") next
	  q = $1; gsub(/"/, "\"\"", q)
	  printf "Q-%d,2026-11-02,Noord,\"%s\"\n", NR, q }' "$tsv" >in.csv
	awk -F'\t' 'NR > 1 { sub(/\r$/, ""); if ($0 == "") next
	  printf "Q-%d\t%s\t%s\t%s\t%s\n", NR, $2, $3, $4, $1 }' "$tsv" >want.tsv
	[ -s want.tsv ] || fail "$set.tsv has no questions"

	# shellcheck disable=SC2086  # $lexicon is one word or none
	run oer-intake $lexicon --output-format json in.csv
	expect_status 0
	jq -r '[.case_id, (.intake.domains | join(";")),
	    (if .intake.route == "safety" then 1 else 0 end),
	    (.intake.signals | join(";"))] | @tsv' out >got.tsv ||
	    fail "jq could not read the output of $set"
	run oer-intake --lexicon nosafety.lex --output-format json in.csv
	expect_status 0
	jq -r '[.case_id, (if .intake.route == "crisis" then 1 else 0 end)] | @tsv' out >gotcrisis.tsv ||
	    fail "jq could not read the crisis run of $set"

	status=0
	awk -F'\t' -v set="$set" '
	FILENAME == ARGV[1] { gd[$1] = $2; gs[$1] = $3; sig[$1] = $4; next }
	FILENAME == ARGV[2] { gc[$1] = $2; next }
	{
		id = $1; q = $5; n++
		if (!(id in gd) || !(id in gc)) { printf "%s: no output for %s\n", set, id; lost++; next }
		delete w; delete g
		nw = split($2, a, ";"); for (i = 1; i <= nw; i++) if (a[i] != "") { w[a[i]] = 1; dom[a[i]] = 1 }
		ng = split(gd[id], a, ";"); for (i = 1; i <= ng; i++) if (a[i] != "") { g[a[i]] = 1; dom[a[i]] = 1 }
		miss = ""; extra = ""
		for (d in w) if (d in g) tp[d]++; else { fn[d]++; miss = miss " -" d }
		for (d in g) if (!(d in w)) { fp[d]++; extra = extra " +" d }
		if (miss != "" || extra != "") dlines = dlines sprintf("  %s%s%s: %s\n", id, miss, extra, q)
		flag("safety", $3, gs[id], id, q)
		flag("crisis", $4, gc[id], id, q)
	}
	function flag(what, want, got, id, q) {
		if (want == 1 && got == 1) ftp[what]++
		else if (want == 1) { ffn[what]++; flines[what] = flines[what] sprintf("  %s MISSED: %s  [signals: %s]\n", id, q, sig[id]) }
		else if (got == 1) { ffp[what]++; flines[what] = flines[what] sprintf("  %s false alarm: %s  [signals: %s]\n", id, q, sig[id]) }
	}
	function ratio(a, b) { return b > 0 ? a / b : 1 }
	END {
		printf "== %s: %d questions\n", set, n
		printf "%-24s %5s %5s %5s %7s %9s\n", "domain", "tp", "fn", "fp", "recall", "precision"
		k = split("finances work_education time_use housing domestic_relations mental_health physical_health substance_use basic_adl instrumental_adl social_network community_participation justice", order, " ")
		for (i = 1; i <= k; i++) {
			d = order[i]
			printf "%-24s %5d %5d %5d %7.3f %9.3f\n", d, tp[d], fn[d], fp[d], ratio(tp[d], tp[d] + fn[d]), ratio(tp[d], tp[d] + fp[d])
			TP += tp[d]; FN += fn[d]; FP += fp[d]
		}
		for (d in dom) { known = 0; for (i = 1; i <= k; i++) if (order[i] == d) known = 1
			if (!known) { printf "%s: unknown domain %s\n", set, d; lost++ } }
		R = ratio(TP, TP + FN); P = ratio(TP, TP + FP)
		printf "%-24s %5d %5d %5d %7.3f %9.3f   (micro-averaged; want recall >= 0.85, precision >= 0.90)\n", "all domains", TP, FN, FP, R, P
		for (j = 1; j <= 2; j++) {
			f = j == 1 ? "safety" : "crisis"
			fr[f] = ratio(ftp[f], ftp[f] + ffn[f])
			printf "%-24s %5d %5d %5d %7.3f %9.3f   (want recall 1)\n", f, ftp[f], ffn[f], ffp[f], fr[f], ratio(ftp[f], ftp[f] + ffp[f])
		}
		for (j = 1; j <= 2; j++) {
			f = j == 1 ? "safety" : "crisis"
			if (flines[f] != "") printf "-- %s misses and false alarms:\n%s", f, flines[f]
		}
		if (dlines != "") printf "-- domain misses (-) and extras (+):\n%s", dlines
		ok = !lost && R >= 0.85 && P >= 0.90 && fr["safety"] == 1 && fr["crisis"] == 1
		printf "== %s: %s\n\n", set, ok ? "PASS" : "FAIL"
		exit ok ? 0 : 1
	}' got.tsv gotcrisis.tsv want.tsv >>report.txt || status=$?
	[ "$status" = 0 ] || bad=1
done

[ -z "${LEXICON_REPORT:-}" ] || cp report.txt "$LEXICON_REPORT"
cat report.txt
[ "$bad" = 0 ] || fail "the lexicon falls short on a labelled set (figures above)"
