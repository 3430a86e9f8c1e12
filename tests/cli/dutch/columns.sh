# --columns FILE: a team's own column names (NAME = field), in every tool;
# a malformed file is a usage error naming its line, a missing one exit 66.
cat >ours.txt <<'TXT'
# Our export's own names
Team = wijk
Klantvraag = question
Score geld = finances.self
TXT
printf 'Dossier,Datum aanmelding,Team,Klantvraag,Score geld\nA1,2-11-2026,Noord,Ik heb schulden,2\n' >in.csv
run oer-intake --columns ours.txt in.csv
expect_status 0
expect_no_err
expect_out <<'CSV'
case_id,received,wijk,question,finances.self,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
A1,2026-11-02,Noord,Ik heb schulden,2,2026-W45,finances,,info,3,I4,0
CSV
for t in oer-monitor oer-plan oer-report; do
	run $t --columns ours.txt in.csv
	[ "$status" -le 1 ] || fail "$t --columns: exit status $status"
done
run oer-monitor --columns ours.txt in.csv
columns out finances.self finances.status >got
expect_file got <<'TXT'
finances.self,finances.status
2,insufficient
TXT
printf 'Team wijk\n' >bad.txt
for t in oer-intake oer-monitor oer-plan oer-refer oer-report; do
	run $t --columns bad.txt in.csv
	expect_status 2
	expect_no_out
	printf '%s: --columns: bad.txt:1: no '"'"'='"'"' (lines are NAME = field)\n' $t >want.err
	expect_same want.err err "$t: stderr"
done
printf 'Team = wijk\nOns veld = vrij veld\n' >unknown.txt
run oer-intake --columns unknown.txt in.csv
expect_status 2
expect_err <<'ERR'
oer-intake: --columns: unknown.txt:2: 'vrij veld' is not a field of oer(7) (e.g. case_id, received, question, finances.self)
ERR
run oer-intake --columns none.txt in.csv
expect_status 66
expect_err <<'ERR'
oer-intake: cannot open column names none.txt: No such file or directory
ERR
