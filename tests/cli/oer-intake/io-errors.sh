# oer-intake: a full disk is exit 74 with a message; a closed pipe ends the
# tool quietly; an input that cannot be opened is exit 66, the others are read.
# The inputs have no question column: the one warning about it at the end.
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\n' >in.csv
run sh -c 'oer-intake in.csv >/dev/full'
expect_status 74
expect_err <<'ERR'
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
oer-intake: stdout: write error: No space left on device
ERR
awk 'BEGIN { print "case_id,received,wijk"; for (i = 0; i < 100000; i++) print "W-" i ",2026-11-02,Noord" }' >big.csv
{ oer-intake big.csv 2>pipe.err; echo $? >pipe.rc; } | head -n 1 >/dev/null
[ "$(cat pipe.rc)" = 0 ] || fail "closed pipe: exit $(cat pipe.rc), want 0"
[ ! -s pipe.err ] || fail "closed pipe: stderr is not empty: $(cat pipe.err)"
mkdir adir
printf 'case_id,received,wijk\nW-2,2026-11-03,Zuid\n' >second.csv
run oer-intake in.csv missing.csv adir second.csv
expect_status 66
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,2026-W45,,,info,3,I4,0
W-2,2026-11-03,Zuid,2026-W45,,,info,3,I4,0
CSV
expect_err <<'ERR'
oer-intake: cannot open missing.csv: No such file or directory
oer-intake: cannot open adir: Is a directory
oer-intake: no question column: domains and signals come only from topics, safety and crisis (accepted names: question, Hulpvraag, Vraag, Aanmeldvraag, Aanmeldingsvraag, Omschrijving hulpvraag, Vraagomschrijving, Probleemomschrijving, Hulpvraag bewoner, Vraag bewoner, Vraag cliënt, Request; --columns adds your own)
ERR

# --print-lexicon on a full disk: the write error is seen (exit 74).
if [ -w /dev/full ]; then
	status=0
	oer-intake --print-lexicon >/dev/full 2>err || status=$?
	expect_status 74
	expect_err <<'ERR'
oer-intake: stdout: write error
ERR
fi
