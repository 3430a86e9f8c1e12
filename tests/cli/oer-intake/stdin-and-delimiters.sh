# oer-intake reads stdin without arguments (and for '-'); -d forces the
# input delimiter, --delimiter sets the output delimiter
printf 'case_id|received|wijk\nW-1|2026-11-02|Noord\n' >pipes.txt
run_in pipes.txt oer-intake -d '|' --delimiter tab
expect_status 0
printf 'case_id\treceived\twijk\tintake.week\tintake.domains\tintake.signals\tintake.route\tintake.priority\tintake.reasons\tintake.redactions\nW-1\t2026-11-02\tNoord\t2026-W45\t\t\tinfo\t3\tI4\t0\n' >want
expect_same want out stdout
printf 'case_id;received;wijk\nW-1;2026-11-02;Noord\n' >semi.csv
run_in semi.csv oer-intake --delimiter ';' -
expect_status 0
expect_out <<'CSV'
case_id;received;wijk;intake.week;intake.domains;intake.signals;intake.route;intake.priority;intake.reasons;intake.redactions
W-1;2026-11-02;Noord;2026-W45;;;info;3;I4;0
CSV
