# oer-monitor: headers as spreadsheets write them.  The Dutch and English
# labels of a domain ("Werk en opleiding", "Basic ADL") are names of it too;
# an accent written as a combining mark (NFD, macOS) is the accented letter;
# Measured and Network.Load are the known fields; N.T.B. is not scored, as
# n.t.b. is; a capitalised part (housing.Together) is typed in JSON output.
printf 'case_id,Werk en opleiding.self,Basic ADL,Financie\314\210n.self,housing.Together,time_use.self,Measured,Network.Load\nH-1,2,4,3,,N.T.B.,1-9-2026,Strained\n' >in.csv
run oer-monitor --date 2026-11-28 --output-format json in.csv
expect_status 0
expect_no_err
# work_education 2 (together = self): insufficient, support; basic_adl 4
# (bare = together): sufficient, none; finances 3: limited, support;
# housing and time_use not scored.  measured 2026-09-01 is 88 days before
# the date: stale.  need 2, no urgent: not complex; mean_self (2+3)/2 = 2.5,
# mean_together (2+4+3)/3 = 3.0.  The input's columns are written under the
# spec's names (work_education.self, basic_adl, finances.self from the NFD
# name, housing.together), so the fields written join them in one object;
# a bare column is a value, so its fields keep their dotted names
# (basic_adl.status).  An unscored level keeps its text (N.T.B. is no number).
printf '{"case_id":"H-1","work_education":{"self":2,"status":"insufficient","network":0,"need":"support"},"basic_adl":4,"finances":{"self":3,"status":"limited","network":0,"need":"support"},"housing":{"together":null,"status":"","network":null,"need":""},"time_use":{"self":"N.T.B.","status":"","network":null,"need":""},"measured":"2026-09-01","network":{"load":"strained"},"basic_adl.status":"sufficient","basic_adl.network":null,"basic_adl.need":"none","monitor":{"scored":3,"unscored":["time_use","housing","domestic_relations","mental_health","physical_health","substance_use","instrumental_adl","social_network","community_participation","justice"],"need":2,"urgent":0,"carried":0,"mean_self":2.5,"mean_together":3.0,"complex":false,"stale":true}}\n' >want.out
expect_same want.out out stdout
