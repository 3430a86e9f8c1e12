/*
 * The html format: one self-contained page.  Inline CSS and inline SVG
 * charts only -- no scripts, no external style sheets, fonts or images --
 * and a Content-Security-Policy that forbids them anyway, so the page is
 * safe to mail and opens the same offline.  Every text is escaped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "dates.h"
#include "report_labels.h"
#include "report_render.h"

static const char style[] =
"body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
"color:#222;margin:2em auto;max-width:1100px;padding:0 1em;line-height:1.4}\n"
"h1{margin-bottom:0}h2{border-bottom:2px solid #4a6fa5;padding-bottom:.2em;margin-top:2em}\n"
"h3{color:#4a6fa5;margin-top:1.6em}h4{margin:1.2em 0 .4em}\n"
"table{border-collapse:collapse;margin:.4em 0 1em}\n"
"th,td{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}\n"
"thead th{background:#eef2f8}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
"table.facts th{font-weight:normal;background:#f7f7f7}\n"
"p.asof{color:#555;margin-top:.2em}p.note{color:#555;font-style:italic;max-width:60em}\n"
"svg.chart{display:block;margin:.4em 0;font-size:14px;width:100%;max-width:560px;height:auto}\n"
"svg.chart text{fill:#222}\n"
"div.scroll{overflow-x:auto;max-width:100%}div.scroll table{margin-top:0}\n"
"th.id,td.num{white-space:nowrap}\n"
"table.overview td.num{font-size:1.15em}\n"
"svg.trend{display:block}svg.trend polyline{fill:none;stroke:#4a6fa5;stroke-width:1.5}\n"
"svg.trend circle{fill:#4a6fa5}svg.trend circle.last{fill:#c0392b}\n"
"nav.contents ol{padding-left:1.4em}nav.contents li{margin:.3em 0}\n"
"nav.contents span{white-space:nowrap}\n"
"@media (max-width:600px){body{margin:1em auto;padding:0 .6em}th,td{padding:.2em .35em}svg.trend{width:72px;height:auto}}\n";

static void
html_facts(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	int r;

	buf_adds(b, "<div class=\"scroll\"><table class=\"facts\">\n");
	for (r = 0; r < t->nrows; r++) {
		buf_adds(b, "<tr><th scope=\"row\">");
		html_put(b, rrow_display(&t->rows[r], doc->lang));
		buf_adds(b, "</th><td class=\"num\">");
		html_put(b, rcell_display(&t->rows[r].cells[0], doc->lang));
		buf_adds(b, "</td></tr>\n");
	}
	buf_adds(b, "</table></div>\n");
}

static void
html_grid(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	int r, c, *right = xcalloc((size_t)t->ncols + 1, sizeof(int));

	if (t->title) {
		buf_adds(b, "<h4>");
		html_put(b, rlabel(doc->lang, t->title));
		buf_adds(b, "</h4>\n");
	}
	report_svg_chart(doc, t, b);
	buf_adds(b, "<div class=\"scroll\"><table>\n<thead><tr><th>");
	html_put(b, report_col_label(doc, t, -1));
	buf_adds(b, "</th>");
	for (c = 0; c < t->ncols; c++) {
		right[c] = report_col_right(t, c);	/* once: it looks at every row */
		buf_adds(b, right[c] ? "<th class=\"num\">" : "<th>");
		html_put(b, report_col_label(doc, t, c));
		buf_adds(b, "</th>");
	}
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	for (r = 0; r < t->nrows; r++) {
		/* Case ids do not break ("C-" on one line, "000013" on the next). */
		buf_adds(b, t->headcol && strcmp(t->headcol, "case") == 0 ?
		    "<tr><th scope=\"row\" class=\"id\">" : "<tr><th scope=\"row\">");
		html_put(b, rrow_display(&t->rows[r], doc->lang));
		buf_adds(b, "</th>");
		for (c = 0; c < t->ncols; c++) {
			buf_adds(b, right[c] ? "<td class=\"num\">" : "<td>");
			html_put(b, rcell_display(&t->rows[r].cells[c], doc->lang));
			buf_adds(b, "</td>");
		}
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</tbody>\n</table></div>\n");
	free(right);
}

static void
html_section(const struct rdoc *doc, const struct rsection *sec, int number, int page,
    struct buf *b)
{
	char id[32];
	int i;

	snprintf(id, sizeof(id), "section.%s", sec->id);
	buf_printf(b, "<section class=\"%s\">\n<h3 id=\"p%d-%s\">%d. ", sec->id, page, sec->id,
	    number);
	html_put(b, rlabel(doc->lang, id));
	buf_adds(b, "</h3>\n");
	for (i = 0; i < sec->ntables; i++) {
		const struct rtable *t = sec->tables[i];

		if (t->nrows == 0)
			continue;
		if (t->title == NULL && t->headcol == NULL)
			html_facts(doc, t, b);
		else
			html_grid(doc, t, b);
	}
	for (i = 0; i < sec->nnotes; i++) {
		buf_adds(b, "<p class=\"note\">");
		html_put(b, sec->notes[i]);
		buf_adds(b, "</p>\n");
	}
	buf_adds(b, "</section>\n");
}

/* The contents: every page, and every section of it. */
static void
html_contents(const struct rdoc *doc, struct buf *b)
{
	struct buf head = { 0 };
	struct rpage pg;
	char id[32];
	int i, s;

	if (doc->rp == NULL || doc->npages == 0)
		return;
	buf_adds(b, "<nav class=\"contents\">\n<h2>");
	html_put(b, rlabel(doc->lang, "contents"));
	buf_adds(b, "</h2>\n<ol>\n");
	for (i = 0; i < doc->npages; i++) {
		const struct report_state *st = doc->rp->states[doc->order[i]];

		memset(&pg, 0, sizeof(pg));
		period_label(doc->rp->period, st->period, pg.period);
		pg.group = st->group;
		buf_reset(&head);
		report_page_heading(doc, &pg, &head);
		buf_printf(b, "<li><a href=\"#p%d\">", i + 1);
		html_put(b, head.data);
		buf_printf(b, "</a><br>\n<span><a href=\"#p%d-overview\">", i + 1);
		html_put(b, rlabel(doc->lang, "section.overview"));
		buf_adds(b, "</a></span>");
		for (s = 0; s < NSECTIONS; s++) {
			snprintf(id, sizeof(id), "section.%s", section_id[s]);
			buf_printf(b, " &middot;\n<span><a href=\"#p%d-%s\">%d. ", i + 1, section_id[s],
			    s + 1);
			html_put(b, rlabel(doc->lang, id));
			buf_adds(b, "</a></span>");
		}
		buf_adds(b, "</li>\n");
	}
	buf_adds(b, "</ol>\n</nav>\n");
	buf_free(&head);
}

/* The overview: figure, value, change and, across the periods, a line. */
static void
html_overview(const struct rdoc *doc, const struct rpage *pg, struct buf *b)
{
	const struct rtable *t;
	struct buf note = { 0 };
	int r, k;

	if (pg->overview.ntables == 0 || pg->overview.tables[0]->nrows == 0)
		return;
	t = pg->overview.tables[0];
	buf_printf(b, "<section class=\"overview\">\n<h3 id=\"p%d-overview\">", pg->index + 1);
	html_put(b, rlabel(doc->lang, "section.overview"));
	buf_adds(b, "</h3>\n<p class=\"note\">");
	if (pg->previous[0])
		buf_printf(&note, rlabel(doc->lang, "overview.against"), pg->previous);
	else
		buf_adds(&note, rlabel(doc->lang, "overview.no_previous"));
	html_put(b, note.data);
	if (pg->ntrend > 0) {
		buf_reset(&note);
		buf_printf(&note, rlabel(doc->lang, "trend_from"), pg->trend_first, pg->period);
		buf_adds(b, ". ");
		html_put(b, note.data);
	}
	buf_adds(b, "</p>\n<div class=\"scroll\"><table class=\"overview\">\n<thead><tr><th>");
	html_put(b, report_col_label(doc, t, -1));
	buf_adds(b, "</th><th class=\"num\">");
	html_put(b, report_col_label(doc, t, 0));
	buf_adds(b, "</th><th class=\"num\">");
	html_put(b, report_col_label(doc, t, 1));
	buf_adds(b, "</th>");
	if (pg->ntrend > 0) {
		buf_adds(b, "<th>");
		html_put(b, rlabel(doc->lang, "trend"));
		buf_adds(b, "</th>");
	}
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	for (r = 0; r < t->nrows; r++) {
		buf_adds(b, "<tr><th scope=\"row\">");
		html_put(b, rrow_display(&t->rows[r], doc->lang));
		buf_adds(b, "</th><td class=\"num\">");
		html_put(b, rcell_display(&t->rows[r].cells[0], doc->lang));
		buf_adds(b, "</td><td class=\"num\">");
		html_put(b, rcell_display(&t->rows[r].cells[1], doc->lang));
		buf_adds(b, "</td>");
		if (pg->ntrend > 0) {
			/* The row's figure: its id is the row head's after "overview.". */
			for (k = 0; k < NOVERVIEW; k++)
				if (strcmp(t->rows[r].head + strlen("overview."), overview_id[k]) == 0)
					break;
			buf_adds(b, "<td>");
			if (k < NOVERVIEW)
				report_svg_trend(pg->trend[k], pg->ntrend,
				    rrow_display(&t->rows[r], doc->lang), b);
			buf_adds(b, "</td>");
		}
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</tbody>\n</table></div>\n</section>\n");
	buf_free(&note);
}

static void
html_head(const struct rdoc *doc, struct output *out)
{
	struct buf *b = &out->buf;
	char today[DATE_LEN + 1];

	date_format(doc->opt->today, today);
	buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
	    doc->lang == LANG_NL ? "nl" : "en");
	buf_adds(b, "<meta http-equiv=\"Content-Security-Policy\" "
	    "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
	buf_adds(b, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
	html_put(b, rlabel(doc->lang, "title"));
	buf_printf(b, " %s</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>", today, style);
	html_put(b, rlabel(doc->lang, "title"));
	buf_adds(b, "</h1>\n<p class=\"asof\">");
	html_put(b, rlabel(doc->lang, "as_of.start"));
	buf_printf(b, " %s</p>\n", today);
	if (doc->npages == 0) {
		buf_adds(b, "<p>");
		html_put(b, rlabel(doc->lang, "no_records"));
		buf_adds(b, "</p>\n");
	}
	html_contents(doc, b);
}

static void
html_page(const struct rdoc *doc, const struct rpage *pg, struct output *out)
{
	struct buf *b = &out->buf, head = { 0 };
	int s;

	report_page_heading(doc, pg, &head);
	buf_printf(b, "<h2 id=\"p%d\">", pg->index + 1);
	html_put(b, head.data);
	buf_adds(b, "</h2>\n");
	html_overview(doc, pg, b);
	for (s = 0; s < NSECTIONS; s++) {
		html_section(doc, &pg->sec[s], s + 1, pg->index + 1, b);
		out_maybe_flush(out);
	}
	buf_free(&head);
}

static void
html_tail(const struct rdoc *doc, struct output *out)
{
	(void)doc;
	buf_adds(&out->buf, "</body>\n</html>\n");
}

const struct report_renderer report_html = { html_head, html_page, html_tail };
