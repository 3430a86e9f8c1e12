# oer-report --list N: the agenda and the overdue list show the N most
# urgent (most overdue) cases of each period and group, with the count of
# all beside them; --list 0 shows all; partials keep their first N and the
# merge of any cut is the single run, byte for byte.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route,intake.priority,monitor.urgent,plan.date,plan.consult,plan.consult_reasons
L1,2026-11-02,Noord,halfline,3,0,2026-11-20,true,complex;many_items
L2,2026-11-04,Zuid,crisis,1,1,2026-11-09,true,crisis
L3,2026-11-05,Oost,safety,1,2,2026-11-06,true,complex;crisis
L4,2026-11-03,Noord,halfline,3,0,,true,complex;no_fit;scale_up
L5,2026-11-01,Zuid,crisis,2,0,2026-11-10,true,complex
L6,2026-10-01,West,halfline,3,0,,false,
L7,2026-10-10,West,halfline,3,0,2026-11-25,false,
CSV
# Agenda (5): L3 and L2 have priority 1, L3 with more urgent domains; then
# L5 (priority 2), L4, L1.  Overdue on 28 November (4): L6 open 16 days
# past 12 November, L5 planned 7 days past its 2 days, L7 4, L2 3.
run oer-report --period all --list 2 --format text in.csv
expect_status 0
expect_no_err
sed -n '/^  Past the time limits$/,/^2\. /p;/^5\. /,/^6\. /p' out >got.txt
cat >want.txt <<'TXT'
  Past the time limits
    Case  Wijk  Route      Received    Limit       Plan           Days over
    L6    West  Half line  2026-10-01  2026-11-12  open, no plan         16
    L5    Zuid  Crisis     2026-11-01  2026-11-03  2026-11-10             7

  Limits: a plan within 6 weeks of received (Wmo); on the crisis and safety
  routes within 2 days (the team's norm: the Wmo says without delay).
  2 of 4 cases listed: those longest past the limit (--list).

2. Monitor
5. Peer consultation agenda
  Cases on the agenda  5

  Agenda, most urgent first
    Case  #  Priority  Wijk  Route   Urgent domains  Reasons
    L3    1         1  Oost  Safety               2  complex, crisis
    L2    2         1  Zuid  Crisis               1  crisis

  2 of 5 cases listed: the most urgent (--list).

6. Prevention signals
TXT
expect_same want.txt got.txt 'text --list 2'
grep -q '^  Past the time limits      *4$' out || fail "the overdue count of all is not 4"

# CSV: the counts of all are the tidy rows intake/overdue and agenda/cases.
run oer-report --period all --list 2 --format csv in.csv
expect_status 0
grep -E ',(intake,overdue|agenda,cases),|,(overdue\.days_late|rank|reasons),' out >got.csv
cat >want.csv <<'CSV'
all,all,intake,overdue,,4
all,all,intake,overdue.days_late,L6,16
all,all,intake,overdue.days_late,L5,7
all,all,agenda,cases,,5
all,all,agenda,rank,L3,1
all,all,agenda,reasons,L3,complex;crisis
all,all,agenda,rank,L2,2
all,all,agenda,reasons,L2,crisis
CSV
expect_same want.csv got.csv 'csv --list 2'

# JSON: the same rows.
run oer-report --period all --list 2 --format json in.csv
expect_status 0
grep -oE '"metric":"(overdue|cases|rank)","key":"[A-Z0-9]*","value":[0-9]+' out |
    grep -v '"key":"","value":7' >got.json
cat >want.json <<'JSON'
"metric":"overdue","key":"","value":4
"metric":"overdue","key":"","value":4
"metric":"cases","key":"","value":5
"metric":"rank","key":"L3","value":1
"metric":"rank","key":"L2","value":2
JSON
expect_same want.json got.json 'json --list 2'

# md and html: the two listed cases of each list, the others not, and the notes.
for f in md html; do
	run oer-report --period all --list 2 --format $f in.csv
	expect_status 0
	expect_no_err
	for c in L2 L3 L5 L6; do
		grep -q "$c" out || fail "$f: $c is not listed"
	done
	for c in L1 L4 L7; do
		! grep -q "$c" out || fail "$f: $c is listed"
	done
	grep -q '2 of 4 cases listed: those longest past the limit (--list)\.' out ||
	    fail "$f: no overdue note"
	grep -q '2 of 5 cases listed: the most urgent (--list)\.' out || fail "$f: no agenda note"
done

# --list 0: all, and no note; the default 10 lists these few all too.
for opt in "--list 0" ""; do
	# shellcheck disable=SC2086  # an option, split on purpose
	run oer-report --period all $opt --format csv in.csv
	expect_status 0
	[ "$(grep -c ',intake,overdue\.days_late,' out)" = 4 ] || fail "$opt: not 4 overdue listed"
	[ "$(grep -c ',agenda,rank,' out)" = 5 ] || fail "$opt: not 5 on the agenda"
done
run oer-report --period all --list 0 --format text in.csv
! grep -q '(--list)' out || fail "--list 0 notes a cut list"

# Partials of two halves with --list 2 merge into the single run, byte for
# byte; each partial lists at most 2 of each list and counts all.
head -n 4 in.csv >part.1
{ head -n 1 in.csv; tail -n +5 in.csv; } >part.2
for p in 1 2; do
	oer-report --partial --period all --list 2 part.$p >partial.$p || fail "--partial part.$p"
done
grep -q '^3,all,,,,2026-11-28,2,2,,,run,' partial.1 || fail "run.list is not 2 in the partial"
for f in text csv json md html; do
	oer-report --period all --list 2 --format $f in.csv >single.$f || fail "single $f"
	run oer-report --merge --format $f partial.2 partial.1
	expect_status 0
	expect_no_err
	expect_same single.$f out "--merge --format $f of two --list 2 partials"
done
# Both halves have 2 or more on the agenda: the merged top 2 (L3, L2) come
# from the first half, L5 from the second is left out.
[ "$(grep -c ',agenda,' partial.2)" = 2 ] || fail "partial.2 does not list 2 on the agenda"

# --merge takes N from the partials; partials of another N do not merge.
run oer-report --merge --list 3 partial.1
expect_status 2
expect_err <<'ERR'
oer-report: --list shapes the aggregation: give it to oer-report --partial; --merge takes it from the partials
ERR
oer-report --partial --period all --list 3 part.2 >partial.3 || fail "--partial --list 3"
run oer-report --merge partial.1 partial.3
expect_status 65
expect_err <<'ERR'
oer-report: partial.3:2: a partial of --period all --list 3 --date 2026-11-28, but the partials before it are of --period all --list 2 --date 2026-11-28: merge only partials of runs with the same --period, --by, --list and --crisis-days
ERR

# Not a number, or too big: a usage error.
run oer-report --list many in.csv
expect_status 2
expect_err <<'ERR'
oer-report: --list: 'many' is not a whole number 0 to 1000000
ERR
