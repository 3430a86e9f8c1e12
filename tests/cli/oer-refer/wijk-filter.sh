# oer-refer: a provider fits the wijken it names (any case, accents, spaces, hyphens) or '*'
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
BT-N,Buurtteam Noord,general,*,Noord;De Haven,,5
BT-O,Buurtteam Oude Dorp,general,*,Oude Dorp,,5
BT-S,Buurtteam Stad,general,*,*,,9
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.time_use.level
W-1,Noord,general
W-2,de haven,general
W-3,DE-HAVEN,general
W-4,Oude  Dorp,general
W-5,Oudedorp,general
W-6,Centrum,general
W-7,,general
CSV
# "Oudedorp" is another name, not a spelling of "Oude Dorp": only '*' fits it,
# as it fits a wijk the map does not name and an empty wijk.
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.time_use.level,refer.time_use.provider,refer.time_use.name,refer.time_use.status,refer.time_use.wait_days,refer.time_use.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
W-1,Noord,general,BT-N,Buurtteam Noord,proposed,5,,1,0,0,0,0
W-2,de haven,general,BT-N,Buurtteam Noord,proposed,5,,1,0,0,0,0
W-3,DE-HAVEN,general,BT-N,Buurtteam Noord,proposed,5,,1,0,0,0,0
W-4,Oude  Dorp,general,BT-O,Buurtteam Oude Dorp,proposed,5,,1,0,0,0,0
W-5,Oudedorp,general,BT-S,Buurtteam Stad,proposed,9,,1,0,0,0,0
W-6,Centrum,general,BT-S,Buurtteam Stad,proposed,9,,1,0,0,0,0
W-7,,general,BT-S,Buurtteam Stad,proposed,9,,1,0,0,0,0
CSV
