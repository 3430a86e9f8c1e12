# oer-refer --rejects: bad records go to the file unchanged plus an error, the rest goes on; in = out + rejected; exit 1
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
SH,Schuldhulp,first_line,finances,*,1,7
SL,Schuldhulp Stad,first_line,finances,*,,30
CSV
cat >in.csv <<'CSV'
case_id,wijk,age,plan.finances.level
R-1,Noord,x,first_line
R-2,Noord,40,first_line
R-3,Noord,40,eerste
R-4,Noord,40,first_line
CSV
# A rejected record takes no place: R-2 gets SH's only place.
run oer-refer --map kaart.csv --rejects rej.csv in.csv
expect_status 1
expect_out <<'CSV'
case_id,wijk,age,plan.finances.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
R-2,Noord,40,first_line,SH,Schuldhulp,proposed,7,,1,0,0,0,0
R-4,Noord,40,first_line,SL,Schuldhulp Stad,proposed,30,,1,0,0,0,0
CSV
expect_err <<'ERR'
oer-refer: 2 of 4 records rejected, see rej.csv
ERR
expect_file rej.csv <<'CSV'
case_id,wijk,age,plan.finances.level,error
R-1,Noord,x,first_line,in.csv:2: case R-1: age: 'x' is not an age in whole years 0-130
R-3,Noord,40,eerste,"in.csv:4: case R-3: plan.finances.level: 'eerste' is not a support level (self, network, volunteer, general, first_line, second_line, third_line, crisis; or no_fit, none)"
CSV
[ $(($(wc -l <out) - 1 + $(wc -l <rej.csv) - 1)) = 4 ] || fail "records out + rejected is not records in"
