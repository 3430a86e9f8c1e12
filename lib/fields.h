/*
 * The known fields of every stage, each named once: its name in records
 * (SPEC 2, 5-8) and its JSON type.  schema.c makes the field dictionary of
 * this list; a stage takes the key of a field by its identifier
 * (field_known(FIELD_INTAKE_ROUTE)), never by writing the name again.
 * The per-domain fields ("housing.self", "plan.housing.level") follow
 * patterns in schema.c; a partial report's own fields are report_partial.c's.
 */
#ifndef OER_FIELDS_H
#define OER_FIELDS_H

#define OER_FIELDS(X) \
	/* intake input */ \
	X(FIELD_CASE_ID, "case_id", FT_STRING) \
	X(FIELD_RECEIVED, "received", FT_DATE) \
	X(FIELD_WIJK, "wijk", FT_STRING) \
	X(FIELD_SOURCE, "source", FT_STRING) \
	X(FIELD_CONSENT, "consent", FT_BOOL) \
	X(FIELD_AGE, "age", FT_NUMBER) \
	X(FIELD_AGE_BAND, "age_band", FT_STRING) \
	X(FIELD_HOUSEHOLD, "household", FT_STRING) \
	X(FIELD_QUESTION, "question", FT_STRING) \
	X(FIELD_TOPICS, "topics", FT_LIST) \
	X(FIELD_SAFETY, "safety", FT_BOOL) \
	X(FIELD_CRISIS, "crisis", FT_BOOL) \
	X(FIELD_ROUTE_OVERRIDE, "route_override", FT_STRING) \
	/* intake output */ \
	X(FIELD_INTAKE_WEEK, "intake.week", FT_STRING) \
	X(FIELD_INTAKE_DOMAINS, "intake.domains", FT_LIST) \
	X(FIELD_INTAKE_SIGNALS, "intake.signals", FT_LIST) \
	X(FIELD_INTAKE_ROUTE, "intake.route", FT_STRING) \
	X(FIELD_INTAKE_PRIORITY, "intake.priority", FT_NUMBER) \
	X(FIELD_INTAKE_REASONS, "intake.reasons", FT_LIST) \
	X(FIELD_INTAKE_REDACTIONS, "intake.redactions", FT_NUMBER) \
	/* monitor */ \
	X(FIELD_NETWORK_LOAD, "network.load", FT_STRING) \
	X(FIELD_MEASURED, "measured", FT_DATE) \
	X(FIELD_MONITOR_SCORED, "monitor.scored", FT_NUMBER) \
	X(FIELD_MONITOR_UNSCORED, "monitor.unscored", FT_LIST) \
	X(FIELD_MONITOR_NEED, "monitor.need", FT_NUMBER) \
	X(FIELD_MONITOR_URGENT, "monitor.urgent", FT_NUMBER) \
	X(FIELD_MONITOR_CARRIED, "monitor.carried", FT_NUMBER) \
	X(FIELD_MONITOR_MEAN_SELF, "monitor.mean_self", FT_NUMBER) \
	X(FIELD_MONITOR_MEAN_TOGETHER, "monitor.mean_together", FT_NUMBER) \
	X(FIELD_MONITOR_COMPLEX, "monitor.complex", FT_BOOL) \
	X(FIELD_MONITOR_STALE, "monitor.stale", FT_BOOL) \
	X(FIELD_MONITOR_MEASUREMENTS, "monitor.measurements", FT_NUMBER) \
	X(FIELD_MONITOR_TREND, "monitor.trend", FT_STRING) \
	/* plan */ \
	X(FIELD_PLAN_DATE, "plan.date", FT_DATE) \
	X(FIELD_PLAN_STATUS, "plan.status", FT_STRING) \
	X(FIELD_PLAN_ITEMS, "plan.items", FT_NUMBER) \
	X(FIELD_PLAN_INFORMAL, "plan.informal", FT_NUMBER) \
	X(FIELD_PLAN_FORMAL, "plan.formal", FT_NUMBER) \
	X(FIELD_PLAN_INFORMAL_SHARE, "plan.informal_share", FT_NUMBER) \
	X(FIELD_PLAN_COORDINATION, "plan.coordination", FT_BOOL) \
	X(FIELD_PLAN_CONSULT, "plan.consult", FT_BOOL) \
	X(FIELD_PLAN_CONSULT_REASONS, "plan.consult_reasons", FT_LIST) \
	X(FIELD_PLAN_REROUTE, "plan.reroute", FT_STRING) \
	X(FIELD_PLAN_PERSONAL, "plan.personal", FT_BOOL) \
	X(FIELD_PLAN_CLIENT_SUPPORT, "plan.client_support", FT_BOOL) \
	X(FIELD_CONSULT, "consult", FT_BOOL) \
	X(FIELD_OVERRIDE_REASON, "override_reason", FT_STRING) \
	/* refer, and its --items records */ \
	X(FIELD_REFER_PROPOSED, "refer.proposed", FT_NUMBER) \
	X(FIELD_REFER_WAITLIST, "refer.waitlist", FT_NUMBER) \
	X(FIELD_REFER_UNMATCHED, "refer.unmatched", FT_NUMBER) \
	X(FIELD_REFER_DECISION_NEEDED, "refer.decision_needed", FT_NUMBER) \
	X(FIELD_REFER_TEAM, "refer.team", FT_NUMBER) \
	X(FIELD_LAW, "law", FT_STRING) \
	X(FIELD_DOMAIN, "domain", FT_STRING) \
	X(FIELD_LEVEL, "level", FT_STRING) \
	X(FIELD_ECHELON, "echelon", FT_NUMBER) \
	X(FIELD_PROVIDER_ID, "provider_id", FT_STRING) \
	X(FIELD_NAME, "name", FT_STRING) \
	X(FIELD_STATUS, "status", FT_STRING) \
	X(FIELD_WAIT_DAYS, "wait_days", FT_NUMBER) \
	X(FIELD_REVIEW, "review", FT_DATE) \
	/* the social map */ \
	X(FIELD_CAPACITY, "capacity", FT_NUMBER) \
	X(FIELD_AGE_MIN, "age_min", FT_NUMBER) \
	X(FIELD_AGE_MAX, "age_max", FT_NUMBER) \
	X(FIELD_DOMAINS, "domains", FT_LIST) \
	/* end */

enum known_field {
#define X(id, name, type) id,
	OER_FIELDS(X)
#undef X
	NFIELDS_KNOWN
};

#endif
