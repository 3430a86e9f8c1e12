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
