# oer-refer: the social map knows how a resident gets in and which law pays
# (SPEC 8).  HH-1 needs a municipal decision (beschikking): A-1 without a
# recorded decision waits for it (decision_needed, its wait plus the 14
# days of --decision-days); A-2's decision is recorded (a date): proposed;
# A-4's says nee, but HH-1's two places are taken: waitlist.  A GP referral
# (POH) is proposed as usual; the team itself is a provider (TEAM, counted
# in refer.team); a provider without a law gives an empty refer.*.law.
# Dutch column names and values as a municipality's map has them.
cat >kaart.csv <<'CSV'
provider_id;name;level;domains;wijk;capacity;wait_days;Toegang;Wet;Eigen team
HH-1;Huishoudelijke Hulp;first_line;instrumental_adl;*;2;7;beschikking;Wmo 2015;
POH;POH-GGZ;first_line;mental_health;*;;14;verwijzing huisarts;zvw;
TEAM;Sociaal Wijkteam;general;*;*;;3;vrij;wmo;ja
SH;Schuldhulp;first_line;finances;*;;21;;;
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.instrumental_adl.level,refer.instrumental_adl.decision,plan.mental_health.level,plan.housing.level,plan.finances.level
A-1,Noord,first_line,,,,
A-2,Noord,first_line,2026-11-20,,,
A-3,Noord,,,first_line,general,first_line
A-4,Noord,first_line,nee,,,
CSV
run oer-refer --map kaart.csv --items in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,domain,level,echelon,provider_id,name,status,wait_days,law,review
A-1,Noord,instrumental_adl,first_line,1,HH-1,Huishoudelijke Hulp,decision_needed,21,wmo,
A-2,Noord,instrumental_adl,first_line,1,HH-1,Huishoudelijke Hulp,proposed,7,wmo,
A-3,Noord,finances,first_line,1,SH,Schuldhulp,proposed,21,,
A-3,Noord,housing,general,1,TEAM,Sociaal Wijkteam,proposed,3,wmo,
A-3,Noord,mental_health,first_line,1,POH,POH-GGZ,proposed,14,zvw,
A-4,Noord,instrumental_adl,first_line,1,HH-1,Huishoudelijke Hulp,waitlist,7,wmo,
CSV
# The case records: per case the decisions awaited and the team's own help.
run oer-refer --map kaart.csv --output-format json in.csv
expect_status 0
jq -c '[.case_id, .refer.decision_needed, .refer.team, .refer.proposed, .refer.waitlist]' out >got
cat >want <<'JSON'
["A-1",1,0,0,0]
["A-2",0,0,1,0]
["A-3",0,1,3,0]
["A-4",0,0,0,1]
JSON
expect_same want got 'case counts'
# --decision-days sets the days a decision adds to the wait.
run oer-refer --map kaart.csv --decision-days 28 --items in.csv
grep '^A-1,' out >got
echo 'A-1,Noord,instrumental_adl,first_line,1,HH-1,Huishoudelijke Hulp,decision_needed,35,wmo,' >want
expect_same want got '--decision-days 28'
run oer-refer --map kaart.csv --decision-days soon in.csv
expect_status 2
grep -F -- "--decision-days: 'soon' is not a whole number 0 to 365" err >/dev/null || fail "no usage error"
# A word the map may not use is an error naming the map's line and column.
printf 'provider_id;name;level;domains;wijk;Toegang\nX;X;general;*;*;op afspraak\n' >bad.csv
run oer-refer --map bad.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: bad.csv:2: access: 'op afspraak' is not an access (free, gp_referral, decision; or vrij, verwijzing huisarts, beschikking)
ERR
printf 'provider_id;name;level;domains;wijk;Wet\nX;X;general;*;*;Participatiewet\n' >bad.csv
run oer-refer --map bad.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: bad.csv:2: law: 'Participatiewet' is not a law (wmo, jeugdwet, zvw, wlz, none; or geen)
ERR
# oer-report: referred items per law (4 wmo: HH-1 three times and TEAM; 1
# zvw; 1 not given), the one awaiting a decision, the team's own help; and
# merged partials give the same.
awk -F, 'NR == 1 { print $0 ",received" } NR > 1 { print $0 ",2026-11-02" }' in.csv >dated.csv
oer-refer --map kaart.csv dated.csv >referred.csv
run oer-report --period all --format csv referred.csv
expect_status 0
grep -E ',(law|team),|,decision_needed,,' out >got
cat >want <<'CSV'
all,all,referral,decision_needed,,1
all,all,referral,law,wmo,4
all,all,referral,law,jeugdwet,0
all,all,referral,law,zvw,1
all,all,referral,law,wlz,0
all,all,referral,law,none,0
all,all,referral,law,unknown,1
all,all,referral,team,,1
CSV
expect_same want got 'the report per law'
head -3 referred.csv >a.csv
{ head -1 referred.csv; tail -n +4 referred.csv; } >b.csv
oer-report --partial --period all a.csv >p1.csv
oer-report --partial --period all b.csv >p2.csv
run oer-report --merge --format csv p1.csv p2.csv
oer-report --period all --format csv referred.csv >single.csv
expect_same single.csv out 'merge'
