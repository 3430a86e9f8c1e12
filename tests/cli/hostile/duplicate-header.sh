# A CSV header that names a column twice (also after the spaces around a
# name are taken off) cannot be read: every tool, also with --rejects,
# writes nothing and exits 65 naming both columns.
. "$TESTS/cli/hostile/hostile.lib"
printf 'case_id,wijk,received,wijk\nW-1,Noord,2026-11-02,Zuid\n' >in.csv
unreadable in.csv "in.csv:1: header: duplicate column name 'wijk' (columns 2 and 4)"
printf 'case_id;received; case_id \nW-1;2026-11-02;W-2\n' >spaced.csv
unreadable spaced.csv "spaced.csv:1: header: duplicate column name 'case_id' (columns 1 and 3)"
