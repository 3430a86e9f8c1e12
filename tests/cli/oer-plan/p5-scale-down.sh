# oer-plan: P5 -- need none with support above self in place: one level
# lighter along the cascade, the next level the domain allows (action
# scale_down); at together 5 the support ends (level none: no echelon, not
# counted as an item, reviewed after the 12 weeks of self to see that own
# strength holds).
#   D-1: first_line -> general (6 weeks: 2027-01-09), network -> self.
#   D-2: together 5: second_line and crisis -> none (goal 5).
#   D-3: from crisis: housing allows third_line (residential care), finances
#        does not, so finances goes to second_line.
#   D-4: volunteer -> self: a strained network is passed over; self in place
#        is not above self, so housing gets no item.
cat >in.csv <<'CSV'
case_id,network.load,finances.need,finances.together,finances.current,housing.need,housing.together,housing.current
D-1,ok,none,4,first_line,none,4,network
D-2,ok,none,5,second_line,none,5,crisis
D-3,ok,none,4,crisis,none,4,crisis
D-4,strained,none,4,volunteer,none,4,self
CSV
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,network.load,finances.need,finances.together,finances.current,housing.need,housing.together,housing.current,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
D-1,ok,none,4,first_line,none,4,network,general,1,scale_down,4,2027-01-09,P5,,self,0,scale_down,4,2027-02-20,P5,,2026-11-28,proposed,2,1,1,0.50,true,false,,
D-2,ok,none,5,second_line,none,5,crisis,none,,scale_down,5,2027-02-20,P5,,none,,scale_down,5,2027-02-20,P5,,2026-11-28,proposed,0,0,0,,false,false,,
D-3,ok,none,4,crisis,none,4,crisis,second_line,2,scale_down,4,2027-01-09,P5,,third_line,3,scale_down,4,2027-01-09,P5,,2026-11-28,proposed,2,0,2,0.00,true,false,,
D-4,strained,none,4,volunteer,none,4,self,self,0,scale_down,4,2027-02-20,P5,,,,,,,,,2026-11-28,proposed,1,1,0,1.00,false,false,,
CSV
