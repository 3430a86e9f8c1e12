# oer-plan: P2 -- need support at together 2 gets a professional: first_line
# (echelon 1), second_line (echelon 2) in the specialised domains of the
# built-in table (mental_health, substance_use, justice); continue when that
# level is already in place, else new.  Review after 6 weeks: 2026-11-28 + 42
# = 2027-01-09.
cat >in.csv <<'CSV'
case_id,finances.need,finances.together,finances.current,mental_health.need,mental_health.together,mental_health.current,substance_use.need,substance_use.together,justice.need,justice.together
S-1,support,2,,support,2,,,,,
S-2,support,2,first_line,support,2,second_line,,,,
S-3,support,2,second_line,support,2,first_line,,,,
S-4,,,,,,,support,2,support,2
CSV
run oer-plan in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,finances.need,finances.together,finances.current,mental_health.need,mental_health.together,mental_health.current,substance_use.need,substance_use.together,justice.need,justice.together,plan.finances.level,plan.finances.echelon,plan.finances.action,plan.finances.goal,plan.finances.review,plan.finances.rule,plan.finances.proposed,plan.mental_health.level,plan.mental_health.echelon,plan.mental_health.action,plan.mental_health.goal,plan.mental_health.review,plan.mental_health.rule,plan.mental_health.proposed,plan.substance_use.level,plan.substance_use.echelon,plan.substance_use.action,plan.substance_use.goal,plan.substance_use.review,plan.substance_use.rule,plan.substance_use.proposed,plan.justice.level,plan.justice.echelon,plan.justice.action,plan.justice.goal,plan.justice.review,plan.justice.rule,plan.justice.proposed,plan.date,plan.status,plan.items,plan.informal,plan.formal,plan.informal_share,plan.coordination,plan.consult,plan.consult_reasons,plan.reroute
S-1,support,2,,support,2,,,,,,first_line,1,new,4,2027-01-09,P2,,second_line,2,new,4,2027-01-09,P2,,,,,,,,,,,,,,,,2026-11-28,proposed,2,0,2,0.00,true,false,,
S-2,support,2,first_line,support,2,second_line,,,,,first_line,1,continue,4,2027-01-09,P2,,second_line,2,continue,4,2027-01-09,P2,,,,,,,,,,,,,,,,2026-11-28,proposed,2,0,2,0.00,true,false,,
S-3,support,2,second_line,support,2,first_line,,,,,first_line,1,new,4,2027-01-09,P2,,second_line,2,new,4,2027-01-09,P2,,,,,,,,,,,,,,,,2026-11-28,proposed,2,0,2,0.00,true,false,,
S-4,,,,,,,support,2,support,2,,,,,,,,,,,,,,,second_line,2,new,4,2027-01-09,P2,,second_line,2,new,4,2027-01-09,P2,,2026-11-28,proposed,2,0,2,0.00,true,false,,
CSV
