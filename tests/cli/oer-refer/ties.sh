# oer-refer: equal waits go to the most open places, then the lowest provider_id
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
T-B,Thuiszorg B,first_line,basic_adl,*,2,10
T-C,Thuiszorg C,first_line,basic_adl,*,5,10
T-A,Thuiszorg A,first_line,basic_adl,*,2,10
T-Z,Thuiszorg Z,first_line,basic_adl,*,,11
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.basic_adl.level
K-01,Oost,first_line
K-02,Oost,first_line
K-03,Oost,first_line
K-04,Oost,first_line
K-05,Oost,first_line
K-06,Oost,first_line
K-07,Oost,first_line
K-08,Oost,first_line
K-09,Oost,first_line
K-10,Oost,first_line
CSV
# Places before each case (A B C): 2 2 5, 2 2 4, 2 2 3, then all 2: A; 1 2 2: B;
# 1 1 2: C; 1 1 1: A; 0 1 1: B; 0 0 1: C; then the 10-day ones are full and
# T-Z, unlimited but a day longer, gets the rest.
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.basic_adl.level,refer.basic_adl.provider,refer.basic_adl.name,refer.basic_adl.status,refer.basic_adl.wait_days,refer.basic_adl.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
K-01,Oost,first_line,T-C,Thuiszorg C,proposed,10,,1,0,0,0,0
K-02,Oost,first_line,T-C,Thuiszorg C,proposed,10,,1,0,0,0,0
K-03,Oost,first_line,T-C,Thuiszorg C,proposed,10,,1,0,0,0,0
K-04,Oost,first_line,T-A,Thuiszorg A,proposed,10,,1,0,0,0,0
K-05,Oost,first_line,T-B,Thuiszorg B,proposed,10,,1,0,0,0,0
K-06,Oost,first_line,T-C,Thuiszorg C,proposed,10,,1,0,0,0,0
K-07,Oost,first_line,T-A,Thuiszorg A,proposed,10,,1,0,0,0,0
K-08,Oost,first_line,T-B,Thuiszorg B,proposed,10,,1,0,0,0,0
K-09,Oost,first_line,T-C,Thuiszorg C,proposed,10,,1,0,0,0,0
K-10,Oost,first_line,T-Z,Thuiszorg Z,proposed,11,,1,0,0,0,0
CSV
