# oer-pipeline writes every file under a temporary name in DIR and renames
# it when the whole run is done: a failed run (a required column missing, so
# every record is rejected: 65; a stage that fails: its status) leaves the
# previous run's files byte for byte and says which stage failed; a full
# disk gives 74 and no file under a final name that is not whole.
map=$TOP/examples/sociale-kaart.csv
printf 'case_id;received;wijk;question;finances.self\nB-1;16-11-2026;Noord;schulden;2\nB-2;17-11-2026;Zuid;huur;3\nB-3;31-11-2026;Zuid;x;3\n' >export.csv
run "$TOP/scripts/oer-pipeline" export.csv --map "$map" --out o --date 2026-11-23
expect_status 1
cp -a o good
ls -A o >files
expect_file files <<'LS'
.oer-lock
cases.csv
intake.csv
monitor.csv
plan.csv
referrals.csv
rejects-intake.csv
report.html
report.json
report.md
LS
# No case number column: intake rejects every record, the run fails.
printf 'nummer;received;wijk;question\nB-1;16-11-2026;Noord;schulden\nB-2;17-11-2026;Zuid;huur\n' >bad.csv
run "$TOP/scripts/oer-pipeline" bad.csv --map "$map" --out o --date 2026-11-23
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-pipeline: stage oer-intake failed: all 2 records rejected, the first: bad.csv:2: case_id: missing: the input has no such column (accepted names: case_id, Dossiernummer, Casusnummer, Dossiernr, Casusnr, Dossier, Casus, Dossier ID, ...; --columns adds your own); o/ is left as it was
ERR
for f in cases.csv intake.csv monitor.csv plan.csv referrals.csv rejects-intake.csv report.html report.json report.md; do
	cmp -s "good/$f" "o/$f" || fail "o/$f changed after a failed run"
done
diff -r good o >changed || fail "the folder changed: $(cat changed)"
# A later stage fails (a malformed map: 2).
printf 'provider_id,name,level,domains,wijk\nX,Somebody,nowhere,*,*\n' >bad-map.csv
run "$TOP/scripts/oer-pipeline" export.csv --map bad-map.csv --out o --date 2026-11-23
expect_status 2
expect_err <<'ERR'
oer-intake: 1 of 3 records rejected, see o/rejects-intake.csv
oer-refer: bad-map.csv:2: level: 'nowhere' is not a support level (self, network, volunteer, general, first_line, second_line, third_line, crisis)
oer-pipeline: stage oer-refer failed (exit 2); o/ is left as it was
ERR
diff -r good o >changed || fail "the folder changed: $(cat changed)"
# A good run without rejects and without --map: the rejects and referrals
# of the run before go, the rest is replaced.
printf 'case_id;received;wijk;question\nB-1;16-11-2026;Noord;schulden\n' >one.csv
run "$TOP/scripts/oer-pipeline" one.csv --out o --date 2026-11-23
expect_status 0
ls -A o >files
expect_file files <<'LS'
.oer-lock
cases.csv
intake.csv
monitor.csv
plan.csv
report.html
report.json
report.md
LS

# A full disk: 74, the files of the run before are kept, no temporary file.
mkdir full
mount -t tmpfs -o size=256k tmpfs full 2>/dev/null ||
    skip "full disk: cannot mount a tmpfs here (not root, or no mount namespace)"
trap 'umount full 2>/dev/null' EXIT
run "$TOP/scripts/oer-pipeline" export.csv --map "$map" --out full/o --date 2026-11-23
expect_status 1
cp -a full/o good2
dd if=/dev/zero of=full/filler bs=1k 2>/dev/null	# fills the disk
run "$TOP/scripts/oer-pipeline" export.csv --map "$map" --out full/o --date 2026-11-23
expect_status 74
tail -n 1 err >last
expect_file last <<'ERR'
oer-pipeline: stage oer-intake failed (exit 74); full/o/ is left as it was
ERR
diff -r good2 full/o >changed || fail "the folder changed on a full disk: $(cat changed)"
# On an empty folder: nothing under a final name.
run "$TOP/scripts/oer-pipeline" export.csv --map "$map" --out full/o2 --date 2026-11-23
expect_status 74
ls -A full/o2 >files
expect_file files <<'LS'
.oer-lock
LS
rm -f full/filler
umount full
