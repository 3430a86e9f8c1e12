# oer-report: csv and json are the same tidy rows -- period, group,
# section, metric, key, value -- json numbers as numbers.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route
F1,2026-11-02,Noord,info
F2,2026-11-03,Noord,halfline
CSV
# Only intake fields: the cases, the routes, and goal 5's info share
# (1 of 2 = 50.0); every other figure needs fields that are not there.
run oer-report --format csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
period,group,section,metric,key,value
2026-W45,all,overview,cases,,2
2026-W45,all,intake,cases,,2
2026-W45,all,intake,route,safety,0
2026-W45,all,intake,route,crisis,0
2026-W45,all,intake,route,outreach,0
2026-W45,all,intake,route,info,1
2026-W45,all,intake,route,halfline,1
2026-W45,all,goals,info_share,5,50.0
CSV

run oer-report --format json in.csv
expect_status 0
expect_no_err
expect_out <<'JSON'
{"period":"2026-W45","group":"all","section":"overview","metric":"cases","key":"","value":2}
{"period":"2026-W45","group":"all","section":"intake","metric":"cases","key":"","value":2}
{"period":"2026-W45","group":"all","section":"intake","metric":"route","key":"safety","value":0}
{"period":"2026-W45","group":"all","section":"intake","metric":"route","key":"crisis","value":0}
{"period":"2026-W45","group":"all","section":"intake","metric":"route","key":"outreach","value":0}
{"period":"2026-W45","group":"all","section":"intake","metric":"route","key":"info","value":1}
{"period":"2026-W45","group":"all","section":"intake","metric":"route","key":"halfline","value":1}
{"period":"2026-W45","group":"all","section":"goals","metric":"info_share","key":"5","value":50.0}
JSON

# Not on a terminal and no --format: tidy rows in the output format, which
# is the input's by default (csv here, json for json input).
run oer-report in.csv
expect_status 0
head -1 out >first
printf 'period,group,section,metric,key,value\n' >want
expect_same want first 'default for csv input'
printf '{"case_id":"F1","received":"2026-11-02","wijk":"Noord","intake":{"route":"info"}}\n' >in.json
run oer-report in.json
expect_status 0
head -1 out >first
printf '{"period":"2026-W45","group":"all","section":"overview","metric":"cases","key":"","value":1}\n' >want
expect_same want first 'default for json input'
run oer-report --output-format json in.csv
head -1 out >first
printf '{"period":"2026-W45","group":"all","section":"overview","metric":"cases","key":"","value":2}\n' >want
expect_same want first '--output-format json'
