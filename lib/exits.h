/* Exit statuses of every OER tool (SPEC 3); the sysexits.h numbers. */
#ifndef OER_EXITS_H
#define OER_EXITS_H

enum exit_status {
	EXIT_OK = 0,		/* every record written */
	EXIT_REJECTS = 1,	/* --rejects: some records went to the rejects file */
	EXIT_USAGE = 2,		/* bad option, option argument or auxiliary file */
	EXIT_DATA = 65,		/* EX_DATAERR: a bad record, run stopped */
	EXIT_NOINPUT = 66,	/* EX_NOINPUT: an input could not be opened */
	EXIT_IO = 74		/* EX_IOERR: read or write failed, out of memory */
};

#endif
