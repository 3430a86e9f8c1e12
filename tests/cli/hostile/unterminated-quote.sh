# A quote opened in a CSV record and never closed runs to the end of the
# input: that is one bad record (on the line it starts), for every tool.
# The rejects file closes the open quote, so the error is a field of its
# own and the file still reads as CSV.
. "$TESTS/cli/hostile/hostile.lib"
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\n' >good.csv.before
cp good.csv.before good.csv
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-2,2026-11-03,"Noord\nW-3,2026-11-04,Zuid\n' >in.csv
printf 'case_id,received,wijk,error\nW-2,2026-11-03,"Noord\nW-3,2026-11-04,Zuid",in.csv:3: case W-2: unterminated quoted field: a quote opened in this record is never closed\n' >want.rej
refused in.csv good.csv 2 'in.csv:3: case W-2: unterminated quoted field: a quote opened in this record is never closed' want.rej
