# oer-refer: the shipped example social map loads and refers as its entries say, white spots included
cat >plan.csv <<'CSV'
case_id,wijk,age,plan.finances.level,plan.mental_health.level,plan.justice.level
E-1,Noord,45,first_line,,
E-2,De Haven,30,,second_line,
E-3,Zuid,30,,second_line,
E-4,Vogelbuurt,70,,,volunteer
E-5,Oost,19,,self,crisis
E-6,Oude Dorp,,volunteer,volunteer,
E-7,Centrum,17,,first_line,
CSV
# E-1: Schuldhulp Noord covers Noord. E-2: GGZ Team Oost is for Oost and Zuid
# only, E-3 is in Zuid and it waits less.  E-4: the Rechtswinkel skips the
# Vogelbuurt and E-5's crisis in justice has no crisis service: white spots.
# E-6 has no age: the providers without an age limit.  E-7 is 17, too young
# for the POH-GGZ (18+), so general social work.
run oer-refer --map "$TOP/examples/sociale-kaart.csv" plan.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,age,plan.finances.level,plan.mental_health.level,plan.justice.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.mental_health.provider,refer.mental_health.name,refer.mental_health.status,refer.mental_health.wait_days,refer.mental_health.law,refer.justice.provider,refer.justice.name,refer.justice.status,refer.justice.wait_days,refer.justice.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
E-1,Noord,45,first_line,,,EL-SH-NRD,Schuldhulp Noord,proposed,21,wmo,,,,,,,,,,,1,0,0,0,0
E-2,De Haven,30,,second_line,,,,,,,TL-GGZ,Specialistische GGZ,proposed,56,zvw,,,,,,1,0,0,0,0
E-3,Zuid,30,,second_line,,,,,,,TL-GGZ-O,GGZ Team Oost,proposed,35,zvw,,,,,,1,0,0,0,0
E-4,Vogelbuurt,70,,,volunteer,,,,,,,,,,,,,unmatched,,,0,0,1,0,0
E-5,Oost,19,,self,crisis,,,,,,,,informal,,,,,unmatched,,,0,0,1,0,0
E-6,Oude Dorp,,volunteer,volunteer,,VW-BUDGET,Budgetmaatjes Stad,proposed,10,wmo,VW-HERSTEL,Herstelgroep Zelfhulp,proposed,7,wmo,,,,,,2,0,0,0,0
E-7,Centrum,17,,first_line,,,,,,,EL-AMW,Algemeen Maatschappelijk Werk,proposed,21,wmo,,,,,,1,0,0,0,0
CSV
