#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#include "csv.h"
#include "json.h"
#include "report_labels.h"
#include "report_render.h"
#include "value.h"

int
report_format_parse(const char *s)
{
	static const char *const names[] = { "text", "csv", "json", "md", "html", "xlsx" };
	int i;

	for (i = 0; i < (int)(sizeof(names) / sizeof(names[0])); i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

void
report_page_heading(const struct rdoc *doc, const struct rpage *pg, struct buf *b)
{
	buf_printf(b, "%s %s", rlabel(doc->lang, "period"),
	    strcmp(pg->period, "all") == 0 ? rlabel(doc->lang, "period.all") : pg->period);
	if (doc->opt->by)
		buf_printf(b, ", %s: %s", doc->opt->by,
		    pg->group[0] ? pg->group : rlabel(doc->lang, "group.empty"));
}

const char *
report_col_label(const struct rdoc *doc, const struct rtable *t, int col)
{
	if (col < 0)
		return t->headcol ? rlabel(doc->lang, t->headcol) : "";
	return rlabel(doc->lang, t->cols[col]);
}

int
report_col_right(const struct rtable *t, int col)
{
	int i, numbers = 0;

	for (i = 0; i < t->nrows; i++) {
		const struct rcell *c = &t->rows[i].cells[col];

		if (c->text && !c->numeric && !c->suppressed)
			return 0;
		numbers += c->text != NULL;
	}
	/* The overview's changes, also when there is none to show ("–"). */
	return numbers > 0 || strcmp(t->cols[col], "change") == 0;
}

void
html_put(struct buf *b, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '&': buf_adds(b, "&amp;"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		case '\'': buf_adds(b, "&#39;"); break;
		default: buf_addc(b, *s);
		}
}

/* ---- tidy rows ---- */

/* Calls row() for every cell of the page that is a tidy row, in table order. */
static void
each_row(const struct rdoc *doc, const struct rpage *pg, struct output *out,
    void (*row)(const struct rdoc *, struct output *, const struct rpage *, const char *,
    const struct rcell *))
{
	int s, t, r, c;

	for (s = -1; s < NSECTIONS; s++) {
		const struct rsection *sec = s < 0 ? &pg->overview : &pg->sec[s];

		for (t = 0; t < sec->ntables; t++) {
			const struct rtable *tb = sec->tables[t];

			for (r = 0; r < tb->nrows; r++)
				for (c = 0; c < tb->ncols; c++)
					if (tb->rows[r].cells[c].metric)
						row(doc, out, pg, sec->id, &tb->rows[r].cells[c]);
			out_maybe_flush(out);
		}
	}
}

/* A CSV cell, neutralised against spreadsheet formulas. */
static void
csv_cell(struct buf *b, const char *s, int delim)
{
	if (strchr("=+-@\t\r", s[0]) && s[0] != '\0') {
		struct buf t = { 0 };

		buf_addc(&t, '\'');
		buf_adds(&t, s);
		csv_put_field(b, t.data, t.len, delim);
		buf_free(&t);
		return;
	}
	csv_put_field(b, s, strlen(s), delim);
}

static void
csv_row(const struct rdoc *doc, struct output *out, const struct rpage *pg, const char *section,
    const struct rcell *c)
{
	const char *cells[6];
	int i;

	cells[0] = pg->period;
	cells[1] = pg->group;
	cells[2] = section;
	cells[3] = c->metric;
	cells[4] = c->key;
	cells[5] = c->text;
	for (i = 0; i < 6; i++) {
		if (i > 0)
			buf_addc(&out->buf, doc->csv_delim);
		/*
		 * A number (a change of -12) is no formula: it stays a number,
		 * with a decimal comma for Dutch Excel (which reads 3.8 as the
		 * 3rd of August).
		 */
		if (i == 5 && c->numeric && is_json_number(c->text, strlen(c->text))) {
			char num[64];
			char *dot;

			snprintf(num, sizeof(num), "%s", c->text);
			if (doc->csv_excel && (dot = strchr(num, '.')) != NULL)
				*dot = ',';
			csv_put_field(&out->buf, num, strlen(num), doc->csv_delim);
		} else
			csv_cell(&out->buf, cells[i], doc->csv_delim);
	}
	buf_adds(&out->buf, doc->csv_eol);
}

static void
csv_head(const struct rdoc *doc, struct output *out)
{
	static const char *const head[] = { "period", "group", "section", "metric", "key", "value" };
	int i;

	if (doc->csv_excel)
		buf_adds(&out->buf, "\xEF\xBB\xBF");
	for (i = 0; i < 6; i++) {
		if (i > 0)
			buf_addc(&out->buf, doc->csv_delim);
		buf_adds(&out->buf, head[i]);
	}
	buf_adds(&out->buf, doc->csv_eol);
}

static void
csv_page(const struct rdoc *doc, const struct rpage *pg, struct output *out)
{
	each_row(doc, pg, out, csv_row);
}

static void
nothing(const struct rdoc *doc, struct output *out)
{
	(void)doc;
	(void)out;
}

const struct report_renderer report_csv = { csv_head, csv_page, nothing };

static void
json_member(struct buf *b, const char *name, const char *value, int first)
{
	if (!first)
		buf_addc(b, ',');
	json_put_string(b, name, strlen(name));
	buf_addc(b, ':');
	json_put_string(b, value, strlen(value));
}

static void
json_row(const struct rdoc *doc, struct output *out, const struct rpage *pg, const char *section,
    const struct rcell *c)
{
	struct buf *b = &out->buf;

	(void)doc;
	buf_addc(b, '{');
	json_member(b, "period", pg->period, 1);
	json_member(b, "group", pg->group, 0);
	json_member(b, "section", section, 0);
	json_member(b, "metric", c->metric, 0);
	json_member(b, "key", c->key, 0);
	if (c->numeric && is_json_number(c->text, strlen(c->text))) {
		buf_adds(b, ",\"value\":");
		buf_adds(b, c->text);
	} else {
		json_member(b, "value", c->text, 0);
	}
	buf_adds(b, "}\n");
}

static void
json_page(const struct rdoc *doc, const struct rpage *pg, struct output *out)
{
	each_row(doc, pg, out, json_row);
}

const struct report_renderer report_json = { nothing, json_page, nothing };

/* ---- the whole report ---- */

void
report_render(const struct report *rp, const struct rdoc *doc, int format, struct output *out)
{
	static const struct report_renderer *const formats[] = {
		[RF_TEXT] = &report_text, [RF_CSV] = &report_csv, [RF_JSON] = &report_json,
		[RF_MD] = &report_md, [RF_HTML] = &report_html, [RF_XLSX] = &report_xlsx,
	};
	const struct report_renderer *r = formats[format];
	struct rdoc d = *doc;
	struct rpage pg;
	int i, *order;

	/* Newest period first (SPEC 9); --latest: the newest N, the rest feed the changes. */
	d.npages = report_page_order(rp, doc->latest, &order);
	d.order = order;
	d.rp = rp;
	d.cache = report_figcache_new(rp);
	r->head(&d, out);
	for (i = 0; i < d.npages; i++) {
		report_page_build(rp, &d, order[i], &pg);
		pg.index = i;
		r->page(&d, &pg, out);
		report_page_free(&pg);
		out_maybe_flush(out);
	}
	r->tail(&d, out);
	report_figcache_free(d.cache);
	free(order);
}
