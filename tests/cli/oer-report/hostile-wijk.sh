# oer-report: a hostile neighbourhood name is only ever text: escaped in
# html and Markdown, neutralised against formulas in csv, control
# characters shown as '?' in text.
cat >in.csv <<'CSV'
case_id,received,wijk,plan.consult,plan.consult_reasons,refer.housing.status
H1,2026-11-02,"<script>alert(1)</script> & ""Noord"" | *x*",true,complex,unmatched
H2,2026-11-02,=1+2,false,,
H3,2026-11-02,@SUM(A1),false,,
H4,2026-11-02,+31 6,false,,
H5,2026-11-02,-5,false,,
CSV
hostile='<script>alert(1)</script> & "Noord" | *x*'

run oer-report --period all --by wijk --format html in.csv
expect_status 0
expect_no_err
! grep -qi '<script' out || fail "html: a <script> tag got through"
grep -F -q '<h2 id="p3">Period all, wijk: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Noord&quot; | *x*</h2>' out ||
    fail "html: the heading does not show the escaped name"
# In the contents list, the heading, the agenda and the white spots.
n=$(grep -F -c '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Noord&quot;' out)
[ "$n" = 4 ] || fail "html: escaped name $n times, want 4"

run oer-report --period all --by wijk --format md in.csv
expect_status 0
! grep -qi '<script' out || fail "md: a <script> tag got through"
grep -F -x -q '## Period all, wijk: &lt;script&gt;alert(1)&lt;/script&gt; &amp; "Noord" \| \*x\*' out ||
    fail "md: the heading is not escaped"
grep -F -x -q '| H1 | 1 | - | &lt;script&gt;alert(1)&lt;/script&gt; &amp; "Noord" \| \*x\* | - | - | complex |' out ||
    fail "md: the agenda row is not escaped"

# csv: quoted where needed; cells starting with = + - @ get an apostrophe.
run oer-report --period all --by wijk --format csv in.csv
expect_status 0
cut -d, -f2 out | sort -u >groups
cat >want <<'CSV'
"<script>alert(1)</script> & ""Noord"" | *x*"
'+31 6
'-5
'=1+2
'@SUM(A1)
group
CSV
expect_same want groups 'csv groups'
grep -F -q 'referral,white_spots.housing,"<script>alert(1)</script> & ""Noord"" | *x*",1' out ||
    fail "csv: the white spot key is not the quoted name"

# json: the name as a JSON string, unchanged.
run oer-report --period all --by wijk --format json in.csv
grep -F -q '"group":"<script>alert(1)</script> & \"Noord\" | *x*"' out || fail "json: group not a JSON string"
grep -F -q '"group":"=1+2"' out || fail "json: a formula-like name must stay as it is"

# text: a terminal escape sequence in a name is shown, not obeyed.
printf 'case_id,received,wijk,plan.consult\nE1,2026-11-02,Zuid\033[2J,true\n' >esc.csv
run oer-report --period all --format text esc.csv
expect_status 0
grep -q "$(printf '\033')" out && fail "text: an escape character reached the terminal"
grep -F -x -q '    E1    1  -         Zuid?[2J  -      -' out || fail "text: the name is not shown with '?'"
