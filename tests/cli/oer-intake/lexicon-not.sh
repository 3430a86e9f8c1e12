# oer-intake lexicon: a "not" phrase takes its word from every other entry
# (built in: geweldig is great, not geweld; "slaat nergens op" makes no
# sense, it hits nobody); elsewhere in the text the other entries still
# match.  A "not" phrase is whole words: "slaat opnieuw" and "slaat op mijn
# hoofd" are still hits.  A file of one's own may have "not" lines too.
cat >in.csv <<'CSV'
case_id,received,wijk,question
N-1,2026-11-02,Noord,Mijn buren zijn geweldig
N-2,2026-11-02,Noord,"Dat slaat nergens op, maar er is geweld"
N-3,2026-11-02,Noord,Mijn man slaat mij
N-4,2026-11-02,Noord,Huurschuld en ruzie
N-5,2026-11-02,Noord,Mijn man slaat opnieuw
N-6,2026-11-02,Noord,Hij slaat op mijn hoofd
N-7,2026-11-02,Noord,Geweldige buren
CSV
run oer-intake in.csv
expect_status 0
expect_no_err
# N-4: huurschuld is both housing (huur) and finances.
expect_out <<'CSV'
case_id,received,wijk,question,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
N-1,2026-11-02,Noord,Mijn buren zijn geweldig,2026-W45,,,info,3,I4,0
N-2,2026-11-02,Noord,"Dat slaat nergens op, maar er is geweld",2026-W45,,geweld,safety,1,I1,0
N-3,2026-11-02,Noord,Mijn man slaat mij,2026-W45,domestic_relations,slaat,safety,1,I1,0
N-4,2026-11-02,Noord,Huurschuld en ruzie,2026-W45,finances;housing;domestic_relations,,halfline,3,I5,0
N-5,2026-11-02,Noord,Mijn man slaat opnieuw,2026-W45,domestic_relations,slaat,safety,1,I1,0
N-6,2026-11-02,Noord,Hij slaat op mijn hoofd,2026-W45,,slaat,safety,1,I1,0
N-7,2026-11-02,Noord,Geweldige buren,2026-W45,,,info,3,I4,0
CSV
printf 'finances schuld\nnot schuldig\n' >mine.lex
printf 'case_id,received,wijk,question\nS-1,2026-11-02,Noord,Ik voel me schuldig\nS-2,2026-11-02,Noord,Schulden\nS-3,2026-11-02,Noord,schuldigers\n' >in2.csv
run oer-intake --lexicon mine.lex in2.csv
expect_status 0
columns out case_id intake.domains >got
expect_file got <<'CSV'
case_id,intake.domains
S-1,
S-2,finances
S-3,finances
CSV
