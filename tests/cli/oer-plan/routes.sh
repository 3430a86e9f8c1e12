# oer-plan: only halfline, crisis and safety cases are planned (a route in
# any case, or no route: records without intake); info and outreach records
# pass through with every plan field empty and their other fields unread
# (R-5's need is not even checked), and a plan from an earlier run is
# emptied when the route no longer asks for one (R-8, JSON).
cat >in.csv <<'CSV'
case_id,intake.route,finances.need,finances.together
R-1,halfline,support,2
R-2,crisis,urgent,1
R-3,safety,support,3
R-4,info,support,2
R-5,outreach,sometimes,9
R-6,,support,2
R-7,Halfline,support,2
CSV
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,intake.route,finances.need,finances.together,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
R-1,halfline,support,2,first_line,1,new,4,2027-01-09,P2,,2026-11-28,proposed,1,0,1,0.00,false,false,,
R-2,crisis,urgent,1,crisis,2,new,4,2026-12-05,P1,,2026-11-28,proposed,1,0,1,0.00,false,true,crisis,
R-3,safety,support,3,volunteer,0,new,4,2027-02-20,P3,,2026-11-28,proposed,1,1,0,1.00,false,false,,
R-4,info,support,2,,,,,,,,,,,,,,,,,
R-5,outreach,sometimes,9,,,,,,,,,,,,,,,,,
R-6,,support,2,first_line,1,new,4,2027-01-09,P2,,2026-11-28,proposed,1,0,1,0.00,false,false,,
R-7,Halfline,support,2,first_line,1,new,4,2027-01-09,P2,,2026-11-28,proposed,1,0,1,0.00,false,false,,
CSV

cat >in.json <<'JSON'
{"case_id":"R-8","intake":{"route":"info"},"finances":{"need":"support","together":2},"plan":{"finances":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2","proposed":""},"date":"2026-11-28","status":"proposed","items":1,"informal":0,"formal":1,"informal_share":0.00,"coordination":false,"consult":false,"consult_reasons":[],"reroute":""}}
JSON
run oer-plan in.json
expect_status 0
expect_no_err
expect_out <<'JSON'
{"case_id":"R-8","intake":{"route":"info"},"finances":{"need":"support","together":2},"plan":{"finances":{"level":"","echelon":null,"action":"","goal":null,"review":"","rule":"","proposed":""},"date":"","status":"","items":null,"informal":null,"formal":null,"informal_share":null,"coordination":null,"consult":null,"consult_reasons":[],"reroute":""}}
JSON
