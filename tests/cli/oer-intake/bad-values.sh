# oer-intake: every checked field refuses a bad value with its own message (exit 65)
check() {
	printf 'case_id,received,wijk,source,consent,crisis,age,topics,route_override\n%s\n' "$1" >v.csv
	run oer-intake v.csv
	expect_status 65
	expect_no_out
	printf 'oer-intake: v.csv:2: case W-1: %s\n' "$2" >want.err
	expect_same want.err err stderr
}
check 'W-1,2026-11-02,Noord,buurman,,,,,' "source: 'buurman' is not a source (self, network, professional, gp, police, school, housing, other; or zelf, netwerk, huisarts, politie, woningcorporatie, overig)"
check 'W-1,2026-11-02,Noord,,misschien,,,,' "consent: 'misschien' is not true or false (also ja/nee, yes/no, 1/0)"
check 'W-1,2026-11-02,Noord,,,x,,,' "crisis: 'x' is not true or false (also ja/nee, yes/no, 1/0)"
check 'W-1,2026-11-02,Noord,,,,131,,' "age: '131' is not an age in whole years 0-130"
check 'W-1,2026-11-02,Noord,,,,4.5,,' "age: '4.5' is not an age in whole years 0-130"
check 'W-1,2026-11-02,Noord,,,,-1,,' "age: '-1' is not an age in whole years 0-130"
check 'W-1,2026-11-02,Noord,,,,99999999999999999999,,' "age: '99999999999999999999' is not an age in whole years 0-130"
check 'W-1,2026-11-02,Noord,,,,,housing;geld,' "topics: 'geld' is not a life domain (finances, housing, ... see oer(7))"
check 'W-1,2026-11-02,Noord,,,,,,later' "route_override: 'later' is not a route (safety, crisis, outreach, info, halfline)"
