# oer-monitor --rejects: bad records go to the file unchanged plus an error
# field, the others are scored; records in = out + rejected; exit status 1.
cat >in.csv <<'CSV'
case_id,network.load,finances.self,finances.together
R-1,ok,2,3
R-2,ok,3,2
R-3,zwaar,3,3
R-4,,2.5,
R-5,ok,4,5
CSV
run oer-monitor --rejects rej.csv in.csv
expect_status 1
expect_out <<'CSV'
case_id,network.load,finances.self,finances.together,finances.status,finances.network,finances.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
R-1,ok,2,3,limited,1,support,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,1,0,0,2.0,3.0,false,false
R-5,ok,4,5,full,1,none,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,5.0,false,false
CSV
expect_err <<'EOF2'
oer-monitor: 3 of 5 records rejected, see rej.csv
EOF2
expect_file rej.csv <<'CSV'
case_id,network.load,finances.self,finances.together,error
R-2,ok,3,2,in.csv:3: case R-2: finances.together: '2' is below finances.self '3' (together is at least self)
R-3,zwaar,3,3,"in.csv:4: case R-3: network.load: 'zwaar' is not ok, strained or overloaded (or belast, overbelast)"
R-4,,2.5,,in.csv:5: case R-4: finances.self: '2.5' is not a level 1-5
CSV

# The same in JSON: the rejected lines as they came, plus "error".
cat >in.jsonl <<'JSON'
{"case_id":"R-1","finances":{"self":2,"together":3}}
{"case_id":"R-2","finances":{"self":3,"together":2}}
{"case_id":"R-5","finances":{"self":4,"together":5}}
JSON
run oer-monitor --rejects rej.jsonl in.jsonl
expect_status 1
[ "$(wc -l <out)" = 2 ] || fail "want 2 records out, got $(wc -l <out)"
expect_err <<'EOF2'
oer-monitor: 1 of 3 records rejected, see rej.jsonl
EOF2
expect_file rej.jsonl <<'JSON'
{"case_id":"R-2","finances":{"self":3,"together":2},"error":"in.jsonl:2: case R-2: finances.together: '2' is below finances.self '3' (together is at least self)"}
JSON
