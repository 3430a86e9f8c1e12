/*
 * The Markdown format (GitHub flavour).  Every text is escaped twice over:
 * the characters that mean something inside a line (\ ` * _ [ ] | ~ #) get
 * a backslash, so a wijk called *x* stays literal and a '|' cannot split a
 * table cell, and < > & become HTML entities, because Markdown passes raw
 * HTML through to the page.  No text starts a line, so the characters that
 * only mean something there (- + 1.) need nothing.
 */
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "report_labels.h"
#include "report_render.h"

static void
md_put(struct buf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '<')
			buf_adds(b, "&lt;");
		else if (c == '>')
			buf_adds(b, "&gt;");
		else if (c == '&')
			buf_adds(b, "&amp;");
		else if (c < 0x20 || c == 0x7f)
			buf_addc(b, ' ');	/* a line break would end the table */
		else if (strchr("\\`*_[]|~#", c))
			buf_addc(b, '\\'), buf_addc(b, c);
		else
			buf_addc(b, c);
	}
}

static void
md_facts(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	int r;

	for (r = 0; r < t->nrows; r++) {
		buf_adds(b, "- ");
		md_put(b, rrow_display(&t->rows[r], doc->lang));
		buf_adds(b, ": **");
		md_put(b, rcell_display(&t->rows[r].cells[0], doc->lang));
		buf_adds(b, "**\n");
	}
	buf_addc(b, '\n');
}

static void
md_grid(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	int r, c;

	if (t->title) {
		buf_adds(b, "#### ");
		md_put(b, rlabel(doc->lang, t->title));
		buf_adds(b, "\n\n");
	}
	buf_adds(b, "| ");
	md_put(b, report_col_label(doc, t, -1));
	for (c = 0; c < t->ncols; c++) {
		buf_adds(b, " | ");
		md_put(b, report_col_label(doc, t, c));
	}
	buf_adds(b, " |\n|---");
	for (c = 0; c < t->ncols; c++)
		buf_adds(b, report_col_right(t, c) ? "|---:" : "|---");
	buf_adds(b, "|\n");
	for (r = 0; r < t->nrows; r++) {
		buf_adds(b, "| ");
		md_put(b, rrow_display(&t->rows[r], doc->lang));
		for (c = 0; c < t->ncols; c++) {
			buf_adds(b, " | ");
			md_put(b, rcell_display(&t->rows[r].cells[c], doc->lang));
		}
		buf_adds(b, " |\n");
	}
	buf_addc(b, '\n');
}

static void
md_section(const struct rdoc *doc, const struct rsection *sec, int number, struct buf *b)
{
	char id[32];
	int i;

	snprintf(id, sizeof(id), "section.%s", sec->id);
	buf_printf(b, "### %d. ", number);
	md_put(b, rlabel(doc->lang, id));
	buf_adds(b, "\n\n");
	for (i = 0; i < sec->ntables; i++) {
		const struct rtable *t = sec->tables[i];

		if (t->nrows == 0)
			continue;
		if (t->title == NULL && t->headcol == NULL)
			md_facts(doc, t, b);
		else
			md_grid(doc, t, b);
	}
	for (i = 0; i < sec->nnotes; i++) {
		buf_adds(b, "_");
		md_put(b, sec->notes[i]);
		buf_adds(b, "_\n\n");
	}
}

static void
md_head(const struct rdoc *doc, struct output *out)
{
	struct buf *b = &out->buf;
	char today[DATE_LEN + 1];

	date_format(doc->opt->today, today);
	buf_adds(b, "# ");
	md_put(b, rlabel(doc->lang, "title"));
	buf_adds(b, "\n\n");
	md_put(b, rlabel(doc->lang, "as_of.start"));
	buf_printf(b, " %s\n\n", today);
	if (doc->npages == 0) {
		md_put(b, rlabel(doc->lang, "no_records"));
		buf_addc(b, '\n');
	}
}

static void
md_page(const struct rdoc *doc, const struct rpage *pg, struct output *out)
{
	struct buf *b = &out->buf, head = { 0 };
	int s;

	report_page_heading(doc, pg, &head);
	buf_adds(b, "## ");
	md_put(b, head.data);
	buf_adds(b, "\n\n");
	if (pg->overview.ntables > 0 && pg->overview.tables[0]->nrows > 0) {
		buf_adds(b, "### ");
		md_put(b, rlabel(doc->lang, "section.overview"));
		buf_adds(b, "\n\n_");
		if (pg->previous[0]) {
			struct buf against = { 0 };

			buf_printf(&against, rlabel(doc->lang, "overview.against"), pg->previous);
			md_put(b, against.data);
			buf_free(&against);
		} else {
			md_put(b, rlabel(doc->lang, "overview.no_previous"));
		}
		buf_adds(b, "_\n\n");
		md_grid(doc, pg->overview.tables[0], b);
	}
	for (s = 0; s < NSECTIONS; s++) {
		md_section(doc, &pg->sec[s], s + 1, b);
		out_maybe_flush(out);
	}
	buf_free(&head);
}

static void
md_tail(const struct rdoc *doc, struct output *out)
{
	(void)doc;
	(void)out;
}

const struct report_renderer report_md = { md_head, md_page, md_tail };
