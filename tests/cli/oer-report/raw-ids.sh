# oer-report: the human formats show every id as a label, in English and
# in Dutch: the example through the whole chain, as text, Markdown and
# html (its tags left out), weekly and by wijk, holds no word of the
# vocabularies as the tidy rows write it (domains, levels, routes,
# sources, reasons, referral statuses, laws, plan levels, decisions,
# needs, trends, signals).  The tidy rows keep the ids.
. "$TESTS/cli/oer-report/partial.lib"
example_cases cases.csv
# Ids that are no word of either language.
cat >ids <<'IDS'
work_education
time_use
domestic_relations
mental_health
physical_health
substance_use
basic_adl
instrumental_adl
social_network
community_participation
halfline
gp
no_fit
many_items
scale_up
outreach_urgent
first_line
second_line
third_line
decision_needed
waitlist
wmo
jeugdwet
zvw
wlz
set_aside
plan_level
consult_on
consult_off
own_goal
client_support
high;rising
I0;I1
own_strength_share
all_scored_share
light_support_share
median_lead_days
improved_share
info_share
IDS
# In Dutch the English ids are raw too.
cp ids ids.nl
cat >>ids.nl <<'IDS'
finances
housing
justice
acute
insufficient
limited
sufficient
full
unscored
safety
outreach
info
self
network
police
other
none
informal
proposed
agreed
unmatched
unknown
volunteer
general
improved
stable
declined
support
watch
high
rising
personal
rerouted
IDS
for lang in en nl; do
	list=ids
	[ "$lang" = en ] || list=ids.nl
	for format in text md html; do
		for by in '' '--by wijk --period all'; do
			# shellcheck disable=SC2086  # $by: options, split on purpose
			run oer-report --format "$format" --lang "$lang" $by cases.csv
			expect_status 0
			[ "$(wc -l <out)" -gt 200 ] || fail "$lang $format $by: a short report"
			sed 's/<[^>]*>/ /g' out | tr -cs 'A-Za-z0-9_;' '\n' | sort -u >words
			grep -Fx -f "$list" words >raw || true
			[ ! -s raw ] || fail "$lang $format $by: raw ids: $(tr '\n' ' ' <raw)"
		done
	done
done
# The tidy rows keep them.
run oer-report --format csv --lang nl cases.csv
grep -q ',plan,items_by_level,first_line,' out || fail "the tidy rows lost the id first_line"
grep -q ',referral,decision_needed,finances,' out || fail "the tidy rows lost the id decision_needed"
