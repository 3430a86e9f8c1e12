# oer-plan --consult-items N sets the many_items threshold; --consult-on
# REASONS which reasons put a case on the agenda.  Every reason is listed in
# plan.consult_reasons whatever the options; the defaults are SPEC 7's.
cat >in.csv <<'CSV'
case_id,monitor.complex,finances.need,finances.together,time_use.need,time_use.together,housing.need,housing.together,social_network.need,social_network.together
K1,false,support,3,support,3,support,3,support,3
K2,true,support,3,support,3,support,3,,
K3,false,support,3,support,3,support,3,,
CSV
# K1: 4 items, nothing else.  K2: complex, 3 items.  K3: 3 items.
fields() {
	cut -d, -f1 in.csv >ids
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "plan.consult" || $i == "plan.consult_reasons") c[i] = 1 }
	{ s = ""; for (i = 1; i <= NF; i++) if (i in c) s = s (s == "" ? "" : ",") $i; print s }' out >cols
	paste -d, ids cols
}

run oer-plan --date 2026-11-28 in.csv
expect_status 0
expect_no_err
fields >got
expect_file got <<'CSV'
case_id,plan.consult,plan.consult_reasons
K1,true,many_items
K2,true,complex
K3,false,
CSV

run oer-plan --date 2026-11-28 --consult-items 3 in.csv
expect_status 0
fields >got
expect_file got <<'CSV'
case_id,plan.consult,plan.consult_reasons
K1,true,many_items
K2,true,complex;many_items
K3,true,many_items
CSV

# many_items and scale_up listed, but alone they flag nothing.
run oer-plan --date 2026-11-28 --consult-on complex,crisis,no_fit in.csv
expect_status 0
fields >got
expect_file got <<'CSV'
case_id,plan.consult,plan.consult_reasons
K1,false,many_items
K2,true,complex
K3,false,
CSV

run oer-plan --date 2026-11-28 --consult-items 0 in.csv
expect_status 0
fields >got
expect_file got <<'CSV'
case_id,plan.consult,plan.consult_reasons
K1,false,
K2,true,complex
K3,false,
CSV

run oer-plan --consult-on complex,lots in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-plan: --consult-on: 'lots' is not complex, crisis, no_fit, many_items or scale_up
ERR
run oer-plan --consult-items 14 in.csv
expect_status 2
expect_err <<'ERR'
oer-plan: --consult-items: '14' is not a whole number 0 to 13
ERR
