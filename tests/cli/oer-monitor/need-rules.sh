# oer-monitor: status, network and need per domain (SPEC 6): urgent at
# together 1, support at 2-3, watch when a strained or overloaded network
# carries a domain to 4-5 that the resident could not manage alone, else none.
cat >in.csv <<'CSV'
case_id,network.load,finances.self,finances.together,housing.self,housing.together,mental_health.self,mental_health.together,justice.self,justice.together
N-1,ok,1,1,2,2,3,3,4,4
N-2,ok,1,5,2,3,3,4,5,5
N-3,strained,1,4,3,3,4,4,3,5
N-4,overloaded,2,4,4,5,,,,
CSV
run oer-monitor in.csv
expect_status 0
expect_no_err
# N-1: 1/1 acute urgent, 2/2 support, 3/3 support, 4/4 none; need 3 -> complex;
#      means (1+2+3+4)/4 = 2.5 both.
# N-2: the network lifts finances (1->5) and mental_health (3->4) but copes (ok):
#      none, carried 2; self (1+2+3+5)/4 = 2.75 -> 2.8, together 17/4 = 4.25 -> 4.3.
# N-3: strained: finances 1->4 and justice 3->5 are watch (carried, not need);
#      mental_health 4/4 is none (the resident manages alone); housing 3/3 support.
#      self 11/4 -> 2.8, together 16/4 = 4.0.
# N-4: overloaded: finances 2->4 watch; housing 4->5 none (self 4);
#      mental_health and justice not scored: their fields empty.
expect_out <<'CSV'
case_id,network.load,finances.self,finances.together,housing.self,housing.together,mental_health.self,mental_health.together,justice.self,justice.together,finances.status,finances.network,finances.need,housing.status,housing.network,housing.need,mental_health.status,mental_health.network,mental_health.need,justice.status,justice.network,justice.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
N-1,ok,1,1,2,2,3,3,4,4,acute,0,urgent,insufficient,0,support,limited,0,support,sufficient,0,none,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation,3,1,0,2.5,2.5,true,false
N-2,ok,1,5,2,3,3,4,5,5,full,4,none,limited,1,support,sufficient,1,none,full,0,none,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation,1,0,2,2.8,4.3,false,false
N-3,strained,1,4,3,3,4,4,3,5,sufficient,3,watch,limited,0,support,sufficient,0,none,full,2,watch,4,work_education;time_use;domestic_relations;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation,1,0,2,2.8,4.0,false,false
N-4,overloaded,2,4,4,5,,,,,sufficient,2,watch,full,1,none,,,,,,,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,1,3.0,4.5,false,false
CSV
