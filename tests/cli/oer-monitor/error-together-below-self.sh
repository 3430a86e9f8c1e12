# oer-monitor: together is at least self (the network never lowers the
# level); below it is a data error on the together field, also when it comes
# from a bare domain column or a Dutch header (named in the message by the
# spec's names: housing, housing.self).
cat >in.csv <<'CSV'
case_id,finances.self,finances.together
T-1,2,3
T-2,3,2
CSV
run oer-monitor in.csv
expect_status 65
expect_out <<'CSV'
case_id,finances.self,finances.together,finances.status,finances.network,finances.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
T-1,2,3,limited,1,support,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,1,0,0,2.0,3.0,false,false
CSV
expect_err <<'EOF2'
oer-monitor: in.csv:3: case T-2: finances.together: '2' is below finances.self '3' (together is at least self)
EOF2

printf 'case_id,Huisvesting.self,huisvesting\nT-3,4,1\n' >in.csv
run oer-monitor in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:2: case T-3: housing: '1' is below housing.self '4' (together is at least self)
EOF2
