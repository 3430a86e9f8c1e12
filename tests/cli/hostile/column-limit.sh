# More than 4096 columns: a CSV header of 4097 cannot be read (exit 65,
# also with --rejects); a JSON record of 4097 fields and a CSV row of 4097
# fields under a shorter header are refused.
. "$TESTS/cli/hostile/hostile.lib"
awk 'BEGIN { for (i = 1; i <= 4097; i++) printf "%sc%d", (i > 1 ? "," : ""), i; printf "\n" }' >wide.csv
unreadable wide.csv 'wide.csv:1: the header has more than 4096 columns'

printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n' >good.json.before
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >good.json
awk 'BEGIN { printf "{\"case_id\":\"W-2\",\"received\":\"2026-11-03\",\"wijk\":\"Noord\""; for (i = 4; i <= 4097; i++) printf ",\"f%d\":%d", i, i; printf "}" }' >wide.line
{ head -n 1 good.json; cat wide.line; printf '\n'; tail -n 1 good.json; } >wide.json
{ head -c "$(($(wc -c <wide.line) - 1))" wide.line; printf ',"error":"wide.json:2: case W-2: more than 4096 fields"}\n'; } >want.rej
refused wide.json good.json 3 'wide.json:2: case W-2: more than 4096 fields' want.rej

printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\n' >good.csv.before
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-3,2026-11-04,Zuid\n' >good.csv
awk 'BEGIN { printf "W-2,2026-11-03,Noord"; for (i = 4; i <= 4097; i++) printf ",%d", i }' >row.line
{ head -n 2 good.csv; cat row.line; printf '\n'; tail -n 1 good.csv; } >row.csv
{ printf 'case_id,received,wijk,error\n'; cat row.line; printf ',"row.csv:3: case W-2: 4097 fields, but the header has 3"\n'; } >want.rej
refused row.csv good.csv 3 'row.csv:3: case W-2: 4097 fields, but the header has 3' want.rej
