# Line ends: CR only (old Mac exports), CRLF, and no line break after the
# last record, in CSV and in JSON Lines: every tool reads them as it reads
# LF-terminated input.
. "$TESTS/cli/hostile/hostile.lib"
printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,"twee\nregels"\nW-2,2026-11-03,Zuid,kort\n' >lf.csv
printf 'case_id,received,wijk,question\rW-1,2026-11-02,Noord,"twee\nregels"\rW-2,2026-11-03,Zuid,kort\r' >cr.csv
same_as cr.csv lf.csv
printf 'case_id,received,wijk,question\r\nW-1,2026-11-02,Noord,"twee\nregels"\r\nW-2,2026-11-03,Zuid,kort\r\n' >crlf.csv
same_as crlf.csv lf.csv
printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,"twee\nregels"\nW-2,2026-11-03,Zuid,kort' >nofinal.csv
same_as nofinal.csv lf.csv
printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,"twee\nregels"\nW-2,2026-11-03,Zuid,"kort"' >nofinalq.csv
same_as nofinalq.csv lf.csv

printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-2","received":"2026-11-03","wijk":"Zuid"}\n' >lf.json
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\r{"case_id":"W-2","received":"2026-11-03","wijk":"Zuid"}\r' >cr.json
same_as cr.json lf.json
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\r\n{"case_id":"W-2","received":"2026-11-03","wijk":"Zuid"}\r\n' >crlf.json
same_as crlf.json lf.json
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-2","received":"2026-11-03","wijk":"Zuid"}' >nofinal.json
same_as nofinal.json lf.json
