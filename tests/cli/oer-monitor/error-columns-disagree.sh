# oer-monitor: two columns for the same level (an English and a Dutch
# header, or a bare domain column beside .together) must agree when both
# are filled; one empty is fine.
cat >in.csv <<'CSV'
case_id,finances.self,Financiën.self,housing,housing.together
A-1,2,,3,3
A-2,2,3,3,3
CSV
run oer-monitor in.csv
expect_status 65
expect_out <<'CSV'
case_id,finances.self,Financiën.self,housing,housing.together,finances.status,finances.network,finances.need,housing.status,housing.network,housing.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
A-1,2,,3,3,insufficient,0,support,limited,,support,2,work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,2,0,0,2.0,2.5,false,false
CSV
expect_err <<'EOF2'
oer-monitor: in.csv:3: case A-2: Financiën.self: '3' disagrees with finances.self '2'
EOF2

printf 'case_id,housing,housing.together\nA-3,3,4\n' >in.csv
run oer-monitor in.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: in.csv:2: case A-3: housing.together: '4' disagrees with housing '3'
EOF2
