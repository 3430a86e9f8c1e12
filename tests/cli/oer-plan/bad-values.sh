# oer-plan: every value it reads is checked; a bad one is a data error naming
# input, line, case and field (exit 65), after the complete records before it
# are written.
good_out='case_id,intake.route,network.load,monitor.complex,finances.need,finances.self,finances.together,finances.current,finances.trend,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
G-1,halfline,ok,false,support,2,2,,,first_line,1,new,4,2027-01-09,P2,,2026-11-28,proposed,1,0,1,0.00,false,false,',

# bad LINE MESSAGE: LINE after a good record stops the run with MESSAGE.
bad() {
	printf '%s\n%s\n%s\n' \
	    'case_id,intake.route,network.load,monitor.complex,finances.need,finances.self,finances.together,finances.current,finances.trend' \
	    'G-1,halfline,ok,false,support,2,2,,' "$1" >in.csv
	run oer-plan in.csv
	expect_status 65
	printf '%s\n' "$good_out" >want.out
	expect_same want.out out stdout
	printf 'oer-plan: in.csv:3: %s\n' "$2" >want.err
	expect_same want.err err stderr
}

bad 'B-1,later,ok,false,support,2,2,,' \
    "case B-1: intake.route: 'later' is not a route (safety, crisis, outreach, info, halfline)"
bad 'B-2,halfline,heavy,false,support,2,2,,' \
    "case B-2: network.load: 'heavy' is not a network load (ok, strained, overloaded)"
bad 'B-3,halfline,ok,maybe,support,2,2,,' \
    "case B-3: monitor.complex: 'maybe' is not true or false (also ja/nee, yes/no, 1/0)"
bad 'B-4,halfline,ok,false,sometimes,2,2,,' \
    "case B-4: finances.need: 'sometimes' is not a need (urgent, support, watch, none)"
bad 'B-5,halfline,ok,false,support,0,2,,' \
    "case B-5: finances.self: '0' is not a level 1-5"
bad 'B-6,halfline,ok,false,support,2,2.5,,' \
    "case B-6: finances.together: '2.5' is not a level 1-5"
bad 'B-7,halfline,ok,false,support,2,2,fourth_line,' \
    "case B-7: finances.current: 'fourth_line' is not a level of support (self, network, volunteer, general, first_line, second_line, third_line, crisis; or none)"
bad 'B-8,halfline,ok,false,support,2,2,,sideways' \
    "case B-8: finances.trend: 'sideways' is not a trend (up, same, down)"
# P2 and P3 tell the support levels apart: the level must be 2 or 3.
bad 'B-9,halfline,ok,false,support,2,4,,' \
    "case B-9: finances.together: '4' does not fit need 'support' (2 or 3)"
bad 'B-10,halfline,ok,false,support,4,,,' \
    "case B-10: finances.self: '4' does not fit need 'support' (2 or 3)"
bad 'B-11,halfline,ok,false,support,,,,' \
    "case B-11: finances.need: 'support' needs the level together with the network (2 or 3)"
bad 'B-12,halfline,ok,false,urgent,2,1,,' \
    "case B-12: finances.together: '1' is below finances.self '2' (together is at least self)"
# Without a case_id the message leaves the case out.
bad ',halfline,ok,false,urgent,7,1,,' \
    "finances.self: '7' is not a level 1-5"
