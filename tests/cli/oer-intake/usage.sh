# oer-intake: usage errors are exit 2 with the synopsis; --help and --version exit 0
run oer-intake --bogus
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-intake: unrecognized option '--bogus'
usage: oer-intake [--lexicon FILE] [--scan FIELD]... [--pii redact|reject|off]
                  [--pseudonymise KEYFILE] [common options] [FILE ...]
       oer-intake --print-lexicon
Try 'oer-intake --help' for more information.
ERR
run oer-intake --version
expect_status 0
expect_out <<OUT
oer-intake (OER toolkit) $OER_VERSION
OUT
run oer-intake --help
expect_status 0
expect_no_err
grep -q '^usage: oer-intake \[--lexicon FILE\]' out || fail "--help has no usage line"
grep -q '^Common options:' out || fail "--help has no common options"
grep -q -- '--rejects=FILE' out || fail "--help does not list --rejects"
for bad in '--date 2026-13-01' '--input-format xml' '--output-format yaml' '-d ab' '--delimiter ""'; do
	eval "run oer-intake $bad in.csv"
	expect_status 2
done
run oer-intake --date 2026-13-01
expect_err <<'ERR'
oer-intake: --date: '2026-13-01': no such date
ERR
run oer-intake - -
expect_status 2
expect_err <<'ERR'
oer-intake: '-' (stdin) given more than once
ERR
