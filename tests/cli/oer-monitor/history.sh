# oer-monitor --history: one record per case, the latest measurement plus
# first, prev, delta (latest - first) and trend (against the previous) per
# domain, monitor.measurements and monitor.trend (the sum of the domains'
# changes against their previous level).
cat >in.csv <<'CSV'
case_id,measured,network.load,finances.self,finances.together,housing.self,housing.together,mental_health.self,social_network
H-1,2026-03-02,ok,1,2,3,3,2,4
H-1,15-06-2026,ok,2,3,,,3,4
H-1,2026-11-02,strained,3,4,2,2,3,3
H-2,2026-11-20,,5,,,,,
H-3,2026-09-01,ok,2,2,2,3,4,
H-3,2026-10-01,ok,2,2,3,3,4,
H-4,2026-11-01,,1,,1,,,4
H-4,2026-11-15,,2,,3,,,
CSV
run oer-monitor --history in.csv
expect_status 0
expect_no_err
# H-1, mixed: together per measurement
#   finances 2, 3, 4: first 2, prev 3: delta +2, up (+1); 3 -> 4 strained: watch
#   housing 3, -, 2: not scored in June, so prev is March's 3: delta -1, down (-1)
#   mental_health 2, 3, 3 (self only): delta +1, same (0)
#   social_network 4, 4, 3 (bare): delta -1, down (-1)
#   changes +1 -1 +0 -1 = -1: declined.  need 3 (housing, mental_health,
#   social_network) -> complex; mean_self (3+2+3)/3 = 2.67 -> 2.7, mean_together
#   (4+2+3+3)/4 = 3.0; 2026-11-02 is 26 days old.
# H-2, one measurement: first = latest, delta 0, no previous: no trend.
# H-3: nothing moved: delta 0 and same everywhere: stable; 58 days old: stale.
# H-4: finances 1 -> 2, housing 1 -> 3: +3, improved; social_network scored
#   only in the first measurement: first 4 and prev 4 stay, the rest is empty.
expect_out <<'CSV'
case_id,measured,network.load,finances.self,finances.together,housing.self,housing.together,mental_health.self,social_network,finances.status,finances.network,finances.need,finances.first,finances.prev,finances.delta,finances.trend,housing.status,housing.network,housing.need,housing.first,housing.prev,housing.delta,housing.trend,mental_health.status,mental_health.network,mental_health.need,mental_health.first,mental_health.prev,mental_health.delta,mental_health.trend,social_network.status,social_network.network,social_network.need,social_network.first,social_network.prev,social_network.delta,social_network.trend,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale,monitor.measurements,monitor.trend
H-1,2026-11-02,strained,3,4,2,2,3,3,sufficient,1,watch,2,3,2,up,insufficient,0,support,3,3,-1,down,limited,0,support,2,3,1,same,limited,,support,4,4,-1,down,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;community_participation;justice,3,0,1,2.7,3.0,true,false,3,declined
H-2,2026-11-20,,5,,,,,,full,0,none,5,,0,,,,,,,,,,,,,,,,,,,,,,,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,5.0,5.0,false,false,1,
H-3,2026-10-01,ok,2,2,3,3,4,,insufficient,0,support,2,2,0,same,limited,0,support,3,3,0,same,sufficient,0,none,4,4,0,same,,,,,,,,3,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,2,0,0,3.0,3.0,false,true,2,stable
H-4,2026-11-15,,2,,3,,,,insufficient,0,support,1,1,1,up,limited,0,support,1,1,2,up,,,,,,,,,,,4,4,,,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,2,0,0,2.5,2.5,false,false,2,improved
CSV
