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
"svg.chart{display:block;margin:.4em 0;font-size:13px}svg.chart text{fill:#222}\n";

static void
html_facts(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	int r;

	buf_adds(b, "<table class=\"facts\">\n");
	for (r = 0; r < t->nrows; r++) {
		buf_adds(b, "<tr><th scope=\"row\">");
		html_put(b, rrow_display(&t->rows[r], doc->lang));
		buf_adds(b, "</th><td class=\"num\">");
		html_put(b, rcell_display(&t->rows[r].cells[0], doc->lang));
		buf_adds(b, "</td></tr>\n");
	}
	buf_adds(b, "</table>\n");
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
	buf_adds(b, "<table>\n<thead><tr><th>");
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
		buf_adds(b, "<tr><th scope=\"row\">");
		html_put(b, rrow_display(&t->rows[r], doc->lang));
		buf_adds(b, "</th>");
		for (c = 0; c < t->ncols; c++) {
			buf_adds(b, right[c] ? "<td class=\"num\">" : "<td>");
			html_put(b, rcell_display(&t->rows[r].cells[c], doc->lang));
			buf_adds(b, "</td>");
		}
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</tbody>\n</table>\n");
	free(right);
}

static void
html_section(const struct rdoc *doc, const struct rsection *sec, int number, struct buf *b)
{
	char id[32];
	int i;

	snprintf(id, sizeof(id), "section.%s", sec->id);
	buf_printf(b, "<section class=\"%s\">\n<h3>%d. ", sec->id, number);
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
}

static void
html_page(const struct rdoc *doc, const struct rpage *pg, struct output *out)
{
	struct buf *b = &out->buf, head = { 0 };
	int s;

	report_page_heading(doc, pg, &head);
	buf_adds(b, "<h2>");
	html_put(b, head.data);
	buf_adds(b, "</h2>\n");
	for (s = 0; s < NSECTIONS; s++) {
		html_section(doc, &pg->sec[s], s + 1, b);
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
