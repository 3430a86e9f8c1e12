# oer-intake: case_id, received and wijk are required; each missing one is
# a data error naming line, case and field; a column the input does not
# have at all lists the names it is accepted under
printf 'case_id,received,wijk\n,2026-11-02,Noord\n' >a.csv
run oer-intake a.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-intake: a.csv:2: case_id: missing
ERR
printf 'case_id,received,wijk\nW-1,,Noord\n' >b.csv
run oer-intake b.csv
expect_status 65
expect_err <<'ERR'
oer-intake: b.csv:2: case W-1: received: missing
ERR
printf 'case_id,received,wijk\nW-1,2026-11-02,  \n' >c.csv
run oer-intake c.csv
expect_status 65
expect_err <<'ERR'
oer-intake: c.csv:2: case W-1: wijk: missing
ERR
printf 'case_id,received\nW-1,2026-11-02\n' >d.csv
run oer-intake d.csv
expect_status 65
expect_err <<'ERR'
oer-intake: d.csv:2: case W-1: wijk: missing: the input has no such column (accepted names: wijk, Wijknaam, Wijkteam, Stadsdeel, Buurt, Gebied, Werkgebied, Neighbourhood, ...; --columns adds your own)
ERR
