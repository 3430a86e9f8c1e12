#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "json.h"
#include "output.h"
#include "report_labels.h"
#include "report_population.h"

static const struct {
	const char *id, *en, *nl;
} labels[] = {
	/* the document */
	{ "title", "OER report", "OER-rapportage" },
	{ "period", "Period", "Periode" },
	{ "period.all", "all", "alles" },
	{ "group.empty", "(empty)", "(leeg)" },
	{ "as_of", "as of", "peildatum" },
	{ "as_of.start", "As of", "Peildatum" },
	{ "no_records", "No cases in the input.", "Geen casussen in de invoer." },

	/* the overview */
	{ "section.overview", "Overview", "Overzicht" },
	{ "overview.figure", "Figure", "Cijfer" },
	{ "change", "Change", "Verschil" },
	{ "change.none", "\xe2\x80\x93", "\xe2\x80\x93" },
	{ "overview.against", "change against %s", "verschil met %s" },
	{ "overview.no_previous", "no previous period to compare with", "geen vorige periode om mee te vergelijken" },
	{ "overview.cases", "Cases in", "Nieuwe casussen" },
	{ "overview.overdue", "Past the Wmo limit", "Over de Wmo-termijn" },
	{ "overview.new_on_agenda", "New on the consultation agenda", "Nieuw op de agenda" },
	{ "overview.informal_share", "Informal share: own strength, network (%)",
	  "Aandeel informeel: eigen kracht, netwerk (%)" },
	{ "overview.white_spots", "White spots (unmatched)", "Witte vlekken (geen aanbod)" },
	{ "overview.signals", "Prevention signals", "Preventiesignalen" },
	{ "contents", "Contents", "Inhoud" },
	{ "trend_from", "Trend lines from %s to %s; a gap in a line: no data for that period.",
	  "Lijnen van %s tot %s; een onderbreking in een lijn: geen gegevens voor die periode." },

	/* sections */
	{ "section.intake", "Intake", "Intake" },
	{ "section.monitor", "Monitor", "Samenredzaamheidmonitor" },
	{ "section.plan", "Plan", "Ondersteuningsplan" },
	{ "section.referral", "Referral", "Toeleiding" },
	{ "section.agenda", "Peer consultation agenda", "Agenda collegiale raadpleging" },
	{ "section.prevention", "Prevention signals", "Preventiesignalen" },
	{ "section.goals", "Transformation goals", "Transformatiedoelen" },

	/* single figures */
	{ "cases", "Cases", "Casussen" },
	{ "planned", "Cases with a plan date", "Casussen met een plandatum" },
	{ "median_lead_days", "Median days from received to plan", "Mediaan dagen van aanmelding tot plan" },
	{ "overdue", "Past the time limits", "Over de termijn" },
	{ "monitored", "Cases scored", "Casussen gescoord" },
	{ "all_scored", "All 13 domains scored", "Alle 13 domeinen gescoord" },
	{ "complex", "Complex cases", "Complexe casussen" },
	{ "plan.cases", "Cases with plan items", "Casussen met planonderdelen" },
	{ "items", "Plan items", "Planonderdelen" },
	/* Items at self, network, volunteer: not the referral's status informal below. */
	{ "informal", "Informal items (self, network, volunteer)",
	  "Informele inzet (zelf, netwerk, vrijwilliger)" },
	{ "formal", "Formal items", "Formele onderdelen" },
	{ "informal_share", "Informal share (%)", "Aandeel informeel (%)" },
	{ "scale_down", "Scaled down", "Afgeschaald" },
	{ "scale_up", "Scaled up", "Opgeschaald" },
	/* The worker's coordination (casusregie), not the resident's own control (eigen regie). */
	{ "coordination", "Cases with case coordination", "Casussen met casusregie" },
	{ "consult", "Flagged for consultation", "Voor collegiale raadpleging" },
	{ "agenda.cases", "Cases on the agenda", "Casussen op de agenda" },
	{ "signals", "Signals", "Signalen" },

	/* tables */
	{ "routes", "Routes", "Routes" },
	{ "sources", "Sources", "Aanmelders" },
	{ "overdue_list", "Past the time limits", "Over de termijn" },
	{ "note.limits",
	  "Limits: a plan within 6 weeks of received (Wmo); on the crisis and safety routes within %d days (the team's norm: the Wmo says without delay).",
	  "Termijnen: een plan binnen 6 weken na aanmelding (Wmo); bij crisis en veiligheid binnen %d dagen (norm van het team: de Wmo zegt onverwijld)." },
	{ "decisions", "Decisions of the professional and the resident",
	  "Besluiten van de professional en de bewoner" },
	{ "set_aside_list", "Safety and crisis signals set aside by a route override",
	  "Veiligheids- en crisissignalen terzijde gelegd door een handmatige route" },
	{ "number", "Number", "Aantal" },
	{ "decision", "Decision", "Besluit" },
	{ "decision.route", "Route chosen by the worker (cases)", "Route gekozen door de werker (casussen)" },
	{ "decision.set_aside", "... setting a safety or crisis signal aside", "... met een veiligheids- of crisissignaal terzijde" },
	{ "decision.plan_level", "Plan levels decided with the resident (items)",
	  "Niveaus besloten met de bewoner (onderdelen)" },
	{ "decision.consult_on", "Put on the consultation agenda by the worker",
	  "Door de werker op de agenda gezet" },
	{ "decision.consult_off", "Taken off the consultation agenda by the worker",
	  "Door de werker van de agenda gehaald" },
	{ "decision.agreed", "Providers agreed with the resident (items)",
	  "Aanbieders afgesproken met de bewoner (onderdelen)" },
	{ "decision.rerouted", "Info cases planned after all (P0: the monitor found more)",
	  "Informatievragen toch gepland (P0: de monitor vond meer)" },
	{ "decision.own_goal", "Plans with the resident's own goal", "Plannen met een eigen doel van de bewoner" },
	{ "decision.personal", "Personal plan brought in", "Persoonlijk plan ingebracht" },
	{ "decision.client_support", "Independent client support offered",
	  "Onafhankelijke cliëntondersteuning aangeboden" },
	{ "signal_route", "Signal", "Signaal" },
	{ "chosen_route", "Route chosen", "Gekozen route" },
	/* The intake rules that fired for a signal set aside (SPEC 5: I0-I2). */
	{ "intake_rules.I0;I1", "I0 override of I1 safety", "I0 afwijking van I1 veiligheid" },
	{ "intake_rules.I0;I2", "I0 override of I2 crisis", "I0 afwijking van I2 crisis" },
	{ "intake_rules.I0;I1;I2", "I0 override of I1 safety and I2 crisis",
	    "I0 afwijking van I1 veiligheid en I2 crisis" },
	{ "note.set_aside_left_out", "The list of signals set aside is left out (--suppress).",
	  "De lijst van terzijde gelegde signalen is weggelaten (--suppress)." },
	{ "levels", "Level distribution per domain (together)", "Niveauverdeling per domein (samen)" },
	{ "self_together", "Network and mean levels", "Netwerk en gemiddelde niveaus" },
	{ "needs", "Need per domain", "Behoefte per domein" },
	{ "trends", "Trend since the first measurement", "Trend sinds de eerste meting" },
	{ "cascade", "Cascade of plan levels", "Cascade van ondersteuningsniveaus" },
	{ "echelons", "Items by echelon", "Onderdelen per echelon" },
	{ "referral", "Referral by domain", "Toeleiding per domein" },
	{ "white_spots", "White spots: unmatched by wijk", "Witte vlekken: geen aanbod per wijk" },
	{ "agenda_list", "Agenda, most urgent first", "Agenda, meest urgent eerst" },
	{ "signal_list", "Signals by wijk and domain", "Signalen per wijk en domein" },

	/* columns */
	{ "value", "Value", "Waarde" },
	{ "route", "Route", "Route" },
	{ "source", "Source", "Aanmelder" },
	{ "case", "Case", "Casus" },
	{ "wijk", "Wijk", "Wijk" },
	{ "received", "Received", "Aangemeld" },
	{ "deadline", "Limit", "Termijn" },
	{ "plan_date", "Plan", "Plan" },
	{ "days_late", "Days over", "Dagen over" },
	{ "domain", "Domain", "Domein" },
	{ "unscored", "unscored", "niet gescoord" },
	{ "carried", "Carried by network", "Gedragen door netwerk" },
	{ "mean_self", "Mean self", "Gem. zelf" },
	{ "mean_together", "Mean together", "Gem. samen" },
	{ "trend", "Trend", "Trend" },
	{ "plan_level", "Level", "Niveau" },
	{ "echelon", "Echelon", "Echelon" },
	{ "rank", "#", "#" },
	{ "priority", "Priority", "Prioriteit" },
	{ "urgent", "Urgent domains", "Urgente domeinen" },
	{ "reasons", "Reasons", "Redenen" },
	{ "with_need", "With need", "Met behoefte" },
	{ "share", "Share (%)", "Aandeel (%)" },
	{ "previous_share", "Previous (%)", "Vorige (%)" },
	{ "signal", "Signal", "Signaal" },
	{ "goal", "Goal", "Doel" },
	{ "indicator", "Indicator", "Indicator" },
	{ "total", "Total", "Totaal" },

	/* vocabularies */
	{ "reason.complex", "complex", "complex" },
	{ "reason.crisis", "crisis", "crisis" },
	{ "reason.no_fit", "no fitting level", "geen passend niveau" },
	{ "reason.many_items", "4 or more items", "4 of meer onderdelen" },
	{ "reason.scale_up", "scale up", "opschalen" },
	{ "reason.override", "the worker's decision", "besluit van de werker" },
	{ "reason.outreach_urgent", "urgent, no consent yet", "urgent, nog geen toestemming" },
	{ "plan.open", "open, no plan", "open, geen plan" },
	{ "route.safety", "Safety", "Veiligheid" },
	{ "route.crisis", "Crisis", "Crisis" },
	{ "route.outreach", "Outreach", "Erop af (contact leggen)" },
	{ "route.info", "Information and advice", "Informatie en advies" },
	{ "route.halfline", "Half line", "Halfde lijn" },
	{ "route.none", "No route", "Geen route" },
	{ "source.self", "Self", "Zelf" },
	{ "source.network", "Network", "Netwerk" },
	{ "source.professional", "Professional", "Professional" },
	{ "source.gp", "GP", "Huisarts" },
	{ "source.police", "Police", "Politie" },
	{ "source.school", "School", "School" },
	{ "source.housing", "Housing association", "Woningcorporatie" },
	{ "source.other", "Other", "Overig" },
	{ "source.none", "No source", "Geen aanmelder" },
	{ "need.urgent", "Urgent", "Urgent" },
	{ "need.support", "Support", "Ondersteuning" },
	{ "need.watch", "Watch", "Waakzaam" },
	{ "need.none", "None", "Geen" },
	{ "trend.improved", "Improved", "Verbeterd" },
	{ "trend.stable", "Stable", "Stabiel" },
	{ "trend.declined", "Declined", "Verslechterd" },
	{ "plan_level.self", "Own strength", "Eigen kracht" },
	{ "plan_level.network", "Network", "Netwerk" },
	{ "plan_level.volunteer", "Volunteer", "Vrijwilliger" },
	{ "plan_level.general", "General facility", "Algemene voorziening" },
	{ "plan_level.first_line", "First line", "Eerste lijn" },
	{ "plan_level.second_line", "Second line", "Tweede lijn" },
	{ "plan_level.third_line", "Third line", "Derde lijn" },
	{ "plan_level.crisis", "Crisis service", "Crisisdienst" },
	{ "plan_level.no_fit", "No fit", "Past niet" },
	{ "echelon.0", "0 informal", "0 informeel" },
	{ "echelon.1", "1 first line", "1 eerste lijn" },
	{ "echelon.2", "2 second line", "2 tweede lijn" },
	{ "echelon.3", "3 third line", "3 derde lijn" },
	/* Items at self or network, which oer-refer sends to no provider (status
	 * informal); short, a column head: the plan's "informal" counts volunteer too. */
	{ "status.informal", "No provider", "Geen aanbieder" },
	{ "status.proposed", "Proposed", "Voorgesteld" },
	{ "status.agreed", "Agreed", "Afgesproken" },
	{ "status.decision_needed", "Awaiting decision", "Wacht op beschikking" },
	{ "referral_law", "Referred items by law", "Verwezen onderdelen per wet" },
	{ "law", "Law", "Wet" },
	{ "law.wmo", "Wmo 2015", "Wmo 2015" },
	{ "law.jeugdwet", "Youth Act (Jeugdwet)", "Jeugdwet" },
	{ "law.zvw", "Health Insurance Act (Zvw)", "Zorgverzekeringswet" },
	{ "law.wlz", "Long-term Care Act (Wlz)", "Wet langdurige zorg" },
	{ "law.none", "No law (free)", "Geen wet (vrij)" },
	{ "law.unknown", "Not given in the map", "Niet in de sociale kaart" },
	{ "referral.team", "Items with the team's own help", "Onderdelen met hulp van het team zelf" },
	{ "status.waitlist", "Waiting list", "Wachtlijst" },
	{ "status.unmatched", "Unmatched", "Geen aanbod" },
	{ "signal.high", "High share", "Hoog aandeel" },
	{ "signal.rising", "Rising", "Stijgend" },
	{ "signal.high;rising", "High share, rising", "Hoog aandeel, stijgend" },

	/* goals and their indicators */
	{ "goal.1", "1 Own strength and control", "1 Eigen kracht en eigen regie" },
	{ "goal.2", "2 Integral way of working", "2 Integraal werken" },
	{ "goal.3", "3 Supporting rather than caring for", "3 Ondersteunen bij vóór zorgen voor" },
	{ "goal.4", "4 Effectiveness and efficiency", "4 Effectiviteit en efficiëntie" },
	{ "goal.5", "5 Adequate prevention", "5 Adequate preventie" },
	{ "indicator.own_goal_share", "Plans with the resident's own goal (%)",
	  "Plannen met een eigen doel van de bewoner (%)" },
	{ "indicator.own_strength_share", "Plan items at own strength or network (%)",
	  "Planonderdelen bij eigen kracht of netwerk (%)" },
	{ "indicator.all_scored_share", "Scored cases with all 13 domains scored (%)",
	  "Gescoorde casussen met alle 13 domeinen gescoord (%)" },
	{ "indicator.light_support_share", "Volunteer and general items, of these plus professional (%)",
	  "Vrijwilliger en algemene voorziening, van deze plus professioneel (%)" },
	{ "indicator.median_lead_days", "Median days from received to plan",
	  "Mediaan dagen van aanmelding tot plan" },
	{ "indicator.improved_share", "Domains improved since the first measurement (%)",
	  "Domeinen verbeterd sinds de eerste meting (%)" },
	{ "indicator.signals", "Prevention signals", "Preventiesignalen" },
	{ "indicator.info_share", "Questions settled on the info route (%)",
	  "Vragen afgehandeld met informatie en advies (%)" },

	/* notes */
	{ "note.signal_window",
	  "Signals count the last %ld %s up to this one together, against the %ld before.",
	  "Signalen tellen de laatste %ld %s tot en met deze samen, tegen de %ld daarvoor." },
	{ "periods.week", "weeks", "weken" },
	{ "periods.month", "months", "maanden" },
	{ "periods.quarter", "quarters", "kwartalen" },
	{ "periods.year", "years", "jaren" },
	{ "note.suppress",
	  "Counts below %ld are shown as <%ld; x: left out, a figure of too few cases or one that would reveal a hidden count.",
	  "Aantallen onder %ld staan als <%ld; x: weggelaten, een cijfer van te weinig casussen of een dat een verborgen aantal zou verraden." },
	{ "note.overdue_left_out", "The list of overdue cases is left out (--suppress).",
	  "De lijst van casussen over de termijn is weggelaten (--suppress)." },
	{ "note.agenda_left_out", "The list of cases is left out (--suppress).",
	  "De casuslijst is weggelaten (--suppress)." },
	/* --list: the list shows the first %d of all %ld (a printf format) */
	{ "note.overdue_top", "%d of %ld cases listed: those longest past the limit (--list).",
	  "%d van %ld casussen in de lijst: die het langst over de termijn zijn (--list)." },
	{ "note.agenda_top", "%d of %ld cases listed: the most urgent (--list).",
	  "%d van %ld casussen in de lijst: de urgentste (--list)." },
	{ "note.no_monitor", "No monitor fields in the input.", "Geen monitorvelden in de invoer." },
	{ "note.no_plan", "No plan fields in the input.", "Geen planvelden in de invoer." },
	{ "note.no_referral", "No referral fields in the input.", "Geen toeleidingsvelden in de invoer." },
	{ "note.no_white_spots", "No white spots.", "Geen witte vlekken." },
	{ "note.no_consult", "No consultation fields (plan.consult) in the input.",
	  "Geen raadplegingsvelden (plan.consult) in de invoer." },
	{ "note.no_prevention", "Signals need the wijk and the need per domain; the input lacks them.",
	  "Signalen vragen de wijk en de behoefte per domein; die ontbreken in de invoer." },
	{ "note.signal_rule",
	  "A signal: at least %2$ld of a wijk's cases have a need (urgent or support) in the domain, "
	  "and that is at least %1$ld%% of the wijk's cases (high share) or at least %3$ld "
	  "percentage points more than in the previous period (rising).",
	  "Een signaal: minstens %2$ld casussen in een wijk hebben behoefte (urgent of ondersteuning) "
	  "in het domein, en dat is minstens %1$ld%% van de casussen in de wijk (hoog aandeel) of "
	  "minstens %3$ld procentpunten meer dan in de vorige periode (stijgend)." },
};

int
report_lang_parse(const char *s)
{
	if (strcmp(s, "en") == 0)
		return LANG_EN;
	if (strcmp(s, "nl") == 0)
		return LANG_NL;
	return -1;
}

int
report_lang_default(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		const char *v = getenv(vars[i]);

		if (v && *v)
			return strncmp(v, "nl", 2) == 0 ? LANG_NL : LANG_EN;
	}
	return LANG_EN;
}

const char *
rlabel(int lang, const char *id)
{
	const char *s;
	size_t i;
	int d;

	if (strncmp(id, "domain.", 7) == 0) {
		for (d = 0; d < NDOMAINS; d++)
			if (strcmp(id + 7, domains[d].key) == 0)
				return lang == LANG_NL ? domains[d].label_nl : domains[d].label_en;
	} else if (strncmp(id, "level.", 6) == 0) {
		for (d = 1; d <= NLEVELS; d++)
			if (strcmp(id + 6, level_name[d]) == 0)
				return lang == LANG_NL ? level_name_nl[d] : level_name[d];
	}
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (strcmp(labels[i].id, id) == 0)
			return lang == LANG_NL ? labels[i].nl : labels[i].en;
	if ((s = population_label(lang, id)) != NULL)
		return s;
	return id;
}

int
rlabel_each(int lang, int (*fn)(void *arg, const char *id, const char *label), void *arg)
{
	char id[64];
	size_t i;
	int d, rc;

	for (d = 0; d < NDOMAINS; d++) {
		snprintf(id, sizeof(id), "domain.%s", domains[d].key);
		if ((rc = fn(arg, id, lang == LANG_NL ? domains[d].label_nl : domains[d].label_en)) != 0)
			return rc;
	}
	for (d = 1; d <= NLEVELS; d++) {
		snprintf(id, sizeof(id), "level.%s", level_name[d]);
		if ((rc = fn(arg, id, lang == LANG_NL ? level_name_nl[d] : level_name[d])) != 0)
			return rc;
	}
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if ((rc = fn(arg, labels[i].id, lang == LANG_NL ? labels[i].nl : labels[i].en)) != 0)
			return rc;
	return 0;
}

/* One label as a JSON line into the output (an rlabel_each callback). */
static int
label_line(void *arg, const char *id, const char *label)
{
	struct output *out = arg;

	buf_adds(&out->buf, "{\"id\":");
	json_put_string(&out->buf, id, strlen(id));
	buf_adds(&out->buf, ",\"label\":");
	json_put_string(&out->buf, label, strlen(label));
	buf_adds(&out->buf, "}\n");
	out_maybe_flush(out);
	return 0;
}

void
rlabel_print(int lang, int fd)
{
	struct output out;

	out_init(&out, fd, "stdout");
	rlabel_each(lang, label_line, &out);
	out_close(&out);
}
