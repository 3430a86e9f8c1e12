#!/bin/sh
# Make sure the Debian packages the toolkit builds and tests with are
# installed: as root with apt-get, install what is missing; otherwise print
# the exact command and stop.
#
# usage: scripts/deps.sh [PACKAGE...]   (default: the build and test set)

set -u

# fuzz: clang and its runtime (libFuzzer) for make fuzz.
# util-linux: flock for the scripts' lock.
# build: compiler, the libraries (utf8proc: Unicode normalisation for the
# privacy guard; xlsxwriter: oer-report's workbook); tests: jq (scripts), groff (man
# pages), shellcheck (scripts), chromium (renders the html report), openpyxl
# (reads the workbook back);
# parallel: GNU parallel for scripts/oer-parallel; slurm-wlm and munge: a
# one-node Slurm cluster for scripts/oer-slurm's test (tests/cli/slurm).
packages=${*:-"gcc make libc6-dev libcsv-dev libjson-c-dev libsodium-dev libutf8proc-dev libxlsxwriter-dev jq util-linux groff-base shellcheck chromium python3-openpyxl parallel slurm-wlm munge clang libclang-rt-14-dev"}

missing=
for p in $packages; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "deps: this is not a Debian system; install the equivalents of:$missing" >&2
	exit 1
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	# shellcheck disable=SC2086
	apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 ||
	    { apt-get update -q >/dev/null 2>&1 &&
	      apt-get install -y -q --no-install-recommends $missing >/dev/null; } ||
	    { echo "deps: apt-get could not install:$missing" >&2; exit 1; }
	exit 0
fi
echo "deps: missing Debian packages:$missing" >&2
echo "deps: install them with: sudo apt-get install$missing" >&2
exit 1
