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
# mean_together (2+4+3)/3 = 3.0.  The fields written use the English keys
# (work_education.status); the input's columns keep their names, and an
# unscored level its text (N.T.B. is no number).
# The NFD name comes back as written (printf: the combining mark as octal).
printf '{"case_id":"H-1","Werk en opleiding":{"self":2},"Basic ADL":4,"Financie\314\210n":{"self":3},"housing":{"Together":null,"status":"","network":null,"need":""},"time_use":{"self":"N.T.B.","status":"","network":null,"need":""},"measured":"2026-09-01","network":{"load":"strained"},"finances":{"status":"limited","network":0,"need":"support"},"work_education":{"status":"insufficient","network":0,"need":"support"},"basic_adl":{"status":"sufficient","network":null,"need":"none"},"monitor":{"scored":3,"unscored":["time_use","housing","domestic_relations","mental_health","physical_health","substance_use","instrumental_adl","social_network","community_participation","justice"],"need":2,"urgent":0,"carried":0,"mean_self":2.5,"mean_together":3.0,"complex":false,"stale":true}}\n' >want.out
expect_same want.out out stdout
