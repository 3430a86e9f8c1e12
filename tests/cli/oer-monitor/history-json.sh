# oer-monitor --history on JSON Lines: the same folding, the fields typed
# (numbers, null for what is not known).
cat >in.jsonl <<'JSON'
{"case_id":"K-1","measured":"2026-10-01","finances":{"self":2,"together":2},"justice":{"self":4}}
{"case_id":"K-1","measured":"2026-11-01","finances":{"self":2,"together":4},"justice":{"self":3}}
JSON
run oer-monitor --history in.jsonl
expect_status 0
expect_no_err
# finances 2 -> 4: delta +2, up; justice 4 -> 3: delta -1, down; +2 - 1 = +1:
# improved.  finances 2 -> 4 is carried (no load known: none); justice 3:
# support.  mean_self (2+3)/2 = 2.5, mean_together (4+3)/2 = 3.5.
expect_out <<'JSON'
{"case_id":"K-1","measured":"2026-11-01","finances":{"self":2,"together":4,"status":"sufficient","network":2,"need":"none","first":2,"prev":2,"delta":2,"trend":"up"},"justice":{"self":3,"status":"limited","network":0,"need":"support","first":4,"prev":4,"delta":-1,"trend":"down"},"monitor":{"scored":2,"unscored":["work_education","time_use","housing","domestic_relations","mental_health","physical_health","substance_use","basic_adl","instrumental_adl","social_network","community_participation"],"need":1,"urgent":0,"carried":1,"mean_self":2.5,"mean_together":3.5,"complex":false,"stale":false,"measurements":2,"trend":"improved"}}
JSON
