# oer-refer: self and network items need no provider (informal); volunteer items do
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
ZH,Zelfhulpwebsite,self,*,*,,0
VW,Vrijwilligerscentrale,volunteer,*,*,1,7
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.finances.level,plan.social_network.level,plan.time_use.level
I-1,Noord,self,network,volunteer
I-2,Noord,network,,volunteer
CSV
# The refer fields follow the domain order of oer(7): finances, time_use,
# social_network; informal items count as neither proposed nor unmatched.
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.finances.level,plan.social_network.level,plan.time_use.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.time_use.provider,refer.time_use.name,refer.time_use.status,refer.time_use.wait_days,refer.time_use.law,refer.social_network.provider,refer.social_network.name,refer.social_network.status,refer.social_network.wait_days,refer.social_network.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
I-1,Noord,self,network,volunteer,,,informal,,,VW,Vrijwilligerscentrale,proposed,7,,,,informal,,,1,0,0,0,0
I-2,Noord,network,,volunteer,,,informal,,,VW,Vrijwilligerscentrale,waitlist,7,,,,,,,0,1,0,0,0
CSV
