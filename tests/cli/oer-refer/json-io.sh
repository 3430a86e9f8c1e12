# oer-refer: JSON Lines in, JSON Lines out, the refer fields nested and typed
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
SH,"Schuldhulp ""De Brug""",first_line,finances,*,1,12
CSV
cat >in.jsonl <<'JSON'
{"case_id":"J-1","wijk":"West","plan":{"finances":{"level":"first_line"},"housing":{"level":""}}}
{"case_id":"J-2","wijk":"West","plan":{"finances":{"level":"first_line"},"housing":{"level":"general"}}}
{"case_id":"J-3","wijk":"West","intake":{"route":"info"}}
JSON
run oer-refer --map kaart.csv in.jsonl
expect_status 0
expect_no_err
expect_out <<'JSON'
{"case_id":"J-1","wijk":"West","plan":{"finances":{"level":"first_line"},"housing":{"level":""}},"refer":{"finances":{"provider":"SH","name":"Schuldhulp \"De Brug\"","status":"proposed","wait_days":12,"law":""},"housing":{"provider":"","name":"","status":"","wait_days":null,"law":""},"proposed":1,"waitlist":0,"unmatched":0,"decision_needed":0,"team":0}}
{"case_id":"J-2","wijk":"West","plan":{"finances":{"level":"first_line"},"housing":{"level":"general"}},"refer":{"finances":{"provider":"SH","name":"Schuldhulp \"De Brug\"","status":"waitlist","wait_days":12,"law":""},"housing":{"provider":"","name":"","status":"unmatched","wait_days":null,"law":""},"proposed":0,"waitlist":1,"unmatched":1,"decision_needed":0,"team":0}}
{"case_id":"J-3","wijk":"West","intake":{"route":"info"},"refer":{"proposed":0,"waitlist":0,"unmatched":0,"decision_needed":0,"team":0}}
JSON
