# shellcheck shell=sh
# Variables are set for the sourcing script, and by it:
# shellcheck disable=SC2034,SC2154
# oer-lib.sh: what the OER scripts share; sourced, not run.  It lies beside
# the scripts (scripts/ in the build tree, $PREFIX/bin installed), and a
# script sources it as its first step after `set -u`:
#
#	here=$(cd "$(dirname "$0")" && pwd) || exit 2
#	. "$here/oer-lib.sh"
#
# Sourcing it makes the script's files private and puts the toolkit's own
# tools first in PATH.  oer-parallel and oer-slurm also use the rest: their
# options, the blocks, the intake | monitor | plan of one block, and the
# statuses and rejects at the end.  They set prog (their name) first.

# What the scripts write holds case data: private, whatever the caller's umask.
umask 077

# The toolkit's own tools, also under cron's bare PATH: installed beside
# this script ($PREFIX/bin), else in the build tree (scripts/../build/bin)
# unless PATH already has them.
if [ -x "$here/oer-intake" ]; then
	PATH=$here:$PATH
elif ! command -v oer-intake >/dev/null 2>&1 && [ -x "$here/../build/bin/oer-intake" ]; then
	PATH=$here/../build/bin:$here:$PATH
fi
export PATH
# A locale cron names but the system lacks (LANG=nl_NL.UTF-8) is not worth a
# perl warning in every mail.
PERL_BADLANG=0
export PERL_BADLANG

# print_version: the toolkit's one version (config.mk), as its tools say it.
print_version() {
	_v=$(oer-intake --version) || exit 70
	echo "$prog (OER toolkit) ${_v##* }"
}

die() {
	status=$1
	shift
	echo "$prog: $*" >&2
	exit "$status"
}

# ---- one run at a time, whole files, signals (oer-pipeline, oer-weekly) ----

# lock_folder DIR SECONDS: one run at a time writes DIR (cron and a hand run
# may meet): a lock (flock) on DIR/.oer-lock, held until the script ends; a
# second run waits up to SECONDS, then gives up with 75 (EX_TEMPFAIL).
lock_folder() {
	case $2 in ''|*[!0-9]*) die 2 "--wait: '$2' is not a whole number of seconds" ;; esac
	command -v flock >/dev/null 2>&1 || die 2 "flock is needed (apt-get install util-linux)"
	exec 9>"$1/.oer-lock" || exit 74
	flock -w "$2" 9 || die 75 "another run is writing $1; gave up after $2 seconds"
}

# new_name FILE: the temporary name FILE is written under until it is whole:
# .NAME.new in FILE's own folder (one file system, so the rename is atomic).
new_name() {
	printf '%s/.%s.new\n' "$(dirname "$1")" "$(basename "$1")"
}

# put_in_place FILE...: rename each FILE's new_name to FILE; only when every
# file of the run is whole.  74 when a rename fails.
put_in_place() {
	for _f; do
		mv -f "$(new_name "$_f")" "$_f" || die 74 "cannot rename $(new_name "$_f") to $_f"
	done
}

# drop_new FILE...: remove the temporary names of FILEs (after a failure or
# a signal; the files under their final names are left as they were).
drop_new() {
	for _f; do
		rm -rf "$(new_name "$_f")"
	done
}

# final_names DIR: stdin to stdout with every temporary name in DIR
# (DIR/.NAME.new) written as its final name DIR/NAME: messages and rejects
# name the files as they will be found.
final_names() {
	OER_DIR=$1 perl -pe 's{\Q$ENV{OER_DIR}\E/\.([^/\s]+?)\.new\b}{$ENV{OER_DIR}/$1}g'
}

# on_signals CLEANUP: CLEANUP runs when the script ends; INT and TERM end
# it at once (130, 143), stopping the step that runs (see step).
child=
on_signals() {
	# shellcheck disable=SC2064	# CLEANUP is the command, expanded now
	trap "$1" EXIT
	trap 'stop_child; exit 130' INT
	trap 'stop_child; exit 143' TERM
}
stop_child() {
	[ -z "$child" ] || { kill "$child" 2>/dev/null; wait "$child" 2>/dev/null; }
	child=
}

# step CMD...: run CMD in the background and wait for it, so that a signal
# interrupts the wait (a foreground command would finish first).
step() {
	"$@" &
	child=$!
	wait "$child"
	_rc=$?
	child=
	return $_rc
}

# rejects_errors FILE: the last field (error) of every record of a CSV
# rejects file, whatever its delimiter; fields may hold quoted line breaks.
rejects_errors() {
	perl -e '
		local $/; $_ = <STDIN>; s/^\xEF\xBB\xBF//;
		my ($line) = /^([^\n]*)/;
		my $d = ($line =~ tr/;//) > ($line =~ tr/,//) ? ";" : ",";
		my (@f, $n);
		while (/\G(?:"((?:[^"]|"")*)"|([^\Q$d\E"\r\n]*))(\Q$d\E|\r?\n|\z)/gc) {
			my $v = defined $1 ? $1 =~ s/""/"/gr : $2;
			push @f, $v;
			next if $3 eq $d;
			print "$f[-1]\n" if $n++ && @f > 1;
			@f = ();
			last if $3 eq "" || pos() >= length;
		}' <"$1"
}

# errors_of FILE: the error of every record of a rejects file (CSV or JSON
# Lines), one a line.
errors_of() {
	case $1 in
	*.jsonl|*.jsonl.new) jq -r '.error' "$1" ;;
	*) rejects_errors "$1" ;;
	esac
}

# ---- options (oer-parallel, oer-slurm) ----

# chain_options ARG...: the options of a script that runs the chain in
# blocks.  The script names its own options in own_values (they take a
# value) and own_flags, and sets them in own_option NAME VALUE; the common
# ones are set here: map blocks date encoding columns cases rejects verbose
# export_file, and partial_opts and merge_opts for oer-report.
chain_options() {
	export_file='' map='' blocks='' date='' encoding='' columns='' cases='' rejects='' verbose=0
	partial_opts='' merge_opts=''
	while [ $# -gt 0 ]; do
		case $1 in
		-h|--help) usage; exit 0 ;;
		-V|--version) print_version; exit 0 ;;
		--*=*)
			opt=${1%%=*} opt=${opt#--} val=${1#*=} ;;
		--?*)
			opt=${1#--}
			case " map blocks date encoding columns cases rejects period by from to format lang suppress signal-share signal-min signal-rise $own_values " in
			*" $opt "*)
				[ $# -ge 2 ] || die 2 "$1 needs a value"
				val=$2
				shift ;;
			*)
				case " verbose $own_flags " in
				*" $opt "*) val='' ;;
				*) echo "$prog: unknown option $1" >&2; usage >&2; exit 2 ;;
				esac ;;
			esac ;;
		-?*) echo "$prog: unknown option $1" >&2; usage >&2; exit 2 ;;
		*)
			[ -z "$export_file" ] || die 2 "one export at a time"
			export_file=$1; shift; continue ;;
		esac
		shift
		case $opt in
		period|by|from|to|format|lang|suppress|signal-share|signal-min|signal-rise|date|encoding|columns)
			case $val in
			*[[:space:]]*|'') die 2 "--$opt: '$val': a value without spaces is needed" ;;
			esac ;;
		esac
		case $opt in
		map) map=$val ;;
		blocks) blocks=$val ;;
		date) date=$val ;;
		encoding) encoding=$val ;;
		columns) columns=$val ;;
		cases) cases=$val ;;
		rejects) rejects=$val ;;
		verbose) verbose=1 ;;
		period|by|from|to) partial_opts="$partial_opts --$opt=$val" ;;
		format|lang|suppress|signal-share|signal-min|signal-rise) merge_opts="$merge_opts --$opt=$val" ;;
		*)
			own_option "$opt" "$val" || { echo "$prog: unknown option --$opt" >&2; usage >&2; exit 2; } ;;
		esac
	done
	[ -n "$export_file" ] || { usage >&2; exit 2; }
}

# whole_number NAME VALUE: VALUE is a whole number from 1, or a usage error.
whole_number() {
	case $2 in *[!0-9]*|0*|'') die 2 "--$1: '$2' is not a whole number from 1" ;; esac
}

# ---- the export and its blocks ----

# export_format FILE: fmt (csv or json) and header (the lines of header
# every block repeats: 1, or 2 after an Excel sep= line; 0 for JSON Lines).
export_format() {
	_first=$(head -c 4096 "$1" | tr -d '\357\273\277 \t\r\n' | head -c 1)
	if [ "$_first" = '{' ]; then
		fmt=json header=0
	else
		fmt=csv header=1
		head -n 1 "$1" | tr -d '\357\273\277\r' | grep -q '^sep=.$' && header=2
	fi
}

# spans_lines FILE: a CSV line of FILE has an odd number of quotes, so a
# quoted field spans lines and the file cannot be cut at line ends.
spans_lines() {
	[ "$fmt" = csv ] && awk '{ if (gsub(/"/, "&") % 2) { odd = 1; exit } } END { exit !odd }' "$1"
}

# block_count FILE N: N, or fewer so that the first block holds the whole
# header (every other block gets a copy of it); at least 1.
block_count() {
	_size=$(wc -c <"$1")
	_hb=$(head -n "$header" "$1" | wc -c)
	_n=$2
	[ "$_hb" -eq 0 ] || [ "$_n" -le $((_size / _hb)) ] || _n=$((_size / _hb))
	[ "$_n" -ge 1 ] || _n=1
	echo "$_n"
}

# block K N FILE: block K of N of FILE on stdout: its lines that start in
# the Kth Nth of its bytes (split -n l/K/N), after a copy of the header
# lines for every block but the first, which starts with them.
block() {
	if [ "$1" -gt 1 ] && [ "$header" -gt 0 ]; then
		head -n "$header" "$3" || return 74
	fi
	split -n "l/$1/$2" "$3" || return 74
}

# ---- the job of one block: intake | monitor | plan ----

# block_chain WORK N [INTAKE OPTION...]: block N on stdin, the planned
# records on stdout (CSV: the header for block 1 only; every block's is
# kept in WORK/header.N, to check that they are the same); each stage's
# status, rejects and messages in WORK, and the block's case ids (from
# oer-intake's output) in WORK/ids.N.  Uses fmt and stage_date.
block_chain() {
	_w=$1 _n=$2
	shift 2
	mkfifo "$_w/ids.fifo.$_n" || return 70
	if [ "$fmt" = csv ]; then
		case_ids_csv <"$_w/ids.fifo.$_n" >"$_w/ids.$_n" &
	else
		case_ids_json <"$_w/ids.fifo.$_n" >"$_w/ids.$_n" &
	fi
	{ oer-intake --rejects "$_w/rej-intake.$_n" "$@" 2>"$_w/err-intake.$_n"
	  echo $? >"$_w/st-intake.$_n"; } | tee "$_w/ids.fifo.$_n" |
	{ oer-monitor --rejects "$_w/rej-monitor.$_n" ${stage_date:+"$stage_date"} 2>"$_w/err-monitor.$_n"
	  echo $? >"$_w/st-monitor.$_n"; } |
	{ oer-plan --rejects "$_w/rej-plan.$_n" ${stage_date:+"$stage_date"} 2>"$_w/err-plan.$_n"
	  echo $? >"$_w/st-plan.$_n"; } |
	if [ "$fmt" = csv ]; then
		{
			IFS= read -r _header
			printf '%s\n' "$_header" >"$_w/header.$_n"
			[ "$_n" != 1 ] || printf '%s\n' "$_header"
			cat
		}
	else
		cat
	fi
	wait
	rm -f "$_w/ids.fifo.$_n"
}

# The case_id column of our own CSV (',' and quotes only where needed,
# one record per line): the ids, one per line, as written.
case_ids_csv() {
	awk '
	NR == 1 {
		n = split($0, h, ",")
		for (i = 1; i <= n; i++)
			if (h[i] == "case_id")
				col = i
		next
	}
	col {
		s = $0; f = 1; v = ""
		while (f <= col) {
			if (substr(s, 1, 1) == "\"") {
				v = ""; s = substr(s, 2)
				for (;;) {
					q = index(s, "\"")
					if (q == 0) { v = v s; s = ""; break }
					v = v substr(s, 1, q - 1); s = substr(s, q + 1)
					if (substr(s, 1, 1) != "\"") break
					v = v "\""; s = substr(s, 2)
				}
				s = substr(s, 2)	# the comma after the closing quote
			} else {
				c = index(s, ",")
				if (c == 0) { v = s; s = "" } else { v = substr(s, 1, c - 1); s = substr(s, c + 1) }
			}
			f++
		}
		if (v != "")
			print v
	}'
}

# The case_id member of JSON Lines as written (escapes kept: equal ids are
# written equally).
case_ids_json() {
	awk 'match($0, /"case_id":"([^"\\]|\\.)*"/) { print substr($0, RSTART + 11, RLENGTH - 12) }'
}

# blocks_differ WORK: the blocks wrote different CSV headers (exit 70).
blocks_differ() {
	for _h in "$1"/header.*; do
		[ -f "$_h" ] || continue
		cmp -s "$_h" "$1/header.1" || return 0
	done
	return 1
}

# shared_ids WORK: a case id is in more than one block: only one
# oer-intake would reject it, so the chain must run in one process.
shared_ids() {
	[ -n "$(sort "$1"/ids.* 2>/dev/null | uniq -d | head -n 1)" ]
}

# ---- the end: statuses, rejects ----

# collect WORK: every stage's status and rejected records.  A failed stage
# (exit 2 or more; 1 of oer-report) is named with its messages, and its
# status kept in failed (the first one); the rejects of every block are
# counted in rejected and, with --rejects DIR, written to
# DIR/rejects-STAGE.FMT under one header (to a temporary name first).
collect() {
	rejected=0 failed=0
	for _stage in intake monitor plan refer partial merge; do
		for _st in "$1/st-$_stage".*; do
			[ -f "$_st" ] || continue
			_n=${_st##*.}
			_s=$(cat "$_st")
			case $_s in
			0) ;;
			1) case $_stage in partial|merge) [ "$failed" != 0 ] || failed=$_s ;; esac ;;
			*) case $_stage in
			   partial|merge) _what="oer-report --$_stage" ;;
			   *) _what="oer-$_stage on block $_n" ;;
			   esac
			   echo "$prog: $_what failed (exit $_s):" >&2
			   sed 's/^/  /' "$1/err-$_stage.$_n" >&2 2>/dev/null
			   [ "$failed" != 0 ] || failed=$_s ;;
			esac
		done
		# The rejects of every block, one header.
		for _r in "$1/rej-$_stage".*; do
			[ -s "$_r" ] || continue
			if [ "$fmt" = csv ]; then
				_count=$(($(wc -l <"$_r") - 1))
			else
				_count=$(wc -l <"$_r")
			fi
			rejected=$((rejected + _count))
			if [ -n "$rejects" ]; then
				mkdir -p "$rejects" || die 74 "cannot create $rejects"
				_out=$rejects/rejects-$_stage.$fmt
				if [ -s "$_out.tmp" ] && [ "$fmt" = csv ]; then
					tail -n +2 "$_r" >>"$_out.tmp"
				else
					cat "$_r" >>"$_out.tmp"
				fi || die 74 "cannot write $_out.tmp"
			fi
		done
		[ -z "$rejects" ] || [ ! -f "$rejects/rejects-$_stage.$fmt.tmp" ] ||
		    mv "$rejects/rejects-$_stage.$fmt.tmp" "$rejects/rejects-$_stage.$fmt" ||
		    die 74 "cannot rename $rejects/rejects-$_stage.$fmt"
	done
}

# rejected_status: after the report, say how many records were rejected
# (exit 1), or exit 0.
rejected_status() {
	if [ "$rejected" -gt 0 ]; then
		echo "$prog: $rejected records rejected${rejects:+, see $rejects/}" >&2
		exit 1
	fi
	exit 0
}
