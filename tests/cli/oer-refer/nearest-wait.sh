# oer-refer: of the fitting providers with a place, the one with the shortest wait
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
SH-30,Schuldhulp Maandag,first_line,finances,Noord,5,30
SH-07,Schuldhulp Dinsdag,first_line,finances,Noord,5,7
SH-14,Schuldhulp Woensdag,first_line,finances,Noord;Zuid,5,14
SH-02,Schuldhulp Zuid,first_line,finances,Zuid,5,2
SH-01,Budgetmaatje,volunteer,finances,Noord,5,1
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.finances.level
N-1,Noord,first_line
Z-1,Zuid,first_line
CSV
# Noord: SH-07 (7 days); SH-02 works in Zuid only and SH-01 at another level.
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.finances.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
N-1,Noord,first_line,SH-07,Schuldhulp Dinsdag,proposed,7,,1,0,0,0,0
Z-1,Zuid,first_line,SH-02,Schuldhulp Zuid,proposed,2,,1,0,0,0,0
CSV
