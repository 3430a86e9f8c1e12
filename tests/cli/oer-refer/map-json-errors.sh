# oer-refer: a JSON map: each object needs the required fields; broken JSON is a usage error
cat >kaart.csv <<'JSON'
{"provider_id":"SH","name":"Schuldhulp","level":"first_line","domains":["finances"],"wijk":"*"}
{"provider_id":"VW","name":"Maatje","level":"volunteer","domains":["finances"]}
JSON
printf 'case_id,wijk,plan.finances.level\nA-1,Noord,first_line\n' >in.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart.csv:2: missing field 'wijk' (a social map needs provider_id, name, level, domains and wijk)
ERR

printf '{"provider_id":"SH","name":"Schuldhulp","level":"first_line","domains":["finances"],"wijk":"*","capacity":"3"}\n{"provider_id":"VW",\n' >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:2: invalid JSON: the object is not complete on this line
ERR

printf '{"provider_id":"SH","name":"Schuldhulp","level":"first_line","domains":"*","wijk":"*","capacity":2.5}\n' >kaart.csv
run oer-refer --map kaart.csv in.csv
expect_status 2
expect_err <<'ERR'
oer-refer: kaart.csv:1: capacity: '2.5' is not a number of open places 0-1000000000 (empty: unlimited)
ERR
