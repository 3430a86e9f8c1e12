# Levels like 99999999999999999999, -1 and 0 in a self, together or bare
# domain column: the tools that read levels (oer-monitor, oer-plan,
# oer-report) refuse the record naming the field; oer-intake and oer-refer
# do not read levels and pass the value on unchanged, but refuse it as an age.
. "$TESTS/cli/hostile/hostile.lib"
READERS="oer-monitor oer-plan oer-report"
printf 'case_id,received,wijk,finances.self,finances.together\nW-1,2026-11-02,Noord,2,3\n' >good.csv.before
printf 'case_id,received,wijk,finances.self,finances.together\nW-1,2026-11-02,Noord,2,3\nW-3,2026-11-04,Zuid,4,\n' >good.csv
# bad NAME ROW FIELD VALUE: ROW between the good records, FIELD=VALUE refused.
bad() {
	{ head -n 2 good.csv; printf '%s\n' "$2"; tail -n 1 good.csv; } >"$1"
	printf "%s: case W-2: %s: '%s' is not a level 1-5" "$1:3" "$3" "$4" >msg
	{ head -n 1 good.csv | sed 's/$/,error/'; printf '%s,%s\n' "$2" "$(cat msg)"; } >want.rej
	refused "$1" good.csv 3 "$(cat msg)" want.rej $READERS
}
bad big.csv 'W-2,2026-11-03,Noord,99999999999999999999,' finances.self 99999999999999999999
bad minus.csv 'W-2,2026-11-03,Noord,2,-1' finances.together -1
bad zero.csv 'W-2,2026-11-03,Noord,0,3' finances.self 0

# A bare domain column under its Dutch key: the message names it by the
# spec's name (the header dictionary renames financien to finances).
printf 'case_id,received,wijk,financien\nW-1,2026-11-02,Noord,-1\n' >bare.csv
for t in $READERS; do
	run tool "$t" bare.csv
	expect_status 65
	expect_err <<EOF2
$t: bare.csv:2: case W-1: finances: '-1' is not a level 1-5
EOF2
done

run tool oer-intake big.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,received,wijk,finances.self,finances.together,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,2,3,2026-W45,,,info,3,I4,0
W-2,2026-11-03,Noord,99999999999999999999,,2026-W45,,,info,3,I4,0
W-3,2026-11-04,Zuid,4,,2026-W45,,,info,3,I4,0
CSV
run tool oer-refer minus.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,received,wijk,finances.self,finances.together,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
W-1,2026-11-02,Noord,2,3,0,0,0,0,0
W-2,2026-11-03,Noord,2,-1,0,0,0,0,0
W-3,2026-11-04,Zuid,4,,0,0,0,0,0
CSV

# The same numbers as an age: oer-intake and oer-refer read ages.
printf 'case_id,received,wijk,age\nW-1,2026-11-02,Noord,40\n' >age.csv.before
printf 'case_id,received,wijk,age\nW-1,2026-11-02,Noord,40\nW-3,2026-11-04,Zuid,\n' >age.csv
for v in 99999999999999999999 -1; do
	printf 'case_id,received,wijk,age\nW-1,2026-11-02,Noord,40\nW-2,2026-11-03,Noord,%s\nW-3,2026-11-04,Zuid,\n' "$v" >bad-age.csv
	printf "bad-age.csv:3: case W-2: age: '%s' is not an age in whole years 0-130" "$v" >msg
	printf 'case_id,received,wijk,age,error\nW-2,2026-11-03,Noord,%s,%s\n' "$v" "$(cat msg)" >want.rej
	refused bad-age.csv age.csv 3 "$(cat msg)" want.rej oer-intake oer-refer
done

# In JSON a level past 64 bits goes through the reader as written (it is
# not clamped): the tools that read levels refuse it as in CSV, the others
# pass it on unchanged.
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord","finances":{"self":99999999999999999999}}\n' >big.json
for t in $READERS; do
	run tool "$t" big.json
	expect_status 65
	expect_err <<EOF2
$t: big.json:1: case W-1: finances.self: '99999999999999999999' is not a level 1-5
EOF2
done
run tool oer-refer big.json
expect_status 0
expect_no_err
expect_out <<'JSON'
{"case_id":"W-1","received":"2026-11-02","wijk":"Noord","finances":{"self":99999999999999999999},"refer":{"proposed":0,"waitlist":0,"unmatched":0,"decision_needed":0,"team":0}}
JSON
