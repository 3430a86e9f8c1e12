# oer-refer --items: one record per plan item, informal ones included, with the fields of SPEC 8
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
SH,Schuldhulp Oost,first_line,finances,Oost,,21
CSV
cat >in.csv <<'CSV'
case_id,wijk,age,plan.finances.level,plan.finances.echelon,plan.finances.review,plan.social_network.level,plan.social_network.echelon,plan.social_network.review,plan.housing.level,plan.housing.review
X-1,Oost,44,first_line,1,9-1-2027,network,0,20-2-2027,second_line,2027-01-09
X-2,Oost,,,,,,,,,
X-3,Oost,30,no_fit,,,self,0,2027-02-20,none,
CSV
# Items in domain order; the review date in ISO form; housing has no echelon
# column, so its echelon is that of second_line (2); no_fit has none; X-2 has
# no items and housing "none" of X-3 is no item.
run oer-refer --map kaart.csv --items in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,domain,level,echelon,provider_id,name,status,wait_days,law,review
X-1,Oost,finances,first_line,1,SH,Schuldhulp Oost,proposed,21,,2027-01-09
X-1,Oost,housing,second_line,2,,,unmatched,,,2027-01-09
X-1,Oost,social_network,network,0,,,informal,,,2027-02-20
X-3,Oost,finances,no_fit,,,,unmatched,,,
X-3,Oost,social_network,self,0,,,informal,,,2027-02-20
CSV
