/*
 * The formats of oer-report: each draws the tables of report_model.h into
 * an output buffer, flushing as it goes (out_maybe_flush), so a long report
 * never sits whole in memory twice.
 *
 *   text  aligned tables for a terminal (control characters shown as '?')
 *   csv   tidy rows period,group,section,metric,key,value; a cell that
 *         starts with = + - @ TAB or CR gets a leading apostrophe (')
 *         so a spreadsheet shows it as text instead of running it (a
 *         number, such as a change of -12, stays a number)
 *   json  the same rows as JSON Lines, numbers as JSON numbers
 *   md    Markdown (GitHub tables); text escaped for Markdown and HTML
 *   html  one self-contained page: inline CSS and SVG bar charts, no
 *         scripts, no external resources, every text escaped; a contents
 *         list, charts that scale, tables that scroll in their own box
 *   xlsx  an Excel workbook (libxlsxwriter): a sheet per section, numbers
 *         as numbers, native bar charts (report_xlsx.c)
 *
 * Pages come newest period first (report_page_order), each opening with
 * the overview (report_overview.c).
 */
#ifndef OER_REPORT_RENDER_H
#define OER_REPORT_RENDER_H

#include "output.h"
#include "report_model.h"

enum report_format { RF_TEXT, RF_CSV, RF_JSON, RF_MD, RF_HTML, RF_XLSX };

/* "text", "csv", "json", "md", "html", "xlsx": the format, or -1. */
int report_format_parse(const char *s);

/* A format: what comes before the pages, each page, what comes after. */
struct report_renderer {
	void (*head)(const struct rdoc *doc, struct output *out);
	void (*page)(const struct rdoc *doc, const struct rpage *pg, struct output *out);
	void (*tail)(const struct rdoc *doc, struct output *out);
};

extern const struct report_renderer report_text, report_csv, report_json, report_md,
    report_html, report_xlsx;

/* The whole report of rp in a format: each page built, drawn and freed in turn. */
void report_render(const struct report *rp, const struct rdoc *doc, int format,
    struct output *out);

/* Shared by the human formats: "2026-W45" or "2026-W45, wijk: Noord". */
void report_page_heading(const struct rdoc *doc, const struct rpage *pg, struct buf *b);

/* The label of a table's value column, or of its first column. */
const char *report_col_label(const struct rdoc *doc, const struct rtable *t, int col);

/* Is a column right-aligned (numbers and suppressed counts)? */
int report_col_right(const struct rtable *t, int col);

/* Inline SVG bar chart of a table (CHART_BARS, CHART_STACKED); html only. */
void report_svg_chart(const struct rdoc *doc, const struct rtable *t, struct buf *b);

/* A small inline SVG line of a figure across n periods (the html overview). */
void report_svg_trend(const struct rfigure *v, int n, const char *title, struct buf *b);

/* Append s with & < > " ' as HTML entities. */
void html_put(struct buf *b, const char *s);

#endif
