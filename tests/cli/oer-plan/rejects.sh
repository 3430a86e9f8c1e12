# oer-plan --rejects: bad records go to the rejects file unchanged plus an
# error field, the run goes on, a summary goes to stderr and the exit status
# is 1; records out + rejected = records in (3 + 2 = 5); the error is quoted
# only where it holds a comma.  Same in JSON, where the error is one more
# member and stdin is named as the input.
cat >in.csv <<'CSV'
case_id,intake.route,finances.need,finances.together
K-1,halfline,urgent,1
K-2,halfline,sometimes,2
K-3,info,support,2
K-4,halfline,support,5
K-5,halfline,watch,4
CSV
run oer-plan --rejects rej.csv in.csv
expect_status 1
expect_out <<'CSV'
case_id,intake.route,finances.need,finances.together,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
K-1,halfline,urgent,1,crisis,2,new,4,2026-12-05,P1,,2026-11-28,proposed,1,0,1,0.00,false,true,crisis,
K-3,info,support,2,,,,,,,,,,,,,,,,,
K-5,halfline,watch,4,volunteer,0,relief,4,2027-02-20,P4,,2026-11-28,proposed,1,1,0,1.00,false,false,,
CSV
expect_err <<'ERR'
oer-plan: 2 of 5 records rejected, see rej.csv
ERR
expect_file rej.csv <<'CSV'
case_id,intake.route,finances.need,finances.together,error
K-2,halfline,sometimes,2,"in.csv:3: case K-2: finances.need: 'sometimes' is not a need (urgent, support, watch, none)"
K-4,halfline,support,5,in.csv:5: case K-4: finances.together: '5' does not fit need 'support' (2 or 3)
CSV

cat >in.json <<'JSON'
{"case_id":"K-6","finances":{"need":"urgent"}}
{"case_id":"K-7","finances":{"need":"urgent","current":"hospital"}}
JSON
run_in in.json oer-plan --rejects rej.json
expect_status 1
expect_out <<'JSON'
{"case_id":"K-6","finances":{"need":"urgent"},"plan":{"finances":{"level":"crisis","echelon":2,"action":"new","goal":4,"review":"2026-12-05","rule":"P1","proposed":""},"date":"2026-11-28","status":"proposed","items":1,"informal":0,"formal":1,"informal_share":0.00,"coordination":false,"consult":true,"consult_reasons":["crisis"],"reroute":""}}
JSON
expect_err <<'ERR'
oer-plan: 1 of 2 records rejected, see rej.json
ERR
expect_file rej.json <<'JSON'
{"case_id":"K-7","finances":{"need":"urgent","current":"hospital"},"error":"stdin:2: case K-7: finances.current: 'hospital' is not a level of support (self, network, volunteer, general, first_line, second_line, third_line, crisis; or none)"}
JSON
