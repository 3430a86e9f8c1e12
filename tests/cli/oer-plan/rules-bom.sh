# oer-plan --rules: a rules file saved by a Windows editor (UTF-8 BOM, CRLF)
# reads as the same file without them.
printf '\357\273\277specialised financien\r\n' >rules.txt
printf 'case_id,finances.need,finances.together\nB-1,support,2\n' >in.csv
run oer-plan --date 2026-11-28 --rules rules.txt in.csv
expect_status 0
expect_no_err
columns out case_id plan.finances.level plan.finances.rule >got
expect_file got <<'CSV'
case_id,plan.finances.level,plan.finances.rule
B-1,second_line,P2
CSV
