# Nothing lost, every tool: with --rejects on mixed good and bad input
# (the tool's own data errors and the reader's), records out + records
# rejected = records in.  oer-monitor --history is N:1 (a case's
# measurements fold into one record whose monitor.measurements counts
# them), oer-refer --items 1:N (one record per plan item; a record without
# items writes none), oer-report counts the cases it reports on.
. "$TESTS/cli/hostile/hostile.lib"

# lines FILE: records in a CSV file without embedded line breaks.
lines() {
	echo $(($(wc -l <"$1") - 1))
}
# kept TOOL IN OUT REJECTED: the summary says REJECTED of IN, the rejects
# file holds REJECTED records, and OUT + REJECTED = IN.
kept() {
	expect_status 1
	printf '%s: %s of %s records rejected, see rej.csv\n' "$1" "$4" "$2" >want.err
	expect_same want.err err "$1: stderr"
	[ "$(lines rej.csv)" = "$4" ] || fail "$1: $(lines rej.csv) records in the rejects file, want $4"
	[ $(($3 + $4)) = "$2" ] || fail "$1: $3 out + $4 rejected is not $2 in"
}

cat >intake.csv <<'CSV'
case_id,received,wijk,source,consent,question
I-1,2026-11-02,Noord,zelf,,schulden
,2026-11-02,Noord,zelf,,geen id
I-3,31-11-2026,Noord,zelf,,datum
I-4,2026-11-04,Zuid,mailman,,bron
I-5,2026-11-05,Oost,huisarts,nee,geen toestemming
I-5,2026-11-06,Oost,zelf,,dubbel
I-7,2026-11-07,West
I-8,2026-11-08,West,zelf,misschien,x
I-9,2026-11-09,Noord,zelf,,"geld en huur"
CSV
run oer-intake --rejects rej.csv intake.csv
kept oer-intake 9 "$(lines out)" 6
cut -d, -f1 out >ids
expect_file ids <<'TXT'
case_id
I-1
I-5
I-9
TXT

cat >monitor.csv <<'CSV'
case_id,received,wijk,measured,finances.self,finances.together,housing.self
M-1,2026-11-02,Noord,2026-11-02,2,3,4
M-1,2026-11-02,Noord,2026-11-09,7,3,4
M-2,2026-11-03,Zuid,2026-11-03,3,2,4
M-3,2026-11-04,Oost,2026-11-04,1,1
M-4,2026-11-05,West,2026-11-05,2,2,2
M-4,2026-11-05,West,2026-11-01,2,2,2
M-5,2026-11-06,Noord,2026-11-06,1,1,1
CSV
run oer-monitor --rejects rej.csv monitor.csv
kept oer-monitor 7 "$(lines out)" 3

# --history: the records read are the measurements the written records
# stand for plus the rejected ones.
cat >history.csv <<'CSV'
case_id,received,wijk,measured,finances.self,finances.together,housing.self
H-1,2026-11-02,Noord,2026-11-02,2,3,4
H-1,2026-11-02,Noord,2026-11-09,7,3,4
H-1,2026-11-02,Noord,2026-11-16,3,4,4
H-2,2026-11-03,Zuid,2026-11-03,3,2,4
H-2,2026-11-03,Zuid,2026-11-10,3,3,4
H-3,2026-11-04,Oost,2026-11-04,1,1
H-4,2026-11-05,West,2026-11-05,2,2,2
H-4,2026-11-05,West,2026-11-01,2,2,2
H-5,2026-11-06,Noord,2026-11-06,1,1,1
H-5,2026-11-06,Noord,2026-11-13,2,2,1
CSV
run oer-monitor --history --rejects rej.csv history.csv
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "monitor.measurements") c = i }
    NR > 1 { print $1, $c; n += $c } END { print "measurements", n }' out >folded
expect_file folded <<'TXT'
H-1 2
H-2 1
H-4 1
H-5 2
measurements 6
TXT
kept oer-monitor 10 6 4

cat >plan.csv <<'CSV'
case_id,intake.route,network.load,finances.self,finances.together,finances.need,housing.together,housing.current
P-1,halfline,ok,2,3,support,4,
P-2,halfline,ok,2,3,urgent,4,
P-3,info,ok,4,4,none,5,network
P-4,walk-in,ok,2,3,support,4,
P-5,halfline,ok,2,3,support,4,palace
P-6,crisis,overloaded,1,1,urgent,2,
P-7,halfline,ok,2,3,support
CSV
run oer-plan --rejects rej.csv plan.csv
kept oer-plan 7 "$(lines out)" 3

cat >refer.csv <<'CSV'
case_id,wijk,age,plan.finances.level,plan.finances.review,plan.housing.level,plan.housing.review
R-1,Noord,40,volunteer,2026-12-01,network,2026-12-01
R-2,Zuid,40,first_line,2026-12-01,,
R-3,Noord,40,,,,
R-4,Noord,40,volunteer,2025-02-29,,
R-5,Noord,40,expensive,2026-12-01,,
R-6,Oost,x,general,2026-12-01,,
CSV
run tool oer-refer --rejects rej.csv refer.csv
kept oer-refer 6 "$(lines out)" 3

# --items: R-1 has two items, R-2 one, R-3 none (it writes nothing).
run tool oer-refer --items --rejects rej.csv refer.csv
expect_out <<'CSV'
case_id,wijk,domain,level,echelon,provider_id,name,status,wait_days,law,review
R-1,Noord,finances,volunteer,0,VW-ADMIN-N,Thuisadministratie Noord,proposed,5,wmo,2026-12-01
R-1,Noord,housing,network,0,,,informal,,,2026-12-01
R-2,Zuid,finances,first_line,1,EL-SH-ZUD,Schuldhulp Zuid,proposed,28,wmo,2026-12-01
CSV
cases=$(sed 1d out | cut -d, -f1 | sort -u | wc -l)
kept oer-refer 6 $((cases + 1)) 3

cat >report.csv <<'CSV'
case_id,received,wijk,intake.route,finances.self
C-1,2026-11-02,Noord,halfline,2
C-2,2026-11-02,Noord,walk-in,2
C-3,,Zuid,info,3
C-4,2026-11-03,Zuid,info,9
C-5,2026-11-04,Oost,crisis,1
C-6,2026-11-05,Oost,info
CSV
run oer-report --period week --format csv --rejects rej.csv report.csv
grep ',intake,cases,' out >cases
expect_file cases <<'CSV'
2026-W45,all,intake,cases,,2
CSV
kept oer-report 6 2 4

# The same in JSON Lines: the reader's errors (not an object, truncated)
# and the tool's.
cat >intake.json <<'JSON'
{"case_id":"J-1","received":"2026-11-02","wijk":"Noord"}
[1,2]
{"case_id":"J-3","received":"2026-11-02"
{"case_id":"J-4","received":"2026-02-30","wijk":"Noord"}
{"case_id":"J-5","received":"2026-11-02","wijk":"Zuid"}
JSON
for t in $TOOLS; do
	status=0
	tool "$t" --rejects rej.json intake.json >out 2>err || status=$?
	expect_status 1
	case $t in
	oer-intake|oer-report) n=3 ;;	# received 2026-02-30 is theirs to refuse
	*) n=2 ;;
	esac
	printf '%s: %s of 5 records rejected, see rej.json\n' "$t" "$n" >want.err
	expect_same want.err err "$t: stderr"
	[ "$(wc -l <rej.json)" = "$n" ] || fail "$t: $(wc -l <rej.json) records in the rejects file, want $n"
	if [ "$t" = oer-report ]; then
		grep -q '^all,all,intake,cases,,2$' out || fail "oer-report: not 2 cases"
	else
		[ $(($(wc -l <out) + n)) = 5 ] || fail "$t: $(wc -l <out) out + $n rejected is not 5 in"
	fi
done
