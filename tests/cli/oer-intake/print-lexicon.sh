# oer-intake --print-lexicon prints the built-in lexicon in the --lexicon
# format; fed back with --lexicon it gives the same results
run oer-intake --print-lexicon
expect_status 0
cp out lexicon.txt
head -n 3 lexicon.txt >head.txt
expect_file head.txt <<'TXT'
# OER intake lexicon: CATEGORY PHRASE (word prefixes, case and accents ignored)
#
# CATEGORY: a domain key or Dutch name, crisis, safety or not; several
TXT
# The marks round-trip too: a compound head (*schuld) and parts found
# anywhere in the question (ontruim & vrijdag).
printf 'case_id,received,wijk,question\nW-1,2026-11-02,Noord,Hij slaat mij en drinkt; schulden bij de Deurwaarder\nW-2,2026-11-02,Noord,Gokschulden; de ontruiming is vrijdag\n' >in.csv
run oer-intake in.csv
cp out builtin.csv
run oer-intake --lexicon lexicon.txt in.csv
expect_status 0
expect_same builtin.csv out "with the printed lexicon"
expect_file builtin.csv <<'CSV'
case_id,received,wijk,question,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-11-02,Noord,Hij slaat mij en drinkt; schulden bij de Deurwaarder,2026-W45,finances;substance_use,slaat,safety,1,I1,0
W-2,2026-11-02,Noord,Gokschulden; de ontruiming is vrijdag,2026-W45,finances;housing;substance_use,ontruim & vrijdag,crisis,1,I2,0
CSV
