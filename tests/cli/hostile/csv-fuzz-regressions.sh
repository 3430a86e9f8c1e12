# Inputs the CSV fuzzer found (tests/fuzz/fuzz_csv.c), as a case each.
# A row "'<TAB>" (fuzz_csv, 2026-12-05, minimised to "q\n'\t" with ';'):
# the reader takes the ' off a cell --excel wrote, so the row was a record
# with a TAB for its value, and what the writer made of it, a row of blank
# cells, was skipped when read back (16 records written, 15 read back).  A
# row is blank by its cells as read now: "'<TAB>" and "'<CR>" are blank
# cells like "<TAB>", and such a row is skipped on the first reading too.
printf 'case_id,wijk\nA,Noord\n'"'"'\t,'"'"'\t\n"'"'"'\r",\n"\t",\n'"'"'\t,Oost\nB,Zuid\n' >in.csv
run oer-monitor in.csv
expect_status 0
expect_no_err
cut -d, -f1-2 out >got
printf 'case_id,wijk\nA,Noord\n\t,Oost\nB,Zuid\n' >want
expect_same want got 'the records kept'
# What was written reads back as the same records.
cp out once.csv
run oer-monitor once.csv
expect_status 0
expect_no_err
expect_same once.csv out 'monitor on its own output'

# The input as the fuzzer found it, delimiter ';': a header and a blank row.
printf 'q\n'"'"'\t' >found.csv
run oer-monitor --input-delimiter ';' found.csv
expect_status 0
expect_no_err
head -c 2 out >got
printf 'q,' >want
expect_same want got 'the header'
[ "$(wc -l <out)" = 1 ] || fail "want the header alone, got: $(cat out)"
