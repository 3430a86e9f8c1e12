# Invalid UTF-8: a Windows-1252 byte in CSV (with the --encoding hint), the
# same byte in JSON (json-c refuses the line), and an overlong form that
# json-c lets through (a hidden NUL): every tool refuses that record.
. "$TESTS/cli/hostile/hostile.lib"
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\n' >good.csv.before
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-3,2026-11-04,Zuid\n' >good.csv
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-2,2026-11-03,Caf\351\nW-3,2026-11-04,Zuid\n' >in.csv
printf 'case_id,received,wijk,error\nW-2,2026-11-03,Caf\351,"in.csv:3: case W-2: wijk: invalid UTF-8 (byte 0xE9 at position 4); if this is a Windows export, try --encoding cp1252"\n' >want.rej
refused in.csv good.csv 3 'in.csv:3: case W-2: wijk: invalid UTF-8 (byte 0xE9 at position 4); if this is a Windows export, try --encoding cp1252' want.rej

printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n' >good.json.before
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >good.json
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-2","received":"2026-11-03","wijk":"Caf\351"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >in.json
printf '{"case_id":"W-2","received":"2026-11-03","wijk":"Caf\351","error":"in.json:2: invalid JSON at column 54: invalid utf-8 string"}\n' >want.rej
refused in.json good.json 3 'in.json:2: invalid JSON at column 54: invalid utf-8 string' want.rej

printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-2","received":"2026-11-03","wijk":"No\300\200ord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >overlong.json
printf '{"case_id":"W-2","received":"2026-11-03","wijk":"No\300\200ord","error":"overlong.json:2: case W-2: wijk: invalid UTF-8 (byte 0xC0 at position 3)"}\n' >want.rej
refused overlong.json good.json 3 'overlong.json:2: case W-2: wijk: invalid UTF-8 (byte 0xC0 at position 3)' want.rej
