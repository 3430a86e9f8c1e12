# oer-monitor: without records a CSV output still has the header the records
# would have had (so the next stage sees the fields, the Dutch names under
# the spec's names); empty input, no output.
printf 'case_id,Financiën.self,Sociaal netwerk\n' >in.csv
run oer-monitor in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,finances.self,social_network,finances.status,finances.network,finances.need,social_network.status,social_network.network,social_network.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale
CSV

printf 'case_id,measured,housing.self\nE-1,2026-11-01,6\n' >in.csv
run oer-monitor --history --rejects rej.csv in.csv
expect_status 1
expect_out <<'CSV'
case_id,measured,housing.self,housing.status,housing.network,housing.need,housing.first,housing.prev,housing.delta,housing.trend,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale,monitor.measurements,monitor.trend
CSV
expect_err <<'EOF2'
oer-monitor: 1 of 1 records rejected, see rej.csv
EOF2

: >empty
run_in empty oer-monitor
expect_status 0
expect_no_err
expect_no_out
