#!/bin/sh
# make bench: how fast the stages are, against what the parsers allow.
#
# Generates the synthetic export (tests/gen/oer-gen) as CSV and as JSON
# Lines, makes the input of every stage by running the chain once, then
# times, each RUNS times (the median is shown):
#   - every stage alone on its own input (output to /dev/null),
#   - the whole chain intake | monitor | plan | refer | report,
#   - on every stage's input the baselines: cat, our ceiling (libcsv parse
#     and write, or json-c parse and serialise: tests/bench/ceiling-*.c),
#     and `mlr cat` (CSV) or `jq -c .` (JSON) when installed,
# and prints one table per format, plus the peak RSS of every stage at a
# tenth of the cases and at all of them (it must not grow, but for intake's
# set of seen case ids; the report's case lists are bounded by --list), with
# oer-report's growth between the two on a line of its own (flat: within
# 10 %).  Then the distinct groups: `oer-report --by wijk` on inputs of
# case_id, received and wijk with 10, 100,000 and 1,000,000 distinct wijk
# names (one page each), each name's cases against the 10 names' per-case
# cost in the same run, and whether that cost stays flat from 100,000 to
# 1,000,000 names (linear: within 1.5x).  Nothing is asserted: the figures
# are for people and for tests/bench/RESULTS.md.
#
# usage: tests/bench/bench.sh BUILD [CASES [RUNS]]
# environment: FORMATS="csv json" (which to run; "none": only the distinct
# groups), EXT_RUNS (runs of the slow mlr and jq baselines, default 1),
# BENCHDIR (data; default BUILD/bench/data), SLURM_BLOCKS=N (also time
# scripts/oer-slurm with N blocks against the chain, on the Slurm cluster
# that sinfo reaches; off by default), GROUP_NAMES="10 100000 1000000" (the
# distinct wijk names of the groups inputs, the first the baseline; empty:
# no groups part), GROUP_CASES (the baseline's cases, default 1000000; every
# other input has one case per name).
set -u

[ $# -ge 1 ] || { echo "usage: tests/bench/bench.sh BUILD [CASES [RUNS]]" >&2; exit 2; }
build=$(cd "$1" && pwd) || exit 2
cases=${2:-1000000}
runs=${3:-3}
ext_runs=${EXT_RUNS:-1}
formats=${FORMATS:-csv json}
top=$(cd "$(dirname "$0")/../.." && pwd)
data=${BENCHDIR:-$build/bench/data}
bin=$build/bin
measure=$build/bench/measure
map=$top/examples/sociale-kaart.csv
date=2026-11-28		# oer-gen's export ends the day before
stages="intake monitor plan refer report"
mkdir -p "$data" || exit 74
for f in "$bin/oer-intake" "$build/tools/oer-gen" "$measure" "$build/bench/ceiling-csv" "$build/bench/ceiling-json"; do
	[ -x "$f" ] || { echo "bench: $f is missing (make bench builds it)" >&2; exit 2; }
done
results=$data/results.$$
trap 'rm -f "$results"' EXIT
trap 'exit 130' INT TERM

# The command line of a stage reading its input from stdin.
stage_cmd() {
	case $1 in
	refer) echo "$bin/oer-refer --date $date --map $map" ;;
	*) echo "$bin/oer-$1 --date $date" ;;
	esac
}

# fresh FILE DEP...: FILE exists and is newer than every DEP.
fresh() {
	_f=$1
	shift
	[ -s "$_f" ] || return 1
	for _d in "$@"; do
		[ -n "$(find "$_f" -newer "$_d")" ] || return 1
	done
}

# gen N FMT: the export of N cases; prints its path.
gen() {
	_out=$data/export-$1.$2
	_flag=
	[ "$2" = json ] && _flag=--json
	if ! fresh "$_out" "$build/tools/oer-gen"; then
		# shellcheck disable=SC2086
		"$build/tools/oer-gen" -n "$1" $_flag >"$_out" || exit 1
	fi
	echo "$_out"
}

# inputs N FMT: the input of every stage (stage 0 reads the export), made by
# running the chain once; prints the peak RSS of each stage as "stage KiB".
inputs() {
	_in=$(gen "$1" "$2")
	for _s in $stages; do
		_out=$data/$2-$1.after-$_s
		# shellcheck disable=SC2046
		set -- "$1" "$2" $(measure "$_in" "$_out" $(stage_cmd "$_s"))
		[ "$7" -le 1 ] || { echo "bench: oer-$_s failed (exit $7) on $_in" >&2; exit 1; }
		echo "$_s $6"
		_in=$_out
	done
}

# input_of N FMT STAGE: the file the stage reads.
input_of() {
	_prev='export'
	for _s in $stages; do
		if [ "$_s" = "$3" ]; then
			[ "$_prev" = export ] && { echo "$data/export-$1.$2"; return; }
			echo "$data/$2-$1.after-$_prev"
			return
		fi
		_prev=$_s
	done
}

measure() {
	"$measure" "$@" || exit 1
}

# timed LABEL INPUT N CMD...: N runs; one line per run into the results.
timed() {
	_label=$1 _in=$2 _n=$3
	shift 3
	_i=0
	while [ "$_i" -lt "$_n" ]; do
		echo "$_label $(measure "$_in" /dev/null "$@")" >>"$results"
		_i=$((_i + 1))
	done
}

size_of() {
	wc -c <"$1" | tr -d ' '
}

machine() {
	_cpu=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
	_mem=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sm), ${_cpu:-cpu unknown}, $(nproc) cores, ${_mem:-memory unknown}"
}

small=$((cases / 10))
[ "$small" -ge 1 ] || small=1
echo "OER benchmark: $cases cases, median of $runs runs ($ext_runs for mlr and jq)"
machine
echo "build: $build ($(cd "$top" && git describe --always --dirty 2>/dev/null || echo unknown))"
have_mlr=0 have_jq=0
command -v mlr >/dev/null 2>&1 && have_mlr=1
command -v jq >/dev/null 2>&1 && have_jq=1
[ "$have_mlr" = 1 ] || echo "note: mlr (Miller, Debian package miller) is not installed: no Miller baseline"
[ "$have_jq" = 1 ] || echo "note: jq is not installed: no jq baseline"

for fmt in $formats; do
	case $fmt in
	csv) ceiling=$build/bench/ceiling-csv ext=mlr; [ "$have_mlr" = 1 ] || ext= ;;
	json) ceiling=$build/bench/ceiling-json ext=jq; [ "$have_jq" = 1 ] || ext= ;;
	none) continue ;;
	*) echo "bench: unknown format $fmt" >&2; exit 2 ;;
	esac
	: >"$results"
	inputs "$small" "$fmt" | sed 's/^/rss-small /' >>"$results"
	inputs "$cases" "$fmt" | sed 's/^/rss-full /' >>"$results"

	for s in $stages; do
		in=$(input_of "$cases" "$fmt" "$s")
		echo "size $s $(size_of "$in")" >>"$results"
		timed "cat $s" "$in" "$runs" cat
		timed "ceiling $s" "$in" "$runs" "$ceiling"
		case $ext in
		mlr) timed "ext $s" "$in" "$ext_runs" mlr --icsv --ocsv cat ;;
		jq) timed "ext $s" "$in" "$ext_runs" jq -c . ;;
		esac
		# shellcheck disable=SC2046
		timed "stage $s" "$in" "$runs" $(stage_cmd "$s")
	done
	chain="$(stage_cmd intake) | $(stage_cmd monitor) | $(stage_cmd plan) | $(stage_cmd refer) | $(stage_cmd report)"
	timed "chain all" "$(input_of "$cases" "$fmt" intake)" "$runs" sh -c "$chain"
	# The same chain in one process (oer ... then ...), in the same run.
	# shellcheck disable=SC2046  # the words of the stages' commands
	timed "oer all" "$(input_of "$cases" "$fmt" intake)" "$runs" "$bin/oer" \
	    $(stage_cmd intake | sed "s|^$bin/oer-||") then $(stage_cmd monitor | sed "s|^$bin/oer-||") \
	    then $(stage_cmd plan | sed "s|^$bin/oer-||") then $(stage_cmd refer | sed "s|^$bin/oer-||") \
	    then $(stage_cmd report | sed "s|^$bin/oer-||")
	if [ -n "${SLURM_BLOCKS-}" ]; then
		sinfo >/dev/null 2>&1 || { echo "bench: SLURM_BLOCKS is set, but sinfo reaches no cluster" >&2; exit 2; }
		timed "slurm all" /dev/null "$runs" env PATH="$bin:$PATH" "$top/scripts/oer-slurm" \
		    "$(input_of "$cases" "$fmt" intake)" --map "$map" --date "$date" --blocks "$SLURM_BLOCKS" \
		    --work "$data"
	fi

	awk -v fmt="$fmt" -v cases="$cases" -v small="$small" -v ext="$ext" -v blocks="${SLURM_BLOCKS-}" '
	function median(key,   n, i, j, t, v) {
		n = split(wall[key], v, " ")
		for (i = 2; i <= n; i++)
			for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) {
				t = v[j]; v[j] = v[j - 1]; v[j - 1] = t
			}
		return n ? v[int((n + 1) / 2)] : 0
	}
	$1 == "size" { size[$2] = $3; next }
	$1 == "rss-small" { rsmall[$2] = $3; next }
	$1 == "rss-full" { rfull[$2] = $3; next }
	{
		key = $1 " " $2
		wall[key] = wall[key] (wall[key] == "" ? "" : " ") $3
		cpu[key] = cpu[key] (cpu[key] == "" ? "" : " ") ($4 + $5)
		if ($6 > rss[key]) rss[key] = $6
		if ($7 > 1) bad[key] = $7
	}
	END {
		split("intake monitor plan refer report", st, " ")
		from["intake"] = "export"; from["monitor"] = "intake"; from["plan"] = "monitor"
		from["refer"] = "plan"; from["report"] = "refer"
		x = ext == "" ? "ext" : ext
		printf "\n%s, %d cases: each stage alone on its own input, output to /dev/null\n", toupper(fmt), cases
		printf "(MB = 10^6 bytes of input; ceil/stage and %s/stage: their seconds over the stage'"'"'s, higher is better)\n", x
		printf "%-12s %-7s %8s %6s %8s %7s %8s %7s %8s %9s %10s %10s\n", "stage", "input", "MB", "cat s",
		    "ceil s", x " s", "stage s", "MB/s", "rec/s", "RSS MiB", "ceil/stage", x "/stage"
		for (i = 1; i <= 5; i++) {
			s = st[i]
			mb = size[s] / 1e6
			t = median("stage " s); c = median("ceiling " s); e = median("ext " s)
			es = "-"; er = "-"; note = ""
			if (e > 0) es = sprintf("%.2f", e)
			if (e > 0 && t > 0) er = sprintf("%.1f", e / t)
			if (("stage " s) in bad) note = "  exit " bad["stage " s]
			printf "%-12s %-7s %8.1f %6.2f %8.2f %7s %8.2f %7.1f %8.0f %9.1f %10.2f %10s%s\n", "oer-" s, from[s], mb,
			    median("cat " s), c, es, t, (t > 0 ? mb / t : 0), (t > 0 ? cases / t : 0),
			    rss["stage " s] / 1024, (t > 0 ? c / t : 0), er, note
		}
		t = median("chain all")
		n = split(cpu["chain all"], v, " "); cs = 0
		for (i = 1; i <= n; i++) cs += v[i]
		printf "%-12s %-7s %8.1f %6s %8s %7s %8.2f %7.1f %8.0f %9.1f   (CPU %.1f s, all five stages)\n", "chain", "export",
		    size["intake"] / 1e6, "", "", "", t, (t > 0 ? size["intake"] / 1e6 / t : 0), (t > 0 ? cases / t : 0),
		    rss["chain all"] / 1024, (n ? cs / n : 0)
		if (("oer all") in wall) {
			t1 = median("oer all")
			n = split(cpu["oer all"], v, " "); cs = 0
			for (i = 1; i <= n; i++) cs += v[i]
			printf "%-12s %-7s %8.1f %6s %8s %7s %8.2f %7.1f %8.0f %9.1f   (%.2fx the pipe; CPU %.1f s; oer ... then ..., one process)\n", "oer then",
			    "export", size["intake"] / 1e6, "", "", "", t1, (t1 > 0 ? size["intake"] / 1e6 / t1 : 0),
			    (t1 > 0 ? cases / t1 : 0), rss["oer all"] / 1024, (t > 0 ? t1 / t : 0), (n ? cs / n : 0)
		}
		if (("slurm all") in wall) {
			t = median("slurm all")
			printf "%-12s %-7s %8.1f %6s %8s %7s %8.2f %7.1f %8.0f %9s   (%.2fx the chain; Slurm jobs, %s blocks)\n", "oer-slurm",
			    "export", size["intake"] / 1e6, "", "", "", t, (t > 0 ? size["intake"] / 1e6 / t : 0),
			    (t > 0 ? cases / t : 0), "-", (median("chain all") > 0 ? t / median("chain all") : 0), blocks
		}
		printf "\npeak RSS (MiB) of each stage writing the next one'"'"'s input:\n"
		printf "%-12s %12s %12s\n", "stage", small " cases", cases " cases"
		for (i = 1; i <= 5; i++)
			printf "%-12s %12.1f %12.1f\n", "oer-" st[i], rsmall[st[i]] / 1024, rfull[st[i]] / 1024
		# The report keeps aggregates and --list cases per period and group only.
		if (rsmall["report"] > 0) {
			g = (rfull["report"] - rsmall["report"]) * 100 / rsmall["report"]
			printf "oer-report peak RSS, %d to %d cases: %+.1f %% (%s)\n", small, cases, g,
			    (g <= 10 && g >= -10 ? "flat: within 10 %" : "NOT flat: more than 10 %")
		}
	}' "$results"
done

# ---- distinct groups: oer-report --by wijk (issue 17) ----

group_names=${GROUP_NAMES-10 100000 1000000}
group_cases=${GROUP_CASES:-1000000}

# groups_input NAMES CASES: CASES cases over NAMES wijk names, one date,
# the names in a scrambled order (in sorted order a sorted array's insert
# would never shift); prints its path.
groups_input() {
	_out=$data/groups-$1-$2.csv
	if ! fresh "$_out" "$top/tests/bench/bench.sh"; then
		awk -v names="$1" -v cases="$2" 'BEGIN {
			print "case_id,received,wijk"
			for (i = 0; i < cases; i++)
				printf "G-%d,2026-11-02,wijk-%07d\n", i, (i * 7919) % names
		}' >"$_out.tmp" && mv "$_out.tmp" "$_out" || exit 1
	fi
	echo "$_out"
}

if [ -n "$group_names" ]; then
	: >"$results"
	base=
	for n in $group_names; do
		c=$n
		[ -n "$base" ] || { base=$n; c=$group_cases; }
		in=$(groups_input "$n" "$c")
		echo "cases $n $c" >>"$results"
		timed "groups $n" "$in" "$runs" "$bin/oer-report" --date "$date" --by wijk --format csv
	done
	awk -v runs="$runs" -v order="$group_names" '
	function median(list,   n, i, j, t, v) {
		n = split(list, v, " ")
		for (i = 2; i <= n; i++)
			for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) {
				t = v[j]; v[j] = v[j - 1]; v[j - 1] = t
			}
		return n ? v[int((n + 1) / 2)] : 0
	}
	$1 == "cases" { cases[$2] = $3; next }
	{
		wall[$2] = wall[$2] " " $3
		cpu[$2] = cpu[$2] " " ($4 + $5)
		if ($6 > rss[$2]) rss[$2] = $6
		if ($7 > 1) bad[$2] = $7
	}
	END {
		k = split(order, names, " ")
		printf "\noer-report --by wijk --format csv, distinct wijk names (one page each), output to /dev/null\n"
		printf "(median of %d runs; us/case: CPU microseconds per case; x base: that over the %s names'"'"' per-case cost)\n", runs, names[1]
		printf "%-10s %10s %8s %8s %9s %9s %9s\n", "names", "cases", "wall s", "CPU s", "us/case", "x base", "RSS MiB"
		for (i = 1; i <= k; i++) {
			g = names[i]
			w = median(wall[g]); c = median(cpu[g])
			per[g] = cases[g] > 0 ? c * 1e6 / cases[g] : 0
			note = (g in bad) ? "  exit " bad[g] : ""
			printf "%-10s %10d %8.2f %8.2f %9.2f %9.1f %9.1f%s\n", g, cases[g], w, c, per[g],
			    (per[names[1]] > 0 ? per[g] / per[names[1]] : 0), rss[g] / 1024, note
		}
		if (k >= 3 && per[names[k - 1]] > 0) {
			r = per[names[k]] / per[names[k - 1]]
			printf "per-case cost, %s against %s names: %.2fx (%s)\n", names[k], names[k - 1], r,
			    (r <= 1.5 ? "linear: within 1.5x" : "NOT linear: more than 1.5x")
		}
	}' "$results"
fi
