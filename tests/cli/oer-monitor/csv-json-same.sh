# oer-monitor: the same measurements as CSV and as JSON Lines give the same
# result, in either output format.
cat >in.csv <<'CSV'
case_id,measured,network.load,finances.self,finances.together,housing.self,housing.together,mental_health.self,mental_health.together
J-1,2026-11-20,strained,1,1,2,3,3,4
J-2,1-10-2026,,4,,n.t.b.,,?,5
CSV
cat >in.jsonl <<'JSON'
{"case_id":"J-1","measured":"2026-11-20","network":{"load":"strained"},"finances":{"self":1,"together":1},"housing":{"self":2,"together":3},"mental_health":{"self":3,"together":4}}
{"case_id":"J-2","measured":"1-10-2026","network":{"load":""},"finances":{"self":4,"together":null},"housing":{"self":"n.t.b.","together":null},"mental_health":{"self":"?","together":5}}
JSON
# J-1: 1/1 urgent, 2/3 support, 3/4 carried under a strained network: watch.
#      need 2 with urgent 1 -> complex; means 6/3 = 2.0 and 8/3 = 2.67 -> 2.7;
#      8 days old: not stale.
# J-2: finances 4: none; housing not scored; mental_health together 5 without
#      self: none.  Means 4/1 = 4.0 and (4+5)/2 = 4.5; 58 days old: stale.
cat >want.jsonl <<'JSON'
{"case_id":"J-1","measured":"2026-11-20","network":{"load":"strained"},"finances":{"self":1,"together":1,"status":"acute","network":0,"need":"urgent"},"housing":{"self":2,"together":3,"status":"limited","network":1,"need":"support"},"mental_health":{"self":3,"together":4,"status":"sufficient","network":1,"need":"watch"},"monitor":{"scored":3,"unscored":["work_education","time_use","domestic_relations","physical_health","substance_use","basic_adl","instrumental_adl","social_network","community_participation","justice"],"need":2,"urgent":1,"carried":1,"mean_self":2.0,"mean_together":2.7,"complex":true,"stale":false}}
{"case_id":"J-2","measured":"2026-10-01","network":{"load":""},"finances":{"self":4,"together":null,"status":"sufficient","network":0,"need":"none"},"housing":{"self":"n.t.b.","together":null,"status":"","network":null,"need":""},"mental_health":{"self":"?","together":5,"status":"full","network":null,"need":"none"},"monitor":{"scored":2,"unscored":["work_education","time_use","housing","domestic_relations","physical_health","substance_use","basic_adl","instrumental_adl","social_network","community_participation","justice"],"need":0,"urgent":0,"carried":0,"mean_self":4.0,"mean_together":4.5,"complex":false,"stale":true}}
JSON

run oer-monitor in.jsonl
expect_status 0
expect_no_err
expect_same want.jsonl out "JSON in, JSON out"

run oer-monitor --output-format json in.csv
expect_status 0
expect_no_err
expect_same want.jsonl out "CSV in, JSON out"

run oer-monitor in.csv
expect_status 0
mv out from-csv.csv
run oer-monitor --output-format csv in.jsonl
expect_status 0
expect_no_err
expect_same from-csv.csv out "JSON in, CSV out"
