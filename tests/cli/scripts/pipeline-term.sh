# oer-pipeline ends at once on TERM (143) and INT (130): the running stage
# is stopped, no later stage starts, no false "stage failed" is printed, no
# temporary file is left and the files of the run before are as they were.
gen=$(dirname "$(command -v oer-intake)")/../tools/oer-gen
"$gen" -n 200000 >big.csv || fail "oer-gen failed"
printf 'case_id;received;wijk;question\nB-1;16-11-2026;Noord;schulden\n' >small.csv
"$TOP/scripts/oer-pipeline" small.csv --out good --date 2026-11-28 >/dev/null || fail "the first run failed"
for sig in TERM INT; do
	rm -rf o
	cp -a good o
	# A shell starts a background job with INT ignored (and a script cannot
	# trap a signal ignored on entry): perl gives it back its default.
	perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' \
	    "$TOP/scripts/oer-pipeline" big.csv --out o --date 2026-11-28 >out 2>err &
	pid=$!
	# Wait until the first stage is writing, then signal.
	n=0
	while [ ! -s o/.intake.csv.new ] && [ $n -lt 200 ]; do sleep 0.05; n=$((n + 1)); done
	kill -s "$sig" "$pid"
	status=0
	wait "$pid" || status=$?
	case $sig in TERM) want=143 ;; INT) want=130 ;; esac
	[ "$status" = "$want" ] || fail "$sig: exit status $status, want $want"
	! grep -q 'failed' err || fail "$sig: a false failure: $(cat err)"
	[ ! -e o/.report.json.new ] || fail "$sig: the report stage ran after the signal"
	find o -name '.*.new' >left
	[ ! -s left ] || fail "$sig: temporary files left: $(cat left)"
	diff -r good o >changed || fail "$sig: the files of the run before changed: $(cat changed)"
done
