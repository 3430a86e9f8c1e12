# make install DESTDIR=... PREFIX=/usr puts the tools, the scripts, the man
# pages and the example data in place; the installed toolkit runs the whole
# pipeline from any directory, and man -l reads every installed page.
bindir=$(cd "$(dirname "$(command -v oer-intake)")" && pwd)
root=$PWD/root
make -s -C "$TOP" install-files B="$(dirname "$bindir")" DESTDIR="$root" PREFIX=/usr >make.out 2>&1 ||
    fail "make install failed: $(cat make.out)"
(cd "$root" && find . -type f | sort) >installed
expect_file installed <<'LS'
./usr/bin/oer
./usr/bin/oer-intake
./usr/bin/oer-lib.sh
./usr/bin/oer-monitor
./usr/bin/oer-parallel
./usr/bin/oer-pipeline
./usr/bin/oer-plan
./usr/bin/oer-refer
./usr/bin/oer-report
./usr/bin/oer-slurm
./usr/bin/oer-weekly
./usr/share/man/man1/oer-intake.1
./usr/share/man/man1/oer-monitor.1
./usr/share/man/man1/oer-parallel.1
./usr/share/man/man1/oer-pipeline.1
./usr/share/man/man1/oer-plan.1
./usr/share/man/man1/oer-refer.1
./usr/share/man/man1/oer-report.1
./usr/share/man/man1/oer-slurm.1
./usr/share/man/man1/oer-weekly.1
./usr/share/man/man1/oer.1
./usr/share/man/man7/oer.7
./usr/share/oer/examples/bevolking.csv
./usr/share/oer/examples/export-cp1252.csv
./usr/share/oer/examples/export.csv
./usr/share/oer/examples/plan-rules.txt
./usr/share/oer/examples/sociale-kaart.csv
LS
mkdir elsewhere
examples=$root/usr/share/oer/examples
(cd elsewhere && PATH=$root/usr/bin:/usr/bin:/bin &&
    oer-pipeline "$examples/export.csv" --map "$examples/sociale-kaart.csv" --out result \
    --date 2026-11-28 >../pipeline.out 2>../pipeline.err) || fail "the installed pipeline failed: $(cat pipeline.err)"
expect_file pipeline.out <<'OUT'
oer-pipeline: 300 cases through the chain, 0 records rejected; results in result/
OUT
for f in cases.csv referrals.csv report.html report.md report.json; do
	[ -s "elsewhere/result/$f" ] || fail "the installed pipeline wrote no $f"
done
for page in "$root"/usr/share/man/man1/*.1 "$root"/usr/share/man/man7/oer.7; do
	MANWIDTH=80 man -l "$page" >page.txt 2>man.err || fail "man -l $page failed"
	[ ! -s man.err ] || fail "man -l $page: $(cat man.err)"
	grep -q 'OER toolkit' page.txt || fail "man -l $page shows no page"
done
# The tools are links to the one program, oer.
for t in oer-intake oer-monitor oer-plan oer-refer oer-report; do
	[ "$root/usr/bin/$t" -ef "$root/usr/bin/oer" ] || fail "the installed $t is not a link to oer"
done
