# oer-report: plan items by level and echelon, informal share, scale-down
# and scale-up counts, coordination; "none" ends support (no item), no_fit
# is an item without a level.
cat >in.csv <<'CSV'
case_id,received,wijk,plan.finances.level,plan.finances.action,plan.housing.level,plan.housing.action,plan.mental_health.level,plan.mental_health.action,plan.coordination,plan.consult
P1,2026-11-02,Noord,self,continue,network,new,volunteer,relief,true,false
P2,2026-11-02,Noord,general,new,first_line,scale_up,second_line,new,true,true
P3,2026-11-03,Noord,third_line,new,crisis,scale_up,no_fit,,true,true
P4,2026-11-03,Noord,none,scale_down,network,scale_down,,,false,false
P5,2026-11-04,Noord,,,,,,,,
CSV
# Items: P1 3, P2 3, P3 3, P4 1 (finances "none" is none): 10, in 4 cases.
# self 1, network 2 (P1 P4), volunteer 1, general 1, first_line 1,
# second_line 1, third_line 1, crisis 1, no_fit 1.  Informal (self,
# network, volunteer) 4, formal (general .. crisis) 5, share 4/10 = 40.0.
# Scale down P4 twice, scale up P2 and P3.  Echelons: 0 = 4 informal,
# 1 = general + first_line = 2, 2 = second_line + crisis = 2, 3 = 1; the
# no_fit item has none.  Coordination P1-P3, consultation P2 P3.
run oer-report --period all --format csv in.csv
expect_status 0
expect_no_err
grep ',plan,' out >got.csv
cat >want.csv <<'CSV'
all,all,plan,cases,,4
all,all,plan,items,,10
all,all,plan,informal,,4
all,all,plan,formal,,5
all,all,plan,informal_share,,40.0
all,all,plan,scale_down,,2
all,all,plan,scale_up,,2
all,all,plan,coordination,,3
all,all,plan,consult,,2
all,all,plan,items_by_level,self,1
all,all,plan,items_by_level,network,2
all,all,plan,items_by_level,volunteer,1
all,all,plan,items_by_level,general,1
all,all,plan,items_by_level,first_line,1
all,all,plan,items_by_level,second_line,1
all,all,plan,items_by_level,third_line,1
all,all,plan,items_by_level,crisis,1
all,all,plan,items_by_level,no_fit,1
all,all,plan,items_by_echelon,0,4
all,all,plan,items_by_echelon,1,2
all,all,plan,items_by_echelon,2,2
all,all,plan,items_by_echelon,3,1
CSV
expect_same want.csv got.csv 'plan rows'

# Goals 1 and 3 from the same items: self + network 3 of 10 = 30.0;
# volunteer + general 2 against professional (first_line .. crisis) 4:
# 2 of 6 = 33.3.
grep -E ',goals,(own_strength|light_support)_share,' out >got.csv
cat >want.csv <<'CSV'
all,all,goals,own_strength_share,1,30.0
all,all,goals,light_support_share,3,33.3
CSV
expect_same want.csv got.csv 'goal rows'
