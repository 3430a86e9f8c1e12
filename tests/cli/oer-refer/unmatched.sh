# oer-refer: no provider fits: unmatched (a white spot), never moved to another level
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
GGZ-1,POH-GGZ Huisarts,first_line,mental_health,*,,3
GGZ-3,GGZ Kliniek,third_line,mental_health,*,,90
VS-1,Verslavingszorg Noord,second_line,substance_use,Noord,,20
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.mental_health.level,plan.substance_use.level
U-1,Noord,second_line,second_line
U-2,Zuid,first_line,second_line
CSV
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.mental_health.level,plan.substance_use.level,refer.mental_health.provider,refer.mental_health.name,refer.mental_health.status,refer.mental_health.wait_days,refer.mental_health.law,refer.substance_use.provider,refer.substance_use.name,refer.substance_use.status,refer.substance_use.wait_days,refer.substance_use.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
U-1,Noord,second_line,second_line,,,unmatched,,,VS-1,Verslavingszorg Noord,proposed,20,,1,0,1,0,0
U-2,Zuid,first_line,second_line,GGZ-1,POH-GGZ Huisarts,proposed,3,,,,unmatched,,,1,0,1,0,0
CSV
