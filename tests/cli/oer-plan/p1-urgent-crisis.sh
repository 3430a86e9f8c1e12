# oer-plan: P1 -- an urgent need gets crisis help now (echelon 2, review after
# 1 week: 2026-11-28 + 7 = 2026-12-05); scale_up when lighter support is in
# place, else new (also when crisis help is already in place).
cat >in.csv <<'CSV'
case_id,finances.need,finances.together,finances.current
U-1,urgent,1,
U-2,urgent,1,volunteer
U-3,urgent,1,crisis
U-4,urgent,1,none
CSV
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,finances.need,finances.together,finances.current,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
U-1,urgent,1,,crisis,2,new,4,2026-12-05,P1,,2026-11-28,proposed,1,0,1,0.00,false,true,crisis,
U-2,urgent,1,volunteer,crisis,2,scale_up,4,2026-12-05,P1,,2026-11-28,proposed,1,0,1,0.00,false,true,crisis;scale_up,
U-3,urgent,1,crisis,crisis,2,new,4,2026-12-05,P1,,2026-11-28,proposed,1,0,1,0.00,false,true,crisis,
U-4,urgent,1,none,crisis,2,new,4,2026-12-05,P1,,2026-11-28,proposed,1,0,1,0.00,false,true,crisis,
CSV
