# oer-monitor: Dutch domain names in the header, matched case-, accent-,
# space- and hyphen-insensitively; the input columns are written under the
# spec's names (finances.self, social_network, ...), and the fields the
# monitor adds use the English keys, in the order of the domain table, not
# of the input columns.
cat >in.csv <<'CSV'
case_id,Financiën.self,Financiën.together,Sociaal netwerk,GEESTELIJKE GEZONDHEID.Self,huiselijke-relaties.together,Maatschappelijke participatie.self
D-1,2,3,4,3,1,5
CSV
run oer-monitor in.csv
expect_status 0
expect_no_err
# finances 2/3: limited, network 1, support; domestic_relations together 1
# (no self): acute, urgent; mental_health 3: support; social_network (a bare
# column = together) 4: none; community_participation 5: none.
# need 3 (urgent 1) -> complex; mean_self (2+3+5)/3 = 3.33 -> 3.3;
# mean_together (3+1+3+4+5)/5 = 3.2.
expect_out <<'CSV'
case_id,finances.self,finances.together,social_network,mental_health.self,domestic_relations.together,community_participation.self,finances.status,finances.network,finances.need,domestic_relations.status,domestic_relations.network,domestic_relations.need,mental_health.status,mental_health.network,mental_health.need,social_network.status,social_network.network,social_network.need,community_participation.status,community_participation.network,community_participation.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
D-1,2,3,4,3,1,5,limited,1,support,acute,,urgent,limited,0,support,sufficient,,none,full,0,none,5,work_education;time_use;housing;physical_health;substance_use;basic_adl;instrumental_adl;justice,3,1,0,3.3,3.2,true,false
CSV
