# oer-monitor: a level is a whole number 1-5 (or empty, n.t.b., ?); 0, 6,
# half levels, text, signs and spaces are data errors naming line, case and
# field; the run stops with status 65 and writes nothing after the error.
for v in 0 6 7 2.5 3,0 x -1 ' 3' 'n.t.b' '??'; do
	printf 'case_id,housing.self\nW-0042,%s\n' "$v" >in.csv
	case $v in *,*) printf 'case_id,housing.self\nW-0042,"%s"\n' "$v" >in.csv ;; esac
	run_in in.csv oer-monitor
	expect_status 65
	expect_no_out
	printf "oer-monitor: stdin:2: case W-0042: housing.self: '%s' is not a level 1-5\n" "$v" | expect_err
done

# The example of SPEC 3, on line 17, after 15 good records written in full.
{
	echo 'case_id,housing.self'
	i=1
	while [ $i -le 15 ]; do echo "W-00$((i + 26)),4"; i=$((i + 1)); done
	echo 'W-0042,7'
	echo 'W-0043,4'
} >in.csv
run_in in.csv oer-monitor
expect_status 65
{
	echo 'case_id,housing.self,housing.status,housing.network,housing.need,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale'
	i=1
	while [ $i -le 15 ]; do
		echo "W-00$((i + 26)),4,sufficient,0,none,1,finances;work_education;time_use;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;social_network;community_participation;justice,0,0,0,4.0,4.0,false,"
		i=$((i + 1))
	done
} | expect_out
expect_err <<'EOF2'
oer-monitor: stdin:17: case W-0042: housing.self: '7' is not a level 1-5
EOF2

# In JSON a number that is not a whole level, or a boolean, is refused too.
for v in 2.5 4.0 true '"5 "'; do
	printf '{"case_id":"W-1","finances":{"together":%s}}\n' "$v" >in.jsonl
	run oer-monitor in.jsonl
	expect_status 65
	expect_no_out
	shown=$(printf '%s' "$v" | tr -d '"')
	printf "oer-monitor: in.jsonl:1: case W-1: finances.together: '%s' is not a level 1-5\n" "$shown" | expect_err
done
