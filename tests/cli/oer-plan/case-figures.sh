# oer-plan: the per-case figures.  items counts the plan's items (no_fit
# included, a scale-down to none not: that support ends); informal those at
# self, network or volunteer; formal those at general or heavier;
# informal_share = informal / items with 2 decimals rounded half up in
# integers: 1/3 = 0.33, 2/3 = 0.666.. = 0.67, 1/8 = 0.125 = 0.13 (a
# binary-float printf would give 0.12), 1/2 = 0.50, 1/1 = 1.00, no items =
# no share (null).  coordination: 2 or more items.
#   F-1 volunteer (P4) + 2 x first_line (P2); F-2 2 x volunteer + first_line;
#   F-3 volunteer + 7 x first_line; F-4 nothing to plan; F-5 one volunteer;
#   F-6 two scale-downs to none; F-7 volunteer + no_fit.
cat >in.json <<'JSON'
{"case_id":"F-1","finances":{"need":"watch"},"time_use":{"need":"support","together":2},"housing":{"need":"support","together":2}}
{"case_id":"F-2","finances":{"need":"watch"},"time_use":{"need":"watch"},"housing":{"need":"support","together":2}}
{"case_id":"F-3","finances":{"need":"watch"},"work_education":{"need":"support","together":2},"time_use":{"need":"support","together":2},"housing":{"need":"support","together":2},"domestic_relations":{"need":"support","together":2},"physical_health":{"need":"support","together":2},"basic_adl":{"need":"support","together":2},"instrumental_adl":{"need":"support","together":2}}
{"case_id":"F-4","finances":{"need":"none","together":5}}
{"case_id":"F-5","finances":{"need":"watch"}}
{"case_id":"F-6","finances":{"need":"none","together":5,"current":"first_line"},"housing":{"need":"none","together":5,"current":"volunteer"}}
{"case_id":"F-7","finances":{"need":"watch"},"housing":{"current":"crisis","trend":"down"}}
JSON
run oer-plan in.json
expect_status 0
expect_no_err
expect_out <<'JSON'
{"case_id":"F-1","finances":{"need":"watch"},"time_use":{"need":"support","together":2},"housing":{"need":"support","together":2},"plan":{"finances":{"level":"volunteer","echelon":0,"action":"relief","goal":4,"review":"2027-02-20","rule":"P4"},"time_use":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"housing":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"date":"2026-11-28","status":"proposed","items":3,"informal":1,"formal":2,"informal_share":0.33,"coordination":true,"consult":false,"consult_reasons":[]}}
{"case_id":"F-2","finances":{"need":"watch"},"time_use":{"need":"watch"},"housing":{"need":"support","together":2},"plan":{"finances":{"level":"volunteer","echelon":0,"action":"relief","goal":4,"review":"2027-02-20","rule":"P4"},"time_use":{"level":"volunteer","echelon":0,"action":"relief","goal":4,"review":"2027-02-20","rule":"P4"},"housing":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"date":"2026-11-28","status":"proposed","items":3,"informal":2,"formal":1,"informal_share":0.67,"coordination":true,"consult":false,"consult_reasons":[]}}
{"case_id":"F-3","finances":{"need":"watch"},"work_education":{"need":"support","together":2},"time_use":{"need":"support","together":2},"housing":{"need":"support","together":2},"domestic_relations":{"need":"support","together":2},"physical_health":{"need":"support","together":2},"basic_adl":{"need":"support","together":2},"instrumental_adl":{"need":"support","together":2},"plan":{"finances":{"level":"volunteer","echelon":0,"action":"relief","goal":4,"review":"2027-02-20","rule":"P4"},"work_education":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"time_use":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"housing":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"domestic_relations":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"physical_health":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"basic_adl":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"instrumental_adl":{"level":"first_line","echelon":1,"action":"new","goal":4,"review":"2027-01-09","rule":"P2"},"date":"2026-11-28","status":"proposed","items":8,"informal":1,"formal":7,"informal_share":0.13,"coordination":true,"consult":true,"consult_reasons":["many_items"]}}
{"case_id":"F-4","finances":{"need":"none","together":5},"plan":{"finances":{"level":"","echelon":null,"action":"","goal":null,"review":"","rule":""},"date":"2026-11-28","status":"proposed","items":0,"informal":0,"formal":0,"informal_share":null,"coordination":false,"consult":false,"consult_reasons":[]}}
{"case_id":"F-5","finances":{"need":"watch"},"plan":{"finances":{"level":"volunteer","echelon":0,"action":"relief","goal":4,"review":"2027-02-20","rule":"P4"},"date":"2026-11-28","status":"proposed","items":1,"informal":1,"formal":0,"informal_share":1.00,"coordination":false,"consult":false,"consult_reasons":[]}}
{"case_id":"F-6","finances":{"need":"none","together":5,"current":"first_line"},"housing":{"need":"none","together":5,"current":"volunteer"},"plan":{"finances":{"level":"none","echelon":null,"action":"scale_down","goal":5,"review":"2027-02-20","rule":"P5"},"housing":{"level":"none","echelon":null,"action":"scale_down","goal":5,"review":"2027-02-20","rule":"P5"},"date":"2026-11-28","status":"proposed","items":0,"informal":0,"formal":0,"informal_share":null,"coordination":false,"consult":false,"consult_reasons":[]}}
{"case_id":"F-7","finances":{"need":"watch"},"housing":{"current":"crisis","trend":"down"},"plan":{"finances":{"level":"volunteer","echelon":0,"action":"relief","goal":4,"review":"2027-02-20","rule":"P4"},"housing":{"level":"no_fit","echelon":null,"action":"","goal":4,"review":"","rule":"P6"},"date":"2026-11-28","status":"proposed","items":2,"informal":1,"formal":0,"informal_share":0.50,"coordination":true,"consult":true,"consult_reasons":["no_fit"]}}
JSON
