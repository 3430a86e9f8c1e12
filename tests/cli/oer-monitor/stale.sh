# oer-monitor: monitor.stale is true when measured is more than 30 days
# before the run's date (tests/run: SOURCE_DATE_EPOCH = 2026-11-28, or
# --date); measured is written back as YYYY-MM-DD; no date: not stale (false).
cat >in.csv <<'CSV'
case_id,measured,finances.self
S-1,2026-10-29,4
S-2,2026-10-28,4
S-3,28-10-2026,4
S-4,5-11-2026,4
S-5,,4
S-6,2026-12-01,4
S-7,01/01/2026,4
CSV
run oer-monitor in.csv
expect_status 0
expect_no_err
# 2026-10-29 is 30 days before 2026-11-28: not stale; 2026-10-28 is 31.
# 2026-12-01 lies after the run's date: not old.
expect_out <<'CSV'
case_id,measured,finances.self,finances.status,finances.network,finances.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
S-1,2026-10-29,4,sufficient,0,none,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,4.0,false,false
S-2,2026-10-28,4,sufficient,0,none,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,4.0,false,true
S-3,2026-10-28,4,sufficient,0,none,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,4.0,false,true
S-4,2026-11-05,4,sufficient,0,none,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,4.0,false,false
S-5,,4,sufficient,0,none,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,4.0,false,false
S-6,2026-12-01,4,sufficient,0,none,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,4.0,false,false
S-7,2026-01-01,4,sufficient,0,none,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,4.0,false,true
CSV

# --date moves the boundary: on 2026-11-29 the 29th of October is 31 days
# back, the 5th of November 24.
run oer-monitor --date 2026-11-29 in.csv
expect_status 0
cut -d, -f1,2,15 out >got.csv
cat >want.csv <<'CSV'
case_id,measured,monitor.stale
S-1,2026-10-29,true
S-2,2026-10-28,true
S-3,2026-10-28,true
S-4,2026-11-05,false
S-5,,false
S-6,2026-12-01,false
S-7,2026-01-01,true
CSV
expect_same want.csv got.csv "stale on 2026-11-29"
