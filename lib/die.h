/* Diagnostics: one family for every tool, prefixed with the tool's name. */
#ifndef OER_DIE_H
#define OER_DIE_H

#include <stdarg.h>
#include <stdnoreturn.h>

extern _Thread_local const char *progname;	/* per stage of a chain (stage.h) */

void setprogname(char **argv);	/* from argv[0], which becomes the bare name */

/* Print "prog: message" to stderr; a format ending in ':' gets ": strerror(errno)". */
void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void vwarn(const char *fmt, va_list ap);
noreturn void die(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
