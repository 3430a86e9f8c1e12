# oer-refer: each proposal takes a place; when the nearest provider is full, the next one
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
GGZ-W,GGZ Wijkteam,second_line,mental_health,*,2,14
GGZ-S,GGZ Stad,second_line,mental_health,*,,42
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.mental_health.level
G-1,West,second_line
G-2,Noord,second_line
G-3,West,second_line
G-4,Zuid,second_line
CSV
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.mental_health.level,refer.mental_health.provider,refer.mental_health.name,refer.mental_health.status,refer.mental_health.wait_days,refer.mental_health.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
G-1,West,second_line,GGZ-W,GGZ Wijkteam,proposed,14,,1,0,0,0,0
G-2,Noord,second_line,GGZ-W,GGZ Wijkteam,proposed,14,,1,0,0,0,0
G-3,West,second_line,GGZ-S,GGZ Stad,proposed,42,,1,0,0,0,0
G-4,Zuid,second_line,GGZ-S,GGZ Stad,proposed,42,,1,0,0,0,0
CSV
