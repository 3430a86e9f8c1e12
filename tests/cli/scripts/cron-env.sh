# The README's crontab line works as printed from an install under
# /usr/local, in cron's bare environment (env -i, PATH=/usr/bin:/bin): the
# scripts find their own tools beside them, not through PATH.
bindir=$(cd "$(dirname "$(command -v oer-intake)")" && pwd)
root=$PWD/root
make -s -C "$TOP" install-files B="$(dirname "$bindir")" DESTDIR="$root" PREFIX=/usr/local >make.out 2>&1 ||
    fail "make install failed: $(cat make.out)"
line=$(grep '^0 7 \* \* 1 ' "$TOP/README.md") || fail "no crontab line in the README"
cmd=${line#0 7 \* \* 1  }
mkdir -p srv/exports
cp "$root/usr/local/share/oer/examples/sociale-kaart.csv" srv/kaart.csv
printf 'case_id;received;wijk;question\nB-1;16-11-2026;Noord;Ik heb schulden en de huur is te hoog\n' >srv/exports/export-2026-W47.csv
# The line as printed, with the install under $root and the job's folder here.
cmd=$(printf '%s' "$cmd" | sed "s|/usr/local/bin/|$root/usr/local/bin/|; s|cd /srv/oer|cd $PWD/srv|")
status=0
env -i HOME="$PWD" LOGNAME=oer SHELL=/bin/sh PATH=/usr/bin:/bin /bin/sh -c "$cmd --date 2026-11-23" >out 2>err ||
    status=$?
expect_status 0
expect_no_err
head -n 2 out >got
expect_file got <<'OUT'
OER-weekrapportage 2026-W47 (2026-11-16 t/m 2026-11-22), peildatum 2026-11-23
Casussen aangemeld: 1
OUT
[ -s srv/reports/oer-report-2026-W47.html ] || fail "no report written"
