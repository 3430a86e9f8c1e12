/*
 * The xlsx format: an Excel workbook, written with libxlsxwriter.
 *
 * A sheet per section of the model, named by the section's label in the
 * report's language.  Every page (period, group) goes on each sheet, one
 * under another, behind a heading row; the sheet's top row (the section and
 * the date) and its first column (the row heads) are frozen.  A number is a
 * number cell (shares and means with one decimal), every other text a
 * string cell, so that nothing a record holds becomes a formula; a count
 * hidden by --suppress is the text "<K".  A table the html draws as a chart
 * gets a native Excel bar chart of its own cells beside it.
 *
 * libxlsxwriter writes to a file name: the workbook goes to a temporary
 * file of our own (TMPDIR, mode 0600, removed on every way out), which is
 * then copied to the output, every write checked.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "alloc.h"
#include "dates.h"
#include "die.h"
#include "exits.h"
#include "report_labels.h"
#include "report_render.h"
#include "text.h"
#include "value.h"

#define EXIT_SOFTWARE 70	/* EX_SOFTWARE: libxlsxwriter refused what we gave it */
#define SHEET_NAME_MAX 31	/* Excel's limit, in UTF-16 units */
#define WIDTH_MAX 50		/* a column is never wider than this many characters */
#define STRING_MAX 32767	/* Excel: characters in a cell */
#define ROW_PX 20		/* Excel's default row height, in pixels */
#define CHART_PX 288		/* libxlsxwriter's default chart height */
#define CHART_ROWS_MIN 10	/* a chart is never lower than this many rows */
#define STACK_MAX 6		/* the html's stacked chart draws this many columns */

/* The html's level colours (report_svg.c), acute to full, then not scored. */
static const lxw_color_t stack_colour[STACK_MAX] = {
	0xC0392B, 0xE67E22, 0xF1C40F, 0x8BC34A, 0x2E7D32, 0xBDBDBD
};

/* Sheet 0 is the overview, sheet s + 1 section s. */
#define NSHEETS (NSECTIONS + 1)

struct sheet {
	lxw_worksheet *ws;
	char name[SHEET_NAME_MAX * 4 + 1];
	lxw_row_t row;		/* the next row to write */
	int *width;		/* per column, the longest cell in characters */
	int nwidth;
};

/* One workbook per run: the renderer's state from head to tail. */
static struct {
	lxw_workbook *wb;
	lxw_format *heading, *bold, *bold_right, *right, *decimal, *change, *change_decimal;
	struct sheet sheet[NSHEETS];	/* the overview, then the sections */
	int fd;
} x;

/* The temporary file, for the exit and signal handlers. */
static char tmp_path[PATH_MAX];
static volatile sig_atomic_t tmp_made;

static void
tmp_remove(void)
{
	if (tmp_made) {
		tmp_made = 0;
		(void)unlink(tmp_path);
	}
}

static void
tmp_signal(int sig)
{
	if (tmp_made)
		(void)unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* A temporary file in TMPDIR (else /tmp), removed at exit or on a signal. */
static void
tmp_create(void)
{
	static const int sigs[] = { SIGHUP, SIGINT, SIGTERM };
	const char *dir = getenv("TMPDIR");
	size_t i;
	int n;

	if (dir == NULL || dir[0] == '\0')
		dir = "/tmp";
	n = snprintf(tmp_path, sizeof(tmp_path), "%s/oer-report.XXXXXX", dir);
	if (n < 0 || (size_t)n >= sizeof(tmp_path))
		die(EXIT_IO, "xlsx: TMPDIR %s: the name is too long", quote(dir, strlen(dir)));
	atexit(tmp_remove);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		signal(sigs[i], tmp_signal);
	/* mkstemp: mode 0600, O_EXCL; libxlsxwriter reopens the name and truncates it. */
	if ((x.fd = mkstemp(tmp_path)) < 0)
		die(EXIT_IO, "xlsx: cannot create a temporary file in %s:", dir);
	tmp_made = 1;
}

/* An error of libxlsxwriter ends the run: I/O as 74, the rest as 70. */
static void
check(lxw_error err, const char *what)
{
	int status = EXIT_SOFTWARE;

	if (err == LXW_NO_ERROR)
		return;
	switch (err) {
	case LXW_ERROR_MEMORY_MALLOC_FAILED:
	case LXW_ERROR_CREATING_XLSX_FILE:
	case LXW_ERROR_CREATING_TMPFILE:
	case LXW_ERROR_READING_TMPFILE:
	case LXW_ERROR_ZIP_FILE_OPERATION:
	case LXW_ERROR_ZIP_PARAMETER_ERROR:
	case LXW_ERROR_ZIP_BAD_ZIP_FILE:
	case LXW_ERROR_ZIP_INTERNAL_ERROR:
	case LXW_ERROR_ZIP_FILE_ADD:
	case LXW_ERROR_ZIP_CLOSE:
		status = EXIT_IO;
		break;
	case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
		die(EXIT_SOFTWARE, "xlsx: %s: more rows than a sheet holds (1048576): "
		    "fewer periods or groups (--from, --to, --period) fit", what);
	default:
		break;
	}
	die(status, "xlsx: %s: %s", what, lxw_strerror(err));
}

/* Remember the width of s in column col (UTF-8 characters, capped). */
static void
fit(struct sheet *sh, int col, const char *s)
{
	int n = (int)utf8_chars(s, strlen(s));

	if (col >= sh->nwidth) {
		sh->width = xreallocarray(sh->width, (size_t)col + 1, sizeof(int));
		memset(sh->width + sh->nwidth, 0, (size_t)(col + 1 - sh->nwidth) * sizeof(int));
		sh->nwidth = col + 1;
	}
	if (n > WIDTH_MAX)
		n = WIDTH_MAX;
	if (n > sh->width[col])
		sh->width[col] = n;
}

/*
 * A string cell: never a formula, whatever it starts with.  Longer than
 * Excel's 32,767 characters (a wijk name can be), it is cut, ending in "...".
 */
static void
put_text(struct sheet *sh, lxw_row_t row, int col, const char *s, lxw_format *f, int fits)
{
	char *cut = NULL;

	if (utf8_chars(s, strlen(s)) > STRING_MAX) {
		size_t i = 0;
		long n = 0;

		for (; s[i] && n < STRING_MAX - 3; i++)
			n += ((unsigned char)s[i] & 0xC0) != 0x80;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;	/* end on a whole character */
		cut = xmalloc(i + 4);
		memcpy(cut, s, i);
		memcpy(cut + i, "...", 4);
		s = cut;
	}
	check(worksheet_write_string(sh->ws, row, (lxw_col_t)col, s, f), sh->name);
	if (fits)
		fit(sh, col, s);
	free(cut);
}

/* Is a figure as shown still a number (1.234,5; +3; -12), not a word or "x"? */
static int
shown_number(const char *shown)
{
	return shown[0] != '\0' && strspn(shown, "0123456789.,+-") == strlen(shown);
}

/* Is the cell a change against the previous period (shown with its sign)? */
static int
is_change(const struct rcell *c)
{
	size_t n = c->metric ? strlen(c->metric) : 0;

	return n > 7 && strcmp(c->metric + n - 7, "_change") == 0;
}

/* A cell of the model: a number cell when it is a number, else its text. */
static void
put_cell(const struct rdoc *doc, struct sheet *sh, lxw_row_t row, int col,
    const struct rcell *c, int right)
{
	/* A change is written "+3" in the tidy rows: the sign is the format's. */
	const char *num = c->text ? c->text + (c->text[0] == '+') : NULL;

	if (c->numeric && !c->suppressed && !c->label && num &&
	    (!c->shown || shown_number(c->shown)) && is_json_number(num, strlen(num))) {
		int dec = strchr(num, '.') != NULL;
		lxw_format *f = is_change(c) ? (dec ? x.change_decimal : x.change) :
		    dec ? x.decimal : NULL;

		check(worksheet_write_number(sh->ws, row, (lxw_col_t)col, strtod(num, NULL), f),
		    sh->name);
		fit(sh, col, c->text);
		return;
	}
	put_text(sh, row, col, rcell_display(c, doc->lang), right ? x.right : NULL, 1);
}

/* The html's chart of table t as an Excel bar chart, at row at beside the table. */
static lxw_row_t
chart(const struct rdoc *doc, struct sheet *sh, const struct rtable *t, lxw_row_t at,
    lxw_row_t head, lxw_row_t first)
{
	int stacked = t->chart == CHART_STACKED, n = stacked ? t->ncols : 1, c;
	lxw_row_t rows = (lxw_row_t)t->nrows + 2, last = first + (lxw_row_t)t->nrows - 1;
	lxw_chart *ch = workbook_add_chart(x.wb, stacked ? LXW_CHART_BAR_STACKED : LXW_CHART_BAR);
	lxw_chart_options o = { 0 };

	if (ch == NULL)
		die(EXIT_IO, "xlsx: %s: no memory for a chart", sh->name);
	if (n > STACK_MAX)
		n = STACK_MAX;
	for (c = 0; c < n; c++) {
		lxw_chart_series *se = chart_add_series(ch, NULL, NULL);

		if (se == NULL)
			die(EXIT_IO, "xlsx: %s: no memory for a chart", sh->name);
		chart_series_set_categories(se, sh->name, first, 0, last, 0);
		chart_series_set_values(se, sh->name, first, (lxw_col_t)c + 1, last, (lxw_col_t)c + 1);
		/* Names and title from cells: a label is never read as a formula. */
		chart_series_set_name_range(se, sh->name, head, (lxw_col_t)c + 1);
		if (stacked) {
			lxw_chart_fill fill = { .color = stack_colour[c] };

			chart_series_set_fill(se, &fill);
		}
	}
	if (t->title)
		chart_title_set_name_range(ch, sh->name, at, 0);
	chart_legend_set_position(ch, stacked ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
	/* A bar chart's categories are its y axis: the first row on top, as in the table. */
	chart_axis_set_reverse(ch->y_axis);
	if (rows < CHART_ROWS_MIN)
		rows = CHART_ROWS_MIN;
	o.y_scale = (double)(rows * ROW_PX) / CHART_PX;
	o.x_scale = 1;
	o.description = (char *)(t->title ? rlabel(doc->lang, t->title) : "");
	check(worksheet_insert_chart_opt(sh->ws, at, (lxw_col_t)t->ncols + 2, ch, &o), sh->name);
	return at + rows;
}

/* A table at the sheet's next row: title, header row, a row per row, its chart. */
static void
table(const struct rdoc *doc, struct sheet *sh, const struct rtable *t)
{
	int facts = t->title == NULL && t->headcol == NULL, r, c;
	int *right = xcalloc((size_t)t->ncols + 1, sizeof(int));
	lxw_row_t at = sh->row, head, first, end;

	if (t->title)
		put_text(sh, sh->row++, 0, rlabel(doc->lang, t->title), x.bold, 0);
	head = sh->row;
	for (c = 0; c < t->ncols; c++)
		right[c] = report_col_right(t, c);
	if (!facts) {
		put_text(sh, sh->row, 0, report_col_label(doc, t, -1), x.bold, 1);
		for (c = 0; c < t->ncols; c++)
			put_text(sh, sh->row, c + 1, report_col_label(doc, t, c),
			    right[c] ? x.bold_right : x.bold, 1);
		sh->row++;
	}
	first = sh->row;
	for (r = 0; r < t->nrows; r++, sh->row++) {
		put_text(sh, sh->row, 0, rrow_display(&t->rows[r], doc->lang), NULL, 1);
		for (c = 0; c < t->ncols; c++)
			put_cell(doc, sh, sh->row, c + 1, &t->rows[r].cells[c], right[c]);
	}
	if (t->chart != CHART_NONE && !facts) {
		/* The chart's rows stay free below the table: nothing hides under it. */
		end = chart(doc, sh, t, at, head, first);
		if (sh->row < end)
			sh->row = end;
	}
	sh->row++;
	free(right);
}

/*
 * A sheet name from a label: Excel's forbidden characters []:*?/\ (and
 * control characters) become '_', so does an apostrophe at either end; at
 * most 31 characters; " (2)", " (3)" ... against a name already taken (Excel
 * compares names without case).
 */
static void
sheet_name(const char *label, int taken, char *out, size_t size)
{
	char base[SHEET_NAME_MAX * 4 + 1];
	size_t len = 0, i;
	int units = 0, k, s;

	for (i = 0; label[i] && len + 4 < sizeof(base); ) {
		unsigned char ch = (unsigned char)label[i];
		size_t n = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
		int u = n == 4 ? 2 : 1;

		if (units + u > SHEET_NAME_MAX)
			break;
		if (n == 1 && (strchr("[]:*?/\\", ch) || ch < 0x20 || ch == 0x7F)) {
			base[len++] = '_';
			i++;
		} else {
			for (k = 0; k < (int)n && label[i]; k++)	/* a cut sequence ends at the NUL */
				base[len++] = label[i++];
		}
		units += u;
	}
	base[len] = '\0';
	if (len == 0)
		strcpy(base, "Sheet");
	if (base[0] == '\'')
		base[0] = '_';
	if (base[strlen(base) - 1] == '\'')
		base[strlen(base) - 1] = '_';
	if (strcasecmp(base, "History") == 0)
		strcat(base, "_");	/* Excel keeps that name for itself */
	snprintf(out, size, "%s", base);
	for (k = 2;; k++) {
		for (s = 0; s < taken; s++)
			if (strcasecmp(x.sheet[s].name, out) == 0)
				break;
		if (s == taken)
			return;
		/* Shorten the base (by whole characters) until the suffix fits. */
		{
			char suffix[16];
			size_t blen = strlen(base);
			int sl = snprintf(suffix, sizeof(suffix), " (%d)", k);

			while (blen > 0 && (int)utf8_chars(base, blen) + sl > SHEET_NAME_MAX) {
				blen--;
				while (blen > 0 && ((unsigned char)base[blen] & 0xC0) == 0x80)
					blen--;
			}
			snprintf(out, size, "%.*s%s", (int)blen, base, suffix);
		}
	}
}

static void
xlsx_head(const struct rdoc *doc, struct output *out)
{
	lxw_workbook_options wo = { 0 };
	lxw_doc_properties props = { 0 };
	char today[DATE_LEN + 1], asof[64], id[64], title[128];
	const char *dir = getenv("TMPDIR");
	int s;

	(void)out;
	tmp_create();
	wo.tmpdir = (char *)(dir && dir[0] ? dir : NULL);
	if ((x.wb = workbook_new_opt(tmp_path, &wo)) == NULL)
		die(EXIT_IO, "xlsx: %s: cannot start a workbook", tmp_path);
	date_format(doc->opt->today, today);
	/* The run's date, not the clock: the same input gives the same workbook. */
	props.title = (char *)rlabel(doc->lang, "title");
	props.created = (time_t)doc->opt->today * 86400;
	check(workbook_set_properties(x.wb, &props), "properties");

	x.heading = workbook_add_format(x.wb);
	format_set_bold(x.heading);
	format_set_font_size(x.heading, 13);
	x.bold = workbook_add_format(x.wb);
	format_set_bold(x.bold);
	x.bold_right = workbook_add_format(x.wb);
	format_set_bold(x.bold_right);
	format_set_align(x.bold_right, LXW_ALIGN_RIGHT);
	x.right = workbook_add_format(x.wb);
	format_set_align(x.right, LXW_ALIGN_RIGHT);
	x.decimal = workbook_add_format(x.wb);
	format_set_num_format(x.decimal, "0.0");
	x.change = workbook_add_format(x.wb);
	format_set_num_format(x.change, "+0;-0;0");
	x.change_decimal = workbook_add_format(x.wb);
	format_set_num_format(x.change_decimal, "+0.0;-0.0;0.0");

	snprintf(asof, sizeof(asof), "%s %s", rlabel(doc->lang, "as_of.start"), today);
	for (s = 0; s < NSHEETS; s++) {
		struct sheet *sh = &x.sheet[s];
		const char *label;

		snprintf(id, sizeof(id), "section.%s", s == 0 ? "overview" : section_id[s - 1]);
		label = rlabel(doc->lang, id);
		sheet_name(label, s, sh->name, sizeof(sh->name));
		if ((sh->ws = workbook_add_worksheet(x.wb, sh->name)) == NULL)
			die(EXIT_SOFTWARE, "xlsx: %s: libxlsxwriter refused the sheet name",
			    quote(sh->name, strlen(sh->name)));
		/* Row 1: the section and the date, frozen with the row heads. */
		if (s == 0)
			snprintf(title, sizeof(title), "%s", label);
		else
			snprintf(title, sizeof(title), "%d. %s", s, label);
		put_text(sh, 0, 0, title, x.heading, 0);
		put_text(sh, 0, 1, asof, NULL, 0);
		worksheet_freeze_panes(sh->ws, 1, 1);
		sh->row = 2;
		if (doc->npages == 0)
			put_text(sh, sh->row++, 0, rlabel(doc->lang, "no_records"), NULL, 0);
	}
}

static void
xlsx_page(const struct rdoc *doc, const struct rpage *pg, struct output *out)
{
	struct buf head = { 0 };
	int s, i;

	(void)out;
	report_page_heading(doc, pg, &head);
	for (s = 0; s < NSHEETS; s++) {
		const struct rsection *sec = s == 0 ? &pg->overview : &pg->sec[s - 1];
		struct sheet *sh = &x.sheet[s];

		put_text(sh, sh->row, 0, head.data, x.heading, 0);
		sh->row += 2;
		if (s == 0 && sec->ntables > 0) {
			/* What the changes are against, as the other formats say it. */
			struct buf note = { 0 };

			if (pg->previous[0])
				buf_printf(&note, rlabel(doc->lang, "overview.against"), pg->previous);
			else
				buf_adds(&note, rlabel(doc->lang, "overview.no_previous"));
			put_text(sh, sh->row++, 0, note.data, NULL, 0);
			buf_free(&note);
		}
		for (i = 0; i < sec->ntables; i++)
			if (sec->tables[i]->nrows > 0)
				table(doc, sh, sec->tables[i]);
		for (i = 0; i < sec->nnotes; i++)
			put_text(sh, sh->row++, 0, sec->notes[i], NULL, 0);
		sh->row += sec->nnotes > 0;
	}
	buf_free(&head);
}

/* Close the workbook and copy the file to the output. */
static void
xlsx_tail(const struct rdoc *doc, struct output *out)
{
	char chunk[65536];
	ssize_t n;
	int s, c;

	(void)doc;
	for (s = 0; s < NSHEETS; s++) {
		struct sheet *sh = &x.sheet[s];

		for (c = 0; c < sh->nwidth; c++)
			if (sh->width[c] > 0)
				check(worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c,
				    sh->width[c] + 2, NULL), sh->name);
		free(sh->width);
		sh->width = NULL;
		sh->nwidth = 0;
	}
	check(workbook_close(x.wb), "writing the workbook");
	x.wb = NULL;
	if (lseek(x.fd, 0, SEEK_SET) < 0)
		die(EXIT_IO, "xlsx: %s: cannot read the workbook back:", tmp_path);
	while ((n = read(x.fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			die(EXIT_IO, "xlsx: %s: cannot read the workbook back:", tmp_path);
		buf_add(&out->buf, chunk, (size_t)n);
		out_maybe_flush(out);
	}
	(void)close(x.fd);
	tmp_remove();
}

const struct report_renderer report_xlsx = { xlsx_head, xlsx_page, xlsx_tail };
