# oer-plan: --help prints the usage (the man page's SYNOPSIS) and the common
# options; an unknown option is a usage error (exit 2); --version.
run oer-plan --help
expect_status 0
expect_no_err
head -n 3 out >synopsis
expect_file synopsis <<'TXT'
usage: oer-plan [--rules FILE] [--consult-items N] [--consult-on REASONS]
                [common options] [FILE ...]
       oer-plan --print-rules
TXT
grep -q '^      --rules=FILE ' out || fail "--help does not list --rules"
grep -q '^Common options:$' out || fail "--help does not list the common options"

run oer-plan --rulez x
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-plan: unrecognized option '--rulez'
usage: oer-plan [--rules FILE] [--consult-items N] [--consult-on REASONS]
                [common options] [FILE ...]
       oer-plan --print-rules
Try 'oer-plan --help' for more information.
ERR

run oer-plan --version
expect_status 0
expect_out <<TXT
oer-plan (OER toolkit) $OER_VERSION
TXT
