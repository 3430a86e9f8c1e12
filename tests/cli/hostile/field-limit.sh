# A field one byte over the 1 MiB limit, in CSV (unquoted, and quoted over
# lines) and in JSON (a value or a name): every tool refuses that record,
# naming the field; a field of exactly 1 MiB is read.
. "$TESTS/cli/hostile/hostile.lib"
head -c 1048577 /dev/zero | tr '\0' x >big
printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,kort\n' >good.csv.before
printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,kort\nW-3,2026-11-04,Zuid,kort\n' >good.csv
{
	printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,kort\nW-2,2026-11-03,Noord,'
	cat big
	printf '\nW-3,2026-11-04,Zuid,kort\n'
} >in.csv
{
	printf 'case_id,received,wijk,question,error\nW-2,2026-11-03,Noord,'
	cat big
	printf ',in.csv:3: case W-2: question: longer than the limit of 1048576 bytes\n'
} >want.rej
refused in.csv good.csv 3 'in.csv:3: case W-2: question: longer than the limit of 1048576 bytes' want.rej

{
	printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,kort\nW-2,2026-11-03,Noord,"regel\n'
	cat big
	printf '"\nW-3,2026-11-04,Zuid,kort\n'
} >quoted.csv
{
	printf 'case_id,received,wijk,question,error\nW-2,2026-11-03,Noord,"regel\n'
	cat big
	printf '",quoted.csv:3: case W-2: question: longer than the limit of 1048576 bytes\n'
} >want.rej
refused quoted.csv good.csv 3 'quoted.csv:3: case W-2: question: longer than the limit of 1048576 bytes' want.rej

printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n' >good.json.before
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >good.json
{
	printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-2","received":"2026-11-03","wijk":"Noord","question":"'
	cat big
	printf '"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n'
} >in.json
{
	printf '{"case_id":"W-2","received":"2026-11-03","wijk":"Noord","question":"'
	cat big
	printf '","error":"in.json:2: case W-2: question: longer than the limit of 1048576 bytes"}\n'
} >want.rej
refused in.json good.json 3 'in.json:2: case W-2: question: longer than the limit of 1048576 bytes' want.rej

# A JSON field name over the limit is refused too, as a CSV column name is.
{
	printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-2","received":"2026-11-03","wijk":"Noord","'
	cat big
	printf '":1}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n'
} >name.json
{
	printf '{"case_id":"W-2","received":"2026-11-03","wijk":"Noord","'
	cat big
	printf '":1,"error":"name.json:2: case W-2: a field name longer than the limit of 1048576 bytes"}\n'
} >want.rej
refused name.json good.json 3 'name.json:2: case W-2: a field name longer than the limit of 1048576 bytes' want.rej

# Exactly at the limit: read, and written out whole.
{
	printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,'
	head -c 1048576 big
	printf '\n'
} >limit.csv
for t in $TOOLS; do
	status=0
	tool "$t" limit.csv >out 2>err || status=$?
	expect_status 0
	expect_no_err
done
[ "$(oer-intake limit.csv | sed -n 2p | cut -d, -f4 | wc -c)" = 1048577 ] ||
    fail "the field of 1 MiB was not written whole"
