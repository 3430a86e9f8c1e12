/*
 * The JSON Lines ceiling of the benchmark: json-c parses each line of stdin
 * into an object (with the toolkit's depth limit and UTF-8 check) and
 * serialises it back, plain, through a 64 KiB buffer.  No flattening, no
 * records: what any stage that reads and writes JSON with json-c pays at
 * least.
 *
 * usage: ceiling-json < in.jsonl > out.jsonl
 */
#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BUFSIZE (64 * 1024)

static char *out;
static size_t outlen, outcap;

static void
flush(void)
{
	size_t done = 0;

	while (done < outlen) {
		ssize_t n = write(1, out + done, outlen - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			perror("ceiling-json: write");
			exit(74);
		}
		done += (size_t)n;
	}
	outlen = 0;
}

static void
put(const char *s, size_t n)
{
	if (outlen + n > outcap) {
		flush();
		if (n > outcap) {
			outcap = n;
			if ((out = realloc(out, outcap)) == NULL)
				exit(70);
		}
	}
	memcpy(out + outlen, s, n);
	outlen += n;
}

int
main(void)
{
	json_tokener *tok = json_tokener_new_ex(64);
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long lineno = 0;

	outcap = 2 * BUFSIZE;
	if (tok == NULL || (out = malloc(outcap)) == NULL)
		return 70;
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	while ((n = getline(&line, &cap, stdin)) > 0) {
		json_object *obj;
		const char *s;
		size_t len;

		lineno++;
		json_tokener_reset(tok);
		obj = json_tokener_parse_ex(tok, line, (int)n);
		if (obj == NULL) {
			fprintf(stderr, "ceiling-json: line %ld: %s\n", lineno,
			    json_tokener_error_desc(json_tokener_get_error(tok)));
			return 65;
		}
		s = json_object_to_json_string_length(obj,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, &len);
		put(s, len);
		put("\n", 1);
		if (outlen >= BUFSIZE)
			flush();
		json_object_put(obj);
	}
	flush();
	free(line);
	free(out);
	json_tokener_free(tok);
	return 0;
}
