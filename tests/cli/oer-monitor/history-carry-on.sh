# oer-monitor --history: a record that is itself --history output stands for
# the measurements it summarises, so last run's output plus the new
# measurements gives what all measurements at once give.
cat >week1.csv <<'CSV'
case_id,measured,network.load,finances.self,finances.together,housing.self,housing.together,mental_health.self,social_network
H-1,2026-03-02,ok,1,2,3,3,2,4
H-1,15-06-2026,ok,2,3,,,3,4
CSV
cat >week2.csv <<'CSV'
case_id,measured,network.load,finances.self,finances.together,housing.self,housing.together,mental_health.self,social_network
H-1,2026-11-02,strained,3,4,2,2,3,3
CSV
run oer-monitor --history week1.csv
expect_status 0
expect_no_err
# After two measurements: finances 2 -> 3 up, housing 3 then not scored (first
# and prev 3), mental_health 2 -> 3 up, social_network 4 -> 4 same: +2 improved.
expect_out <<'CSV'
case_id,measured,network.load,finances.self,finances.together,housing.self,housing.together,mental_health.self,social_network,finances.status,finances.network,finances.need,finances.first,finances.prev,finances.delta,finances.trend,housing.status,housing.network,housing.need,housing.first,housing.prev,housing.delta,housing.trend,mental_health.status,mental_health.network,mental_health.need,mental_health.first,mental_health.prev,mental_health.delta,mental_health.trend,social_network.status,social_network.network,social_network.need,social_network.first,social_network.prev,social_network.delta,social_network.trend,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale,monitor.measurements,monitor.trend
H-1,2026-06-15,ok,2,3,,,3,4,limited,1,support,2,2,1,up,,,,3,3,,,limited,0,support,2,2,1,up,sufficient,,none,4,4,0,same,3,work_education;time_use;housing;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;community_participation;justice,2,0,0,2.5,3.3,false,true,2,improved
CSV
mv out summary.csv

# The week-1 summary and the week-2 measurement: the H-1 of history.sh.
run oer-monitor --history summary.csv week2.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,measured,network.load,finances.self,finances.together,housing.self,housing.together,mental_health.self,social_network,finances.status,finances.network,finances.need,finances.first,finances.prev,finances.delta,finances.trend,housing.status,housing.network,housing.need,housing.first,housing.prev,housing.delta,housing.trend,mental_health.status,mental_health.network,mental_health.need,mental_health.first,mental_health.prev,mental_health.delta,mental_health.trend,social_network.status,social_network.network,social_network.need,social_network.first,social_network.prev,social_network.delta,social_network.trend,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale,monitor.measurements,monitor.trend
H-1,2026-11-02,strained,3,4,2,2,3,3,sufficient,1,watch,2,3,2,up,insufficient,0,support,3,3,-1,down,limited,0,support,2,3,1,same,limited,,support,4,4,-1,down,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;community_participation;justice,3,0,1,2.7,3.0,true,false,3,declined
CSV
