/*
 * oer-monitor from record to output: the tool (its options, then the
 * stage of lib/monitor_stage.h, which leaves nothing behind at its close)
 * on any input with --rejects, the first byte choosing the options
 * (--history, output format, --date).  Checked: no memory error, undefined
 * behaviour or leak, and no end other than exit status 0 or 1.
 */
#include "fuzz.h"

#include "../../cmd/oer-monitor.c"

static void
run(unsigned opts, const char *path)
{
	char *argv[8];
	int n = 0;

	argv[n++] = "oer-monitor";
	argv[n++] = "--rejects=/dev/null";
	if (opts & 1)
		argv[n++] = "--history";
	if (opts & 2)
		argv[n++] = "--output-format=json";
	if (opts & 4)
		argv[n++] = "--date=2026-12-31";
	argv[n++] = (char *)path;
	argv[n] = NULL;
	fuzz_tool_run(oer_monitor_main, argv);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char full[] =
	    "{\"case_id\":\"W-1\",\"measured\":\"2026-11-02\",\"network.load\":\"strained\","
	    "\"finances.self\":2,\"finances.together\":3,\"housing\":4,\"financien.first\":1}\n"
	    "{\"case_id\":\"W-1\",\"measured\":\"2026-11-09\",\"network.load\":\"ok\","
	    "\"finances.self\":3,\"finances.together\":3,\"housing\":4,\"financien.first\":1}\n";

	(void)argc;
	(void)argv;
	fuzz_tool_init();
	run(1, fuzz_file((const uint8_t *)full, sizeof(full) - 1));
	fuzz_tool_keep_names();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_tool_input(data, size, run);
}
