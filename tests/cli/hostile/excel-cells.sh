# --excel in every tool (SPEC 2): cells Excel would run as a formula (= + -
# @ TAB CR at the start) get a ' before them, plain numbers stay numbers,
# a numeric field's fraction gets a decimal comma; and every tool reads
# what --excel wrote back to the same values.
printf 'case_id,received,wijk,question,finances.self,finances.together\n' >in.csv
printf 'A,2-11-2026,Noord,"=HYPERLINK(""http://x"")",2,3\n' >>in.csv
printf 'B,2-11-2026,@SUM(1+1),+31 en meer,4,5\n' >>in.csv
printf 'C,2-11-2026,-Zuid,"\tinspringen",3,3\n' >>in.csv
run oer-intake --excel in.csv
expect_status 0
cut -d';' -f1-4 out | tr -d '\r' | sed '1s/^\xEF\xBB\xBF//' >got
expect_file got <<'CSV'
case_id;received;wijk;question
A;2026-11-02;Noord;"'=HYPERLINK(""http://x"")"
B;2026-11-02;'@SUM(1+1);'+31 en meer
C;2026-11-02;'-Zuid;'	inspringen
CSV
oer-intake in.csv >plain.csv || fail "intake failed"
# Every stage's --excel output read back equals its plain output.
oer-intake --excel in.csv >intake.xl || fail "intake --excel failed"
oer-monitor --excel intake.xl >monitor.xl || fail "monitor --excel failed"
grep -q ';2,0;3,0;' monitor.xl || fail "no decimal comma in the means: $(tail -n 1 monitor.xl)"
oer-plan --excel --date 2026-11-28 monitor.xl >plan.xl || fail "plan --excel failed"
oer-refer --excel --date 2026-11-28 --map "$TOP/examples/sociale-kaart.csv" plan.xl >refer.xl || fail "refer --excel failed"
oer-intake plain.csv | oer-monitor | oer-plan --date 2026-11-28 |
    oer-refer --date 2026-11-28 --map "$TOP/examples/sociale-kaart.csv" >want.csv
oer-refer --date 2026-11-28 --map "$TOP/examples/sociale-kaart.csv" refer.xl >got.csv
expect_same want.csv got.csv "the chain's --excel output read back"
# The providers' file: a provider's name from the map cannot become a formula.
printf 'provider_id,name,level,domains,wijk\nP1,"@SUM(1+1)*cmd|'"'"' /C calc'"'"'!A0",first_line,*,*\n' >map.csv
printf 'case_id,wijk,plan.finances.level\nA,Noord,first_line\n' >plan.csv
run oer-refer --excel --items --map map.csv plan.csv
expect_status 0
grep -qF "'@SUM(1+1)*cmd|' /C calc'!A0" out || fail "the provider's name is not neutralised: $(cat out)"
