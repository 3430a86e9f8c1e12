# A NUL byte in a CSV field, a \u0000 escape in a JSON value and in a JSON
# field name: every tool refuses that record (exit 65, or --rejects and exit 1).
. "$TESTS/cli/hostile/hostile.lib"
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\n' >good.csv.before
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-3,2026-11-04,Zuid\n' >good.csv
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-2,2026-11-03,No\000ord\nW-3,2026-11-04,Zuid\n' >in.csv
printf 'case_id,received,wijk,error\nW-2,2026-11-03,No\000ord,in.csv:3: case W-2: wijk: contains a NUL byte\n' >want.rej
refused in.csv good.csv 3 'in.csv:3: case W-2: wijk: contains a NUL byte' want.rej

printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n' >good.json.before
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >good.json
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-2","received":"2026-11-03","wijk":"No\\u0000ord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >in.json
printf '{"case_id":"W-2","received":"2026-11-03","wijk":"No\\u0000ord","error":"in.json:2: case W-2: wijk: contains a NUL character (\\\\u0000)"}\n' >want.rej
refused in.json good.json 3 'in.json:2: case W-2: wijk: contains a NUL character (\u0000)' want.rej

# json-c would cut the name at the NUL and read the field "wijk".
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-2","received":"2026-11-03","wijk\\u0000x":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >key.json
printf '{"case_id":"W-2","received":"2026-11-03","wijk\\u0000x":"Noord","error":"key.json:2: case W-2: a field name contains a NUL character (\\\\u0000)"}\n' >want.rej
refused key.json good.json 3 'key.json:2: case W-2: a field name contains a NUL character (\u0000)' want.rej
