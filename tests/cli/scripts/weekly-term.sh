# oer-weekly ends at once on TERM (143) and INT (130), also while the
# pipeline runs: no temporary file or folder is left, and the files of an
# earlier run of the week are as they were.
gen=$(dirname "$(command -v oer-intake)")/../tools/oer-gen
mkdir exports
printf 'case_id;received;wijk;question\nB-1;16-11-2026;Noord;schulden\n' >exports/export-2026-W47.csv
run "$TOP/scripts/oer-weekly" --date 2026-11-23
expect_status 0
cp -a reports good
"$gen" -n 200000 >exports/export-2026-W47.csv || fail "oer-gen failed"
for sig in TERM INT; do
	# A shell starts a background job with INT ignored: perl gives it back.
	perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' \
	    "$TOP/scripts/oer-weekly" --date 2026-11-23 >out 2>err &
	pid=$!
	n=0
	while [ ! -s reports/.2026-W47.new/.intake.csv.new ] && [ $n -lt 200 ]; do sleep 0.05; n=$((n + 1)); done
	kill -s "$sig" "$pid"
	status=0
	wait "$pid" || status=$?
	case $sig in TERM) want=143 ;; INT) want=130 ;; esac
	[ "$status" = "$want" ] || fail "$sig: exit status $status, want $want"
	find reports -name '.*.new' >left
	[ ! -s left ] || fail "$sig: temporary files left: $(cat left)"
	diff -r good reports >changed || fail "$sig: the files of the run before changed: $(cat changed)"
done
