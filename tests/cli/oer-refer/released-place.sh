# oer-refer: a record the output refuses (a field not in the CSV header) gives its place back
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
SH,Schuldhulp,first_line,finances,*,1,7
SL,Schuldhulp Stad,first_line,finances,*,,30
CSV
cat >in.jsonl <<'JSON'
{"case_id":"L-1","wijk":"Noord","plan":{"finances":{"level":""}}}
{"case_id":"L-2","wijk":"Noord","plan":{"finances":{"level":"first_line"}},"note":"extra"}
{"case_id":"L-3","wijk":"Noord","plan":{"finances":{"level":"first_line"}}}
JSON
run oer-refer --map kaart.csv --output-format csv --rejects rej.jsonl in.jsonl
expect_status 1
expect_out <<'CSV'
case_id,wijk,plan.finances.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
L-1,Noord,,,,,,,0,0,0,0,0
L-3,Noord,first_line,SH,Schuldhulp,proposed,7,,1,0,0,0,0
CSV
expect_err <<'ERR'
oer-refer: 1 of 3 records rejected, see rej.jsonl
ERR
