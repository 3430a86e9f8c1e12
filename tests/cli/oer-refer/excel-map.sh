# oer-refer: a map from Dutch Excel: BOM, ';', CRLF, Dutch level and domain names, stray spaces, extra columns
printf '\357\273\277' >kaart.csv
cat >>kaart.csv <<'CSV'
provider_id;name;level;domains;wijk;capacity;wait_days;age_min;age_max;telefoon;opmerking
SH-O ; Schuldhulp Oost ;Eerste lijn;"Financiën; huisvesting";Oost; 2 ; 14 ;;;010-1111111;
HR-1;Huiselijk Geweld Team;Tweede lijn;Huiselijke relaties;*;;3;;;010-2222222;"spoed; ook 's avonds"
CSV
crlf kaart.csv
cat >in.csv <<'CSV'
case_id,wijk,plan.finances.level,plan.housing.level,plan.domestic_relations.level
E-1,Oost,first_line,first_line,second_line
CSV
run oer-refer --map kaart.csv in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.finances.level,plan.housing.level,plan.domestic_relations.level,refer.finances.provider,refer.finances.name,refer.finances.status,refer.finances.wait_days,refer.finances.law,refer.housing.provider,refer.housing.name,refer.housing.status,refer.housing.wait_days,refer.housing.law,refer.domestic_relations.provider,refer.domestic_relations.name,refer.domestic_relations.status,refer.domestic_relations.wait_days,refer.domestic_relations.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
E-1,Oost,first_line,first_line,second_line,SH-O,Schuldhulp Oost,proposed,14,,SH-O,Schuldhulp Oost,proposed,14,,HR-1,Huiselijk Geweld Team,proposed,3,,3,0,0,0,0
CSV

# Windows-1252: --map-encoding (the records keep their own --encoding).
printf 'provider_id;name;level;domains;wijk\r\nCH;Caf\351 de Hoek;algemeen;*;*\r\n' >kaart1252.csv
printf 'case_id,wijk,plan.time_use.level\nE-2,Zuid,general\n' >tijd.csv
run oer-refer --map kaart1252.csv --map-encoding cp1252 tijd.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,wijk,plan.time_use.level,refer.time_use.provider,refer.time_use.name,refer.time_use.status,refer.time_use.wait_days,refer.time_use.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
E-2,Zuid,general,CH,Café de Hoek,proposed,0,,1,0,0,0,0
CSV
run oer-refer --map kaart1252.csv tijd.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-refer: kaart1252.csv:2: name: invalid UTF-8 (byte 0xE9 at position 4); if this is a Windows export, try --map-encoding cp1252
ERR
