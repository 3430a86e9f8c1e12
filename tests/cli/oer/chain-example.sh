# oer ... then ...: the shipped example through the whole chain in one
# process gives the pipe's bytes, in CSV and JSON, and every report format.
ex=$TOP/examples/export.csv
map=$TOP/examples/sociale-kaart.csv
for fmt in csv json; do
	oer-intake --output-format "$fmt" "$ex" | oer-monitor | oer-plan |
	    oer-refer --map "$map" >pipe.$fmt 2>pipe.err || fail "the pipe failed ($fmt)"
	run oer intake --output-format "$fmt" "$ex" then monitor then plan then refer --map "$map"
	expect_status 0
	expect_same pipe.$fmt out "oer ... then refer ($fmt)"
	expect_same pipe.err err "messages ($fmt)"
done
[ "$(wc -l <pipe.csv)" -gt 200 ] || fail "the example gave only $(wc -l <pipe.csv) lines"
for format in text md html json csv; do
	oer-intake "$ex" | oer-monitor | oer-plan | oer-refer --map "$map" |
	    oer-report --format "$format" >pipe.$format || fail "the pipe's report failed ($format)"
	run oer intake "$ex" then monitor then plan then refer --map "$map" then report --format "$format"
	expect_status 0
	expect_no_err
	expect_same pipe.$format out "oer ... then report --format $format"
done
# oer-intake, oer intake and oer-monitor are one program.
[ "$(command -v oer-intake)" -ef "$(command -v oer)" ] || fail "oer-intake is not a link to oer"
run oer intake --version
expect_out <<OUT
oer-intake (OER toolkit) $OER_VERSION
OUT
oer-monitor --help >monitor.help
run oer monitor --help
expect_same monitor.help out "oer monitor --help"
