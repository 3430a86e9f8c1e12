# oer-intake: a route override (I0) is kept and written beside the rule the
# admission model would have applied (I0;I1); setting a safety or crisis
# signal aside without override_reason is allowed but warned about; the
# worker's override_reason and the resident's own goal are free text,
# redacted like the question (SPEC 0, 5).  Dutch column names as a case
# system writes them.
cat >in.csv <<'CSV'
Dossiernummer;Aanmelddatum;Wijk;Hulpvraag;Route (handmatig);Reden afwijking;Eigen doel financiën
A-1;2-11-2026;Noord;mijn man slaat me;info;;
A-2;2-11-2026;Noord;mijn man slaat me;halfline;Veilig Thuis is al betrokken, bel 06-12345678;
A-3;3-11-2026;Zuid;ik heb schulden en ben eenzaam;;;Zelf mijn post bijhouden, rekening NL91ABNA0417164300 op orde
A-4;3-11-2026;Zuid;ik wil dood;info;Gesprek met huisarts gepland;
CSV
run oer-intake in.csv
expect_status 0
expect_err <<'ERR'
oer-intake: in.csv:2: case A-1: route_override: 'info' sets a safety signal aside without a reason in override_reason
ERR
expect_out <<'CSV'
case_id,received,wijk,question,route_override,override_reason,plan.finances.own_goal,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
A-1,2026-11-02,Noord,mijn man slaat me,info,,,2026-W45,domestic_relations,slaat,info,3,I0;I1,0
A-2,2026-11-02,Noord,mijn man slaat me,halfline,"Veilig Thuis is al betrokken, bel [PHONE]",,2026-W45,domestic_relations,slaat,halfline,3,I0;I1,1
A-3,2026-11-03,Zuid,ik heb schulden en ben eenzaam,,,"Zelf mijn post bijhouden, rekening [IBAN] op orde",2026-W45,finances;social_network,,halfline,3,I5,1
A-4,2026-11-03,Zuid,ik wil dood,info,Gesprek met huisarts gepland,,2026-W45,mental_health,wil dood,info,3,I0;I2,0
CSV
