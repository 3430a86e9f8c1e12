# oer-intake --lexicon FILE replaces the built-in lexicon: categories by key
# or Dutch name, phrases matched on word prefixes, case-insensitively
printf '# mijn lexicon\nhousing   woonboot\nSociaal_netwerk  alleen thuis\nsafety knokt\n\n' >mine.lex
printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,Ik woon op een Woonboot en zit alleen  thuis; hij knokt\nW-2,2026-11-02,Noord,Schulden\n' >in.csv
run oer-intake --lexicon mine.lex in.csv
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,question,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,Ik woon op een Woonboot en zit alleen  thuis; hij knokt,2026-W45,housing;social_network,knokt,safety,1,I1,0
W-2,2026-11-02,Noord,Schulden,2026-W45,,,info,3,I4,0
CSV
