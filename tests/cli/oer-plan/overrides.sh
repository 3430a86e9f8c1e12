# oer-plan: the professional's decision, with the resident, wins and stays
# visible (SPEC 0, 7).  O-1: a recorded level (rule empty) is kept, rule
# override, the method's proposal (network) beside it, review from the
# recorded plan date; O-2: a level with rule P3 is the stage's own and made
# again; O-3: a Dutch level with rule override, lighter than the support in
# place: scale_down; O-4 and O-5: the worker's consult takes a complex case
# off the agenda and puts another on, the reasons still listed; O-6: info,
# but the monitor found an urgent domain: planned after all (P0); O-7:
# outreach with an urgent domain: on the agenda, not planned; O-8: info and
# nothing urgent passes through; O-9: a recorded level without any score.
cat >in.csv <<'CSV'
case_id,intake.route,network.load,monitor.complex,monitor.urgent,finances.need,finances.together,finances.current,plan.finances.level,plan.finances.rule,plan.date,consult,override_reason
O-1,halfline,ok,false,0,support,3,,first_line,,2026-11-10,,schulden te hoog voor netwerk
O-2,halfline,ok,false,0,support,3,,first_line,P3,,,
O-3,halfline,ok,false,0,none,4,first_line,Netwerk,override,,,
O-4,halfline,ok,true,0,support,3,,,,,nee,loopt al bij ggz
O-5,halfline,ok,false,0,none,5,,,,,ja,
O-6,info,,false,1,urgent,1,,,,,,
O-7,outreach,,true,1,urgent,1,,,,,,
O-8,info,,false,0,none,5,,,,,,
O-9,halfline,ok,false,0,,,,volunteer,,,,
CSV
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,intake.route,network.load,monitor.complex,monitor.urgent,finances.need,finances.together,finances.current,plan.finances.level,plan.finances.rule,plan.date,consult,override_reason,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.proposed,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
O-1,halfline,ok,false,0,support,3,,first_line,override,2026-11-10,,schulden te hoog voor netwerk,1,new,4,2026-12-22,network,recorded,1,0,1,0.00,false,false,,
O-2,halfline,ok,false,0,support,3,,network,P3,2026-11-28,,,0,new,4,2027-02-20,,proposed,1,1,0,1.00,false,false,,
O-3,halfline,ok,false,0,none,4,first_line,network,override,2026-11-28,,,0,scale_down,4,2027-02-20,general,proposed,1,1,0,1.00,false,false,,
O-4,halfline,ok,true,0,support,3,,network,P3,2026-11-28,nee,loopt al bij ggz,0,new,4,2027-02-20,,proposed,1,1,0,1.00,false,false,complex;override,
O-5,halfline,ok,false,0,none,5,,,,2026-11-28,ja,,,,,,,proposed,0,0,0,,false,true,override,
O-6,info,,false,1,urgent,1,,crisis,P1,2026-11-28,,,2,new,4,2026-12-05,,proposed,1,0,1,0.00,false,true,crisis,P0
O-7,outreach,,true,1,urgent,1,,,,,,,,,,,,,,,,,,true,outreach_urgent,
O-8,info,,false,0,none,5,,,,,,,,,,,,,,,,,,,,
O-9,halfline,ok,false,0,,,,volunteer,override,2026-11-28,,,0,new,4,2027-02-20,,proposed,1,1,0,1.00,false,false,,
CSV
# Idempotent with the overrides present.
cp out once.csv
run oer-plan once.csv
expect_status 0
expect_same once.csv out 'a second run'
# A recorded level that is no level is a data error naming the field.
printf 'case_id,intake.route,finances.need,finances.together,plan.finances.level\nB-1,halfline,support,3,later\n' >bad.csv
run oer-plan bad.csv
expect_status 65
expect_err <<'ERR'
oer-plan: bad.csv:2: case B-1: plan.finances.level: 'later' is not a level of support (self, network, volunteer, general, first_line, second_line, third_line, crisis; or none)
ERR
# So is a consult decision that is not a boolean.
printf 'case_id,intake.route,consult\nB-2,halfline,misschien\n' >bad.csv
run oer-plan bad.csv
expect_status 65
expect_err <<'ERR'
oer-plan: bad.csv:2: case B-2: consult: 'misschien' is not true or false (also ja/nee, yes/no, 1/0)
ERR
