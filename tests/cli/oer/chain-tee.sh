# oer ... then tee FILE then ...: FILE holds what the stage before wrote,
# byte for byte the pipe's `| tee FILE |`; the stage after names its input
# FILE in its messages and rejects (its lines are FILE's lines); --statuses
# writes each stage's own status, as PIPESTATUS holds a pipe's.
cat >in.csv <<'CSV'
case_id,received,wijk,question,measured,network.load,finances.self,finances.together
T-1,2026-11-16,Noord,"Ik heb schulden
en de huur is te hoog",2026-11-17,ok,2,2
T-2,2026-11-17,Noord,Ik heb schulden,2026-11-18,ok,2,7
T-3,2026-11-18,Zuid,Ik heb schulden,2026-11-19,ok,3,3
CSV
oer-intake --date 2026-11-28 in.csv | tee pipe-intake.csv |
    oer-monitor --date 2026-11-28 --rejects pipe-rejects.csv 2>/dev/null | tee pipe-monitor.csv |
    oer-plan >pipe.out
run oer --statuses st intake --date 2026-11-28 in.csv then tee intake.csv \
    then monitor --date 2026-11-28 --rejects rejects.csv then tee monitor.csv then plan
expect_status 1
expect_same pipe.out out "the chain's output"
expect_same pipe-intake.csv intake.csv "tee intake.csv"
expect_same pipe-monitor.csv monitor.csv "tee monitor.csv"
expect_err <<'ERR'
oer-monitor: 1 of 3 records rejected, see rejects.csv
ERR
# The record is on line 4 of intake.csv: T-1's question takes two lines.
sed -n '4p' intake.csv | cut -c1-4 >line4
expect_file line4 <<'TXT'
T-2,
TXT
tail -n 1 rejects.csv | sed 's/.*,//' >error
expect_file error <<'TXT'
intake.csv:4: case T-2: finances.together: '7' is not a level 1-5
TXT
expect_file st <<'TXT'
oer-intake 0
oer-tee 0
oer-monitor 1
oer-tee 0
oer-plan 0
TXT

# Without --rejects the stage stops at the record, naming the file.
run oer intake --date 2026-11-28 in.csv then tee intake.csv then monitor --date 2026-11-28
expect_status 65
expect_err <<'ERR'
oer-monitor: intake.csv:4: case T-2: finances.together: '7' is not a level 1-5
ERR

# The statuses of a chain that failed: the first error's stage is the one to name.
run oer --statuses st intake --date 2026-11-28 in.csv then monitor then refer --map nowhere.csv
expect_status 66
expect_file st <<'TXT'
oer-intake 0
oer-monitor 0
oer-refer 66
TXT
run oer --statuses=st2 monitor --date 2026-11-28 nowhere.csv
expect_status 66
expect_file st2 <<'TXT'
oer-monitor 66
TXT

# tee alone is tee(1); its errors.
printf 'a\nb\n' | oer tee copy >out 2>err
[ $? = 0 ] || fail "tee alone failed: $(cat err)"
expect_same copy out "tee alone"
run oer intake in.csv then tee
expect_status 2
head -n 1 err >first
expect_file first <<'ERR'
oer-tee: a file to write is needed
ERR
run oer intake in.csv then tee a b
expect_status 2
head -n 1 err >first
expect_file first <<'ERR'
oer-tee: one file at a time
ERR
run oer intake --date 2026-11-28 in.csv then tee no/such/dir/x.csv then monitor
expect_status 74
expect_err <<'ERR'
oer-tee: cannot write no/such/dir/x.csv: No such file or directory
ERR
run oer --statuses
expect_status 2
head -n 1 err >first
expect_file first <<'ERR'
oer: --statuses needs a file
ERR
run oer --statuses st
expect_status 2
head -n 1 err >first
expect_file first <<'ERR'
oer: --statuses needs a stage after it
ERR
run oer --statuses no/such/dir/st intake --date 2026-11-28 in.csv then monitor --date 2026-11-28 --rejects r.csv
expect_status 74
tail -n 1 err >last
expect_file last <<'ERR'
oer: cannot write no/such/dir/st: No such file or directory
ERR

# FILE holds case data: private (0600) whatever the umask, as every file
# the tools write (SPEC 3); a file there before is made private too.
rm -f intake.csv
touch before.csv && chmod 644 before.csv
(umask 022 && oer intake --date 2026-11-28 in.csv then tee intake.csv then tee before.csv then monitor >/dev/null 2>&1)
ls -l intake.csv before.csv | cut -c1-10 >modes
expect_file modes <<'TXT'
-rw-------
-rw-------
TXT
(umask 022 && oer --statuses st3 intake --date 2026-11-28 in.csv then monitor --rejects r3.csv >/dev/null 2>&1)
ls -l st3 | cut -c1-10 >modes
expect_file modes <<'TXT'
-rw-------
TXT
