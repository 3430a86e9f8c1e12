# oer-report --suppress K, disclosure control (SPEC 9): means, shares and
# medians of fewer than K cases are left out ("x", no tidy row), and where a
# table shows a total, no single hidden count follows from it: a second
# cell is hidden too (secondary suppression).
# small-counts.csv: wijk Oost 14 cases (routes safety 3, crisis 3,
# outreach 3, info 1, halfline 4; plan items network 3, volunteer 1,
# first_line 3, crisis 3), wijk West 2 cases.
in=$TESTS/cli/oer-report/small-counts.csv
run oer-report --period all --by wijk --suppress 3 --format text "$in"
expect_status 0
expect_no_err
awk '/wijk: West/{exit} 1' out | sed -n '/^1\. /,/^2\. /p; /^3\. /,/^4\. /p; /^7\. /,$p' >got.txt
cat >want.txt <<'TXT'
1. Intake
  Cases                              14
  Cases with a plan date             10
  Median days from received to plan   1
  Past the time limits               <3

  Routes
    Route                   Cases
    Safety                      x
    Crisis                      3
    Outreach                    3
    Information and advice     <3
    Half line                   4

  Limits: a plan within 6 weeks of received (Wmo); on the crisis and safety
  routes within 2 days (the team's norm: the Wmo says without delay).
  Counts below 3 are shown as <3; x: left out, a figure of too few cases or
  one that would reveal a hidden count.

2. Monitor
3. Plan
  Cases with plan items                      10
  Plan items                                 10
  Informal items (self, network, volunteer)   x
  Formal items                                6
  Informal share (%)                          x
  Scaled down                                <3
  Scaled up                                  <3

  Cascade of plan levels
    Level             Plan items
    Own strength              <3
    Network                    3
    Volunteer                 <3
    General facility          <3
    First line                 x
    Second line               <3
    Third line                <3
    Crisis service             x
    No fit                    <3

  Items by echelon
    Echelon        Plan items
    0 informal              x
    1 first line            3
    2 second line           3
    3 third line           <3

4. Referral
7. Transformation goals
    Goal                               Indicator                           Value
    1 Own strength and control         Plan items at own strength or           x
                                       network (%)
    2 Integral way of working          Scored cases with all 13 domains        x
                                       scored (%)
    3 Supporting rather than caring    Volunteer and general items, of         x
    for                                these plus professional (%)
    4 Effectiveness and efficiency     Median days from received to plan       1
    5 Adequate prevention              Prevention signals                      1
    5 Adequate prevention              Questions settled on the info           x
                                       route (%)

TXT
expect_same want.txt got.txt 'Oost: secondary suppression'

# West has 2 cases: no figure of it but the number of signals (places, not people).
run oer-report --period all --by wijk --suppress 3 --format csv "$in"
expect_status 0
grep '^all,West,' out | grep -v ',<3$' >got
cat >want <<'CSV'
all,West,overview,signals,,0
all,West,prevention,signals,,0
all,West,goals,signals,5,0
CSV
expect_same want got 'West: only hidden counts'
# A left-out mean has no tidy row; a secondary hidden count shows "x".
grep -c ',mean_self,' out >got || true
echo 1 >want
expect_same want got 'one mean (Oost finances)'
grep ',x$' out >got
cat >want <<'CSV'
all,Oost,intake,route,safety,x
all,Oost,monitor,need.urgent,finances,x
all,Oost,plan,informal,,x
all,Oost,plan,items_by_level,first_line,x
all,Oost,plan,items_by_level,crisis,x
all,Oost,plan,items_by_echelon,0,x
CSV
expect_same want got 'secondary cells'
