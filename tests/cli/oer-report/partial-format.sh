# oer-report --partial writes the aggregates of its input as records, one
# number each, with the run's options and date on every record: the
# format man/oer-report.1 documents, in CSV and in JSON Lines.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route,intake.priority,plan.date,plan.consult,plan.consult_reasons
P1,2026-11-03,"Oost, ""de Brug""",crisis,1,2026-11-09,true,complex;crisis
P2,2026-11-10,Noord,halfline,2,,false,
CSV
# P1: a crisis case planned 6 days after it came in, 4 past its 2 days:
# on the overdue list and on the agenda; overdue_cases and agenda_cases
# count all of them, the lists hold the --list (default 10) first.  P2: no
# plan yet, within its 6 weeks on 28 November.
run oer-report --partial in.csv
expect_status 0
expect_no_err
expect_out <<'OUT'
partial,run.period,run.by,run.from,run.to,run.date,run.list,run.crisis_days,period,group,item,domain,key,value,case_id,wijk,route,priority,urgent,need,received,deadline,planned,days_late,reasons
3,week,,,,2026-11-28,10,2,,,run,,,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,seen,,received,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,seen,,route,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,seen,,plan_date,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,seen,,consult,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,seen,,wijk,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,cases,,,1,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,route,,crisis,1,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,source,,none,1,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,lead_days,,6,1,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,overdue_cases,,,1,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,overdue,,,,P1,"Oost, ""de Brug""",crisis,1,,,2026-11-03,2026-11-05,2026-11-09,4,complex;crisis
3,week,,,,2026-11-28,10,2,2026-W45,all,wijk,,,1,,"Oost, ""de Brug""",,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,agenda_cases,,,1,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W45,all,agenda,,,,P1,"Oost, ""de Brug""",crisis,1,,,2026-11-03,,,,complex;crisis
3,week,,,,2026-11-28,10,2,2026-W46,all,seen,,received,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W46,all,seen,,route,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W46,all,seen,,plan_date,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W46,all,seen,,consult,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W46,all,seen,,wijk,,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W46,all,cases,,,1,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W46,all,route,,halfline,1,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W46,all,source,,none,1,,,,,,,,,,,
3,week,,,,2026-11-28,10,2,2026-W46,all,wijk,,,1,,Noord,,,,,,,,,
OUT

# JSON Lines: empty fields are left out; the run nests under "run",
# --list among it.
run oer-report --partial --by wijk --period month --from 2026-11-01 --to 2026-11-30 \
    --date 2026-12-01 --list 3 --output-format json in.csv
expect_status 0
expect_no_err
expect_out <<'OUT'
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"item":"run"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Noord","item":"seen","key":"received"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Noord","item":"seen","key":"route"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Noord","item":"seen","key":"plan_date"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Noord","item":"seen","key":"consult"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Noord","item":"seen","key":"wijk"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Noord","item":"cases","value":1}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Noord","item":"route","key":"halfline","value":1}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Noord","item":"source","key":"none","value":1}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Noord","item":"wijk","value":1,"wijk":"Noord"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"seen","key":"received"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"seen","key":"route"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"seen","key":"plan_date"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"seen","key":"consult"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"seen","key":"wijk"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"cases","value":1}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"route","key":"crisis","value":1}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"source","key":"none","value":1}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"lead_days","key":"6","value":1}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"overdue_cases","value":1}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"overdue","case_id":"P1","wijk":"Oost, \"de Brug\"","route":"crisis","priority":1,"received":"2026-11-03","deadline":"2026-11-05","planned":"2026-11-09","days_late":4,"reasons":"complex;crisis"}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"wijk","value":1,"wijk":"Oost, \"de Brug\""}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"agenda_cases","value":1}
{"partial":3,"run":{"period":"month","by":"wijk","from":"2026-11-01","to":"2026-11-30","date":"2026-12-01","list":3,"crisis_days":2},"period":"2026-11","group":"Oost, \"de Brug\"","item":"agenda","case_id":"P1","wijk":"Oost, \"de Brug\"","route":"crisis","priority":1,"received":"2026-11-03","reasons":"complex;crisis"}
OUT

# No cases at all: the run record alone.
: >empty.csv
run oer-report --partial --period quarter empty.csv
expect_status 0
expect_out <<'OUT'
partial,run.period,run.by,run.from,run.to,run.date,run.list,run.crisis_days,period,group,item,domain,key,value,case_id,wijk,route,priority,urgent,need,received,deadline,planned,days_late,reasons
3,quarter,,,,2026-11-28,10,2,,,run,,,,,,,,,,,,,,
OUT
