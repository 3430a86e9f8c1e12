# oer-refer: the man page renders without warnings, its SYNOPSIS is the usage of --help, its worked example is true
page="$TOP/man/oer-refer.1"
groff -man -ww -z "$page" 2>groff.err || fail "groff failed"
[ ! -s groff.err ] || fail "groff warns: $(cat groff.err)"

# The SYNOPSIS lines without font escapes, against --help without "usage: ".
sed -n '/^\.SH SYNOPSIS/,/^\.SH DESCRIPTION/p' "$page" | grep -v '^\.' |
	sed 's/\\f[BIR]//g; s/\\-/-/g; s/^ *//' >synopsis.man
run oer-refer --help
sed -n '1,2p' out | sed 's/^usage: //; s/^ *//' >synopsis.help
expect_same synopsis.help synopsis.man "SYNOPSIS against --help"

# The worked example: the map of THE SOCIAL MAP, the plan and output of EXAMPLES.
unescape() { sed 's/\\-/-/g'; }
example() { sed -n "/$1/,/^\\.fi/p" "$page" | grep -v '^\.' | sed 1d | unescape; }
example '^A map as Dutch Excel saves it:' >kaart.csv
example '^and this plan in' >plan.csv
example '^\$ oer-refer .*items plan\.csv$' >want.items
[ "$(wc -l <kaart.csv)" = 5 ] && [ "$(wc -l <plan.csv)" = 4 ] && [ "$(wc -l <want.items)" = 6 ] ||
	fail "the worked example was not found in the man page"
run oer-refer --map kaart.csv --items plan.csv
expect_status 0
expect_no_err
expect_same want.items out "the worked example"
