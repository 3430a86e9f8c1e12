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

# A stage that fails: the run says what a run of one stage after the other
# would say, nothing of the stages after it (they ran in the chain, on what
# came before, but their files are not kept).
printf 'case_id;received;wijk;question;finances.self;finances.together\n' >enc.csv
n=1
while [ $n -lt 300 ]; do
	if [ $n = 200 ]; then q='geld \201 zorgen'; else q=geld; fi
	printf 'E-%d;16-11-2026;Noord;%b;2;2\n' $n "$q" >>enc.csv
	n=$((n + 1))
done
run "$TOP/scripts/oer-pipeline" enc.csv --encoding cp1252 --date 2026-11-23 --out enc
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-intake: enc.csv:201: byte 0x81 is not valid cp1252 text
oer-pipeline: stage oer-intake failed (exit 65); enc/ is left as it was
ERR
run "$TOP/scripts/oer-pipeline" then --date 2026-13-45 --out bad-date
expect_status 2
expect_err <<'ERR'
oer-intake: --date: '2026-13-45': no such date
oer-pipeline: stage oer-intake failed (exit 2); bad-date/ is left as it was
ERR
