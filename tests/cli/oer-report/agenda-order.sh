# oer-report: the peer consultation agenda lists the flagged cases most
# urgent first: intake priority, then urgent domains, then the number of
# reasons, then the longest waiting, then the case id.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route,intake.priority,monitor.urgent,plan.consult,plan.consult_reasons
A1,2026-11-02,Noord,halfline,3,0,true,complex;many_items
A2,2026-11-04,Zuid,crisis,1,1,true,crisis
A3,2026-11-05,Oost,safety,1,2,true,complex;crisis
A4,2026-11-03,Noord,halfline,3,0,true,complex;no_fit;scale_up
A5,2026-11-01,Zuid,halfline,3,0,ja,complex;many_items
A6,2026-11-02,Noord,halfline,3,0,false,
A7,2026-11-02,West,halfline,3,0,true,complex;many_items
CSV
# A6 is not flagged: 6 on the agenda.  Priority 1 first: A3 (2 urgent
# domains) before A2 (1).  Priority 3: A4 has 3 reasons; A5, A1, A7 have 2,
# so the earliest received goes first: A5 (11-01), then A1 and A7 (both
# 11-02) by case id.
run oer-report --period all --format text in.csv
expect_status 0
expect_no_err
sed -n '/^5\. /,/^6\. /p' out >got.txt
cat >want.txt <<'TXT'
5. Peer consultation agenda
  Cases on the agenda  6

  Agenda, most urgent first
                                          Urgent
    Case  #  Priority  Wijk   Route      domains  Reasons
    A3    1         1  Oost   Safety           2  complex, crisis
    A2    2         1  Zuid   Crisis           1  crisis
    A4    3         3  Noord  Half line        0  complex, no fitting level,
                                                  scale up
    A5    4         3  Zuid   Half line        0  complex, 4 or more items
    A1    5         3  Noord  Half line        0  complex, 4 or more items
    A7    6         3  West   Half line        0  complex, 4 or more items

6. Prevention signals
TXT
expect_same want.txt got.txt 'agenda section'

run oer-report --period all --format csv in.csv
grep ',agenda,' out | grep -E ',(cases|rank|reasons),' >got.csv
cat >want.csv <<'CSV'
all,all,agenda,cases,,6
all,all,agenda,rank,A3,1
all,all,agenda,reasons,A3,complex;crisis
all,all,agenda,rank,A2,2
all,all,agenda,reasons,A2,crisis
all,all,agenda,rank,A4,3
all,all,agenda,reasons,A4,complex;no_fit;scale_up
all,all,agenda,rank,A5,4
all,all,agenda,reasons,A5,complex;many_items
all,all,agenda,rank,A1,5
all,all,agenda,reasons,A1,complex;many_items
all,all,agenda,rank,A7,6
all,all,agenda,reasons,A7,complex;many_items
CSV
expect_same want.csv got.csv 'agenda rows'
# In Dutch the reasons are Dutch words too; the tidy rows keep the names.
run oer-report --period all --lang nl --format text in.csv
expect_status 0
expect_no_err
grep -A1 '^    A4 ' out >got.txt
cat >want.txt <<'TXT'
    A4     3           3  Noord  Halfde lijn         0  complex, geen passend
                                                        niveau, opschalen
TXT
expect_same want.txt got.txt 'Dutch reasons'
run oer-report --period all --lang nl --format csv in.csv
grep ',A4,' out | grep reasons >got.txt
echo 'all,all,agenda,reasons,A4,complex;no_fit;scale_up' >want.txt
expect_same want.txt got.txt 'reasons in the tidy rows'
