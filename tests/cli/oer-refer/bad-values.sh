# oer-refer: each value the referral reads is checked: age, level, echelon, review date
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk
SH,Schuldhulp,first_line,finances,*
CSV
bad() {
	printf 'case_id,wijk,age,plan.finances.level,plan.finances.echelon,plan.finances.review\n%s\n' "$1" >in.csv
	run oer-refer --map kaart.csv in.csv
	expect_status 65
	expect_no_out
}
bad 'B-1,Noord,veertig,first_line,1,2027-01-09'
expect_err <<'ERR'
oer-refer: in.csv:2: case B-1: age: 'veertig' is not an age in whole years 0-130
ERR
bad 'B-2,Noord,131,first_line,1,2027-01-09'
expect_err <<'ERR'
oer-refer: in.csv:2: case B-2: age: '131' is not an age in whole years 0-130
ERR
bad 'B-3,Noord,40,First line ,1,2027-01-09'
expect_err <<'ERR'
oer-refer: in.csv:2: case B-3: plan.finances.level: 'First line ' is not a support level (self, network, volunteer, general, first_line, second_line, third_line, crisis; or no_fit, none)
ERR
bad 'B-4,Noord,40,first_line,4,2027-01-09'
expect_err <<'ERR'
oer-refer: in.csv:2: case B-4: plan.finances.echelon: '4' is not an echelon 0-3
ERR
bad 'B-5,Noord,40,first_line,1,31-2-2027'
expect_err <<'ERR'
oer-refer: in.csv:2: case B-5: plan.finances.review: '31-2-2027': no such date
ERR
bad 'B-6,Noord,40,first_line,1,volgende week'
expect_err <<'ERR'
oer-refer: in.csv:2: case B-6: plan.finances.review: 'volgende week': not a date (YYYY-MM-DD or DD-MM-YYYY)
ERR
