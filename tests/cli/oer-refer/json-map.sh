# oer-refer: the social map as JSON Lines (lists as arrays, null capacity unlimited, extra fields ignored)
cat >kaart.jsonl <<'JSON'
{"provider_id":"MW-1","name":"Maatschappelijk Werk","level":"first_line","domains":["domestic_relations","social_network"],"wijk":["Oost","Zuid"],"capacity":1,"wait_days":10,"contact":{"telefoon":"010-0000000"}}
{"provider_id":"MW-2","name":"Maatschappelijk Werk Stad","level":"first_line","domains":"*","wijk":"*","capacity":null,"wait_days":25,"age_min":18,"age_max":null}
JSON
cat >in.csv <<'CSV'
case_id,wijk,age,plan.social_network.level
M-1,Zuid,40,first_line
M-2,Zuid,40,first_line
M-3,Zuid,16,first_line
CSV
run oer-refer --map kaart.jsonl in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,age,plan.social_network.level,refer.social_network.provider,refer.social_network.name,refer.social_network.status,refer.social_network.wait_days,refer.social_network.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
M-1,Zuid,40,first_line,MW-1,Maatschappelijk Werk,proposed,10,,1,0,0,0,0
M-2,Zuid,40,first_line,MW-2,Maatschappelijk Werk Stad,proposed,25,,1,0,0,0,0
M-3,Zuid,16,first_line,MW-1,Maatschappelijk Werk,waitlist,10,,0,1,0,0,0
CSV
