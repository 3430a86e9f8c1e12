# oer-plan: P3 -- need support at together 3 gets the lightest level the
# domain allows: the network when network.load is ok (SPEC 7), else -- load
# strained, overloaded or not recorded -- a volunteer (the network-overloaded
# path), else a general facility (p3-network-load.sh).  Informal
# levels are reviewed after 12 weeks: 2026-11-28 + 84 = 2027-02-20.  A
# network already in place but now overloaded moves to a volunteer (new).
# The monitor's Dutch load names are read too (overbelast).
cat >in.csv <<'CSV'
case_id,network.load,finances.need,finances.together,finances.current
L-1,ok,support,3,
L-2,,support,3,
L-3,strained,support,3,
L-4,overloaded,support,3,volunteer
L-5,overloaded,support,3,network
L-6,overbelast,support,3,
L-7,ok,support,3,network
CSV
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,network.load,finances.need,finances.together,finances.current,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
L-1,ok,support,3,,network,0,new,4,2027-02-20,P3,,2026-11-28,proposed,1,1,0,1.00,false,false,,
L-2,,support,3,,volunteer,0,new,4,2027-02-20,P3,,2026-11-28,proposed,1,1,0,1.00,false,false,,
L-3,strained,support,3,,volunteer,0,new,4,2027-02-20,P3,,2026-11-28,proposed,1,1,0,1.00,false,false,,
L-4,overloaded,support,3,volunteer,volunteer,0,continue,4,2027-02-20,P3,,2026-11-28,proposed,1,1,0,1.00,false,false,,
L-5,overloaded,support,3,network,volunteer,0,new,4,2027-02-20,P3,,2026-11-28,proposed,1,1,0,1.00,false,false,,
L-6,overbelast,support,3,,volunteer,0,new,4,2027-02-20,P3,,2026-11-28,proposed,1,1,0,1.00,false,false,,
L-7,ok,support,3,network,network,0,continue,4,2027-02-20,P3,,2026-11-28,proposed,1,1,0,1.00,false,false,,
CSV
