# oer-report --population: a malformed population file stops before the
# report (exit 65, nothing on stdout), naming the file, the line and the
# column; a file that cannot be opened is exit 66; the options' misuse is
# a usage error (exit 2).
printf 'case_id,received,wijk\nA1,2026-11-02,Noord\n' >in.csv

# bad CONTENT MESSAGE: a population file of CONTENT (printf) is refused.
bad() {
	printf "$1" >pop.csv
	run oer-report --period all --format csv --population pop.csv in.csv
	expect_status 65
	expect_no_out
	printf 'oer-report: pop.csv:%s\n' "$2" >want.err
	expect_same want.err err "stderr for $1"
}
bad 'wijk;eigenaar\nNoord;1\n' \
    "1: no column holds the inhabitants (accepted: AantalInwoners_5, Aantal inwoners, inwoners, inhabitants)"
bad 'gemeente;inwoners\nNoord;1\n' \
    "1: no column names the wijk (accepted: WijkenEnBuurten, Codering_3, Wijknaam, Regioaanduiding, Naam, wijk, code)"
bad 'wijk;inwoners\nNoord;100\nZuid;12,5\n' \
    "3: inwoners: '12,5' is not a number of inhabitants (a whole number such as 12345 or 12.345, at most 100000000)"
bad 'wijk;AantalInwoners_5\nNoord;1.23\n' \
    "2: AantalInwoners_5: '1.23' is not a number of inhabitants (a whole number such as 12345 or 12.345, at most 100000000)"
bad 'wijk;inwoners\nNoord;1.2345\n' \
    "2: inwoners: '1.2345' is not a number of inhabitants (a whole number such as 12345 or 12.345, at most 100000000)"
bad 'wijk;inwoners\nNoord;-5\n' \
    "2: inwoners: '-5' is not a number of inhabitants (a whole number such as 12345 or 12.345, at most 100000000)"
bad 'wijk;inwoners\nNoord;200000000\n' \
    "2: inwoners: '200000000' is not a number of inhabitants (a whole number such as 12345 or 12.345, at most 100000000)"
bad 'Wijknaam;code;inwoners\nNoord;WK099901;100\nZuid;WK099902;200\nnoord ;WK099903;5\n' \
    "4: Wijknaam: wijk 'noord' is in the file twice (first on line 2)"
bad 'wijk;Codering_3;inwoners\nNoord;WK099901;100\nZuid;wk099901;200\n' \
    "3: Codering_3: wijk 'wk099901' is in the file twice (first on line 2)"
bad 'wijk;inwoners\n;100\n' "2: wijk: no wijk name or code"
bad '{"wijk": "Noord", "inwoners": 1}\n{"wijk": "Zuid"}\n' \
    "2: no field holds the inhabitants (accepted: AantalInwoners_5, Aantal inwoners, inwoners, inhabitants)"
bad '{"wijk": "Noord", "inwoners": 1}\n{"wijk": "Zuid",\n' \
    "2: invalid JSON: the object is not complete on this line"
bad 'wijk;inwoners\n"Noord;1\n' \
    "2: unterminated quoted field: a quote opened in this record is never closed"
bad 'wijk;inwoners\nNoord;\377\n' \
    "2: inwoners: invalid UTF-8 (byte 0xFF at position 1); if this is a Windows export, try --encoding cp1252"

# No line to name: the file as a whole.
: >pop.csv
run oer-report --period all --format csv --population pop.csv in.csv
expect_status 65
expect_no_out
expect_err <<'ERR'
oer-report: pop.csv: the population file is empty (no header line)
ERR
printf 'wijk;SoortRegio_2;inwoners\nOerstad;Gemeente;100\n' >pop.csv
run oer-report --period all --format csv --population pop.csv in.csv
expect_status 65
expect_err <<'ERR'
oer-report: pop.csv: no wijk in the population file
ERR

run oer-report --period all --population nothere.csv in.csv
expect_status 66
expect_no_out
expect_err <<'ERR'
oer-report: cannot open population file nothere.csv: No such file or directory
ERR

# usage MESSAGE ARG...: oer-report ARG... in.csv is exit 2 with MESSAGE.
printf 'wijk;inwoners\nNoord;100\n' >pop.csv
usage() {
	printf 'oer-report: %s\n' "$1" >want.err
	shift
	run oer-report "$@" in.csv
	expect_status 2
	expect_no_out
	expect_same want.err err "stderr for $*"
}
usage "--population: give the population as a file, not '-' (stdin)" --population -
usage "--rate-ratio needs --population FILE" --rate-ratio 1.5
usage "--rate-ratio: '0.9' is not a ratio 1.0 to 100.0 (one decimal)" --population pop.csv --rate-ratio 0.9
usage "--rate-ratio: '1.55' is not a ratio 1.0 to 100.0 (one decimal)" --population pop.csv --rate-ratio 1.55
usage "--rate-ratio: 'x' is not a ratio 1.0 to 100.0 (one decimal)" --population pop.csv --rate-ratio x
usage "--population shapes the report: give it to oer-report --merge, not --partial" --partial --population pop.csv
usage "--rate-ratio shapes the report: give it to oer-report --merge, not --partial" --partial --rate-ratio 2
