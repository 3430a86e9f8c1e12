# oer-monitor: the per-case figures: counts, means rounded half up in one
# decimal, and complex = need >= 3, or urgent >= 1 and need >= 2.
# Only self columns: a missing together equals self, so network is 0.
cat >in.csv <<'CSV'
case_id,finances.self,housing.self,mental_health.self,social_network.self
C-1,1,2,4,4
C-2,1,4,4,5
C-3,2,3,4,4
C-4,2,3,3,5
C-5,1,2,3,3
CSV
run oer-monitor in.csv
expect_status 0
expect_no_err
# C-1: urgent + support: need 2, urgent 1 -> complex; mean 11/4 = 2.75 -> 2.8
# C-2: urgent alone: need 1 -> not complex; mean 14/4 = 3.5
# C-3: two support, no urgent: need 2 -> not complex; 13/4 = 3.25 -> 3.3
#      (floating point printf would say 3.2)
# C-4: three support: need 3 -> complex; 13/4 -> 3.3
# C-5: urgent + 3 support: need 4 -> complex; 9/4 = 2.25 -> 2.3
expect_out <<'CSV'
case_id,finances.self,housing.self,mental_health.self,social_network.self,finances.status,finances.network,finances.need,housing.status,housing.network,housing.need,mental_health.status,mental_health.network,mental_health.need,social_network.status,social_network.network,social_network.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
C-1,1,2,4,4,acute,0,urgent,insufficient,0,support,sufficient,0,none,sufficient,0,none,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;community_participation;justice,2,1,0,2.8,2.8,true,false
C-2,1,4,4,5,acute,0,urgent,sufficient,0,none,sufficient,0,none,full,0,none,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;community_participation;justice,1,1,0,3.5,3.5,false,false
C-3,2,3,4,4,insufficient,0,support,limited,0,support,sufficient,0,none,sufficient,0,none,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;community_participation;justice,2,0,0,3.3,3.3,false,false
C-4,2,3,3,5,insufficient,0,support,limited,0,support,limited,0,support,full,0,none,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;community_participation;justice,3,0,0,3.3,3.3,true,false
C-5,1,2,3,3,acute,0,urgent,insufficient,0,support,limited,0,support,limited,0,support,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;community_participation;justice,4,1,0,2.3,2.3,true,false
CSV
