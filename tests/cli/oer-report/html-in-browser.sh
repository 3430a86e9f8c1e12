# oer-report: a real browser renders the html report.  Headless Chromium
# takes a screenshot and dumps the DOM it built, with the overview, every
# section heading and the three charts in it; and the example's report
# (English and Dutch, weekly, and one by wijk) fits the screen at 1280 and
# at 390 px (a phone): the page is never wider than the window, wide
# tables scroll in their own box.  The report has no script: the
# measurement is made by a wrapper page of the test's own, which loads
# each report in a frame of the width and writes what it finds into its
# DOM for --dump-dom.
command -v chromium >/dev/null 2>&1 ||
    skip "chromium is not installed (scripts/deps.sh installs it)"
browse() {
	_page=$1
	shift
	HOME=$PWD timeout 120 chromium --headless --no-sandbox --disable-gpu \
	    --disable-background-networking --disable-component-update --disable-sync \
	    --no-first-run --user-data-dir="$PWD/profile" "$@" "file://$PWD/$_page"
}
run oer-report --period all --format html "$TESTS/cli/oer-report/team.csv"
expect_status 0
mv out report.html
status=0
browse report.html --screenshot="$PWD/shot.png" --window-size=1200,3000 >shot.log 2>&1 || status=$?
[ "$status" = 0 ] || fail "chromium --screenshot exited $status: $(tail -3 shot.log)"
[ -s shot.png ] || fail "no screenshot"
[ "$(head -c 8 shot.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
status=0
browse report.html --dump-dom >dom.html 2>dump.log || status=$?
[ "$status" = 0 ] || fail "chromium --dump-dom exited $status: $(tail -3 dump.log)"
for h in 'Overview' '1. Intake' '2. Monitor' '3. Plan' '4. Referral' \
    '5. Peer consultation agenda' '6. Prevention signals' '7. Transformation goals'; do
	grep -qF ">$h</h3>" dom.html || fail "the rendered page lacks the heading $h"
done
[ "$(grep -c '<svg class="chart"' dom.html)" = 3 ] || fail "the rendered page does not have 3 charts"
! grep -qi '<script' dom.html || fail "the rendered page has a script"

# The example, at both widths.
. "$TESTS/cli/oer-report/partial.lib"
example_cases cases.csv
oer-report --format html --lang en cases.csv >en.html || fail "oer-report en failed"
oer-report --format html --lang nl cases.csv >nl.html || fail "oer-report nl failed"
oer-report --format html --lang nl --period all --by wijk cases.csv >wijk.html || fail "oer-report --by wijk failed"
frames=
for page in en.html nl.html wijk.html; do
	for width in 1280 390; do
		frames="$frames<iframe data-name=\"$page $width\" src=\"$page\" style=\"width:${width}px;height:800px;border:0\"></iframe>"
	done
done
cat >measure.html <<HTML
<!DOCTYPE html>
<html><body>
$frames
<pre id="result"></pre>
<script>
window.onload = function () {
	var lines = [];
	document.querySelectorAll('iframe').forEach(function (f) {
		var d = f.contentDocument.documentElement, over = d.scrollWidth - d.clientWidth;
		lines.push(f.dataset.name + ': ' + (over > 0 ? 'overflows by ' + over + ' px' : 'fits'));
	});
	document.getElementById('result').textContent = lines.join('\n');
};
</script>
</body></html>
HTML
status=0
browse measure.html --allow-file-access-from-files --virtual-time-budget=20000 --dump-dom \
    >measured.html 2>measure.log || status=$?
[ "$status" = 0 ] || fail "chromium --dump-dom exited $status: $(tail -3 measure.log)"
sed -n '/<pre id="result">/,/<\/pre>/p' measured.html | sed 's/<[^>]*>//g' >widths
expect_file widths <<'TXT'
en.html 1280: fits
en.html 390: fits
nl.html 1280: fits
nl.html 390: fits
wijk.html 1280: fits
wijk.html 390: fits
TXT
# A phone's screenshot of the Dutch page, to look at.
status=0
browse nl.html --hide-scrollbars --window-size=390,2400 --screenshot="$PWD/phone.png" \
    >phone.log 2>&1 || status=$?
[ "$status" = 0 ] && [ -s phone.png ] || fail "no phone screenshot: $(tail -3 phone.log)"
