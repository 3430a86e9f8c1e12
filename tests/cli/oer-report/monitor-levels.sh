# oer-report: per domain the level distribution (together), the needs, the
# domains the network carries and the mean self and together levels.
cat >in.csv <<'CSV'
case_id,received,wijk,finances.self,finances.together,finances.need,housing.self,housing.together,housing.need,monitor.complex
M1,2026-11-02,Noord,2,4,none,1,1,urgent,true
M2,2026-11-02,Noord,3,3,support,2,2,support,true
M3,2026-11-03,Noord,5,5,none,,,,false
M4,2026-11-03,Noord,1,,urgent,,4,none,false
M5,2026-11-04,Noord,,,,,,,
CSV
# M1-M4 have a level, M5 none: 4 cases scored, none in all 13 domains;
# complex M1 M2.  Together (a missing together is self: M4 finances 1):
#   finances: acute M4, limited M2, sufficient M1, full M3
#   housing:  acute M1, insufficient M2, sufficient M4, not scored M3
# Carried (self below 4, together 4 or more): finances M1; housing M4 has
# no self level, so it cannot count.
# Means: finances self (2+3+5+1)/4 = 2.75 -> 2.8, together (4+3+5+1)/4 =
# 3.25 -> 3.3 (half up); housing self (1+2)/2 = 1.5, together (1+2+4)/3 =
# 2.33 -> 2.3.  Needs: finances urgent M4, support M2, none M1 M3; housing
# urgent M1, support M2, none M4.
run oer-report --period all --format csv in.csv
expect_status 0
expect_no_err
grep -E ',monitor,[^,]*,(finances|housing|),' out >got.csv
cat >want.csv <<'CSV'
all,all,monitor,monitored,,4
all,all,monitor,all_scored,,0
all,all,monitor,complex,,2
all,all,monitor,level.acute,finances,1
all,all,monitor,level.insufficient,finances,0
all,all,monitor,level.limited,finances,1
all,all,monitor,level.sufficient,finances,1
all,all,monitor,level.full,finances,1
all,all,monitor,level.unscored,finances,0
all,all,monitor,level.acute,housing,1
all,all,monitor,level.insufficient,housing,1
all,all,monitor,level.limited,housing,0
all,all,monitor,level.sufficient,housing,1
all,all,monitor,level.full,housing,0
all,all,monitor,level.unscored,housing,1
all,all,monitor,carried,finances,1
all,all,monitor,mean_self,finances,2.8
all,all,monitor,mean_together,finances,3.3
all,all,monitor,carried,housing,0
all,all,monitor,mean_self,housing,1.5
all,all,monitor,mean_together,housing,2.3
all,all,monitor,need.urgent,finances,1
all,all,monitor,need.support,finances,1
all,all,monitor,need.watch,finances,0
all,all,monitor,need.none,finances,2
all,all,monitor,need.urgent,housing,1
all,all,monitor,need.support,housing,1
all,all,monitor,need.watch,housing,0
all,all,monitor,need.none,housing,1
CSV
expect_same want.csv got.csv 'monitor rows'

# A domain nobody scored: 4 cases without a level, no means.
grep -E ',monitor,[^,]*,justice,' out >got.csv
cat >want.csv <<'CSV'
all,all,monitor,level.acute,justice,0
all,all,monitor,level.insufficient,justice,0
all,all,monitor,level.limited,justice,0
all,all,monitor,level.sufficient,justice,0
all,all,monitor,level.full,justice,0
all,all,monitor,level.unscored,justice,4
all,all,monitor,carried,justice,0
all,all,monitor,need.urgent,justice,0
all,all,monitor,need.support,justice,0
all,all,monitor,need.watch,justice,0
all,all,monitor,need.none,justice,0
CSV
expect_same want.csv got.csv 'unscored domain'
