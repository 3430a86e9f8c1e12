# oer-refer: usage errors exit 2; --help starts with the synopsis of the man page
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
printf 'provider_id,name,level,domains,wijk\nSH,Schuldhulp,first_line,finances,*\n' >kaart.csv

run oer-refer in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: --map FILE is required: the social map to refer to
usage: oer-refer --map FILE [--map-encoding NAME] [--items] [--decision-days N]
                 [common options] [FILE ...]
Try 'oer-refer --help' for more information.
ERR

run oer-refer --map kaart.csv --capacity 3 in.csv
expect_status 2
expect_no_out

run_in in.csv oer-refer --map -
expect_status 2
expect_err <<'ERR'
oer-refer: --map: '-' (stdin) already carries the records; give the map as a file
ERR

# The map may come on stdin when the records come from a file.
run_in kaart.csv oer-refer --map - in.csv
expect_status 0
expect_out <<'CSV'
case_id,wijk,plan.finances.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
A-1,Noord,first_line,SH,Schuldhulp,proposed,0,,1,0,0,0,0
CSV

run oer-refer --map kaart.csv --map-encoding klingon in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: social map kaart.csv: unknown encoding 'klingon' (see iconv -l)
ERR

run oer-refer --help
expect_status 0
head -n 2 out >synopsis
cat >want.synopsis <<'TXT'
usage: oer-refer --map FILE [--map-encoding NAME] [--items] [--decision-days N]
                 [common options] [FILE ...]
TXT
expect_same want.synopsis synopsis "synopsis"
grep -q '^  -V, --version                 show the version and exit$' out || fail "--help lacks the common options"

run oer-refer --version
expect_status 0
expect_out <<TXT
oer-refer (OER toolkit) $OER_VERSION
TXT
