# oer-intake on JSON Lines: nested objects flattened and nested again, known
# fields typed by the dictionary, unknown fields keep their JSON type
cat >in.jsonl <<'JSON'
{"case_id":"J-1","received":"2026-11-20","wijk":"Noord","source":"gp","consent":true,"age":61,"question":"Schulden en de huur","topics":["housing"],"extra":{"n":1.50,"ok":false,"none":null,"tags":["a","b"]},"finances":{"self":2}}

{"case_id":"J-2","received":"20-11-2026","wijk":"Zuid","question":"mail: x.y@example.nl","consent":"ja","age":"33"}
JSON
run oer-intake in.jsonl
expect_status 0
expect_no_err
expect_out <<'JSON'
{"case_id":"J-1","received":"2026-11-20","wijk":"Noord","source":"gp","consent":true,"age":61,"question":"Schulden en de huur","topics":["housing"],"extra":{"n":1.50,"ok":false,"none":null,"tags":["a","b"]},"finances":{"self":2},"intake":{"week":"2026-W47","domains":["finances","housing"],"signals":[],"route":"halfline","priority":3,"reasons":["I5"],"redactions":0}}
{"case_id":"J-2","received":"2026-11-20","wijk":"Zuid","question":"mail: [EMAIL]","consent":true,"age":33,"intake":{"week":"2026-W47","domains":[],"signals":[],"route":"info","priority":3,"reasons":["I4"],"redactions":1}}
JSON
run oer-intake --output-format csv in.jsonl
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,source,consent,age,question,topics,extra.n,extra.ok,extra.none,extra.tags,finances.self,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
J-1,2026-11-20,Noord,gp,true,61,Schulden en de huur,housing,1.50,false,,a;b,2,2026-W47,finances;housing,,halfline,3,I5,0
J-2,2026-11-20,Zuid,,true,33,mail: [EMAIL],,,,,,,2026-W47,,,info,3,I4,1
CSV
