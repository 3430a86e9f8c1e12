/*
 * oer-report from record to output: the tool (its options, then
 * lib/report/report_stage.h) on any input with
 * --rejects, the first byte choosing the options (format, period, --by
 * wijk, language, --suppress).  Checked: no memory error, undefined
 * behaviour or leak, and no end other than exit status 0 or 1.
 */
#include "fuzz.h"

#include "../../cmd/oer-report.c"

static void
run(unsigned opts, const char *path)
{
	static char *const formats[] = {
		"--format=text", "--format=csv", "--format=json", "--format=md", "--format=html",
		"--format=text", "--format=csv", "--format=html",
	}, *const periods[] = {
		"--period=week", "--period=month", "--period=quarter", "--period=all",
	};
	char *argv[12];
	int n = 0;

	argv[n++] = "oer-report";
	argv[n++] = "--rejects=/dev/null";
	argv[n++] = formats[opts & 7];
	argv[n++] = periods[(opts >> 3) & 3];
	if (opts & 32)
		argv[n++] = "--by=wijk";
	argv[n++] = opts & 64 ? "--lang=nl" : "--lang=en";
	if (opts & 128)
		argv[n++] = "--suppress=3";
	argv[n++] = (char *)path;
	argv[n] = NULL;
	fuzz_tool_run(oer_report_main, argv);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char full[] =
	    "{\"case_id\":\"W-1\",\"received\":\"2026-11-02\",\"wijk\":\"Noord\",\"source\":\"gp\","
	    "\"intake\":{\"route\":\"halfline\",\"priority\":3},\"plan\":{\"date\":\"2026-11-09\","
	    "\"consult\":true,\"finances\":{\"level\":\"volunteer\",\"action\":\"new\"}},"
	    "\"finances\":{\"self\":2,\"together\":3,\"need\":\"support\"},"
	    "\"refer\":{\"finances\":{\"status\":\"waitlist\"}}}\n";

	(void)argc;
	(void)argv;
	fuzz_tool_init();
	run(32 | 1, fuzz_file((const uint8_t *)full, sizeof(full) - 1));
	fuzz_tool_keep_names();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_tool_input(data, size, run);
}
