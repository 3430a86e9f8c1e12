# oer-plan P3 where the domain allows no volunteer (a rules file): with the
# network's load ok the network; strained, overloaded or not recorded, the
# next level the domain allows, a general facility (reviewed after 6 weeks).
cat >in.csv <<'CSV'
case_id,network.load,housing.need,housing.together
L-1,ok,support,3
L-2,strained,support,3
L-3,,support,3
L-4,overloaded,support,3
CSV
printf 'allow housing self network general first_line\n' >rules.txt
run oer-plan --date 2026-11-28 --rules rules.txt in.csv
expect_status 0
expect_no_err
columns out case_id plan.housing.level plan.housing.echelon plan.housing.review plan.housing.rule >got
expect_file got <<'CSV'
case_id,plan.housing.level,plan.housing.echelon,plan.housing.review,plan.housing.rule
L-1,network,0,2027-02-20,P3
L-2,general,1,2027-01-09,P3
L-3,general,1,2027-01-09,P3
L-4,general,1,2027-01-09,P3
CSV
