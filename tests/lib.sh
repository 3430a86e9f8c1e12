# shellcheck shell=sh
# Helpers for command-line test cases (tests/cli/<tool>/<case>.sh).
# A case runs in a fresh empty directory; $TESTS is the tests/ folder,
# $TOP the repository.  A failed expectation prints why and exits 1.

# run CMD [ARG...]: stdout to ./out, stderr to ./err, exit status to $status.
run() {
	status=0
	"$@" >out 2>err || status=$?
}

# run_in FILE CMD [ARG...]: as run, with FILE as stdin.
run_in() {
	_in=$1
	shift
	status=0
	"$@" <"$_in" >out 2>err || status=$?
}

fail() {
	printf '%s\n' "$*"
	printf -- '--- stderr of the command:\n'
	head -c 2000 err 2>/dev/null
	exit 1
}

# skip WHY: the case cannot run here (tests/run prints SKIP and WHY, and
# counts it apart from passed and failed).
skip() {
	printf '%s\n' "$*"
	exit 77
}

expect_status() {
	[ "$status" = "$1" ] || fail "exit status $status, want $1"
}

# expect_same WANT GOT LABEL: the two files are identical.
expect_same() {
	if ! cmp -s "$1" "$2"; then
		printf '%s differs (- want, + got):\n' "$3"
		diff -u "$1" "$2" | head -n 60
		printf -- '--- stderr of the command:\n'
		head -c 2000 err 2>/dev/null
		exit 1
	fi
}

# expect_out: stdin is the exact expected stdout.
expect_out() {
	cat >want.out
	expect_same want.out out stdout
}

# expect_err: stdin is the exact expected stderr.
expect_err() {
	cat >want.err
	expect_same want.err err stderr
}

expect_no_err() {
	[ ! -s err ] || fail "stderr is not empty"
}

expect_no_out() {
	[ ! -s out ] || fail "stdout is not empty: $(head -c 300 out)"
}

# expect_file FILE: stdin is the exact expected content of FILE.
expect_file() {
	cat >want.file
	[ -f "$1" ] || fail "$1 was not written"
	expect_same want.file "$1" "$1"
}

# crlf FILE: turn LF line ends into CRLF (Excel exports).
crlf() {
	sed 's/$/\r/' "$1" >"$1.crlf" && mv "$1.crlf" "$1"
}

# columns FILE NAME...: the named columns of a simple CSV file (no quoted
# commas), in the order given.
columns() {
	_file=$1
	shift
	awk -F, -v want="$*" '
	NR == 1 { n = split(want, w, " "); for (i = 1; i <= NF; i++) col[$i] = i
		for (k = 1; k <= n; k++) if (!(w[k] in col)) { print "no column " w[k] > "/dev/stderr"; exit 1 } }
	{ line = ""; for (k = 1; k <= n; k++) line = line (k > 1 ? "," : "") $(col[w[k]]); print line }' "$_file"
}
