# oer-intake --excel: ';', a UTF-8 BOM and CRLF, quotes only where needed
printf 'case_id,received,wijk,question\nW-1,2-11-2026,Noord,"Schulden; de huur"\n' >in.csv
run oer-intake --excel in.csv
expect_status 0
printf '\357\273\277case_id;received;wijk;question;intake.week;intake.domains;intake.signals;intake.route;intake.priority;intake.reasons;intake.redactions\r\nW-1;2026-11-02;Noord;"Schulden; de huur";2026-W45;"finances;housing";;halfline;3;I5;0\r\n' >want
expect_same want out stdout
