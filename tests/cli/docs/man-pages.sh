# Every tool and script has a man page that renders without warnings, whose
# SYNOPSIS is the usage of its --help, with EXIT STATUS, EXAMPLES and SEE
# ALSO; --version names the toolkit and its one version (config.mk), as
# the built pages do; oer(7) renders too.
for tool in oer oer-intake oer-monitor oer-plan oer-refer oer-report oer-pipeline oer-weekly oer-parallel oer-slurm; do
	case $tool in
	oer-pipeline|oer-weekly|oer-parallel|oer-slurm) cmd=$TOP/scripts/$tool ;;
	*) cmd=$tool ;;
	esac
	page=$TOP/man/$tool.1
	[ -f "$page" ] || fail "no man page for $tool"
	groff -t -man -ww -z "$page" 2>warnings || fail "groff failed on $page"
	[ ! -s warnings ] || fail "$tool(1): groff warns: $(cat warnings)"
	groff -t -man -Tutf8 -P-cbou "$page" >page.txt 2>/dev/null
	for section in NAME SYNOPSIS DESCRIPTION 'EXIT STATUS' EXAMPLES 'SEE ALSO'; do
		grep -q "^$section\$" page.txt || fail "$tool(1) has no $section section"
	done
	awk '/^SYNOPSIS/ { f = 1; next } /^[A-Z]/ { f = 0 } f' page.txt |
	    tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//' >synopsis
	run "$cmd" --help
	expect_status 0
	# The usage: the first line and the indented ones after it.
	awk 'NR == 1 { sub(/^usage: /, ""); print; next } /^ / { print; next } { exit }' out |
	    tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//' >usage
	expect_same usage synopsis "$tool: SYNOPSIS against --help"
	run "$cmd" --version
	expect_status 0
	printf '%s (OER toolkit) %s\n' "$tool" "$OER_VERSION" >want.version
	expect_same want.version out "$tool --version"
	# The built page carries the same version (the source says @VERSION@).
	built=$(dirname "$(command -v oer-intake)")/../man/$tool.1
	grep -q "^\.TH .* \"OER toolkit $OER_VERSION\"" "$built" ||
	    fail "$built does not carry version $OER_VERSION: $(sed -n '/^\.TH/p' "$built")"
done
groff -t -man -ww -z "$TOP/man/oer.7" 2>warnings || fail "groff failed on oer(7)"
[ ! -s warnings ] || fail "oer(7): groff warns: $(cat warnings)"
