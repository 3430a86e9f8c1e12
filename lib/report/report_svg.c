/*
 * Inline SVG bar charts for the html format: one bar per row (routes, the
 * cascade of plan levels), or one stacked bar per row (the level
 * distribution per domain).  Plain shapes and text, sized in pixels, every
 * text escaped; a count hidden by --suppress is not drawn, since a bar's
 * length would tell it.
 */
#include <string.h>

#include "report_labels.h"
#include "report_render.h"
#include "text.h"

#define CHART_W 480
#define ROW_H 22
#define BAR_H 16

/* Level colours, acute to full, then not scored. */
static const char *const stack_colour[] = {
	"#c0392b", "#e67e22", "#f1c40f", "#8bc34a", "#2e7d32", "#bdbdbd"
};

static long
row_total(const struct rtable *t, int r)
{
	long n = 0;
	int c;

	for (c = 0; c < t->ncols; c++)
		if (t->rows[r].cells[c].bar)
			n += t->rows[r].cells[c].n;
	return n;
}

static void
svg_open(const struct rdoc *doc, const struct rtable *t, int height, struct buf *b)
{
	const char *title = t->title ? rlabel(doc->lang, t->title) : "";

	/* It scales to the width of the page (the style sheet: at most CHART_W). */
	buf_printf(b, "<svg class=\"chart\" width=\"100%%\" viewBox=\"0 0 %d %d\" "
	    "role=\"img\" aria-label=\"", CHART_W, height);
	html_put(b, title);
	buf_adds(b, "\"><title>");
	html_put(b, title);
	buf_adds(b, "</title>\n");
}

static void
svg_label(struct buf *b, int x, int y, const char *anchor, const char *text)
{
	buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">", x, y, anchor);
	html_put(b, text);
	buf_adds(b, "</text>\n");
}

static void
bars(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	const int lw = 180, area = CHART_W - lw - 40;
	long max = 1;
	int r;

	for (r = 0; r < t->nrows; r++)
		if (t->rows[r].cells[0].bar && t->rows[r].cells[0].n > max)
			max = t->rows[r].cells[0].n;
	svg_open(doc, t, t->nrows * ROW_H + 8, b);
	for (r = 0; r < t->nrows; r++) {
		const struct rcell *c = &t->rows[r].cells[0];
		int y = 4 + r * ROW_H, w = c->bar ? (int)(c->n * area / max) : 0;

		svg_label(b, lw - 8, y + 15, "end", rrow_display(&t->rows[r], doc->lang));
		if (w > 0)
			buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4a6fa5\"/>\n",
			    lw, y + 3, w, BAR_H);
		svg_label(b, lw + w + 6, y + 15, "start", rcell_display(c, doc->lang));
	}
	buf_adds(b, "</svg>\n");
}

/* Width of a legend entry: swatch, label (about 7 px a character), gap. */
static int
legend_width(const char *label)
{
	return 16 + 7 * (int)utf8_chars(label, strlen(label)) + 14;
}

/* The legend: one swatch per column, wrapped; returns its height. */
static int
legend(const struct rdoc *doc, const struct rtable *t, struct buf *b, int draw)
{
	int c, x = 10, y = 6;

	for (c = 0; c < t->ncols && c < 6; c++) {
		const char *name = report_col_label(doc, t, c);

		if (x > 10 && x + legend_width(name) > CHART_W) {
			x = 10;
			y += 18;
		}
		if (draw) {
			buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
			    x, y, stack_colour[c]);
			svg_label(b, x + 16, y + 11, "start", name);
		}
		x += legend_width(name);
	}
	return y + 18;
}

static void
stacked(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	const int lw = 200, area = CHART_W - lw - 10, top = legend(doc, t, b, 0) + 6;
	long max = 1;
	int r, c;

	for (r = 0; r < t->nrows; r++)
		if (row_total(t, r) > max)
			max = row_total(t, r);
	svg_open(doc, t, top + t->nrows * ROW_H + 4, b);
	legend(doc, t, b, 1);
	for (r = 0; r < t->nrows; r++) {
		int y = top + r * ROW_H;
		long left = 0;

		svg_label(b, lw - 8, y + 15, "end", rrow_display(&t->rows[r], doc->lang));
		for (c = 0; c < t->ncols && c < 6; c++) {
			const struct rcell *cell = &t->rows[r].cells[c];
			int x0 = lw + (int)(left * area / max), x1;

			if (!cell->bar || cell->n == 0)
				continue;
			left += cell->n;
			x1 = lw + (int)(left * area / max);
			buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
			    "<title>", x0, y + 3, x1 - x0, BAR_H, stack_colour[c]);
			html_put(b, rrow_display(&t->rows[r], doc->lang));
			buf_adds(b, ", ");
			html_put(b, report_col_label(doc, t, c));
			buf_adds(b, ": ");
			html_put(b, rcell_display(cell, doc->lang));
			buf_adds(b, "</title></rect>\n");
		}
	}
	buf_adds(b, "</svg>\n");
}

void
report_svg_chart(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	if (t->nrows == 0)
		return;
	if (t->chart == CHART_BARS)
		bars(doc, t, b);
	else if (t->chart == CHART_STACKED)
		stacked(doc, t, b);
}

/*
 * A figure across the periods as a small line (the overview's trend):
 * oldest left, this page's period right; a period without data, or with
 * the figure hidden, is a gap in the line, never a zero.  The last point
 * is marked.
 */
#define TREND_W 120
#define TREND_H 28

void
report_svg_trend(const struct rfigure *v, int n, const char *title, struct buf *b)
{
	long lo = 0, hi = 0;
	int i, first = 1, open = 0;

	for (i = 0; i < n; i++)
		if (v[i].have == 1) {
			if (first || v[i].v < lo)
				lo = v[i].v;
			if (first || v[i].v > hi)
				hi = v[i].v;
			first = 0;
		}
	buf_printf(b, "<svg class=\"trend\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
	    "role=\"img\" aria-label=\"", TREND_W, TREND_H, TREND_W, TREND_H);
	html_put(b, title);
	buf_adds(b, "\"><title>");
	html_put(b, title);
	buf_adds(b, "</title>\n");
	if (first) {
		buf_adds(b, "</svg>");
		return;
	}
	for (i = 0; i < n; i++) {
		int x = n > 1 ? 3 + (int)((long)i * (TREND_W - 6) / (n - 1)) : TREND_W / 2;
		int y = hi > lo ? TREND_H - 3 - (int)((v[i].v - lo) * (TREND_H - 6) / (hi - lo)) :
		    TREND_H / 2;

		if (v[i].have != 1) {
			if (open)
				buf_adds(b, "\"/>\n");
			open = 0;
			continue;
		}
		/* A point alone between gaps is a dot. */
		if (!open && (i + 1 == n || v[i + 1].have != 1)) {
			buf_printf(b, "<circle cx=\"%d\" cy=\"%d\" r=\"1.5\"/>\n", x, y);
			continue;
		}
		buf_printf(b, open ? " %d,%d" : "<polyline points=\"%d,%d", x, y);
		open = 1;
		if (i + 1 == n)
			buf_adds(b, "\"/>\n");
	}
	for (i = n - 1; i >= 0 && i == n - 1; i--)
		if (v[i].have == 1) {
			int x = n > 1 ? 3 + (int)((long)i * (TREND_W - 6) / (n - 1)) : TREND_W / 2;
			int y = hi > lo ? TREND_H - 3 -
			    (int)((v[i].v - lo) * (TREND_H - 6) / (hi - lo)) : TREND_H / 2;

			buf_printf(b, "<circle class=\"last\" cx=\"%d\" cy=\"%d\" r=\"2.5\"/>\n", x, y);
		}
	buf_adds(b, "</svg>");
}
