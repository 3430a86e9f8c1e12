# oer-refer: records without plan items pass through with empty refer fields and zero counts
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
AL,Algemeen Loket,general,*,*,,1
CSV
# No plan columns at all (an info route case): only the per-case counts.
cat >info.csv <<'CSV'
case_id,wijk,intake.route
I-1,Noord,info
CSV
run oer-refer --map kaart.csv info.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,intake.route,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
I-1,Noord,info,0,0,0,0,0
CSV

# Plan columns without a level, or "none" (scaled down to no support): no item.
cat >in.csv <<'CSV'
case_id,wijk,plan.finances.level,plan.finances.echelon
P-1,Noord,,
P-2,Noord,none,
CSV
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.finances.level,plan.finances.echelon,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
P-1,Noord,,,,,,,,0,0,0,0,0
P-2,Noord,none,,,,,,,0,0,0,0,0
CSV
