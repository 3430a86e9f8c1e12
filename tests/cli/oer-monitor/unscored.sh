# oer-monitor: empty, n.t.b. and ? are not scored; a missing together equals
# self; a domain scored without self has no network figure and no mean_self.
cat >in.csv <<'CSV'
case_id,finances.self,finances.together,housing.self,housing.together,justice.self
U-1,,,n.t.b.,,?
U-2,3,,,4,
U-3,?,2,n.t.b.,n.t.b.,
CSV
run oer-monitor in.csv
expect_status 0
expect_no_err
# U-1: nothing scored: all 13 domains unscored, means empty, not complex.
# U-2: finances 3 (together = self): support; housing together 4 alone: none,
#      network unknown; mean_self 3/1 = 3.0, mean_together (3+4)/2 = 3.5.
# U-3: finances together 2, self not scored: support, network empty;
#      mean_self empty, mean_together 2.0.
expect_out <<'CSV'
case_id,finances.self,finances.together,housing.self,housing.together,justice.self,finances.status,finances.network,finances.need,housing.status,housing.network,housing.need,justice.status,justice.network,justice.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
U-1,,,n.t.b.,,?,,,,,,,,,,0,finances;work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,,,false,false
U-2,3,,,4,,limited,0,support,sufficient,,none,,,,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,1,0,0,3.0,3.5,false,false
U-3,?,2,n.t.b.,n.t.b.,,insufficient,,support,,,,,,,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,1,0,0,,2.0,false,false
CSV
