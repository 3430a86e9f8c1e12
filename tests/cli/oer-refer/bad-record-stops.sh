# oer-refer: a bad record stops the run (exit 65) after the complete records before it; no place is taken for it
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
SH,Schuldhulp,first_line,finances,*,1,7
CSV
cat >in.csv <<'CSV'
case_id,wijk,age,plan.finances.level
B-1,Noord,40,first_line
B-2,Noord,40,eerstelijns
B-3,Noord,40,first_line
CSV
run oer-refer --map kaart.csv in.csv
expect_status 65
expect_out <<'CSV'
case_id,wijk,age,plan.finances.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
B-1,Noord,40,first_line,SH,Schuldhulp,proposed,7,,1,0,0,0,0
CSV
expect_err <<'ERR'
oer-refer: in.csv:3: case B-2: plan.finances.level: 'eerstelijns' is not a support level (self, network, volunteer, general, first_line, second_line, third_line, crisis; or no_fit, none)
ERR
