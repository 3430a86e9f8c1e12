# oer-refer: '*' in domains covers every life domain, in wijk every wijk, also beside names
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
WL,Wijkpunt Centrum,general,*,Centrum,,1
SL,Stadsloket,general,finances;housing,*,,8
ALL,Sociaal Loket,general,*,*,,15
MIX,Inloop West,general,justice;*,West;*,,12
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.finances.level,plan.housing.level,plan.justice.level
C-1,Centrum,,,general
C-2,Vogelbuurt,,,general
C-3,Vogelbuurt,general,,
C-4,West,,general,
C-5,Centrum,general,general,general
CSV
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.finances.level,plan.housing.level,plan.justice.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.housing.provider,refer.housing.name,refer.housing.status,refer.housing.wait_days,refer.housing.law,refer.justice.provider,refer.justice.name,refer.justice.status,refer.justice.wait_days,refer.justice.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
C-1,Centrum,,,general,,,,,,,,,,,WL,Wijkpunt Centrum,proposed,1,,1,0,0,0,0
C-2,Vogelbuurt,,,general,,,,,,,,,,,MIX,Inloop West,proposed,12,,1,0,0,0,0
C-3,Vogelbuurt,general,,,SL,Stadsloket,proposed,8,,,,,,,,,,,,1,0,0,0,0
C-4,West,,general,,,,,,,SL,Stadsloket,proposed,8,,,,,,,1,0,0,0,0
C-5,Centrum,general,general,general,WL,Wijkpunt Centrum,proposed,1,,WL,Wijkpunt Centrum,proposed,1,,WL,Wijkpunt Centrum,proposed,1,,3,0,0,0,0
CSV
