/*
 * The five tools, each a stage (lib/stage.h) in a file of its own here:
 * usage, options, the loop over records, the exit status.  One program,
 * oer (cmd/oer.c), runs them: as oer-X (a link to oer), as `oer X`, or
 * chained with `then`.
 */
#ifndef OER_TOOLS_H
#define OER_TOOLS_H

int oer_intake_main(int argc, char **argv);
int oer_monitor_main(int argc, char **argv);
int oer_plan_main(int argc, char **argv);
int oer_refer_main(int argc, char **argv);
int oer_report_main(int argc, char **argv);

#endif
