# oer-report: the decisions of the professional and the resident (SPEC 0, 9).
# Route overrides: D-1, D-2, D-3, D-6 (I0); of these D-1 set a safety signal
# aside (route info) and D-3 a crisis signal (route halfline), D-2 kept the
# safety route.  Plan levels with rule override: D-3, D-4.  Consult: D-4
# put on the agenda, D-3 taken off.  Agreed provider: D-4.  Re-routed (P0):
# D-5.  Own goals: D-3, D-5, of 5 cases with plan items (40 %).
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route,intake.priority,intake.reasons,plan.finances.level,plan.finances.rule,plan.finances.own_goal,plan.personal,plan.client_support,plan.consult,plan.consult_reasons,plan.reroute,refer.finances.status
D-1,2026-11-02,Noord,info,3,I0;I1,,,,,,,,,
D-2,2026-11-02,Noord,safety,1,I0;I1,crisis,P1,,,,true,crisis,,proposed
D-3,2026-11-03,Zuid,halfline,3,I0;I2,network,override,Zelf mijn post bijhouden,ja,nee,false,complex;override,,informal
D-4,2026-11-03,Zuid,halfline,3,I5,first_line,override,,nee,ja,true,override,,agreed
D-5,2026-11-04,Zuid,info,3,I4,volunteer,P3,Weer onder de mensen komen,,,false,,P0,proposed
D-6,2026-11-04,Oost,halfline,3,I0;I5,general,P3,,,,false,,,waitlist
CSV
run oer-report --period all --format csv in.csv
expect_status 0
expect_no_err
grep -E ',(decision|set_aside\.[a-z]+|own_goal_share|own_strength_share),' out >got
cat >want <<'CSV'
all,all,intake,set_aside.wijk,D-1,Noord
all,all,intake,set_aside.signal,D-1,safety
all,all,intake,set_aside.route,D-1,info
all,all,intake,set_aside.reasons,D-1,I0;I1
all,all,intake,set_aside.wijk,D-3,Zuid
all,all,intake,set_aside.signal,D-3,crisis
all,all,intake,set_aside.route,D-3,halfline
all,all,intake,set_aside.reasons,D-3,I0;I2
all,all,plan,decision,route,4
all,all,plan,decision,set_aside,2
all,all,plan,decision,plan_level,2
all,all,plan,decision,consult_on,1
all,all,plan,decision,consult_off,1
all,all,plan,decision,agreed,1
all,all,plan,decision,rerouted,1
all,all,plan,decision,own_goal,2
all,all,plan,decision,personal,1
all,all,plan,decision,client_support,1
all,all,goals,own_goal_share,1,40.0
all,all,goals,own_strength_share,1,20.0
CSV
expect_same want got 'decisions, the signals set aside, goal 1'
# The list of signals set aside is a case list: left out under --suppress,
# the counts stay (as <K where small).
run oer-report --period all --format text --suppress 2 in.csv
expect_status 0
grep -c 'D-[0-9]' out >got || true
echo 0 >want
expect_same want got 'no case id under --suppress'
grep -F 'The list of signals set aside is left out (--suppress).' out >/dev/null ||
    fail "no note for the list left out"
# Merged partials give the same report.
head -4 in.csv >a.csv
{ head -1 in.csv; tail -n +5 in.csv; } >b.csv
oer-report --partial --period all a.csv >p1.csv
oer-report --partial --period all b.csv >p2.csv
run oer-report --merge --format csv p2.csv p1.csv
oer-report --period all --format csv in.csv >single.csv
expect_same single.csv out 'merge'
# In Dutch the table has its Dutch title.
run oer-report --period all --format text --lang nl in.csv
grep -F 'Besluiten van de professional en de bewoner' out >/dev/null || fail "no Dutch decisions table"
