# Every tool on an empty input, on empty lines only and on an input that is
# only a byte order mark: no records, exit 0, nothing on stderr; the report
# is its header line.  A line of spaces is a header whose column has no name.
. "$TESTS/cli/hostile/hostile.lib"
: >empty.csv
printf '\n\r\n\r\n' >blank.csv
printf '\357\273\277' >bom.csv
for f in empty.csv blank.csv bom.csv; do
	for t in $TOOLS; do
		status=0
		tool "$t" "$f" >out 2>err || status=$?
		expect_status 0
		expect_no_err
		if [ "$t" = oer-report ]; then
			expect_out <<'CSV'
period,group,section,metric,key,value
CSV
		else
			expect_no_out
		fi
	done
done
printf '\n \n' >spaces.csv
unreadable spaces.csv 'spaces.csv:2: header: column 1 has no name'
