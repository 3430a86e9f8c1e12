# CSV rows with more and with fewer fields than the header: every tool
# refuses the row, naming both counts.
. "$TESTS/cli/hostile/hostile.lib"
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\n' >good.csv.before
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-3,2026-11-04,Zuid\n' >good.csv
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-2,2026-11-03,Noord,extra\nW-3,2026-11-04,Zuid\n' >more.csv
printf 'case_id,received,wijk,error\nW-2,2026-11-03,Noord,extra,"more.csv:3: case W-2: 4 fields, but the header has 3"\n' >want.rej
refused more.csv good.csv 3 'more.csv:3: case W-2: 4 fields, but the header has 3' want.rej
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-2,2026-11-03\nW-3,2026-11-04,Zuid\n' >fewer.csv
printf 'case_id,received,wijk,error\nW-2,2026-11-03,"fewer.csv:3: case W-2: 2 fields, but the header has 3"\n' >want.rej
refused fewer.csv good.csv 3 'fewer.csv:3: case W-2: 2 fields, but the header has 3' want.rej
