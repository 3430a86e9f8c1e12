# A value that is only a combining accent (U+0301) folds to nothing: as a
# level of support (oer-plan *.current, a social map level) it is a clear
# error, not a crash (found in review: strcmp on a NULL fold).
printf 'case_id,network.load,housing.need,housing.together,housing.current\nL-1,ok,support,3,\314\201\n' >in.csv
run oer-plan --date 2026-11-28 in.csv
expect_status 65
expect_no_out
printf "oer-plan: in.csv:2: case L-1: housing.current: '\314\201' is not a level of support (self, network, volunteer, general, first_line, second_line, third_line, crisis; or none)\n" | expect_err
printf 'provider_id,name,level,domains,wijk,capacity\nP1,X,\314\201,*,*,\n' >map.csv
printf 'case_id,wijk,plan.finances.level\nA,N,first_line\n' >plan.csv
run oer-refer --map map.csv plan.csv
expect_status 2
expect_no_out
printf "oer-refer: map.csv:2: level: '\314\201' is not a support level (self, network, volunteer, general, first_line, second_line, third_line, crisis)\n" | expect_err
# As a header name it is no domain: passed through.
printf 'case_id,\314\201.self\nX,3\n' >odd.csv
run oer-monitor odd.csv
expect_status 0
expect_no_err
printf 'case_id,\314\201.self,monitor.scored\nX,3,0\n' >want
cut -d, -f1-3 out >got
expect_same want got 'the odd column passed through, nothing scored'
