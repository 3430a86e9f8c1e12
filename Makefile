# OER toolkit.  GNU make.  `make` builds, `make check` tests (normal and
# ASan+UBSan builds), `make demo` runs the pipeline on the example export,
# `make fuzz` runs the fuzz targets (clang, libFuzzer) FUZZ_SECONDS each.
include config.mk

B = build
LIBSRC = $(wildcard lib/*.c)
LIBHDR = $(wildcard lib/*.h)
LIBOBJ = $(LIBSRC:lib/%.c=$(B)/lib/%.o)
# The report's units (oer-report) have a folder and an archive of their own.
REPSRC = $(wildcard lib/report/*.c)
REPHDR = $(wildcard lib/report/*.h)
REPOBJ = $(REPSRC:lib/report/%.c=$(B)/lib/report/%.o)
INCLUDES = -iquote lib -iquote lib/report
# The tools are the stages of one program, oer; oer-intake and the others
# are links to it (cmd/oer.c dispatches on the name).
TOOLS = $(patsubst cmd/%.c,%,$(wildcard cmd/oer-*.c))
CMDOBJ = $(patsubst cmd/%.c,$(B)/cmd/%.o,$(wildcard cmd/*.c))
BINS = $(B)/bin/oer $(TOOLS:%=$(B)/bin/%)
UNITSRC = $(wildcard tests/unit/test_*.c)
UNITS = $(UNITSRC:tests/unit/%.c=$(B)/unit/%)
SCRIPTS = scripts/oer-pipeline scripts/oer-weekly scripts/oer-parallel scripts/oer-slurm
# What the scripts share, sourced from beside them (installed with them).
SHLIB = scripts/oer-lib.sh
MANS = $(wildcard man/*.1 man/*.7)
# The pages with the version of config.mk in place of @VERSION@.
MANOUT = $(MANS:man/%=$(B)/man/%)
# The one version (config.mk), for --version.
DEFS = -DOER_VERSION='"$(VERSION)"'

GEN = $(if $(wildcard tests/gen/oer-gen.c),$(B)/tools/oer-gen)

all: $(BINS) $(GEN) $(MANOUT)

$(B)/lib/%.o: lib/%.c $(LIBHDR) config.mk
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(DEFS) $(CFLAGS) -c -o $@ $<

$(B)/man/%: man/% config.mk
	@mkdir -p $(@D)
	sed 's/@VERSION@/$(VERSION)/g' $< >$@

$(B)/lib/report/%.o: lib/report/%.c $(LIBHDR) $(REPHDR) config.mk
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(DEFS) $(INCLUDES) $(CFLAGS) -c -o $@ $<

$(B)/liboer.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(B)/libreport.a: $(REPOBJ)
	rm -f $@
	ar rcs $@ $(REPOBJ)

# What a program links: the report's archive first, for it uses the record layer.
LIBS = $(B)/libreport.a $(B)/liboer.a

$(B)/cmd/%.o: cmd/%.c cmd/tools.h $(LIBHDR) $(REPHDR) config.mk
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(DEFS) $(INCLUDES) $(CFLAGS) -c -o $@ $<

$(B)/bin/oer: $(CMDOBJ) $(LIBS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CMDOBJ) $(LIBS) $(LDLIBS) $(XLSXLIBS)

$(B)/bin/oer-%: $(B)/bin/oer
	ln -f $< $@

# oer-report's fuzz target, which includes it, needs libxlsxwriter too.
$(B)/fuzz/fuzz_report: LDLIBS += $(XLSXLIBS)

$(B)/unit/%: tests/unit/%.c tests/unit/unit.h $(LIBS) $(LIBHDR) $(REPHDR)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(INCLUDES) $(LDFLAGS) -o $@ $< $(LIBS) $(LDLIBS)

$(B)/tools/oer-gen: tests/gen/oer-gen.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $<

units: $(UNITS)

# The sanitizer build lives in build/san (or SANB) with its own objects.
SANB = build/san
san:
	@$(MAKE) --no-print-directory B=$(SANB) OPT= CFLAGS='$(CFLAGS) $(SANFLAGS)' \
	    LDFLAGS='$(LDFLAGS) -fsanitize=address,undefined' all units

# Fuzzing (clang, libFuzzer): the targets in tests/fuzz, built with their
# own library in FUZZB; `make fuzz` runs each for FUZZ_SECONDS.
FUZZB = build/fuzz
FUZZ_SECONDS = 20
FUZZCC = clang
FUZZFLAGS = -O1 -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=all
FUZZERS = $(patsubst tests/fuzz/%.c,$(B)/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))

$(B)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(LIBS) $(LIBHDR) $(REPHDR) $(wildcard cmd/*.c)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(INCLUDES) -DFUZZ_TOP='"$(CURDIR)"' -fsanitize=fuzzer \
	    $(LDFLAGS) -Wl,--wrap=exit -o $@ $< $(LIBS) $(LDLIBS)

fuzzers: $(FUZZERS)

fuzz-build:
	@$(MAKE) --no-print-directory B=$(FUZZB) CC=$(FUZZCC) OPT= \
	    CFLAGS='$(CFLAGS) $(FUZZFLAGS)' fuzzers

fuzz: fuzz-build
	tests/fuzz/run $(FUZZB) $(FUZZ_SECONDS)

# make bench: the benchmark of tests/bench (not part of check), on CASES
# synthetic cases, RUNS runs each, then oer-report on 10, 100,000 and
# 1,000,000 distinct groups (FORMATS=none: only those; GROUP_NAMES and the
# rest in tests/bench/bench.sh); the data goes to $(B)/bench/data.
CASES = 1000000
RUNS = 3
BENCHBINS = $(patsubst tests/bench/%.c,$(B)/bench/%,$(wildcard tests/bench/*.c))

$(B)/bench/%: tests/bench/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LDLIBS)

bench: all $(BENCHBINS)
	tests/bench/bench.sh $(B) $(CASES) $(RUNS)
.PHONY: bench

deps:
	@scripts/deps.sh

# Both builds at once on every core; the sanitizer build runs the unit tests
# and the tools' cases (tests/run says which).
NPROC = $(shell nproc 2>/dev/null || echo 2)
check: deps
	@$(MAKE) --no-print-directory -j$(NPROC) all units san
	tests/run $(B) --tools-only $(SANB)

demo: deps all
	@scripts/demo.sh $(B)/bin

install: all
	@$(MAKE) --no-print-directory install-files

# Copies what is built, builds nothing (the install test runs it on a build).
install-files:
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man7
	cp -f $(B)/bin/oer $(DESTDIR)$(BINDIR)/
	for t in $(TOOLS); do ln -f $(DESTDIR)$(BINDIR)/oer $(DESTDIR)$(BINDIR)/$$t; done
	for s in $(SCRIPTS); do [ ! -f $$s ] || cp -f $$s $(DESTDIR)$(BINDIR)/; done
	cp -f $(SHLIB) $(DESTDIR)$(BINDIR)/ && chmod 644 $(DESTDIR)$(BINDIR)/$(notdir $(SHLIB))
	for m in $(B)/man/*.1; do [ ! -f $$m ] || cp -f $$m $(DESTDIR)$(MANPREFIX)/man1/; done
	for m in $(B)/man/*.7; do [ ! -f $$m ] || cp -f $$m $(DESTDIR)$(MANPREFIX)/man7/; done
	mkdir -p $(DESTDIR)$(DATADIR)/examples
	cp -f examples/* $(DESTDIR)$(DATADIR)/examples/

uninstall:
	for t in oer $(TOOLS) $(notdir $(SCRIPTS) $(SHLIB)); do rm -f $(DESTDIR)$(BINDIR)/$$t; done
	for m in $(notdir $(MANS)); do rm -f $(DESTDIR)$(MANPREFIX)/man1/$$m $(DESTDIR)$(MANPREFIX)/man7/$$m; done
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build demo

.PHONY: all units san deps check demo install install-files uninstall clean
.SECONDARY:
