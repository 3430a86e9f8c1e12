# oer-intake: a Dutch Excel export (BOM, sep= line, ';', CRLF, D-M-YYYY, ja/nee,
# quoted fields with ';', quotes and a line break, Dutch aliases) goes through
printf '\357\273\277sep=;\r\ncase_id;received;wijk;source;consent;age;question;topics\r\nW-1;2-11-2026;Noord;huisarts;ja;42;"Schulden; de huur\r\nis te hoog";\r\nW-2;28-11-2026;De Haven;zelf;NEE;;"Hij zei ""help""";"financien;Huisvesting"\r\n' >in.csv
run oer-intake in.csv
expect_status 0
expect_no_err
printf 'case_id,received,wijk,source,consent,age,question,topics,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions\nW-1,2026-11-02,Noord,huisarts,true,42,"Schulden; de huur\r\nis te hoog",,2026-W45,finances;housing,,halfline,3,I5,0\nW-2,2026-11-28,De Haven,zelf,false,,"Hij zei ""help""",financien;Huisvesting,2026-W48,finances;housing,,halfline,3,I5,0\n' >want
expect_same want out stdout
