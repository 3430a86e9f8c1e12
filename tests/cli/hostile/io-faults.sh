# I/O faults, every tool: a full disk for the output or the rejects file
# is exit 74 with a message; a rejects file that cannot be created, and an
# input that cannot be read, too; a closed pipe ends the tool quietly
# (exit 0); an input that cannot be opened is exit 66, and the other
# inputs are still read.
. "$TESTS/cli/hostile/hostile.lib"
[ -w /dev/full ] || fail "no /dev/full to write to"
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\nW-2,2026-11-03\n' >mixed.csv
printf 'case_id,received,wijk\nW-1,2026-11-02,Noord\n' >first.csv
printf 'case_id,received,wijk\nW-3,2026-11-04,Zuid\n' >second.csv
mkdir adir
awk 'BEGIN { print "case_id,received,wijk"; for (i = 0; i < 5000; i++) printf "W-%d,2026-11-%02d,Wijk %d\n", i, i % 28 + 1, i }' >big.csv
for t in $TOOLS; do
	status=0
	tool "$t" first.csv >/dev/full 2>err || status=$?
	expect_status 74
	expect_err <<EOF2
$t: stdout: write error: No space left on device
EOF2

	status=0
	tool "$t" --rejects /dev/full mixed.csv >/dev/null 2>err || status=$?
	expect_status 74
	expect_err <<EOF2
$t: /dev/full: write error: No space left on device
EOF2

	run tool "$t" --rejects nodir/rejects.csv first.csv
	expect_status 74
	expect_no_out
	expect_err <<EOF2
$t: cannot create rejects file nodir/rejects.csv: No such file or directory
EOF2

	# Reading /proc/self/mem from its start fails (EIO): a read error.
	run tool "$t" /proc/self/mem
	expect_status 74
	expect_no_out
	expect_err <<EOF2
$t: /proc/self/mem: read error: Input/output error
EOF2

	# A reader that goes away after one line (oer-report: one line per case).
	if [ "$t" = oer-report ]; then
		set -- --by case_id
	else
		set --
	fi
	{ tool "$t" "$@" big.csv 2>pipe.err; echo $? >pipe.rc; } | head -n 1 >/dev/null
	[ "$(cat pipe.rc)" = 0 ] || fail "$t: closed pipe: exit $(cat pipe.rc), want 0"
	[ ! -s pipe.err ] || fail "$t: closed pipe: stderr is not empty: $(cat pipe.err)"

	run tool "$t" first.csv missing.csv adir second.csv
	expect_status 66
	expect_err <<EOF2
$t: cannot open missing.csv: No such file or directory
$t: cannot open adir: Is a directory
EOF2
	tool "$t" first.csv second.csv >want.out 2>/dev/null || fail "$t first.csv second.csv failed"
	expect_same want.out out "$t: the inputs that could be read"
done

# The social map is an input too: one that cannot be opened is exit 66.
run oer-refer --map missing.csv first.csv
expect_status 66
expect_no_out
expect_err <<'EOF2'
oer-refer: cannot open social map missing.csv: No such file or directory
EOF2
