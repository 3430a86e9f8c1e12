# JSON nested 100,000 levels deep (objects, and arrays in a field): json-c
# stops at the reader's limit of 64 levels, before it builds anything; every
# tool refuses the line.  64 levels are read.
. "$TESTS/cli/hostile/hostile.lib"
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n' >good.json.before
printf '{"case_id":"W-1","received":"2026-11-02","wijk":"Noord"}\n{"case_id":"W-3","received":"2026-11-04","wijk":"Zuid"}\n' >good.json
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{\"a\":"; printf "1"; for (i = 0; i < 100000; i++) printf "}"; printf "\n" }' >deep.line
{ head -n 1 good.json; cat deep.line; tail -n 1 good.json; } >deep.json
{ printf '{"error":"deep.json:2: invalid JSON at column 321: nesting too deep","raw":'; sed 's/"/\\"/g; s/^/"/; s/$/"}/' deep.line; } >want.rej
refused deep.json good.json 3 'deep.json:2: invalid JSON at column 321: nesting too deep' want.rej

awk 'BEGIN { printf "{\"case_id\":\"W-2\",\"x\":"; for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; printf "}\n" }' >arrays.line
{ head -n 1 good.json; cat arrays.line; tail -n 1 good.json; } >arrays.json
{ printf '{"error":"arrays.json:2: invalid JSON at column 85: nesting too deep","raw":'; sed 's/"/\\"/g; s/^/"/; s/$/"}/' arrays.line; } >want.rej
refused arrays.json good.json 3 'arrays.json:2: invalid JSON at column 85: nesting too deep' want.rej

# At the limit: the record and 62 objects in it, with the value in the
# innermost as the 64th level (json-c counts it).
awk 'BEGIN { printf "{\"case_id\":\"W-1\",\"received\":\"2026-11-02\",\"wijk\":\"Noord\",\"n\":"; for (i = 0; i < 62; i++) printf "{\"a\":"; printf "1"; for (i = 0; i < 63; i++) printf "}"; printf "\n" }' >limit.json
for t in $TOOLS; do
	status=0
	tool "$t" limit.json >out 2>err || status=$?
	expect_status 0
	expect_no_err
done
run oer-intake --output-format csv limit.json
expect_out <<'CSV'
case_id,received,wijk,n.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,1,2026-W45,,,info,3,I4,0
CSV
