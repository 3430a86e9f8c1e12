# Every name family of the header dictionary (oer(7) "Field names"): a
# column written as Dutch and English exports write it comes out under the
# spec's name; an unknown column is kept as written.
while IFS='|' read -r name field; do
	printf '%s\n' "$name" >>names
	printf '%s\n' "$field" >>want
done <<'TABLE'
Dossiernummer|case_id
Datum aanmelding|received
Wijknaam|wijk
Verwijzer|source
Toestemming cliënt|consent
Leeftijd|age
Leeftijdscategorie|age_band
Huishoudsamenstelling|household
Omschrijving hulpvraag|question
Leefgebieden|topics
Zorgen om veiligheid|safety
Acuut|crisis
Afwijkende route|route_override
Belasting netwerk|network.load
Datum meting|measured
Plandatum|plan.date
Financiën (zelf)|finances.self
financien_samen|finances.together
Werk & opleiding - zelf|work_education.self
Werk en opleiding - met netwerk|work_education.together
Tijdsbesteding.zelf|time_use.self
Dagbesteding (samen)|time_use.together
Huisvesting|housing
Huiselijke relaties zelf|domestic_relations.self
Geestelijke gezondheid (samen met netwerk)|mental_health.together
Lichamelijke gezondheid - ZR|physical_health.self
Middelengebruik / samen|substance_use.together
Basale ADL zelf|basic_adl.self
Instrumentele ADL samen|instrumental_adl.together
Sociaal netwerk (zelf)|social_network.self
Maatschappelijke participatie (samen)|community_participation.together
Justitie zelf|justice.self
Huisvesting huidige ondersteuning|housing.current
Plan Huisvesting niveau|plan.housing.level
Verwijzing Huisvesting aanbieder|refer.housing.provider
Opmerking|Opmerking
TABLE
tr '\n' ';' <names | sed 's/;$//' >in.csv
printf '\n' >>in.csv
tr '\n' ';' <names | sed 's/[^;]*//g; s/$/\n/' >>in.csv
run oer-monitor --output-format csv in.csv
expect_status 0
expect_no_err
head -n 1 out | tr ',' '\n' | head -n "$(wc -l <want)" >got
expect_same want got "the spec's names"
# Two spellings of one field: the one written as the field's name keeps it.
printf 'Wijknaam;wijk;Dossiernummer;Casus ID\nNoord;N;A1;A1\n' >two.csv
run oer-monitor two.csv
expect_status 0
head -n 1 out >got
printf 'Wijknaam,wijk,case_id,Casus ID,monitor.scored,monitor.unscored,monitor.need,monitor.urgent,monitor.carried,monitor.mean_self,monitor.mean_together,monitor.complex,monitor.stale\n' >want.head
expect_same want.head got "two spellings"
