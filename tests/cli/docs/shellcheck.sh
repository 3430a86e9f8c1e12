# Every shell script of the toolkit passes shellcheck.
cd "$TOP" || fail "no repository"
shellcheck scripts/oer-lib.sh scripts/oer-pipeline scripts/oer-weekly scripts/oer-parallel scripts/oer-slurm scripts/demo.sh scripts/deps.sh \
    .ci/run tests/run tests/lib.sh >"$OLDPWD/sc.out" 2>&1 || fail "shellcheck: $(head -c 1500 "$OLDPWD/sc.out")"
