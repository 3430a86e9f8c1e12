# oer-monitor --history --rejects: a bad measurement is rejected on its own
# and its case goes on with the others; a case with no good measurement has
# no record out.  The count is N:1: records in = the sum of
# monitor.measurements out + records rejected (here 4 + 3 = 7).
cat >in.csv <<'CSV'
case_id,measured,finances.self
R-1,2026-09-01,2
R-1,2026-10-01,7
R-1,2026-11-01,3
R-2,2026-11-01,4
R-2,2026-10-01,1
R-3,,2
R-4,2026-11-20,5
CSV
run oer-monitor --history --rejects rej.csv in.csv
expect_status 1
# R-1: 2 -> 3 (the 7 rejected): up, improved; R-2: only its first: 4.
expect_out <<'CSV'
case_id,measured,finances.self,finances.status,finances.network,finances.need,finances.first,finances.prev,finances.delta,finances.trend,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale,monitor.measurements,monitor.trend
R-1,2026-11-01,3,limited,0,support,2,2,1,up,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,1,0,0,3.0,3.0,false,false,2,improved
R-2,2026-11-01,4,sufficient,0,none,4,,0,,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,4.0,false,false,1,
R-4,2026-11-20,5,full,0,none,5,,0,,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,5.0,5.0,false,false,1,
CSV
expect_err <<'EOF2'
oer-monitor: 3 of 7 records rejected, see rej.csv
EOF2
expect_file rej.csv <<'CSV'
case_id,measured,finances.self,error
R-1,2026-10-01,7,in.csv:3: case R-1: finances.self: '7' is not a level 1-5
R-2,2026-10-01,1,in.csv:6: case R-2: measured: '2026-10-01' is before '2026-11-01' of the case's previous measurement on line 5; sort each case's measurements by measured
R-3,,2,in.csv:7: case R-3: measured: missing: --history orders each case's measurements by it
CSV
