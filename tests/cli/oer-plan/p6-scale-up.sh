# oer-plan: P6 -- a declining trend (from oer-monitor --history) with support
# in place: one level heavier (action scale_up, a reason for consultation).
#   T-1: self -> network; housing's trend is not down: no item.
#   T-2: overloaded network: self -> volunteer; a trend with nothing in
#        place gives no item.
#   T-3: the first rule wins: need none above self is P5 (volunteer ->
#        network) even when declining; need support is P3.
#   T-4: unscored now, declining with second_line in place: housing goes up
#        to third_line (6 weeks: 2027-01-09); finances allows no third_line
#        and a trend never makes a crisis: no_fit.
cat >in.csv <<'CSV'
case_id,network.load,finances.need,finances.together,finances.current,finances.trend,housing.need,housing.together,housing.current,housing.trend
T-1,ok,none,4,self,down,none,4,self,same
T-2,overloaded,none,4,self,down,none,4,,down
T-3,ok,none,4,volunteer,down,support,3,volunteer,down
T-4,ok,,,second_line,down,,,second_line,down
CSV
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,network.load,finances.need,finances.together,finances.current,finances.trend,housing.need,housing.together,housing.current,housing.trend,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
T-1,ok,none,4,self,down,none,4,self,same,network,0,scale_up,4,2027-02-20,P6,,,,,,,,,2026-11-28,proposed,1,1,0,1.00,false,true,scale_up,
T-2,overloaded,none,4,self,down,none,4,,down,volunteer,0,scale_up,4,2027-02-20,P6,,,,,,,,,2026-11-28,proposed,1,1,0,1.00,false,true,scale_up,
T-3,ok,none,4,volunteer,down,support,3,volunteer,down,network,0,scale_down,4,2027-02-20,P5,,network,0,new,4,2027-02-20,P3,,2026-11-28,proposed,2,2,0,1.00,true,false,,
T-4,ok,,,second_line,down,,,second_line,down,no_fit,,,4,,P6,,third_line,3,scale_up,4,2027-01-09,P6,,2026-11-28,proposed,2,0,1,0.00,true,true,no_fit;scale_up,
CSV
