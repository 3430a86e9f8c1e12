# oer-plan: each reason for peer consultation (collegiale raadpleging) on its
# own, then all five in their fixed order: complex (monitor.complex), crisis
# (a crisis item), no_fit, many_items (4 or more items), scale_up.  3 items
# are not many.  JSON in and out: consult is a boolean, the reasons a list.
cat >in.json <<'JSON'
{"case_id":"C-0","finances":{"need":"support","together":3}}
{"case_id":"C-1","monitor":{"complex":"ja"},"finances":{"need":"support","together":3}}
{"case_id":"C-2","finances":{"need":"urgent"}}
{"case_id":"C-3","finances":{"current":"second_line","trend":"down"}}
{"case_id":"C-4","finances":{"need":"support","together":3},"time_use":{"need":"support","together":3},"housing":{"need":"support","together":3},"social_network":{"need":"support","together":3}}
{"case_id":"C-5","finances":{"need":"none","together":4,"current":"self","trend":"down"}}
{"case_id":"C-6","monitor":{"complex":true},"finances":{"need":"urgent","current":"volunteer"},"housing":{"current":"crisis","trend":"down"},"mental_health":{"need":"support","together":2},"justice":{"need":"support","together":2}}
{"case_id":"C-7","monitor":{"complex":false},"finances":{"need":"support","together":3},"time_use":{"need":"support","together":3},"housing":{"need":"support","together":3}}
JSON
run oer-plan in.json
expect_status 0
expect_no_err
expect_out <<'JSON'
{"case_id":"C-0","finances":{"need":"support","together":3},"plan":{"finances":{"level":"volunteer","echelon":0,"action":"new","goal":4,"review":"2027-02-20","rule":"P3"},"date":"2026-11-28","status":"proposed","items":1,"informal":1,"formal":0,"informal_share":1.00,"coordination":false,"consult":false,"consult_reasons":[]}}
{"case_id":"C-1","monitor":{"complex":true},"finances":{"need":"support","together":3},"plan":{"finances":{"level":"volunteer","echelon":0,"action":"new","goal":4,"review":"2027-02-20","rule":"P3"},"date":"2026-11-28","status":"proposed","items":1,"informal":1,"formal":0,"informal_share":1.00,"coordination":false,"consult":true,"consult_reasons":["complex"]}}
{"case_id":"C-2","finances":{"need":"urgent"},"plan":{"finances":{"level":"crisis","echelon":2,"action":"new","goal":4,"review":"2026-12-05","rule":"P1"},"date":"2026-11-28","status":"proposed","items":1,"informal":0,"formal":1,"informal_share":0.00,"coordination":false,"consult":true,"consult_reasons":["crisis"]}}
{"case_id":"C-3","finances":{"current":"second_line","trend":"down"},"plan":{"finances":{"level":"no_fit","echelon":null,"action":"","goal":4,"review":"","rule":"P6"},"date":"2026-11-28","status":"proposed","items":1,"informal":0,"formal":0,"informal_share":0.00,"coordination":false,"consult":true,"consult_reasons":["no_fit"]}}
{"case_id":"C-4","finances":{"need":"support","together":3},"time_use":{"need":"support","together":3},"housing":{"need":"support","together":3},"social_network":{"need":"support","together":3},"plan":{"finances":{"level":"volunteer","echelon":0,"action":"new","goal":4,"review":"2027-02-20","rule":"P3"},"time_use":{"level":"volunteer","echelon":0,"action":"new","goal":4,"review":"2027-02-20","rule":"P3"},"housing":{"level":"volunteer","echelon":0,"action":"new","goal":4,"review":"2027-02-20","rule":"P3"},"social_network":{"level":"volunteer","echelon":0,"action":"new","goal":4,"review":"2027-02-20","rule":"P3"},"date":"2026-11-28","status":"proposed","items":4,"informal":4,"formal":0,"informal_share":1.00,"coordination":true,"consult":true,"consult_reasons":["many_items"]}}
{"case_id":"C-5","finances":{"need":"none","together":4,"current":"self","trend":"down"},"plan":{"finances":{"level":"network","echelon":0,"action":"scale_up","goal":4,"review":"2027-02-20","rule":"P6"},"date":"2026-11-28","status":"proposed","items":1,"informal":1,"formal":0,"informal_share":1.00,"coordination":false,"consult":true,"consult_reasons":["scale_up"]}}
{"case_id":"C-6","monitor":{"complex":true},"finances":{"need":"urgent","current":"volunteer"},"housing":{"current":"crisis","trend":"down"},"mental_health":{"need":"support","together":2},"justice":{"need":"support","together":2},"plan":{"finances":{"level":"crisis","echelon":2,"action":"scale_up","goal":4,"review":"2026-12-05","rule":"P1"},"housing":{"level":"no_fit","echelon":null,"action":"","goal":4,"review":"","rule":"P6"},"mental_health":{"level":"second_line","echelon":2,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"justice":{"level":"second_line","echelon":2,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"date":"2026-11-28","status":"proposed","items":4,"informal":0,"formal":3,"informal_share":0.00,"coordination":true,"consult":true,"consult_reasons":["complex","crisis","no_fit","many_items","scale_up"]}}
{"case_id":"C-7","monitor":{"complex":false},"finances":{"need":"support","together":3},"time_use":{"need":"support","together":3},"housing":{"need":"support","together":3},"plan":{"finances":{"level":"volunteer","echelon":0,"action":"new","goal":4,"review":"2027-02-20","rule":"P3"},"time_use":{"level":"volunteer","echelon":0,"action":"new","goal":4,"review":"2027-02-20","rule":"P3"},"housing":{"level":"volunteer","echelon":0,"action":"new","goal":4,"review":"2027-02-20","rule":"P3"},"date":"2026-11-28","status":"proposed","items":3,"informal":3,"formal":0,"informal_share":1.00,"coordination":true,"consult":false,"consult_reasons":[]}}
JSON
