# oer-intake: a malformed lexicon is a usage error naming file and line;
# a missing one is exit 66
printf 'case_id,received,wijk\n' >in.csv
printf 'finances geld\nbudget hulp\n' >bad
run oer-intake --lexicon bad in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-intake: bad:2: 'budget' is not a domain, 'crisis', 'safety' or 'not'
ERR
printf 'finances\n' >bad2
run oer-intake --lexicon bad2 in.csv
expect_status 2
expect_err <<'ERR'
oer-intake: bad2:1: no phrase after the category
ERR
run oer-intake --lexicon nothere in.csv
expect_status 66
expect_err <<'ERR'
oer-intake: cannot open lexicon nothere: No such file or directory
ERR
