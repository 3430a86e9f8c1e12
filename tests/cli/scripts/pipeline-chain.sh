# oer-pipeline runs the stages as one chain (oer ... then tee ... then ...):
# each file it keeps is byte for byte what the tool alone writes, and a
# message about a record of a later stage names the line of the kept file
# it came from.  An export called "then" is a file, not a cut in the chain.
map=$TOP/examples/sociale-kaart.csv
cat >then <<'CSV'
case_id;received;wijk;question;network.load;finances.self;finances.together
P-1;16-11-2026;Noord;"Ik heb schulden
en de huur is te hoog";ok;2;2
P-3;18-11-2026;Zuid;Ik heb schulden;ok;2;7
P-4;19-11-2026;Zuid;Ik zoek werk;ok;4;4
CSV
run "$TOP/scripts/oer-pipeline" then --map "$map" --out res --date 2026-11-23
expect_status 1
expect_out <<'OUT'
oer-pipeline: 2 cases through the chain, 1 records rejected; results in res/
OUT
expect_err <<'ERR'
oer-monitor: 1 of 3 records rejected, see res/rejects-monitor.csv
ERR
# P-3 is on line 4 of intake.csv (P-1's question takes two lines).
tail -n 1 res/rejects-monitor.csv | sed "s/.*,//" >errors
expect_file errors <<'TXT'
res/intake.csv:4: case P-3: finances.together: '7' is not a level 1-5
TXT
# The tools one at a time on the same export make the same files.
oer-intake --date 2026-11-23 --output-format csv ./then >intake.csv
oer-monitor --date 2026-11-23 --rejects /dev/null intake.csv >monitor.csv 2>/dev/null
oer-plan --date 2026-11-23 monitor.csv >plan.csv
oer-refer --date 2026-11-23 --map "$map" plan.csv >cases.csv
oer-refer --date 2026-11-23 --map "$map" --items plan.csv >referrals.csv
for f in intake.csv monitor.csv plan.csv cases.csv referrals.csv; do
	expect_same "$f" "res/$f" "res/$f against the tool alone"
done
