# oer-plan --rules with the shipped examples/plan-rules.txt: its three
# changes to the built-in table show in the plan.
#   finances, support at 3, network ok: volunteer (built in: network);
#   domestic_relations, support at 2: second_line (built in: first_line);
#   housing, support at 2: first_line, reviewed after 4 weeks:
#   2026-11-28 + 28 = 2026-12-26 (built in: 6 weeks, 2027-01-09).
cat >in.csv <<'CSV'
case_id,network.load,finances.need,finances.together,housing.need,housing.together,domestic_relations.need,domestic_relations.together
X-1,ok,support,3,support,2,support,2
CSV
run oer-plan --rules "$TOP/examples/plan-rules.txt" in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,network.load,finances.need,finances.together,housing.need,housing.together,domestic_relations.need,domestic_relations.together,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.domestic_relations.level,plan.domestic_relations.echelon,plan.domestic_relations.action,plan.domestic_relations.goal,plan.domestic_relations.review,plan.domestic_relations.rule,plan.domestic_relations.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
X-1,ok,support,3,support,2,support,2,volunteer,0,new,4,2027-02-20,P3,,first_line,1,new,4,2026-12-26,P2,,second_line,2,new,4,2027-01-09,P2,,2026-11-28,proposed,3,1,2,0.33,true,false,,
CSV

run oer-plan in.csv
expect_status 0
expect_out <<'CSV'
case_id,network.load,finances.need,finances.together,housing.need,housing.together,domestic_relations.need,domestic_relations.together,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.domestic_relations.level,plan.domestic_relations.echelon,plan.domestic_relations.action,plan.domestic_relations.goal,plan.domestic_relations.review,plan.domestic_relations.rule,plan.domestic_relations.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
X-1,ok,support,3,support,2,support,2,network,0,new,4,2027-02-20,P3,,first_line,1,new,4,2027-01-09,P2,,first_line,1,new,4,2027-01-09,P2,,2026-11-28,proposed,3,1,2,0.33,true,false,,
CSV
