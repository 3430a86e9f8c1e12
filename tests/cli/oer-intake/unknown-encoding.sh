# oer-intake: an encoding iconv does not know is a usage error
printf 'case_id,received,wijk\n' >in.csv
run oer-intake --encoding klingon in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-intake: --encoding: unknown encoding 'klingon' (see iconv -l)
ERR
