# A --rejects file holds case data: every tool creates it 0600 whatever the
# umask, and makes an existing file private too (SPEC 3).
. "$TESTS/cli/hostile/hostile.lib"
printf 'case_id,received,wijk,finances.self,plan.finances.level\nC-1,31-02-2026,N,7,bogus\n' >in.csv
for t in $TOOLS; do
	rm -f rej
	status=0
	(umask 022; tool "$t" --rejects rej in.csv >/dev/null 2>&1) || status=$?
	[ "$status" = 1 ] || fail "$t: exit status $status, want 1"
	[ "$(stat -c %a rej)" = 600 ] || fail "$t: the rejects file is $(stat -c %a rej), want 600"
	: >rej
	chmod 644 rej
	(umask 022; tool "$t" --rejects rej in.csv >/dev/null 2>&1)
	[ "$(stat -c %a rej)" = 600 ] || fail "$t: an existing rejects file stays $(stat -c %a rej), want 600"
done
