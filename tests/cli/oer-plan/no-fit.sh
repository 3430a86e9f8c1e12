# oer-plan: when the decision table allows none of the levels a rule would
# choose, the item is no_fit (no echelon, action or review: the peer
# consultation decides) and the case goes to consultation.  Here finances
# allows only self and second_line, so P1 (crisis), P2 (first_line), P3
# (network, volunteer, general) and P4 (volunteer, general) find no fit --
# never a silently heavier or lighter level -- while P5 steps down from
# second_line to the next level allowed, self.  no_fit counts as an item,
# neither informal nor formal.
cat >narrow.txt <<'RULES'
# finances: only own strength or specialised help
allow finances self second_line
RULES
cat >in.csv <<'CSV'
case_id,finances.need,finances.together,finances.current
N-1,urgent,1,
N-2,support,2,
N-3,support,3,
N-4,watch,4,
N-5,none,4,second_line
N-6,none,4,self
CSV
run oer-plan --rules narrow.txt in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,finances.need,finances.together,finances.current,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
N-1,urgent,1,,no_fit,,,4,,P1,,2026-11-28,proposed,1,0,0,0.00,false,true,no_fit,
N-2,support,2,,no_fit,,,4,,P2,,2026-11-28,proposed,1,0,0,0.00,false,true,no_fit,
N-3,support,3,,no_fit,,,4,,P3,,2026-11-28,proposed,1,0,0,0.00,false,true,no_fit,
N-4,watch,4,,no_fit,,,4,,P4,,2026-11-28,proposed,1,0,0,0.00,false,true,no_fit,
N-5,none,4,second_line,self,0,scale_down,4,2027-02-20,P5,,2026-11-28,proposed,1,1,0,1.00,false,false,,
N-6,none,4,self,,,,,,,,2026-11-28,proposed,0,0,0,,false,false,,
CSV
