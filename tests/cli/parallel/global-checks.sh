# What oer-parallel keeps right across blocks: a case id in two blocks is
# rejected once, as the plain chain does (the run falls back to one
# process); a quoted line break cannot be cut (again one process); rejected
# records of every block are collected; an Excel sep= line stays part of
# every block's header.
ex=$TOP/examples
par=$TOP/scripts/oer-parallel
map=$ex/sociale-kaart.csv

# plain EXPORT: the plain chain with --rejects, its report in want.csv and
# the number of rejected records in want.rejected.
plain() {
	rm -f r-*
	{ oer-intake --rejects r-intake "$1" | oer-monitor --rejects r-monitor |
	    oer-plan --rejects r-plan | oer-refer --rejects r-refer --map "$map" |
	    oer-report --format csv >want.csv; } 2>/dev/null
	n=0
	for r in r-*; do
		[ -s "$r" ] && n=$((n + $(wc -l <"$r") - 1))
	done
	echo "$n" >want.rejected
}

# A case id of the first block again near the end: two blocks, two intakes.
{ cat "$ex/export.csv"; sed -n 2p "$ex/export.csv"; } >dup.csv
plain dup.csv
[ "$(cat want.rejected)" = 1 ] || fail "the plain chain rejected $(cat want.rejected), want 1"
run "$par" dup.csv --map "$map" --blocks 4 --format csv --rejects rej
expect_status 1
expect_same want.csv out "a case id in two blocks"
expect_err <<'ERR'
oer-parallel: a case id is in more than one block: running the chain in one process
oer-parallel: 1 records rejected, see rej/
ERR
grep -q "'C-000001' already used on line 2" rej/rejects-intake.csv ||
    fail "the duplicate is not in rej/rejects-intake.csv: $(cat rej/rejects-intake.csv)"

# A bad record in one block and another in the next: both collected, the
# report of the others, exit 1.
awk -F';' 'BEGIN { OFS = ";" } NR == 50 || NR == 250 { $2 = "31-02-2026" } { print }' \
    "$ex/export.csv" >bad.csv
plain bad.csv
[ "$(cat want.rejected)" = 2 ] || fail "the plain chain rejected $(cat want.rejected), want 2"
run "$par" bad.csv --map "$map" --blocks 4 --format csv --rejects rej2
expect_status 1
expect_same want.csv out "two bad records"
expect_err <<'ERR'
oer-parallel: 2 records rejected, see rej2/
ERR
[ "$(wc -l <rej2/rejects-intake.csv)" = 3 ] || fail "rejects: $(cat rej2/rejects-intake.csv)"
[ "$(head -n 1 rej2/rejects-intake.csv | tr -d '\357\273\277\r')" = \
  "$(head -n 1 "$ex/export.csv" | tr -d '\357\273\277\r');error" ] ||
    fail "rejects header: $(head -n 1 rej2/rejects-intake.csv)"

# A question with a line break after its first word (whatever that word
# is): blocks cut at line ends could cut it.
awk 'NR == 100 { sub(/;"[^ ";]+ /, "&\n") } { print }' "$ex/export.csv" >multi.csv
[ "$(wc -l <multi.csv)" = 302 ] || fail "no line break put in"
plain multi.csv
run "$par" multi.csv --map "$map" --blocks 4 --format csv
expect_status 0
expect_same want.csv out "a quoted line break"
expect_err <<'ERR'
oer-parallel: a quoted field of multi.csv spans lines, so it cannot be cut at line ends: running the chain in one process
ERR

# Excel's sep= line before the header: two header lines for every block.
{ printf '\357\273\277sep=;\r\n'; tail -c +4 "$ex/export.csv"; } >sep.csv
plain sep.csv
run "$par" sep.csv --map "$map" --blocks 4 --format csv --verbose
expect_status 0
expect_same want.csv out "sep= line"
expect_err <<'ERR'
oer-parallel: 4 blocks, 2 jobs at a time
ERR
