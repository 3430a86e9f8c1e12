# oer-report: the html page stands alone: inline CSS and SVG, no scripts,
# nothing fetched from elsewhere, a policy that forbids both anyway.
run oer-report --period all --format html "$TESTS/cli/oer-report/team.csv"
expect_status 0
expect_no_err
head -1 out | grep -q '^<!DOCTYPE html>$' || fail "not an html page"
tail -1 out | grep -q '^</html>$' || fail "the page does not end with </html>"
for bad in '<script' 'http://' 'https://' 'src=' 'href=' 'url(' '@import' '<link' '<iframe' '<img'; do
	! grep -qiF -- "$bad" out || fail "the page contains $bad"
done
grep -qF "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">" out ||
    fail "no Content-Security-Policy"
# The three charts: routes, levels per domain, the cascade of plan levels.
[ "$(grep -c '^<svg class="chart"' out)" = 3 ] || fail "want 3 charts, got $(grep -c '<svg' out)"
grep -qF 'aria-label="Routes"' out || fail "no routes chart"
grep -qF 'aria-label="Level distribution per domain (together)"' out || fail "no level chart"
grep -qF 'aria-label="Cascade of plan levels"' out || fail "no cascade chart"
# Every section, in order.
grep -o '<h3>[^<]*</h3>' out >headings
cat >want <<'HTML'
<h3>1. Intake</h3>
<h3>2. Monitor</h3>
<h3>3. Plan</h3>
<h3>4. Referral</h3>
<h3>5. Peer consultation agenda</h3>
<h3>6. Prevention signals</h3>
<h3>7. Transformation goals</h3>
HTML
expect_same want headings 'section headings'
# A route bar is as long as its count: halfline 4 of 8 cases is the
# longest (380 px of 640 - 200 - 60), info 1 a quarter of it (95 px); the
# fifth row starts at 4 + 4 * 22 px, its bar 3 px lower: y 95.
grep -F -A1 '>Half line</text>' out | grep -qF '<rect x="200" y="95" width="380" height="16"' ||
    fail "the halfline bar is not 380 px"
grep -F -A1 '>Information and advice</text>' out | grep -qF 'width="95"' ||
    fail "the info bar is not 95 px"
