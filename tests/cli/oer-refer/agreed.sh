# oer-refer: a provider agreed with the resident wins (SPEC 0, 8).  A-1: a
# provider with an empty status is kept, status agreed; A-2: status agreed,
# and its one place is counted, so A-3 gets the other provider; A-4: a
# provider the map does not know is kept as written; A-5: status proposed
# is this stage's own earlier choice and is made again.  Idempotent.
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
SR-1,Schuldhulp Noord,first_line,finances,*,1,7
SR-2,Schuldhulp Stad,first_line,finances,*,,30
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.finances.level,refer.finances.provider,refer.finances.name,refer.finances.status
A-1,Noord,first_line,SR-2,,
A-2,Noord,first_line,SR-1,,agreed
A-3,Noord,first_line,,,
A-4,Noord,first_line,BUURT-9,Buurtsteunpunt De Brug,
A-5,Noord,first_line,SR-1,Schuldhulp Noord,proposed
CSV
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.finances.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
A-1,Noord,first_line,SR-2,Schuldhulp Stad,agreed,30,,0,0,0,0,0
A-2,Noord,first_line,SR-1,Schuldhulp Noord,agreed,7,,0,0,0,0,0
A-3,Noord,first_line,SR-2,Schuldhulp Stad,proposed,30,,1,0,0,0,0
A-4,Noord,first_line,BUURT-9,Buurtsteunpunt De Brug,agreed,,,0,0,0,0,0
A-5,Noord,first_line,SR-2,Schuldhulp Stad,proposed,30,,1,0,0,0,0
CSV
cp out once.csv
run oer-refer --map kaart.csv once.csv
expect_status 0
expect_same once.csv out 'a second run'
run oer-refer --map kaart.csv --items in.csv
expect_status 0
expect_out <<'CSV'
case_id,wijk,domain,level,echelon,provider_id,name,status,wait_days,law,review
A-1,Noord,finances,first_line,1,SR-2,Schuldhulp Stad,agreed,30,,
A-2,Noord,finances,first_line,1,SR-1,Schuldhulp Noord,agreed,7,,
A-3,Noord,finances,first_line,1,SR-2,Schuldhulp Stad,proposed,30,,
A-4,Noord,finances,first_line,1,BUURT-9,Buurtsteunpunt De Brug,agreed,,,
A-5,Noord,finances,first_line,1,SR-2,Schuldhulp Stad,proposed,30,,
CSV
