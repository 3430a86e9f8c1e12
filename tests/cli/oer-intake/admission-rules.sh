# oer-intake: each admission rule I0-I5 fires on its own condition, first rule wins;
# an override (I0) is written with the rule the model would have applied
cat >in.csv <<'CSV'
case_id,received,wijk,source,consent,safety,crisis,question,topics,route_override
R-0,2026-11-02,Noord,self,,,,Schulden,,info
R-1,2026-11-02,Noord,self,,ja,,,,
R-1b,2026-11-02,Noord,self,,,,Er is huiselijk geweld,,
R-2,2026-11-02,Noord,self,,,ja,,,
R-2b,2026-11-02,Noord,self,,,,Hij is suicidaal,,
R-3,2026-11-02,Noord,gp,nee,,,Schulden en eenzaam,,
R-3b,2026-11-02,Noord,police,,,,Schulden en eenzaam,,
R-4,2026-11-02,Noord,self,,,,Vraag over de huur,,
R-4b,2026-11-02,Noord,gp,ja,,,,,
R-5,2026-11-02,Noord,self,,,,Schulden en eenzaam,,
R-5b,2026-11-02,Noord,school,true,,,,housing;finances,
R-6,2026-11-02,Noord,self,,ja,ja,,,outreach
CSV
run oer-intake in.csv
expect_status 0
expect_err <<'ERR'
oer-intake: in.csv:13: case R-6: route_override: 'outreach' sets a safety signal aside without a reason in override_reason
ERR
expect_out <<'CSV'
case_id,received,wijk,source,consent,safety,crisis,question,topics,route_override,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
R-0,2026-11-02,Noord,self,,,,Schulden,,info,2026-W45,finances,,info,3,I0;I4,0
R-1,2026-11-02,Noord,self,,true,,,,,2026-W45,,,safety,1,I1,0
R-1b,2026-11-02,Noord,self,,,,Er is huiselijk geweld,,,2026-W45,domestic_relations,huiselijk geweld;geweld,safety,1,I1,0
R-2,2026-11-02,Noord,self,,,true,,,,2026-W45,,,crisis,1,I2,0
R-2b,2026-11-02,Noord,self,,,,Hij is suicidaal,,,2026-W45,mental_health,suicid,crisis,1,I2,0
R-3,2026-11-02,Noord,gp,false,,,Schulden en eenzaam,,,2026-W45,finances;social_network,,outreach,2,I3,0
R-3b,2026-11-02,Noord,police,,,,Schulden en eenzaam,,,2026-W45,finances;social_network,,outreach,2,I3,0
R-4,2026-11-02,Noord,self,,,,Vraag over de huur,,,2026-W45,housing,,info,3,I4,0
R-4b,2026-11-02,Noord,gp,true,,,,,,2026-W45,,,info,3,I4,0
R-5,2026-11-02,Noord,self,,,,Schulden en eenzaam,,,2026-W45,finances;social_network,,halfline,3,I5,0
R-5b,2026-11-02,Noord,school,true,,,,housing;finances,,2026-W45,finances;housing,,halfline,3,I5,0
R-6,2026-11-02,Noord,self,,true,true,,,outreach,2026-W45,,,outreach,2,I0;I1,0
CSV
