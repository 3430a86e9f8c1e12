/*
 * oer-refer from record to output: the tool (its options, then the stage
 * of lib/refer_stage.h, which leaves nothing behind at its close) on any
 * input with --rejects and the example social map, the first byte choosing
 * the options (--items, output format).  Checked: no memory error,
 * undefined behaviour or leak, and no end other than exit status 0 or 1.
 */
#include "fuzz.h"

#include "../../cmd/oer-refer.c"

static void
run(unsigned opts, const char *path)
{
	char *argv[8];
	int n = 0;

	argv[n++] = "oer-refer";
	argv[n++] = "--rejects=/dev/null";
	argv[n++] = "--map=" FUZZ_TOP "/examples/sociale-kaart.csv";
	if (opts & 1)
		argv[n++] = "--items";
	if (opts & 2)
		argv[n++] = "--output-format=json";
	argv[n++] = (char *)path;
	argv[n] = NULL;
	fuzz_tool_run(oer_refer_main, argv);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char full[] =
	    "{\"case_id\":\"W-1\",\"wijk\":\"Noord\",\"age\":40,\"plan\":{\"finances\":"
	    "{\"level\":\"volunteer\",\"echelon\":0,\"review\":\"2027-01-01\"}}}\n";

	(void)argc;
	(void)argv;
	fuzz_tool_init();
	run(0, fuzz_file((const uint8_t *)full, sizeof(full) - 1));
	run(1, fuzz_file((const uint8_t *)full, sizeof(full) - 1));
	fuzz_tool_keep_names();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_tool_input(data, size, run);
}
