# oer-refer: age_min and age_max are inclusive; an unknown age fits only providers without an age limit
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days,age_min,age_max
JT,Jeugdteam,first_line,domestic_relations,*,,2,0,17
JV,Jongvolwassenen,first_line,domestic_relations,*,,3,18,26
OA,Ouderenadviseur,first_line,domestic_relations,*,,4,65,
AM,Maatschappelijk Werk,first_line,domestic_relations,*,,10,,
CSV
cat >in.csv <<'CSV'
case_id,wijk,age,plan.domestic_relations.level
A-17,Zuid,17,first_line
A-18,Zuid,18,first_line
A-26,Zuid,26,first_line
A-27,Zuid,27,first_line
A-64,Zuid,64,first_line
A-65,Zuid,65,first_line
A-90,Zuid,90,first_line
A-NA,Zuid,,first_line
CSV
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,age,plan.domestic_relations.level,refer.domestic_relations.provider,refer.domestic_relations.name,refer.domestic_relations.status,refer.domestic_relations.wait_days,refer.domestic_relations.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
A-17,Zuid,17,first_line,JT,Jeugdteam,proposed,2,,1,0,0,0,0
A-18,Zuid,18,first_line,JV,Jongvolwassenen,proposed,3,,1,0,0,0,0
A-26,Zuid,26,first_line,JV,Jongvolwassenen,proposed,3,,1,0,0,0,0
A-27,Zuid,27,first_line,AM,Maatschappelijk Werk,proposed,10,,1,0,0,0,0
A-64,Zuid,64,first_line,AM,Maatschappelijk Werk,proposed,10,,1,0,0,0,0
A-65,Zuid,65,first_line,OA,Ouderenadviseur,proposed,4,,1,0,0,0,0
A-90,Zuid,90,first_line,OA,Ouderenadviseur,proposed,4,,1,0,0,0,0
A-NA,Zuid,,first_line,AM,Maatschappelijk Werk,proposed,10,,1,0,0,0,0
CSV

# Only age-limited providers: a case without an age stays unmatched.
grep -v '^AM,' kaart.csv >jeugd.csv
printf 'case_id,wijk,age,plan.domestic_relations.level\nA-NA,Zuid,,first_line\n' >na.csv
run oer-refer --map jeugd.csv na.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,age,plan.domestic_relations.level,refer.domestic_relations.provider,refer.domestic_relations.name,refer.domestic_relations.status,refer.domestic_relations.wait_days,refer.domestic_relations.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
A-NA,Zuid,,first_line,,,unmatched,,,0,0,1,0,0
CSV
