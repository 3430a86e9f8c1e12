/* The text format: aligned tables for a terminal. */
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "report_labels.h"
#include "report_render.h"
#include "text.h"

#define NOTE_WIDTH 76

/* Text for a terminal: control characters (escape sequences) become '?'. */
static void
put_clean(struct buf *b, const char *s)
{
	for (; *s; s++)
		buf_addc(b, (unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s);
}

static size_t
width(const char *s)
{
	return utf8_chars(s, strlen(s));
}

/* s padded to w columns, on the left (right-aligned) or on the right. */
static void
put_padded(struct buf *b, const char *s, size_t w, int right)
{
	size_t n = width(s);

	for (; right && n < w; n++)
		buf_addc(b, ' ');
	put_clean(b, s);
	for (; !right && n < w; n++)
		buf_addc(b, ' ');
}

static void
end_line(struct buf *b)
{
	while (b->len > 0 && b->data[b->len - 1] == ' ')
		b->len--;
	buf_addc(b, '\n');
}

/* A section's single figures: label, then the value right-aligned. */
static void
text_facts(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	size_t lw = 0, vw = 0, n;
	int r;

	for (r = 0; r < t->nrows; r++) {
		if ((n = width(rrow_display(&t->rows[r], doc->lang))) > lw)
			lw = n;
		if ((n = width(rcell_display(&t->rows[r].cells[0], doc->lang))) > vw)
			vw = n;
	}
	for (r = 0; r < t->nrows; r++) {
		buf_adds(b, "  ");
		put_padded(b, rrow_display(&t->rows[r], doc->lang), lw, 0);
		buf_adds(b, "  ");
		put_padded(b, rcell_display(&t->rows[r].cells[0], doc->lang), vw, 1);
		end_line(b);
	}
	buf_addc(b, '\n');
}

static void text_note(const char *note, struct buf *b);

/* The text's width at most 80 columns (SPEC 9): a table is four in, two apart. */
#define TEXT_WIDTH 80
#define MAXCOLS 16

/* The widest word of s (a piece between spaces), in columns. */
static size_t
widest_word(const char *s)
{
	size_t w = 0, n = 0;

	for (; *s; s++) {
		if (*s == ' ') {
			n = 0;
			continue;
		}
		if (((unsigned char)*s & 0xc0) != 0x80 && ++n > w)
			w = n;
	}
	return w;
}

/*
 * The next line of s at most w columns wide: broken after a space where
 * it can be, else inside a word.  Returns its length in bytes; *next is
 * where the line after it starts.
 */
static size_t
wrap_line(const char *s, size_t w, const char **next)
{
	size_t col = 0, len = 0, last = 0;

	while (s[len] && (col < w || ((unsigned char)s[len] & 0xc0) == 0x80)) {
		if (s[len] == ' ')
			last = len;
		if (((unsigned char)s[len] & 0xc0) != 0x80)
			col++;
		len++;
	}
	if (s[len] == ' ')
		last = len;
	if (s[len] && last > 0)
		len = last;
	while (len == 0 && s[len] && s[len] != ' ')	/* at least one character */
		for (len = 1; ((unsigned char)s[len] & 0xc0) == 0x80; len++)
			;
	*next = s + len;
	while (**next == ' ')
		(*next)++;
	return len;
}

/* The number of lines s takes at width w. */
static int
wrap_lines(const char *s, size_t w)
{
	int n = 1;

	while (wrap_line(s, w, &s), *s)
		n++;
	return n;
}

/* Line k of s at width w, padded to w. */
static void
put_wrapped(struct buf *b, const char *s, size_t w, int k, int right)
{
	struct buf line = { 0 };
	size_t len = 0;
	int i;

	for (i = 0; i <= k; i++) {
		const char *next;

		if (*s == '\0') {
			len = 0;
			break;
		}
		len = wrap_line(s, w, &next);
		if (i < k)
			s = next;
	}
	buf_add(&line, s, len);
	buf_addc(&line, '\0');
	put_padded(b, line.data, w, right);
	buf_free(&line);
}

/*
 * A table: the row heads, then the value columns.  When it would be wider
 * than TEXT_WIDTH, the widest column that can give is made narrower, one
 * column at a time, and its headers and cells wrap at spaces onto more
 * lines (numbers never wrap: a column is never narrower than its longest
 * word).
 */
/*
 * The columns' widths: wrapping headers first, then cells at spaces; 1 when
 * it fits in TEXT_WIDTH.  With words, also inside the long words of text
 * columns (a wijk such as Hillegersberg-Schiebroek), never of numbers.
 */
#define WORD_MIN 8	/* a text column broken inside words is at least this wide */
static int
fit_widths(const char *const *hdr, const size_t *cells, const size_t *min_cells,
    const int *text, int ncols, int words, size_t *w)
{
	size_t min[MAXCOLS], total;
	int c, phase;

	for (c = 0; c <= ncols; c++) {
		w[c] = cells[c] > width(hdr[c]) ? cells[c] : width(hdr[c]);
		min[c] = widest_word(hdr[c]) > min_cells[c] ? widest_word(hdr[c]) : min_cells[c];
	}
	for (phase = 0; phase < 2 + words;) {
		int widest = -1;

		for (total = 4, c = 0; c <= ncols; c++)
			total += w[c] + (c > 0 ? 2 : 0);
		if (total <= TEXT_WIDTH)
			return 1;
		for (c = 0; c <= ncols; c++) {
			size_t floor = phase == 0 && cells[c] > min[c] ? cells[c] : min[c];

			if (phase == 2 && text[c] && floor > WORD_MIN)
				floor = width(hdr[c]) > WORD_MIN ? width(hdr[c]) : WORD_MIN;

			if (w[c] > floor && (widest < 0 || w[c] > w[widest]))
				widest = c;
		}
		if (widest < 0)
			phase++;	/* as narrow as it goes this way */
		else
			w[widest]--;
	}
	return 0;
}

/*
 * A table: the row heads, then the value columns.  When it would be wider
 * than TEXT_WIDTH, the widest column that can give is made narrower, one
 * column at a time: first its header wraps at spaces onto more lines, then
 * its cells (a column is never narrower than its longest word, so numbers
 * never wrap).  When that is not enough, the value columns get letters
 * for headers, with a legend under the table.
 */
static void
text_grid(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	size_t w[MAXCOLS], cells[MAXCOLS] = { 0 }, min[MAXCOLS] = { 0 }, n;
	const char *hdr[MAXCOLS];
	static const char *const letter[MAXCOLS] = {
		"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P"
	};
	int r, c, k, lines, coded = 0, ncols = t->ncols < MAXCOLS - 1 ? t->ncols : MAXCOLS - 1;
	int right[MAXCOLS], text[MAXCOLS];

	for (c = -1; c < ncols; c++) {
		hdr[c + 1] = report_col_label(doc, t, c);
		if (c >= 0)
			right[c] = report_col_right(t, c);	/* once: it looks at every row */
	}
	for (r = 0; r < t->nrows; r++)
		for (c = -1; c < ncols; c++) {
			const char *s = c < 0 ? rrow_display(&t->rows[r], doc->lang) :
			    rcell_display(&t->rows[r].cells[c], doc->lang);

			if ((n = width(s)) > cells[c + 1])
				cells[c + 1] = n;
			if ((n = widest_word(s)) > min[c + 1])
				min[c + 1] = n;
		}
	text[0] = 0;	/* row heads are labels: letters for the headers before a broken label */
	for (c = 0; c < ncols; c++)
		text[c + 1] = !right[c];
	/* Wrapped at spaces, then inside long names, then with letters for headers. */
	if (!fit_widths(hdr, cells, min, text, ncols, 0, w) &&
	    !fit_widths(hdr, cells, min, text, ncols, 1, w)) {
		for (c = 1; c <= ncols; c++)
			hdr[c] = letter[c - 1];
		coded = 1;
		fit_widths(hdr, cells, min, text, ncols, 1, w);
	}
	if (t->title) {
		buf_adds(b, "  ");
		put_clean(b, rlabel(doc->lang, t->title));
		end_line(b);
	}
	/* The headers wrapped, aligned on their last line. */
	for (lines = 1, c = 0; c <= ncols; c++)
		if ((k = wrap_lines(hdr[c], w[c])) > lines)
			lines = k;
	for (k = 0; k < lines; k++) {
		buf_adds(b, "    ");
		for (c = 0; c <= ncols; c++) {
			int skip = lines - wrap_lines(hdr[c], w[c]);

			if (c > 0)
				buf_adds(b, "  ");
			put_wrapped(b, k >= skip ? hdr[c] : "", w[c], k - skip, c > 0 && right[c - 1]);
		}
		end_line(b);
	}
	for (r = 0; r < t->nrows; r++) {
		const struct rrow *row = &t->rows[r];

		for (lines = 1, c = -1; c < ncols; c++) {
			const char *s = c < 0 ? rrow_display(row, doc->lang) :
			    rcell_display(&row->cells[c], doc->lang);

			if ((k = wrap_lines(s, w[c + 1])) > lines)
				lines = k;
		}
		for (k = 0; k < lines; k++) {
			buf_adds(b, "    ");
			for (c = -1; c < ncols; c++) {
				const char *s = c < 0 ? rrow_display(row, doc->lang) :
				    rcell_display(&row->cells[c], doc->lang);

				if (c >= 0)
					buf_adds(b, "  ");
				put_wrapped(b, s, w[c + 1], k, c >= 0 && right[c]);
			}
			end_line(b);
		}
	}
	if (coded) {
		struct buf legend = { 0 };

		for (c = 0; c < ncols; c++)
			buf_printf(&legend, "%s%s=%s", c > 0 ? "; " : "", letter[c],
			    report_col_label(doc, t, c));
		text_note(legend.data, b);
		buf_free(&legend);
	}
	buf_addc(b, '\n');
}

/* A note, wrapped at word boundaries, indented by two. */
static void
text_note(const char *note, struct buf *b)
{
	const char *p = note;

	while (*p) {
		size_t col = 0, len = 0, last = 0;

		while (p[len] && col < NOTE_WIDTH) {
			if (p[len] == ' ')
				last = len;
			if (((unsigned char)p[len] & 0xc0) != 0x80)
				col++;
			len++;
		}
		if (p[len] && last > 0)
			len = last;
		buf_adds(b, "  ");
		buf_add(b, p, len);
		end_line(b);
		p += len;
		while (*p == ' ')
			p++;
	}
}

static void
text_section(const struct rdoc *doc, const struct rsection *sec, int number, struct buf *b)
{
	char id[32];
	int i;

	snprintf(id, sizeof(id), "section.%s", sec->id);
	buf_printf(b, "%d. %s\n", number, rlabel(doc->lang, id));
	for (i = 0; i < sec->ntables; i++) {
		const struct rtable *t = sec->tables[i];

		if (t->nrows == 0)
			continue;
		if (t->title == NULL && t->headcol == NULL)
			text_facts(doc, t, b);
		else
			text_grid(doc, t, b);
	}
	for (i = 0; i < sec->nnotes; i++)
		text_note(sec->notes[i], b);
	if (sec->nnotes > 0)
		buf_addc(b, '\n');
}

/* The overview: the figures read first, with their change against the previous period. */
static void
text_overview(const struct rdoc *doc, const struct rpage *pg, struct buf *b)
{
	struct buf line = { 0 };

	if (pg->overview.ntables == 0 || pg->overview.tables[0]->nrows == 0)
		return;
	buf_adds(&line, rlabel(doc->lang, "section.overview"));
	buf_adds(&line, ", ");
	if (pg->previous[0])
		buf_printf(&line, rlabel(doc->lang, "overview.against"), pg->previous);
	else
		buf_adds(&line, rlabel(doc->lang, "overview.no_previous"));
	put_clean(b, line.data);
	end_line(b);
	text_grid(doc, pg->overview.tables[0], b);
	buf_free(&line);
}

static void
text_head(const struct rdoc *doc, struct output *out)
{
	char today[DATE_LEN + 1];

	date_format(doc->opt->today, today);
	buf_printf(&out->buf, "%s, %s %s\n\n", rlabel(doc->lang, "title"),
	    rlabel(doc->lang, "as_of"), today);
	if (doc->npages == 0)
		buf_printf(&out->buf, "%s\n", rlabel(doc->lang, "no_records"));
}

static void
text_page(const struct rdoc *doc, const struct rpage *pg, struct output *out)
{
	struct buf *b = &out->buf, head = { 0 };
	size_t i;
	int s;

	report_page_heading(doc, pg, &head);
	put_clean(b, head.data);
	buf_addc(b, '\n');
	for (i = width(head.data); i > 0; i--)
		buf_addc(b, '=');
	buf_adds(b, "\n\n");
	text_overview(doc, pg, b);
	for (s = 0; s < NSECTIONS; s++) {
		text_section(doc, &pg->sec[s], s + 1, b);
		out_maybe_flush(out);
	}
	buf_free(&head);
}

static void
text_tail(const struct rdoc *doc, struct output *out)
{
	(void)doc;
	(void)out;
}

const struct report_renderer report_text = { text_head, text_page, text_tail };
