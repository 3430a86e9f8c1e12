# scripts/oer-slurm on a one-node Slurm cluster that this test starts and
# stops: munged, slurmctld and slurmd as root, with a slurm.conf in a
# temporary folder (this machine's hostname, its cores).  The report of the
# example export and of 100,000 generated cases, in every format, is the
# plain chain's byte for byte; a case id in two blocks and a quoted line
# break are handled as in oer-parallel; a failing array task fails the run
# with its message and leaves no report; no daemon is left running.
# Skipped (exit 77) where Slurm cannot start: not root, or no packages.
sl=$TOP/scripts/oer-slurm
ex=$TOP/examples
map=$ex/sociale-kaart.csv
bin=$(cd "$(dirname "$(command -v oer-intake)")" && pwd)
gen=$bin/../tools/oer-gen
formats='text csv json md html'

for d in munged slurmctld slurmd sbatch squeue scancel sinfo; do
	command -v "$d" >/dev/null 2>&1 ||
	    skip "no $d: Slurm is not installed (apt-get install slurm-wlm munge)"
done
[ "$(id -u)" = 0 ] || skip "not root: slurmctld and slurmd start as root only"
[ -x "$gen" ] || fail "no $gen (make builds it)"

# ---- the cluster ----

c=$PWD/cluster
mkdir -p "$c/state" "$c/spool" "$c/log" || fail "cannot make $c"
node=$(hostname -s)
port=$((20000 + $$ % 20000))
{ dd if=/dev/urandom of="$c/munge.key" bs=1024 count=1 2>/dev/null && chmod 400 "$c/munge.key"; } ||
    fail "cannot write a munge key"
: >"$c/plugstack.conf"
cat >"$c/slurm.conf" <<CONF
ClusterName=oer-test
SlurmctldHost=$node
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$c/munge.socket
StateSaveLocation=$c/state
SlurmdSpoolDir=$c/spool
SlurmctldPidFile=$c/slurmctld.pid
SlurmdPidFile=$c/slurmd.pid
SlurmctldLogFile=$c/log/slurmctld.log
SlurmdLogFile=$c/log/slurmd.log
PlugStackConfig=$c/plugstack.conf
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
SwitchType=switch/none
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
SchedulerParameters=batch_sched_delay=0
NodeName=$node CPUs=$(nproc) State=UNKNOWN
PartitionName=oer Nodes=ALL Default=YES MaxTime=INFINITE State=UP OverSubscribe=FORCE:4
CONF
# batch_sched_delay=0: a job starts as soon as the one it waits for ends
# (default: up to 3 s later); OverSubscribe: four small jobs to a core, so
# the runs below go side by side.
SLURM_CONF=$c/slurm.conf
export SLURM_CONF

# stop: cancel what is left, stop the daemons this test started, wait
# until they are gone.
stop() {
	# shellcheck disable=SC2086  # a list of ids
	[ -z "${waiting-}" ] || kill $waiting 2>/dev/null
	[ -f "$c/slurmctld.pid" ] && scancel --user="$(id -un)" 2>/dev/null
	for d in slurmd slurmctld munged; do
		[ -f "$c/$d.pid" ] || continue
		pid=$(cat "$c/$d.pid")
		kill "$pid" 2>/dev/null || continue
		i=0
		while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 100 ]; do
			sleep 0.1
			i=$((i + 1))
		done
		kill -9 "$pid" 2>/dev/null
	done
}
trap stop EXIT

munged -f --socket="$c/munge.socket" --key-file="$c/munge.key" --pid-file="$c/munged.pid" \
    --log-file="$c/log/munged.log" --seed-file="$c/munged.seed" ||
    fail "munged did not start: $(tail -n 5 "$c/log/munged.log")"
slurmctld -f "$SLURM_CONF" || fail "slurmctld did not start: $(tail -n 5 "$c/log/slurmctld.log")"
slurmd -f "$SLURM_CONF" || fail "slurmd did not start: $(tail -n 5 "$c/log/slurmd.log")"
i=0
until [ "$(sinfo -h -o %T 2>/dev/null)" = idle ]; do
	i=$((i + 1))
	[ "$i" -lt 60 ] || fail "the node is not idle: $(sinfo 2>&1); $(tail -n 5 "$c/log/slurmd.log")"
	sleep 0.5
done

# ---- the inputs ----

"$gen" -n 100000 >big.csv || fail "oer-gen failed"
{ cat "$ex/export.csv"; sed -n 2p "$ex/export.csv"; } >dup.csv
awk 'NR == 100 { sub(/;"[^ ";]+ /, "&\n") } { print }' "$ex/export.csv" >multi.csv
[ "$(wc -l <multi.csv)" = 302 ] || fail "no line break put in"

# A stage that fails on one block: oer-plan, when it sees case C-000250.
mkdir fake
cat >fake/oer-plan <<FAKE
#!/bin/sh
tee "$PWD/fake/plan.\$\$" | "$bin/oer-plan" "\$@"
s=\$?
if grep -q C-000250 "$PWD/fake/plan.\$\$"; then echo "oer-plan: a fault on purpose" >&2; s=70; fi
rm -f "$PWD/fake/plan.\$\$"
exit \$s
FAKE
chmod +x fake/oer-plan

# ---- the runs, side by side on the cluster ----

# Without waiting: every format of both exports; the last job writes --out.
ids=
for name in ex big; do
	case $name in ex) in=$ex/export.csv blocks=2 ;; big) in=big.csv blocks=3 ;; esac
	for f in $formats; do
		mkdir "w-$name-$f"
		id=$("$sl" "$in" --map "$map" --blocks "$blocks" --format "$f" --no-wait --work "w-$name-$f" \
		    --out "got.$name.$f") || fail "oer-slurm --no-wait failed on $name, $f"
		case $id in ''|*[!0-9]*) fail "--no-wait printed '$id', not a job id" ;; esac
		ids="$ids $id"
	done
done
# Waiting, in the background: the report on standard output.
waiting=
bg() {
	_name=$1
	shift
	mkdir "w-$_name"
	("$@" --work "w-$_name" >"$_name.out" 2>"$_name.err"; echo $? >"$_name.status") &
	waiting="$waiting $!"
}
bg wait "$sl" "$ex/export.csv" --map "$map" --blocks 3 --format csv --verbose
bg dup "$sl" dup.csv --map "$map" --blocks 4 --format csv --rejects rej --cases dup.cases
bg multi "$sl" multi.csv --map "$map" --blocks 4 --format md
bg failed env PATH="$PWD/fake:$PATH" "$sl" "$ex/export.csv" --map "$map" --blocks 4 --format csv \
    --out failed.csv

# ---- the plain chain's reports, while the cluster works ----

# want NAME EXPORT: the plain chain's report of EXPORT in every format,
# want.NAME.FORMAT, and its case records, NAME.chain.
want() {
	oer-intake "$2" 2>/dev/null | oer-monitor | oer-plan | oer-refer --map "$map" >"$1.chain" ||
	    fail "the plain chain failed on $2"
	for f in $formats; do
		oer-report --format "$f" "$1.chain" >"want.$1.$f" || fail "oer-report --format $f failed"
	done
}
want ex "$ex/export.csv"
want big big.csv
want dup dup.csv
want multi multi.csv

wait
waiting=
i=0
# shellcheck disable=SC2086  # a list of ids
while [ -n "$(squeue -h -j "$(echo $ids | tr ' ' ,)" 2>/dev/null)" ]; do
	i=$((i + 1))
	[ "$i" -lt 300 ] || fail "the --no-wait jobs did not end: $(squeue 2>&1)"
	sleep 0.5
done

# ---- the reports ----

for name in ex big; do
	for f in $formats; do
		set -- "w-$name-$f"/oer-slurm.*
		[ "$#" = 1 ] || fail "w-$name-$f holds $# run folders"
		[ "$(cat "$1/status" 2>&1)" = 0 ] ||
		    fail "$name, $f: status $(cat "$1/status" 2>&1): $(cat "$1"/log/merge.out)"
		(cd "$1" && ls) >left
		printf 'log\nstatus\n' >want.left
		expect_same want.left left "what --no-wait leaves in the run's folder"
		expect_same "want.$name.$f" "got.$name.$f" "oer-slurm --no-wait --format $f on $name"
	done
done

# Waiting: the report on standard output; the run's folder removed.
status=$(cat wait.status) && mv wait.out out && mv wait.err err
expect_status 0
expect_same want.ex.csv out "oer-slurm --format csv"
sed 's/jobs [0-9]* (intake/jobs N (intake/; s/), [0-9]* (refer), [0-9]* (oer-report --partial), [0-9]* (oer/), N (refer), N (oer-report --partial), N (oer/' \
    err >err.ids
expect_file err.ids <<'ERR'
oer-slurm: 3 blocks; jobs N (intake | monitor | plan), N (refer), N (oer-report --partial), N (oer-report --merge)
ERR
[ -z "$(ls w-wait)" ] || fail "the run's folder was left: $(ls w-wait)"

# A case id in two blocks: rejected once, as by the plain chain.
status=$(cat dup.status) && mv dup.out out && mv dup.err err
expect_status 1
expect_same want.dup.csv out "a case id in two blocks"
expect_same dup.chain dup.cases "--cases with a case id in two blocks"
expect_err <<ERR
oer-slurm: a case id is in more than one block: running the chain in one process
oer-slurm: 1 records rejected, see $PWD/rej/
ERR
grep -q "'C-000001' already used on line 2" rej/rejects-intake.csv ||
    fail "the duplicate is not in rej/rejects-intake.csv: $(cat rej/rejects-intake.csv)"

# A quoted line break: the chain as one block.
status=$(cat multi.status) && mv multi.out out && mv multi.err err
expect_status 0
expect_same want.multi.md out "a quoted line break"
expect_err <<'ERR'
oer-slurm: a quoted field of multi.csv spans lines, so it cannot be cut at line ends: running the chain in one process
ERR

# A failed array task: its stage's status and message, no report, nothing
# half-written, the run's folder removed.
status=$(cat failed.status) && mv failed.out out && mv failed.err err
expect_status 70
expect_no_out
expect_err <<'ERR'
oer-slurm: oer-plan on block 4 failed (exit 70):
  oer-plan: a fault on purpose
ERR
set -- failed.csv .failed.csv.*
[ ! -e "$1" ] && [ ! -e "$2" ] || fail "a report was written: $*"
[ -z "$(ls w-failed)" ] || fail "the run's folder was left: $(ls w-failed)"
[ -z "$(squeue -h)" ] || fail "jobs are left in the queue: $(squeue)"

# ---- no daemon left ----

stop
trap - EXIT
for d in slurmd slurmctld munged; do
	! kill -0 "$(cat "$c/$d.pid")" 2>/dev/null || fail "$d is still running"
done
