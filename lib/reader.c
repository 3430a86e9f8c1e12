#include <string.h>

#include "reader.h"

enum format
reader_detect(struct input *in)
{
	const char *p;
	size_t n = input_peek(in, &p), i;

	for (i = 0; i < n; i++) {
		if (p[i] == '{')
			return FMT_JSON;
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
			break;
	}
	return FMT_CSV;
}

int
reader_open(struct reader *rd, struct input *in, enum format fmt, int delim)
{
	memset(rd, 0, sizeof(*rd));
	rd->fmt = fmt != FMT_AUTO ? fmt : reader_detect(in);
	if (rd->fmt == FMT_JSON) {
		jsonin_open(&rd->json, in);
		return 0;
	}
	return csvin_open(&rd->csv, in, delim);
}

int
reader_next(struct reader *rd, struct record *rec)
{
	return rd->fmt == FMT_JSON ? jsonin_next(&rd->json, rec) : csvin_next(&rd->csv, rec);
}

const char *
reader_fatal(const struct reader *rd, long *line)
{
	const struct buf *msg = rd->fmt == FMT_JSON ? &rd->json.fatal : &rd->csv.fatal;

	*line = rd->fmt == FMT_JSON ? rd->json.fatal_line : rd->csv.fatal_line;
	return msg->data ? msg->data : "cannot read the input";
}

const int *
reader_header(const struct reader *rd, int *n)
{
	*n = rd->fmt == FMT_CSV ? rd->csv.ncols : 0;
	return *n > 0 ? rd->csv.cols : NULL;
}

void
reader_close(struct reader *rd)
{
	if (rd->fmt == FMT_JSON)
		jsonin_close(&rd->json);
	else
		csvin_close(&rd->csv);
	memset(rd, 0, sizeof(*rd));
}
