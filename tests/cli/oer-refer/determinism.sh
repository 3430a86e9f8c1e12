# oer-refer: the referrals depend on the records and the map's content, not on its row order or the run
cat >kaart.csv <<'CSV'
provider_id,name,level,domains,wijk,capacity,wait_days
V-2,Vrijwillige Thuisadministratie 2,volunteer,instrumental_adl;finances,*,1,3
V-1,Vrijwillige Thuisadministratie 1,volunteer,instrumental_adl,Noord,1,3
V-3,Vrijwillige Thuisadministratie 3,volunteer,instrumental_adl,*,2,3
CSV
{ head -n 1 kaart.csv; tail -n +2 kaart.csv | sort -r; } >omgekeerd.csv
cat >in.csv <<'CSV'
case_id,wijk,plan.instrumental_adl.level
D-1,Noord,volunteer
D-2,Noord,volunteer
D-3,Noord,volunteer
D-4,Noord,volunteer
D-5,Noord,volunteer
CSV
cat >want.csv <<'CSV'
case_id,wijk,plan.instrumental_adl.level,refer.instrumental_adl.provider,refer.instrumental_adl.name,refer.instrumental_adl.status,refer.instrumental_adl.wait_days,refer.instrumental_adl.law,refer.proposed,refer.waitlist,refer.unmatched,refer.decision_needed,refer.team
D-1,Noord,volunteer,V-3,Vrijwillige Thuisadministratie 3,proposed,3,,1,0,0,0,0
D-2,Noord,volunteer,V-1,Vrijwillige Thuisadministratie 1,proposed,3,,1,0,0,0,0
D-3,Noord,volunteer,V-2,Vrijwillige Thuisadministratie 2,proposed,3,,1,0,0,0,0
D-4,Noord,volunteer,V-3,Vrijwillige Thuisadministratie 3,proposed,3,,1,0,0,0,0
D-5,Noord,volunteer,V-1,Vrijwillige Thuisadministratie 1,waitlist,3,,0,1,0,0,0
CSV
for map in kaart.csv omgekeerd.csv kaart.csv; do
	run oer-refer --map $map in.csv
	expect_status 0
	expect_no_err
	expect_same want.csv out "referrals with $map"
done
