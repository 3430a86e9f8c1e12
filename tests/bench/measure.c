/*
 * Run one command with stdin and stdout redirected and print what it cost:
 * wall seconds, user and system CPU seconds, the peak resident set in KiB
 * (of the command or, for a shell pipeline, of its largest process) and the
 * exit status.  The benchmark's stopwatch; GNU time does the same, but is
 * not always installed.
 *
 * usage: measure IN OUT COMMAND [ARG ...]
 * prints: wall user sys maxrss_kib status
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
seconds(struct timeval tv)
{
	return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	int status, fd;
	pid_t pid;

	if (argc < 4) {
		fprintf(stderr, "usage: measure IN OUT COMMAND [ARG ...]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) < 0) {
		perror("measure: fork");
		return 71;
	}
	if (pid == 0) {
		if ((fd = open(argv[1], O_RDONLY)) < 0 || dup2(fd, 0) < 0) {
			perror(argv[1]);
			_exit(66);
		}
		close(fd);
		if ((fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0666)) < 0 || dup2(fd, 1) < 0) {
			perror(argv[2]);
			_exit(73);
		}
		close(fd);
		execvp(argv[3], argv + 3);
		perror(argv[3]);
		_exit(127);
	}
	/* wait4 reports the child together with the children it waited for. */
	while (wait4(pid, &status, 0, &ru) < 0)
		if (errno != EINTR) {
			perror("measure: wait");
			return 71;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.3f %.3f %.3f %ld %d\n",
	    (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9,
	    seconds(ru.ru_utime), seconds(ru.ru_stime), ru.ru_maxrss,
	    WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
