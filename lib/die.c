#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "stage.h"

_Thread_local const char *progname = "oer";

void
setprogname(char **argv)
{
	const char *slash;

	if (argv[0] == NULL)	/* started with no arguments at all (argc 0) */
		return;
	slash = strrchr(argv[0], '/');
	progname = slash ? slash + 1 : argv[0];
	argv[0] = (char *)progname;	/* getopt's messages name the tool, not its path */
}

void
vwarn(const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);

	flockfile(stderr);	/* one line, whole, among the stages of a chain */
	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
	funlockfile(stderr);
}

void
warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void
die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	stage_exit(status);
}
