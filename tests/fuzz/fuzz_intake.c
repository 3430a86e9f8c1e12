/*
 * oer-intake from record to output: the tool (its options, then the stage
 * of lib/intake_stage.h, which leaves nothing behind at its close) on any
 * input (CSV or JSON Lines) with --rejects, the first byte choosing the options (output format,
 * --pii, --scan, --pseudonymise, --excel).  Checked: no memory error,
 * undefined behaviour or leak, and no end other than exit status 0 or 1.
 */
#include "fuzz.h"

#include "../../cmd/oer-intake.c"

static char key_path[] = "/tmp/oer-fuzz-key.XXXXXX";

static void
run(unsigned opts, const char *path)
{
	char *argv[12], key_opt[64];
	int n = 0;

	argv[n++] = "oer-intake";
	argv[n++] = "--rejects=/dev/null";
	if (opts & 1)
		argv[n++] = "--output-format=json";
	if (opts & 2)
		argv[n++] = opts & 4 ? "--pii=off" : "--pii=reject";
	if (opts & 8)
		argv[n++] = "--scan=note";
	if (opts & 16) {
		snprintf(key_opt, sizeof(key_opt), "--pseudonymise=%s", key_path);
		argv[n++] = key_opt;
	}
	if (opts & 32)
		argv[n++] = "--excel";
	argv[n++] = (char *)path;
	argv[n] = NULL;
	fuzz_tool_run(oer_intake_main, argv);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char full[] =
	    "{\"case_id\":\"W-1\",\"received\":\"2026-11-02\",\"wijk\":\"Noord\",\"source\":\"gp\","
	    "\"consent\":\"ja\",\"age\":40,\"age_band\":\"40-49\",\"household\":\"alone\","
	    "\"question\":\"schulden en huur, bel 06-12345678\",\"topics\":[\"finances\"],"
	    "\"safety\":false,\"crisis\":false,\"route_override\":\"\",\"note\":\"x\",\"naam\":\"A\"}\n";
	int fd = mkstemp(key_path);

	(void)argc;
	(void)argv;
	if (fd < 0 || write(fd, "0123456789abcdef0123456789abcdef", 32) != 32 || close(fd) < 0) {
		perror("fuzz: key file");
		abort();
	}
	fuzz_tool_init();
	run(16 | 8, fuzz_file((const uint8_t *)full, sizeof(full) - 1));
	fuzz_tool_keep_names();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_tool_input(data, size, run);
}
