# The chain in one process against the pipe on hostile input: a quarter
# of the fuzz corpus of intake (the option byte taken off) and the CSV
# conformance files, every stage keeping its rejects.  Output, rejects
# files, messages and the status (the first error in chain order, else 1
# for rejects, else 0) must be the pipe's, file by file.
map=$TOP/examples/sociale-kaart.csv
n=0
i=0
for f in "$TOP"/tests/fuzz/corpus/intake/* "$TOP"/tests/data/conformance/csv/*.csv; do
	# Every fourth corpus input (the suite's time); every conformance file.
	i=$((i + 1))
	case $f in */corpus/*) [ $((i % 4)) = 0 ] || continue ;; esac
	case $f in
	*/conformance/*) cp "$f" in ;;
	*) tail -c +2 "$f" >in ;;
	esac
	rm -rf p c && mkdir p c
	(
		cd p || exit 1
		{
			oer-intake --date 2026-11-28 --rejects r1 ../in
			echo $? >s1
		} | {
			oer-monitor --date 2026-11-28 --rejects r2
			echo $? >s2
		} | {
			oer-plan --date 2026-11-28 --rejects r3
			echo $? >s3
		} | {
			oer-refer --date 2026-11-28 --rejects r4 --map "$map"
			echo $? >s4
		}
	) >p.out 2>p.err
	want=$(cat p/s1 p/s2 p/s3 p/s4 | awk '$1 != 0 && $1 != 1 && !e { e = $1 } $1 == 1 { r = 1 } END { print e ? e : r ? 1 : 0 }')
	status=0
	(cd c && oer intake --date 2026-11-28 --rejects r1 ../in then monitor --date 2026-11-28 --rejects r2 \
	    then plan --date 2026-11-28 --rejects r3 then refer --date 2026-11-28 --rejects r4 --map "$map") \
	    >c.out 2>c.err || status=$?
	name=${f#"$TOP"/tests/}
	[ "$status" = "$want" ] || fail "$name: the chain ended with $status, the pipe with $want ($(cat p/s1 p/s2 p/s3 p/s4 | tr '\n' ' '))"
	expect_same p.out c.out "$name: stdout"
	sort p.err >p.sorted
	sort c.err >c.sorted
	expect_same p.sorted c.sorted "$name: messages"
	for r in r1 r2 r3 r4; do
		[ ! -e "p/$r" ] && [ ! -e "c/$r" ] && continue
		expect_same "p/$r" "c/$r" "$name: rejects $r"
	done
	n=$((n + 1))
done
[ "$n" -gt 40 ] || fail "only $n inputs"
