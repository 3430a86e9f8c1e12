# oer-report: the text format, whole: the title with the run's date, one
# heading per period, the seven sections in order, a note where the input
# lacks the fields a section needs.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route
F1,2026-11-02,Noord,info
F2,2026-11-03,Noord,halfline
CSV
run oer-report --format text --date 2026-11-30 in.csv
expect_status 0
expect_no_err
expect_out <<'TXT'
OER report, as of 2026-11-30

Period 2026-W45
===============

Overview, no previous period to compare with
    Figure    Value  Change
    Cases in      2       –

1. Intake
  Cases  2

  Routes
    Route                   Cases
    Safety                      0
    Crisis                      0
    Outreach                    0
    Information and advice      1
    Half line                   1

2. Monitor
  No monitor fields in the input.

3. Plan
  No plan fields in the input.

4. Referral
  No referral fields in the input.

5. Peer consultation agenda
  No consultation fields (plan.consult) in the input.

6. Prevention signals
  Signals need the wijk and the need per domain; the input lacks them.

7. Transformation goals
    Goal                               Indicator                           Value
    1 Own strength and control         Plan items at own strength or           -
                                       network (%)
    2 Integral way of working          Scored cases with all 13 domains        -
                                       scored (%)
    3 Supporting rather than caring    Volunteer and general items, of         -
    for                                these plus professional (%)
    4 Effectiveness and efficiency     Median days from received to plan       -
    5 Adequate prevention              Prevention signals                      -
    5 Adequate prevention              Questions settled on the info        50.0
                                       route (%)

TXT
