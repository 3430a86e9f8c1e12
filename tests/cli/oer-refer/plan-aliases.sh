# oer-refer: plan fields may name the domain by its Dutch alias; the refer fields use the key
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk
SH,Schuldhulp,first_line,finances,*
CSV
cat >in.csv <<'CSV'
case_id,wijk,plan.financien.level,plan.Financiën.review
A-1,Centrum,first_line,1-3-2027
CSV
run oer-refer --map kaart.csv --items in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,domain,level,echelon,provider_id,name,status,wait_days,law,review
A-1,Centrum,finances,first_line,1,SH,Schuldhulp,proposed,0,,2027-03-01
CSV

# One domain under two names is two answers to one question: refused.
cat >twice.csv <<'CSV'
case_id,wijk,plan.finances.level,plan.financien.level
A-2,Centrum,first_line,second_line
CSV
run oer-refer --map kaart.csv twice.csv
expect_status 65
expect_err <<'ERR'
oer-refer: twice.csv:2: case A-2: plan.financien.level: the same plan item as plan.finances.level (one domain under two names)
ERR
