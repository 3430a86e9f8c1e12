# scripts/oer-slurm without a cluster: --help says what runs where, bad
# options are usage errors (exit 2), --no-wait needs --out, a missing
# export or map is exit 66, all before Slurm is asked; shellcheck clean.
sl=$TOP/scripts/oer-slurm
ex=$TOP/examples
run "$sl" --help
expect_status 0
expect_no_err
head -n 1 out >first
echo 'usage: oer-slurm EXPORT [--map MAP] [--blocks N] [--partition P] [--work DIR]' >want
expect_same want first "the first line of --help"
for word in "What runs where" "Blocks." "Case ids." "Capacities." "Date." "Rejects." "Jobs." \
    "SBATCH_ACCOUNT" "Exit status:"; do
	grep -qF "$word" out || fail "--help does not say: $word"
done
awk 'length > 80 { exit 1 }' out || fail "--help is wider than 80 columns"

run "$sl" --blocks 0 "$ex/export.csv"
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-slurm: --blocks: '0' is not a whole number from 1
ERR
run "$sl" --jobs 2 "$ex/export.csv"
expect_status 2
head -n 1 err >first
echo 'oer-slurm: unknown option --jobs' >want
expect_same want first "--jobs (oer-parallel's) is not oer-slurm's"
run "$sl" "$ex/export.csv" --partition
expect_status 2
expect_err <<'ERR'
oer-slurm: --partition needs a value
ERR
run "$sl" "$ex/export.csv" --no-wait
expect_status 2
expect_err <<'ERR'
oer-slurm: --no-wait needs --out FILE: no one waits to print the report
ERR
run "$sl" no-such-export.csv --out r.html
expect_status 66
expect_no_out
expect_err <<'ERR'
oer-slurm: cannot open no-such-export.csv
ERR
run "$sl" "$ex/export.csv" --map no-such-map.csv
expect_status 66
expect_err <<'ERR'
oer-slurm: cannot open map no-such-map.csv
ERR
run "$sl" "$ex/export.csv" --work no-such-folder
expect_status 66
expect_err <<'ERR'
oer-slurm: --work: no folder no-such-folder
ERR
set -- oer-slurm.*
[ ! -e "$1" ] || fail "a run's folder was left: $*"

shellcheck "$sl" >sc.out 2>&1 || fail "shellcheck: $(head -c 1500 sc.out)"
