# oer-plan --rules: the decision table as data.
# 1. The built-in table printed by --print-rules and read back plans the
#    same; with network taken out of finances' allowed levels, P3 plans a
#    volunteer for finances while housing keeps the network.
# 2. A file replaces the whole table: with only "allow finances general
#    first_line" and "review general 2", finances P3 finds general (review
#    2026-11-28 + 14 = 2026-12-12), and mental_health is no longer
#    specialised, so P2 plans first_line.
# 3. --print-rules ends with the rules P1-P6 as comments.
cat >in.csv <<'CSV'
case_id,network.load,finances.need,finances.together,housing.need,housing.together,mental_health.need,mental_health.together
R-1,ok,support,3,support,3,support,2
CSV
oer-plan --print-rules >builtin.txt
run oer-plan --rules builtin.txt in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,network.load,finances.need,finances.together,housing.need,housing.together,mental_health.need,mental_health.together,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.mental_health.level,plan.mental_health.echelon,plan.mental_health.action,plan.mental_health.goal,plan.mental_health.review,plan.mental_health.rule,plan.mental_health.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
R-1,ok,support,3,support,3,support,2,network,0,new,4,2027-02-20,P3,,network,0,new,4,2027-02-20,P3,,second_line,2,new,4,2027-01-09,P2,,2026-11-28,proposed,3,2,1,0.67,true,false,,
CSV
oer-plan in.csv >builtin.out
expect_same builtin.out out "built-in table vs --print-rules read back"

sed 's/^allow finances self network volunteer /allow finances self volunteer /' builtin.txt >no-network.txt
grep -q '^allow finances self volunteer general' no-network.txt || fail "sed did not change the finances line"
run oer-plan --rules no-network.txt in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,network.load,finances.need,finances.together,housing.need,housing.together,mental_health.need,mental_health.together,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.mental_health.level,plan.mental_health.echelon,plan.mental_health.action,plan.mental_health.goal,plan.mental_health.review,plan.mental_health.rule,plan.mental_health.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
R-1,ok,support,3,support,3,support,2,volunteer,0,new,4,2027-02-20,P3,,network,0,new,4,2027-02-20,P3,,second_line,2,new,4,2027-01-09,P2,,2026-11-28,proposed,3,2,1,0.67,true,false,,
CSV

printf 'allow finances general first_line\nreview general 2\n' >short.txt
run oer-plan --rules short.txt in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,network.load,finances.need,finances.together,housing.need,housing.together,mental_health.need,mental_health.together,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.mental_health.level,plan.mental_health.echelon,plan.mental_health.action,plan.mental_health.goal,plan.mental_health.review,plan.mental_health.rule,plan.mental_health.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
R-1,ok,support,3,support,3,support,2,general,1,new,4,2026-12-12,P3,,network,0,new,4,2027-02-20,P3,,first_line,1,new,4,2027-01-09,P2,,2026-11-28,proposed,3,1,2,0.33,true,false,,
CSV

sed -n '/^# The rules/,$p' builtin.txt >rules.txt
expect_file rules.txt <<'TXT'
# The rules, first that applies per domain (built in, not part of the table):
#   P1  need urgent: crisis; scale_up when lighter support is in place, else new
#   P2  need support, together 2: first_line, second_line in specialised domains
#   P3  need support, together 3: the lightest allowed of network (load ok), volunteer, general
#   P4  need watch: volunteer, else general, to relieve the network
#   P5  need none, support above self in place: one allowed level lighter, none at together 5
#   P6  trend down, support in place: one allowed level heavier, never crisis
TXT
