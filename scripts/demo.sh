#!/bin/sh
# make demo: the whole pipeline on the shipped example export, results in demo/.
# usage: scripts/demo.sh BINDIR
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$bin:$PATH
export PATH
out=$top/demo
mkdir -p "$out"
cd "$top"

oer-intake --rejects "$out/rejects-intake.csv" examples/export.csv >"$out/intake.csv"
echo "demo: intake: $(($(wc -l <"$out/intake.csv") - 1)) cases admitted -> demo/intake.csv"
oer-intake --output-format json examples/export.csv | jq -r '.intake.route' | sort | uniq -c |
    sed 's/^/demo:   route /'
