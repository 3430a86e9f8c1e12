# oer-report: intake counts cases per ISO week of received, by route and by
# source (Dutch source names and an empty source, which is self, included).
cat >in.csv <<'CSV'
case_id,received,wijk,source,intake.route
I1,2026-11-02,Noord,self,halfline
I2,2026-11-02,Noord,zelf,halfline
I3,2026-11-03,Zuid,gp,info
I4,2026-11-04,Zuid,huisarts,crisis
I5,2026-11-05,Noord,police,safety
I6,2026-11-06,Noord,,outreach
I7,2026-11-08,Zuid,school,info
I8,2026-11-09,Zuid,self,info
CSV
# Week 45 (2-8 November) holds I1-I7: 7 cases; routes safety I5, crisis I4,
# outreach I6, info I3 I7, halfline I1 I2 (1+1+1+2+2 = 7); sources self
# I1 I2 I6, gp I3 I4, police I5, school I7 (3+2+1+1 = 7).  Monday 9
# November starts week 46: I8 alone.  No plan.date field: no lead times.
run oer-report --format csv in.csv
expect_status 0
expect_no_err
grep ',intake,' out >intake.csv
cat >want.csv <<'CSV'
2026-W46,all,intake,cases,,1
2026-W46,all,intake,route,safety,0
2026-W46,all,intake,route,crisis,0
2026-W46,all,intake,route,outreach,0
2026-W46,all,intake,route,info,1
2026-W46,all,intake,route,halfline,0
2026-W46,all,intake,source,self,1
2026-W46,all,intake,source,network,0
2026-W46,all,intake,source,professional,0
2026-W46,all,intake,source,gp,0
2026-W46,all,intake,source,police,0
2026-W46,all,intake,source,school,0
2026-W46,all,intake,source,housing,0
2026-W46,all,intake,source,other,0
2026-W45,all,intake,cases,,7
2026-W45,all,intake,route,safety,1
2026-W45,all,intake,route,crisis,1
2026-W45,all,intake,route,outreach,1
2026-W45,all,intake,route,info,2
2026-W45,all,intake,route,halfline,2
2026-W45,all,intake,source,self,3
2026-W45,all,intake,source,network,0
2026-W45,all,intake,source,professional,0
2026-W45,all,intake,source,gp,2
2026-W45,all,intake,source,police,1
2026-W45,all,intake,source,school,1
2026-W45,all,intake,source,housing,0
2026-W45,all,intake,source,other,0
CSV
expect_same want.csv intake.csv 'intake rows'
