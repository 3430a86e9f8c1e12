# oer-monitor --history: a case's measurements must come in measured order;
# out of order is a data error naming both dates.  Equal dates keep their
# input order.  The cases completed before the error are written.
cat >in.csv <<'CSV'
case_id,measured,finances.self
O-1,2026-11-01,2
O-1,2026-11-01,3
O-2,2026-10-01,2
O-2,15-11-2026,3
O-2,2026-11-14,4
CSV
run oer-monitor --history in.csv
expect_status 65
# O-1: two measurements on one day: the later line is the latest, 2 -> 3 up.
expect_out <<'CSV'
case_id,measured,finances.self,finances.status,finances.network,finances.need,finances.first,finances.prev,finances.delta,finances.trend,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale,monitor.measurements,monitor.trend
O-1,2026-11-01,3,limited,0,support,2,2,1,up,1,work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,1,0,0,3.0,3.0,false,false,2,improved
CSV
expect_err <<'EOF2'
oer-monitor: in.csv:6: case O-2: measured: '2026-11-14' is before '2026-11-15' of the case's previous measurement on line 5; sort each case's measurements by measured
EOF2

# Across inputs the previous measurement is named by file and line.
printf 'case_id,measured,finances.self\nO-3,2026-11-10,2\n' >a.csv
printf 'case_id,measured,finances.self\nO-3,2026-11-09,3\n' >b.csv
run oer-monitor --history a.csv b.csv
expect_status 65
expect_no_out
expect_err <<'EOF2'
oer-monitor: b.csv:2: case O-3: measured: '2026-11-09' is before '2026-11-10' of the case's previous measurement at a.csv:2; sort each case's measurements by measured
EOF2
