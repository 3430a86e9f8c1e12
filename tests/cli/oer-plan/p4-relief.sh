# oer-plan: P4 -- need watch (the network carries the domain under a strained
# or overloaded load) gets a volunteer to relieve the network: action relief,
# review after 12 weeks (2027-02-20).  The goal is the target level: at least
# 4, and 5 where the domain is at 5 already.
cat >in.csv <<'CSV'
case_id,network.load,housing.need,housing.self,housing.together,housing.current
W-1,overloaded,watch,2,4,
W-2,strained,watch,3,5,volunteer
W-3,overloaded,watch,1,4,network
CSV
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,network.load,housing.need,housing.self,housing.together,housing.current,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
W-1,overloaded,watch,2,4,,volunteer,0,relief,4,2027-02-20,P4,,2026-11-28,proposed,1,1,0,1.00,false,false,,
W-2,strained,watch,3,5,volunteer,volunteer,0,relief,5,2027-02-20,P4,,2026-11-28,proposed,1,1,0,1.00,false,false,,
W-3,overloaded,watch,1,4,network,volunteer,0,relief,4,2027-02-20,P4,,2026-11-28,proposed,1,1,0,1.00,false,false,,
CSV
