# A generated export with bad records planted at several stages, each
# stage keeping its rejects: the chain in one process gives the pipe's
# output, rejects files, messages and exit status, in CSV and in JSON.
gen=$(dirname "$(command -v oer-intake)")/../tools/oer-gen
map=$TOP/examples/sociale-kaart.csv
"$gen" -n 3000 --seed 7 >clean.csv || fail "oer-gen failed"
# Line 40: no such date (intake); line 90: a level 7 (monitor); line 150:
# together below self (monitor); line 2000: an unknown network load (monitor).
awk -F, -v OFS=, '
	NR == 40 { $2 = "2026-02-30" }
	NR == 90 { $14 = "7" }
	NR == 150 { $14 = "4"; $15 = "2" }
	NR == 2000 { $13 = "sometimes" }
	{ print }' clean.csv >export.csv
"$gen" -n 3000 --seed 7 --json >export.json || fail "oer-gen --json failed"
sed -i '77s/"load":"[a-z]*"/"load":"vaak"/' export.json
sed -i '20s/"received":"[0-9-]*"/"received":"2026-02-30"/' export.json
grep -q '"vaak"' export.json || fail "no bad record planted in the JSON export"
for ex in export.csv export.json; do
	mkdir -p pipe chain
	(
		cd pipe || exit 1
		{
			oer-intake --rejects intake "../$ex"
			echo "intake $?" >status.1
		} | {
			oer-monitor --rejects monitor
			echo "monitor $?" >status.2
		} | {
			oer-plan --rejects plan
			echo "plan $?" >status.3
		} | {
			oer-refer --rejects refer --map "$map"
			echo "refer $?" >status.4
		}
	) >pipe.out 2>pipe.err
	cd chain || fail "no folder chain"
	run oer intake --rejects intake "../$ex" then monitor --rejects monitor \
	    then plan --rejects plan then refer --rejects refer --map "$map"
	cd .. || fail "no folder .."
	mv chain/out chain.out && mv chain/err chain.err
	expect_status 1
	cat pipe/status.* >statuses
	expect_file statuses <<'TXT'
intake 1
monitor 1
plan 0
refer 0
TXT
	expect_same pipe.out chain.out "stdout ($ex)"
	sort pipe.err >want.err
	sort chain.err >got.err
	expect_same want.err got.err "messages ($ex)"
	for stage in intake monitor; do
		expect_same "pipe/$stage" "chain/$stage" "rejects of $stage ($ex)"
	done
	[ ! -s chain/plan ] || fail "plan rejected records"
	[ "$(grep -c 'rejected, see' chain.err)" = 2 ] || fail "not two stages with rejects"
	[ "$(wc -l <chain.out)" -gt 2900 ] || fail "only $(wc -l <chain.out) lines came through"
	rm -rf pipe chain
done
# The report at the end: the same page.
oer-intake --rejects r1 export.csv 2>/dev/null | oer-monitor --rejects r2 2>/dev/null | oer-plan |
    oer-refer --map "$map" | oer-report --format md >pipe.md
run oer intake --rejects r1 export.csv then monitor --rejects r2 then plan \
    then refer --map "$map" then report --format md
expect_status 1
expect_same pipe.md out "the report"
