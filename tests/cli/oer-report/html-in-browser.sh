# oer-report: a real browser renders the html report: headless Chromium
# takes a screenshot and dumps the DOM it built, with every section
# heading and the three charts in it.
command -v chromium >/dev/null 2>&1 ||
    fail "chromium is not installed (scripts/deps.sh installs it)"
run oer-report --period all --format html "$TESTS/cli/oer-report/team.csv"
expect_status 0
mv out report.html
browse() {
	HOME=$PWD timeout 120 chromium --headless --no-sandbox --disable-gpu \
	    --disable-background-networking --disable-component-update --disable-sync \
	    --no-first-run --user-data-dir="$PWD/profile" "$@" "file://$PWD/report.html"
}
status=0
browse --screenshot="$PWD/shot.png" --window-size=1200,3000 >shot.log 2>&1 || status=$?
[ "$status" = 0 ] || fail "chromium --screenshot exited $status: $(tail -3 shot.log)"
[ -s shot.png ] || fail "no screenshot"
[ "$(head -c 8 shot.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
status=0
browse --dump-dom >dom.html 2>dump.log || status=$?
[ "$status" = 0 ] || fail "chromium --dump-dom exited $status: $(tail -3 dump.log)"
for h in '1. Intake' '2. Monitor' '3. Plan' '4. Referral' \
    '5. Peer consultation agenda' '6. Prevention signals' '7. Transformation goals'; do
	grep -qF "<h3>$h</h3>" dom.html || fail "the rendered page lacks the heading $h"
done
[ "$(grep -c '<svg class="chart"' dom.html)" = 3 ] || fail "the rendered page does not have 3 charts"
! grep -qi '<script' dom.html || fail "the rendered page has a script"
