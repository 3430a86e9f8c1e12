# oer-refer: a plan item without a fitting level (no_fit) has nothing to look for: unmatched, never lost
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
AL,Algemeen Loket,general,*,*,,1
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.work_education.level
F-1,Zuid,no_fit
CSV
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.work_education.level,refer.work_education.provider,refer.work_education.name,refer.work_education.status,refer.work_education.wait_days,refer.work_education.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
F-1,Zuid,no_fit,,,unmatched,,,0,0,1,0,0
CSV
