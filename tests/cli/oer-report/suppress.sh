# oer-report --suppress K: counts below K are shown as <K and the lists of
# cases (overdue, agenda) are left out, for reports that leave the team.
# team.csv, 8 cases: routes safety 1, crisis 1, outreach 1, info 1,
# halfline 4; sources self 3 (one "zelf"), network, gp, police, school,
# housing 1 each.  Plan dates for T01 T02 T03 T07 T08: leads 4 7 1 7 14,
# median 7.  Overdue: T04, safety without a plan after 2 days.  On the
# agenda: T02 T03 T08.
run oer-report --period all --format text --suppress 3 "$TESTS/cli/oer-report/team.csv"
expect_status 0
expect_no_err
sed -n '/^1\. /,/^2\. /p; /^5\. /,/^6\. /p' out >got.txt
cat >want.txt <<'TXT'
1. Intake
  Cases                               8
  Cases with a plan date              5
  Median days from received to plan   7
  Past the time limits               <3

  Routes
    Route                   Cases
    Safety                     <3
    Crisis                     <3
    Outreach                   <3
    Information and advice     <3
    Half line                   4

  Sources
    Source               Cases
    Self                     3
    Network                 <3
    Professional            <3
    GP                      <3
    Police                  <3
    School                  <3
    Housing association     <3
    Other                   <3

  Limits: a plan within 6 weeks of received (Wmo); on the crisis and safety
  routes within 2 days (the team's norm: the Wmo says without delay).
  The list of overdue cases is left out (--suppress).
  Counts below 3 are shown as <3; x: left out, a figure of too few cases or
  one that would reveal a hidden count.

2. Monitor
5. Peer consultation agenda
  Cases on the agenda  3

  The list of cases is left out (--suppress).

6. Prevention signals
TXT
expect_same want.txt got.txt 'suppressed sections'

# No case id anywhere in any format; a suppressed count is a string in json.
for f in text csv json md html; do
	run oer-report --period all --format $f --suppress 3 "$TESTS/cli/oer-report/team.csv"
	expect_status 0
	! grep -q 'T0[0-9]' out || fail "$f: a case id is in the suppressed report"
done
run oer-report --period all --format json --suppress 3 "$TESTS/cli/oer-report/team.csv"
grep -F '"metric":"overdue"' out >got
printf '{"period":"all","group":"all","section":"overview","metric":"overdue","key":"","value":"<3"}\n{"period":"all","group":"all","section":"intake","metric":"overdue","key":"","value":"<3"}\n' >want
expect_same want got 'json overdue'

# Without --suppress the lists are there (T08, two reasons, before T02).
run oer-report --period all --format csv "$TESTS/cli/oer-report/team.csv"
grep -E ',(overdue\.days_late|rank),' out >got
cat >want <<'CSV'
all,all,intake,overdue.days_late,T04,23
all,all,agenda,rank,T03,1
all,all,agenda,rank,T08,2
all,all,agenda,rank,T02,3
CSV
expect_same want got 'lists without --suppress'
