# oer-refer: an input without records still gives the header the records would have had
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk
AL,Algemeen Loket,general,*,*
CSV
printf 'case_id,wijk,plan.housing.level,plan.finances.level\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.housing.level,plan.finances.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.housing.provider,refer.housing.name,refer.housing.status,refer.housing.wait_days,refer.housing.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
CSV

run oer-refer --map kaart.csv --items in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,domain,level,echelon,provider_id,name,status,wait_days,law,review
CSV

# Records, but no plan items in them: still the items header.
printf 'case_id,wijk,plan.housing.level,plan.finances.level\nE-1,Oost,,\n' >empty.csv
run oer-refer --map kaart.csv --items empty.csv
expect_status 0
expect_out <<'CSV'
case_id,wijk,domain,level,echelon,provider_id,name,status,wait_days,law,review
CSV
