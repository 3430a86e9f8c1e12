# oer-report: Dutch domain names in the header (Financiën, huisvesting) are
# the same domains as the English keys.
cat >in.csv <<'CSV'
case_id,received,wijk,Financiën.self,Financiën.together,huisvesting,plan.financien.level,refer.Huisvesting.status
D1,2026-11-02,Noord,2,3,5,network,unmatched
CSV
run oer-report --period all --format csv in.csv
expect_status 0
grep -E ',(level.limited|level.full|items_by_level|unmatched),(finances|housing|network|),' out >got.csv
cat >want.csv <<'CSV'
all,all,monitor,level.limited,finances,1
all,all,monitor,level.full,finances,0
all,all,monitor,level.limited,housing,0
all,all,monitor,level.full,housing,1
all,all,plan,items_by_level,network,1
all,all,referral,unmatched,finances,0
all,all,referral,unmatched,housing,1
all,all,referral,unmatched,,1
CSV
expect_same want.csv got.csv 'rows'
