/*
 * The privacy scanner (lib/privacy.c, on the matching view of
 * lib/unicode.c) on any text: privacy_redact, the BSN and IBAN checks and
 * the identifying-column test.  Checked: no memory error or undefined
 * behaviour; without a replacement the text comes out byte for byte;
 * redaction keeps valid UTF-8 valid (it replaces whole code points); and it
 * leaves nothing to redact behind: scanning its output again finds nothing
 * (privacy_redact scans until a pass finds nothing).
 */
#include "fuzz.h"
#include "privacy.h"
#include "text.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct buf out = { 0 }, again = { 0 };
	int n, more;

	n = privacy_redact(s, size, &out);
	FUZZ_CHECK(n >= 0 && out.data != NULL, "%d replacements", n);
	FUZZ_CHECK(n > 0 || (out.len == size && memcmp(out.data, s, size) == 0),
	    "the text changed without a replacement");
	if (utf8_invalid(s, size) < 0)
		FUZZ_CHECK(utf8_invalid(out.data, out.len) < 0, "redaction broke the UTF-8 of '%s'", out.data);
	more = privacy_redact(out.data, out.len, &again);
	FUZZ_CHECK(more == 0, "after redaction of '%.*s' still %d to redact in '%s'",
	    (int)size, s, more, out.data);
	(void)is_bsn(s, size);
	(void)is_iban(s, size);
	(void)pii_column(s, size);
	buf_free(&out);
	buf_free(&again);
	return 0;
}
