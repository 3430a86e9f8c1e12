# oer-report: the html page stands alone: inline CSS and SVG, no scripts,
# nothing fetched from elsewhere, a policy that forbids both anyway.
run oer-report --period all --format html "$TESTS/cli/oer-report/team.csv"
expect_status 0
expect_no_err
head -1 out | grep -q '^<!DOCTYPE html>$' || fail "not an html page"
tail -1 out | grep -q '^</html>$' || fail "the page does not end with </html>"
for bad in '<script' 'http://' 'https://' 'src=' 'url(' '@import' '<link' '<iframe' '<img'; do
	! grep -qiF -- "$bad" out || fail "the page contains $bad"
done
# Links only within the page (the contents list).
! grep -qiE 'href="[^#]' out || fail "the page links outside itself"
grep -qF "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">" out ||
    fail "no Content-Security-Policy"
# The three charts: routes, levels per domain, the cascade of plan levels.
[ "$(grep -c '^<svg class="chart"' out)" = 3 ] || fail "want 3 charts, got $(grep -c '<svg' out)"
grep -qF 'aria-label="Routes"' out || fail "no routes chart"
grep -qF 'aria-label="Level distribution per domain (together)"' out || fail "no level chart"
grep -qF 'aria-label="Cascade of plan levels"' out || fail "no cascade chart"
# The overview, then every section, in order, each with an id for the contents list.
grep -o '<h3 id="[^"]*">[^<]*</h3>' out >headings
cat >want <<'HTML'
<h3 id="p1-overview">Overview</h3>
<h3 id="p1-intake">1. Intake</h3>
<h3 id="p1-monitor">2. Monitor</h3>
<h3 id="p1-plan">3. Plan</h3>
<h3 id="p1-referral">4. Referral</h3>
<h3 id="p1-agenda">5. Peer consultation agenda</h3>
<h3 id="p1-prevention">6. Prevention signals</h3>
<h3 id="p1-goals">7. Transformation goals</h3>
HTML
expect_same want headings 'section headings'
# A route bar is as long as its count: halfline 4 of 8 cases is the
# longest (260 px of 480 - 180 - 40), info 1 a quarter of it (65 px); the
# fifth row starts at 4 + 4 * 22 px, its bar 3 px lower: y 95.
grep -F -A1 '>Half line</text>' out | grep -qF '<rect x="180" y="95" width="260" height="16"' ||
    fail "the halfline bar is not 260 px"
grep -F -A1 '>Information and advice</text>' out | grep -qF 'width="65"' ||
    fail "the info bar is not 65 px"
