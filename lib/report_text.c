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

static void
text_grid(const struct rdoc *doc, const struct rtable *t, struct buf *b)
{
	size_t w[16] = { 0 }, n;
	int r, c, ncols = t->ncols < 15 ? t->ncols : 15, right[15];

	w[0] = width(report_col_label(doc, t, -1));
	for (c = 0; c < ncols; c++) {
		w[c + 1] = width(report_col_label(doc, t, c));
		right[c] = report_col_right(t, c);	/* once: it looks at every row */
	}
	for (r = 0; r < t->nrows; r++) {
		if ((n = width(rrow_display(&t->rows[r], doc->lang))) > w[0])
			w[0] = n;
		for (c = 0; c < ncols; c++)
			if ((n = width(rcell_display(&t->rows[r].cells[c], doc->lang))) > w[c + 1])
				w[c + 1] = n;
	}
	if (t->title) {
		buf_adds(b, "  ");
		put_clean(b, rlabel(doc->lang, t->title));
		end_line(b);
	}
	buf_adds(b, "    ");
	put_padded(b, report_col_label(doc, t, -1), w[0], 0);
	for (c = 0; c < ncols; c++) {
		buf_adds(b, "  ");
		put_padded(b, report_col_label(doc, t, c), w[c + 1], right[c]);
	}
	end_line(b);
	for (r = 0; r < t->nrows; r++) {
		buf_adds(b, "    ");
		put_padded(b, rrow_display(&t->rows[r], doc->lang), w[0], 0);
		for (c = 0; c < ncols; c++) {
			buf_adds(b, "  ");
			put_padded(b, rcell_display(&t->rows[r].cells[c], doc->lang), w[c + 1],
			    right[c]);
		}
		end_line(b);
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
