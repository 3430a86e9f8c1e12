# oer-report: the common CSV options shape the tidy rows: --excel writes
# what Dutch Excel opens (';', UTF-8 BOM, CRLF), --delimiter changes the
# separator, quoting where a cell holds it.
cat >in.csv <<'CSV'
case_id,received,wijk,intake.route
X1,2026-11-02,"Noord; oost",info
CSV
run oer-report --period all --by wijk --format csv --excel in.csv
expect_status 0
head -c 3 out | od -An -tx1 | tr -d ' \n' >bom
printf 'efbbbf' >want
expect_same want bom 'byte order mark'
tail -c +4 out | head -2 >got
printf 'period;group;section;metric;key;value\r\nall;"Noord; oost";overview;cases;;1\r\n' >want
expect_same want got 'excel rows'

run oer-report --period all --format csv --delimiter tab in.csv
head -2 out >got
printf 'period\tgroup\tsection\tmetric\tkey\tvalue\nall\tall\toverview\tcases\t\t1\n' >want
expect_same want got 'tab-separated'

# --excel: a figure with a fraction has a decimal comma (Dutch Excel reads
# 33.3 as a date), a whole number and a negative change stay numbers; the
# tidy rows without --excel keep the point.
cat >share.csv <<'CSV'
case_id,received,wijk,intake.route,housing.self,housing.together
S1,2026-11-02,Noord,info,2,3
S2,2026-11-03,Noord,halfline,3,3
S3,2026-11-04,Noord,info,3,4
CSV
run oer-report --period all --format csv --excel share.csv
expect_status 0
tr -d '\r' <out | grep -E ';(info_share|mean_self|mean_together);' >got
expect_file got <<'CSV'
all;all;monitor;mean_self;housing;2,7
all;all;monitor;mean_together;housing;3,3
all;all;goals;info_share;5;66,7
CSV
run oer-report --period all --format csv share.csv
grep -E ',(info_share|mean_self),' out >got
expect_file got <<'CSV'
all,all,monitor,mean_self,housing,2.7
all,all,goals,info_share,5,66.7
CSV
