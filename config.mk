# OER toolkit build settings; override on the command line (make PREFIX=/usr).
VERSION = 0.1.0

PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANPREFIX = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share/oer

CC = cc
OPT = -O2
CFLAGS = -std=c11 $(OPT) -g -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CPPFLAGS = -D_GNU_SOURCE
LDFLAGS =
LDLIBS = -lcsv -ljson-c -lsodium -lutf8proc -pthread
# oer-report writes xlsx workbooks (oer, which holds it, and its fuzz target).
XLSXLIBS = -lxlsxwriter

# The sanitizer build of the whole suite (make check runs both).
SANFLAGS = -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
