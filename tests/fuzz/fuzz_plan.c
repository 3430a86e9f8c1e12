/*
 * oer-plan from record to output: the tool (its options, then the stage of
 * lib/plan_stage.h, which leaves nothing behind at its close) on any input
 * with --rejects, the first byte choosing the options (output format,
 * --date, the example --rules file).  Checked: no memory error, undefined
 * behaviour or leak, and no end other than exit status 0 or 1.
 */
#include "fuzz.h"

#include "../../cmd/oer-plan.c"

static void
run(unsigned opts, const char *path)
{
	char *argv[8];
	int n = 0;

	argv[n++] = "oer-plan";
	argv[n++] = "--rejects=/dev/null";
	if (opts & 1)
		argv[n++] = "--output-format=json";
	if (opts & 2)
		argv[n++] = "--date=2026-12-31";
	if (opts & 4)
		argv[n++] = "--rules=" FUZZ_TOP "/examples/plan-rules.txt";
	argv[n++] = (char *)path;
	argv[n] = NULL;
	fuzz_tool_run(oer_plan_main, argv);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char full[] =
	    "{\"case_id\":\"W-1\",\"received\":\"2026-11-02\",\"intake\":{\"route\":\"halfline\"},"
	    "\"network.load\":\"ok\",\"monitor\":{\"complex\":true},"
	    "\"finances\":{\"self\":2,\"together\":2,\"need\":\"support\",\"current\":\"network\",\"trend\":\"down\"}}\n";

	(void)argc;
	(void)argv;
	fuzz_tool_init();
	run(4, fuzz_file((const uint8_t *)full, sizeof(full) - 1));
	fuzz_tool_keep_names();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_tool_input(data, size, run);
}
