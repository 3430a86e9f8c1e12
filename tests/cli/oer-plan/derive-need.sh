# oer-plan: records with the monitor's levels but not its need (here with
# Dutch column names and a bare domain column read as together) are judged
# as oer-monitor would: together 1 urgent, 2-3 support, 4-5 with self 1-3 and
# a strained or overloaded network watch, else none; a missing together
# equals self.  The input's columns are written under the spec's names
# (finances.self, housing, work_education.self) and the plan's own fields
# use the English domain keys.
#   N-1: finances 2/4 overloaded: watch -> P4 volunteer; work_education self
#        1: urgent -> P1 crisis; housing 3: support -> P3, overloaded, so a
#        volunteer.
#   N-2: finances 2/2: support -> P2 first_line; work_education self 4 and
#        housing 5: none, nothing in place, no item.
cat >in.csv <<'CSV'
case_id,network.load,Financiën.self,Financiën.together,huisvesting,werk_opleiding.self
N-1,overloaded,2,4,3,1
N-2,ok,2,2,5,4
CSV
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,network.load,finances.self,finances.together,housing,work_education.self,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.work_education.level,plan.work_education.echelon,plan.work_education.action,plan.work_education.goal,plan.work_education.review,plan.work_education.rule,plan.work_education.proposed,plan.housing.level,plan.housing.echelon,plan.housing.action,plan.housing.goal,plan.housing.review,plan.housing.rule,plan.housing.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
N-1,overloaded,2,4,3,1,volunteer,0,relief,4,2027-02-20,P4,,crisis,2,new,4,2026-12-05,P1,,volunteer,0,new,4,2027-02-20,P3,,2026-11-28,proposed,3,2,1,0.67,true,true,crisis,
N-2,ok,2,2,5,4,first_line,1,new,4,2027-01-09,P2,,,,,,,,,,,,,,,,2026-11-28,proposed,1,0,1,0.00,false,false,,
CSV
