# A failed weekly run leaves the week's good files as they were, byte for
# byte, and exits non-zero saying what failed: an export missing a required
# column (no case comes through), and a full disk (74; needs a small tmpfs,
# skipped with a message where the test cannot mount one).
mkdir exports
printf 'case_id;received;wijk;question;finances.self\nB-1;16-11-2026;Noord;schulden;2\nB-2;17-11-2026;Zuid;huur;3\n' >exports/export-2026-W47.csv
run "$TOP/scripts/oer-weekly" --date 2026-11-23
expect_status 0
cp -a reports good
# The export is replaced by one without the case number column.
printf 'nummer;received;wijk;question\nB-1;16-11-2026;Noord;schulden\n' >exports/export-2026-W47.csv
run "$TOP/scripts/oer-weekly" --date 2026-11-23
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-pipeline: stage oer-intake failed: all 1 records rejected, the first: exports/export-2026-W47.csv:2: case_id: missing: the input has no such column (accepted names: case_id, Dossiernummer, Casusnummer, Dossiernr, Casusnr, Dossier, Casus, Dossier ID, ...; --columns adds your own); reports/2026-W47/ is left as it was
oer-weekly: the pipeline failed (exit 65); the files of an earlier run of 2026-W47 are kept as they were
ERR
for f in oer-report-2026-W47.html oer-report-2026-W47.md oer-report-2026-W47.json \
    oer-report-2026-W47.partial.jsonl 2026-W47.log 2026-W47/cases.csv; do
	cmp -s "good/$f" "reports/$f" || fail "reports/$f changed after a failed run"
done
diff -r good reports >changed || fail "the reports folder changed: $(cat changed)"
# An export with no records at all: nothing comes through, nothing changes.
printf 'case_id;received;wijk;question\n' >exports/export-2026-W47.csv
run "$TOP/scripts/oer-weekly" --date 2026-11-23
expect_status 65
tail -n 1 err >last
expect_file last <<'ERR'
oer-weekly: no case of exports/export-2026-W47.csv came through the chain; the files of an earlier run of 2026-W47 are kept as they were
ERR
diff -r good reports >changed || fail "the reports folder changed: $(cat changed)"

# A full disk: 74, and no file under a final name that is not whole.
mkdir full
if ! mount -t tmpfs -o size=256k tmpfs full 2>/dev/null; then
	echo "SKIP full disk: cannot mount a tmpfs here (not root, or no mount namespace)"
	exit 0
fi
trap 'umount full 2>/dev/null' EXIT
printf 'case_id;received;wijk;question;finances.self\nB-1;16-11-2026;Noord;schulden;2\nB-2;17-11-2026;Zuid;huur;3\n' >exports/export-2026-W47.csv
run "$TOP/scripts/oer-weekly" --date 2026-11-23 --out full/reports
expect_status 0
cp -a full/reports good2
dd if=/dev/zero of=full/filler bs=1k 2>/dev/null	# fills the disk
run "$TOP/scripts/oer-weekly" --date 2026-11-23 --out full/reports
expect_status 74
diff -r good2 full/reports >changed || fail "the reports changed on a full disk: $(cat changed)"
rm -f full/filler
umount full
