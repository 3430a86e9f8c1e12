# oer-report: one indicator per transformation goal.
d13=finances,work_education,time_use,housing,domestic_relations,mental_health,physical_health,substance_use,basic_adl,instrumental_adl,social_network,community_participation,justice
cat >in.csv <<CSV
case_id,received,wijk,intake.route,$d13,finances.need,finances.delta,housing.delta,plan.date,plan.finances.level,plan.housing.level
G1,2026-11-02,Noord,halfline,3,4,4,2,4,4,4,4,4,4,4,4,4,support,1,-1,2026-11-04,network,first_line
G2,2026-11-02,Noord,halfline,3,4,4,4,4,4,4,4,4,4,4,4,,none,0,2,2026-11-12,volunteer,
G3,2026-11-03,Zuid,info,,,,,,,,,,,,,,,,,,,
G4,2026-11-04,Zuid,info,,,,,,,,,,,,,,,,,,,
CSV
# (1) items at self or network: G1 network of 3 items (network,
#     first_line, volunteer) = 33.3%.
# (2) G1 scored all 13 domains (bare columns are together), G2 12: 1 of
#     the 2 scored cases = 50.0%.
# (3) volunteer + general 1 (G2) against professional 1 (G1 first_line):
#     50.0%.
# (4) lead times 2 (G1) and 10 (G2): median 6; domains with a delta 4
#     (G1 +1 -1, G2 0 +2), improved 2: 50.0%.
# (5) no signals (no wijk has 5 cases with a need); info route 2 of 4
#     cases = 50.0%.
run oer-report --period all --format text in.csv
expect_status 0
expect_no_err
sed -n '/^7\. /,$p' out >got.txt
cat >want.txt <<'TXT'
7. Transformation goals
    Goal                               Indicator                           Value
    1 Own strength and control         Plan items at own strength or        33.3
                                       network (%)
    2 Integral way of working          Scored cases with all 13 domains     50.0
                                       scored (%)
    3 Supporting rather than caring    Volunteer and general items, of      50.0
    for                                these plus professional (%)
    4 Effectiveness and efficiency     Median days from received to plan       6
    4 Effectiveness and efficiency     Domains improved since the first     50.0
                                       measurement (%)
    5 Adequate prevention              Prevention signals                      0
    5 Adequate prevention              Questions settled on the info        50.0
                                       route (%)

TXT
expect_same want.txt got.txt 'goals section'

run oer-report --period all --format csv in.csv
grep ',goals,' out >got.csv
cat >want.csv <<'CSV'
all,all,goals,own_strength_share,1,33.3
all,all,goals,all_scored_share,2,50.0
all,all,goals,light_support_share,3,50.0
all,all,goals,median_lead_days,4,6
all,all,goals,improved_share,4,50.0
all,all,goals,signals,5,0
all,all,goals,info_share,5,50.0
CSV
expect_same want.csv got.csv 'goal rows'
