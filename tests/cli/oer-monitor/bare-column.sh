# oer-monitor: a bare <domain> column is read as together; with a .self
# column beside it the network figure and watch work as usual, without one
# they cannot be known.
cat >in.csv <<'CSV'
case_id,network.load,housing,housing.self,justice
B-1,strained,4,3,2
B-2,strained,5,,5
CSV
run oer-monitor in.csv
expect_status 0
expect_no_err
# B-1: housing 3 -> 4 under a strained network: watch, carried; justice 2:
#      support.  mean_self 3/1 = 3.0, mean_together (4+2)/2 = 3.0.
# B-2: housing 5 without self: none, not carried; mean_self empty.
expect_out <<'CSV'
case_id,network.load,housing,housing.self,justice,housing.status,housing.network,housing.need,justice.status,justice.network,justice.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
B-1,strained,4,3,2,sufficient,1,watch,insufficient,,support,2,finances;work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation,1,0,1,3.0,3.0,false,false
B-2,strained,5,,5,full,,none,full,,none,2,finances;work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation,0,0,0,,5.0,false,false
CSV

# In JSON a bare column is a value, so its fields keep their dotted names.
run oer-monitor --output-format json in.csv
expect_status 0
expect_no_err
expect_out <<'JSON'
{"case_id":"B-1","network":{"load":"strained"},"housing":4,"housing.self":3,"justice":2,"housing.status":"sufficient","housing.network":1,"housing.need":"watch","justice.status":"insufficient","justice.network":null,"justice.need":"support","monitor":{"scored":2,"unscored":["finances","work_education","time_use","domestic_relations","mental_health","physical_health","substance_use","basic_adl","instrumental_adl","social_network","community_participation"],"need":1,"urgent":0,"carried":1,"mean_self":3.0,"mean_together":3.0,"complex":false,"stale":false}}
{"case_id":"B-2","network":{"load":"strained"},"housing":5,"housing.self":null,"justice":5,"housing.status":"full","housing.network":null,"housing.need":"none","justice.status":"full","justice.network":null,"justice.need":"none","monitor":{"scored":2,"unscored":["finances","work_education","time_use","domestic_relations","mental_health","physical_health","substance_use","basic_adl","instrumental_adl","social_network","community_participation"],"need":0,"urgent":0,"carried":0,"mean_self":null,"mean_together":5.0,"complex":false,"stale":false}}
JSON
