# oer-monitor: run on its own output it changes nothing (SPEC 2), in CSV and
# in JSON, with Dutch alias headers and bare columns, plain and --history.
cat >in.csv <<'CSV'
case_id,measured,network.load,Financiën.self,Financiën.together,huisvesting,housing.self,justice.self
I-1,2026-06-01,belast,1,3,4,2,
I-1,2026-11-20,belast,2,4,3,3,5
I-2,15-11-2026,ok,n.t.b.,,5,4,?
CSV
# Records out: CSV has a header line; --history folds I-1's two measurements.
lines() {
	case $1$2 in
	csv) echo 4 ;; json) echo 3 ;; csv--history) echo 3 ;; json--history) echo 2 ;;
	esac
}
for mode in "" --history; do
	for fmt in csv json; do
		run oer-monitor $mode --output-format $fmt in.csv
		expect_status 0
		expect_no_err
		mv out once
		[ "$(wc -l <once)" = "$(lines $fmt "$mode")" ] || fail "$fmt $mode: $(wc -l <once) lines"
		run oer-monitor $mode once
		expect_status 0
		expect_no_err
		expect_same once out "second run ($fmt $mode)"
	done
done
