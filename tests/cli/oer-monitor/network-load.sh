# oer-monitor: network.load decides watch; English any case and the Dutch
# belast/overbelast are read and written back as ok, strained, overloaded.
cat >in.csv <<'CSV'
case_id,network.load,finances.self,finances.together,housing.self,housing.together
L-1,ok,3,4,4,5
L-2,strained,3,4,4,5
L-3,overloaded,3,4,4,5
L-4,,3,4,4,5
L-5,Overbelast,3,4,4,5
L-6,belast,3,4,4,5
L-7,OK,3,4,4,5
CSV
run oer-monitor in.csv
expect_status 0
expect_no_err
# finances 3 -> 4 is carried by the network in every row: watch only when the
# network is strained or overloaded (not when ok or unknown).  housing 4 -> 5
# is never watch: the resident manages alone.  Means (3+4)/2 = 3.5, (4+5)/2 = 4.5.
expect_out <<'CSV'
case_id,network.load,finances.self,finances.together,housing.self,housing.together,finances.status,finances.network,finances.need,housing.status,housing.network,housing.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
L-1,ok,3,4,4,5,sufficient,1,none,full,1,none,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,1,3.5,4.5,false,false
L-2,strained,3,4,4,5,sufficient,1,watch,full,1,none,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,1,3.5,4.5,false,false
L-3,overloaded,3,4,4,5,sufficient,1,watch,full,1,none,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,1,3.5,4.5,false,false
L-4,,3,4,4,5,sufficient,1,none,full,1,none,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,1,3.5,4.5,false,false
L-5,overloaded,3,4,4,5,sufficient,1,watch,full,1,none,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,1,3.5,4.5,false,false
L-6,strained,3,4,4,5,sufficient,1,watch,full,1,none,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,1,3.5,4.5,false,false
L-7,ok,3,4,4,5,sufficient,1,none,full,1,none,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,1,3.5,4.5,false,false
CSV
