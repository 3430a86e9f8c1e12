# oer-report --rejects FILE: bad records go to FILE with an error field, the
# report covers the others, exit 1; records in = reported + rejected.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route
R1,2026-11-02,Noord,info
R2,2026-11-02,Noord,walk-in
R3,2026-11-03,Zuid,halfline
R4,2026-02-30,Zuid,info
CSV
run oer-report --period all --format csv --rejects rej.csv in.csv
expect_status 1
expect_err <<'ERR'
oer-report: 2 of 4 records rejected, see rej.csv
ERR
grep -E ',intake,(cases|route),' out >got
cat >want <<'CSV'
all,all,intake,cases,,2
all,all,intake,route,safety,0
all,all,intake,route,crisis,0
all,all,intake,route,outreach,0
all,all,intake,route,info,1
all,all,intake,route,halfline,1
CSV
expect_same want got 'report of the good records'
expect_file rej.csv <<'CSV'
case_id,received,wijk,intake.route,error
R2,2026-11-02,Noord,walk-in,"in.csv:3: case R2: intake.route: 'walk-in' is not a route (safety, crisis, outreach, info or halfline)"
R4,2026-02-30,Zuid,info,in.csv:5: case R4: received: '2026-02-30': no such date
CSV
