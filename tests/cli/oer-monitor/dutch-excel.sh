# oer-monitor: a Dutch Excel export (Windows-1252, ';', CRLF, Dutch headers
# and dates) in, a file Dutch Excel opens directly (--excel) out.  The Dutch
# column names come out under the spec's names.
printf 'case_id;Financi\353n.self;Sociaal netwerk;measured\r\nX-1;2;3;1-11-2026\r\n' >in.csv
run oer-monitor --encoding cp1252 --excel in.csv
expect_status 0
expect_no_err
# finances 2: support; social_network (bare) 3: support, no network figure.
# mean_self 2/1 = 2.0, mean_together (2+3)/2 = 2.5; 27 days old: not stale.
# The unscored list holds ';', the delimiter, so it is quoted.
{
	printf '\357\273\277'
	printf 'case_id;finances.self;social_network;measured;finances.status;finances.network;finances.need;social_network.status;social_network.network;social_network.need;monitor.scored;monitor.unscored;monitor.need;monitor.urgent;monitor.carried;monitor.mean_self;monitor.mean_together;monitor.complex;monitor.stale\r\n'
	printf 'X-1;2;3;2026-11-01;insufficient;0;support;limited;;support;2;"work_education;time_use;housing;domestic_relations;mental_health;physical_health;substance_use;basic_adl;instrumental_adl;community_participation;justice";2;0;0;2,0;2,5;false;false\r\n'
} | expect_out
