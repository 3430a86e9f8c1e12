# oer-intake: intake.week is the ISO week, across year ends
cat >in.csv <<'CSV'
case_id,received,wijk
W-1,2026-12-31,Noord
W-2,1-1-2027,Noord
W-3,4-1-2027,Noord
W-4,30-12-2024,Noord
CSV
run oer-intake in.csv
expect_status 0
expect_out <<'CSV'
case_id,received,wijk,intake.week,intake.domains,intake.signals,intake.route,intake.priority,intake.reasons,intake.redactions
W-1,2026-12-31,Noord,2026-W53,,,info,3,I4,0
W-2,2027-01-01,Noord,2026-W53,,,info,3,I4,0
W-3,2027-01-04,Noord,2027-W01,,,info,3,I4,0
W-4,2024-12-30,Noord,2025-W01,,,info,3,I4,0
CSV
