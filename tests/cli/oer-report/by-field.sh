# oer-report --by FIELD: one report per value of the field, in byte order;
# a case without the field is in the group "", headed "(empty)".
cat >in.csv <<'CSV'
case_id,received,wijk,source
B1,2026-11-02,Zuid,self
B2,2026-11-02,Noord,gp
B3,2026-11-03,Zuid,gp
B4,2026-11-03,,self
CSV
run oer-report --period all --by wijk --format csv in.csv
expect_status 0
expect_no_err
grep ',intake,cases,' out >got
cat >want <<'CSV'
all,,intake,cases,,1
all,Noord,intake,cases,,1
all,Zuid,intake,cases,,2
CSV
expect_same want got '--by wijk'
run oer-report --period all --by source --format csv in.csv
grep ',intake,cases,' out >got
cat >want <<'CSV'
all,gp,intake,cases,,2
all,self,intake,cases,,2
CSV
expect_same want got '--by source'
run oer-report --period all --by wijk --format text in.csv
grep '^Period' out >got
printf 'Period all, wijk: (empty)\nPeriod all, wijk: Noord\nPeriod all, wijk: Zuid\n' >want
expect_same want got 'text headings'
# A field no record has (a misspelt name): one empty group, and a warning.
run oer-report --period all --by wyk --format csv in.csv
expect_status 0
grep ',intake,cases,' out >got
echo 'all,,intake,cases,,4' >want
expect_same want got '--by wyk'
expect_err <<'ERR'
oer-report: --by wyk: no record has this field; every case is in the empty group
ERR
# Another spelling of a known field is that field.
run oer-report --period all --by Wijk --format csv in.csv
expect_status 0
expect_no_err
grep ',intake,cases,' out >got
printf 'all,,intake,cases,,1\nall,Noord,intake,cases,,1\nall,Zuid,intake,cases,,2\n' >want
expect_same want got '--by Wijk'
