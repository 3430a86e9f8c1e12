# oer-refer: every fitting provider full: the waitlist with the shortest wait (then provider_id)
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
BW-3,Beschermd Wonen Oost,third_line,housing,*,0,40
BW-2,Beschermd Wonen Zuid,third_line,housing,*,1,60
BW-1,Beschermd Wonen Noord,third_line,housing,*,0,40
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.housing.level
H-1,Oost,third_line
H-2,Oost,third_line
H-3,Oost,third_line
CSV
# H-1 takes the one open place (BW-2, 60 days); then all are full, and a
# waitlist takes no place.
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.housing.level,refer.housing.provider,refer.housing.name,refer.housing.status,refer.housing.wait_days,refer.housing.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
H-1,Oost,third_line,BW-2,Beschermd Wonen Zuid,proposed,60,,1,0,0,0,0
H-2,Oost,third_line,BW-1,Beschermd Wonen Noord,waitlist,40,,0,1,0,0,0
H-3,Oost,third_line,BW-1,Beschermd Wonen Noord,waitlist,40,,0,1,0,0,0
CSV
