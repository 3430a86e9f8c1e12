# 29 February in a year that is not a leap year (2025, 1900) in each tool's
# date fields: received (oer-intake, oer-report), measured (oer-monitor),
# a plan item's review date (oer-refer): refused, naming the field.  As
# --date it is a usage error for every tool (oer-plan reads no date field).
# 29 February 2024 and 2000 are days.
. "$TESTS/cli/hostile/hostile.lib"
printf 'case_id,received,wijk,measured\nW-1,2026-11-02,Noord,2026-11-02\n' >good.csv.before
printf 'case_id,received,wijk,measured\nW-1,2026-11-02,Noord,2026-11-02\nW-3,29-02-2024,Zuid,2000-02-29\n' >good.csv
printf 'case_id,received,wijk,measured\nW-1,2026-11-02,Noord,2026-11-02\nW-2,29-02-2025,Noord,2026-11-02\nW-3,29-02-2024,Zuid,2000-02-29\n' >received.csv
printf "case_id,received,wijk,measured,error\nW-2,29-02-2025,Noord,2026-11-02,received.csv:3: case W-2: received: '29-02-2025': no such date\n" >want.rej
refused received.csv good.csv 3 "received.csv:3: case W-2: received: '29-02-2025': no such date" want.rej oer-intake oer-report

printf 'case_id,received,wijk,measured\nW-1,2026-11-02,Noord,2026-11-02\nW-2,2026-11-03,Noord,1900-02-29\nW-3,29-02-2024,Zuid,2000-02-29\n' >measured.csv
printf "case_id,received,wijk,measured,error\nW-2,2026-11-03,Noord,1900-02-29,measured.csv:3: case W-2: measured: '1900-02-29': no such date\n" >want.rej
refused measured.csv good.csv 3 "measured.csv:3: case W-2: measured: '1900-02-29': no such date" want.rej oer-monitor

printf 'case_id,received,wijk,plan.finances.level,plan.finances.review\nW-1,2026-11-02,Noord,volunteer,2026-12-01\n' >review.csv.before
printf 'case_id,received,wijk,plan.finances.level,plan.finances.review\nW-1,2026-11-02,Noord,volunteer,2026-12-01\nW-3,2026-11-04,Zuid,network,2024-02-29\n' >review.csv
printf 'case_id,received,wijk,plan.finances.level,plan.finances.review\nW-1,2026-11-02,Noord,volunteer,2026-12-01\nW-2,2026-11-03,Noord,volunteer,2025-02-29\nW-3,2026-11-04,Zuid,network,2024-02-29\n' >bad-review.csv
printf "case_id,received,wijk,plan.finances.level,plan.finances.review,error\nW-2,2026-11-03,Noord,volunteer,2025-02-29,bad-review.csv:3: case W-2: plan.finances.review: '2025-02-29': no such date\n" >want.rej
refused bad-review.csv review.csv 3 "bad-review.csv:3: case W-2: plan.finances.review: '2025-02-29': no such date" want.rej oer-refer

for t in $TOOLS; do
	run tool "$t" --date 2025-02-29 good.csv
	expect_status 2
	expect_no_out
	expect_err <<EOF2
$t: --date: '2025-02-29': no such date
EOF2
done
