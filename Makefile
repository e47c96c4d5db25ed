# tgo — build, test, demo, benchmarks.
#
#   make               build bin/tgo, the runtime (lib/libtgort.a) and the test tools
#   make test          the whole test suite; ends with "N passed, N failed"
#   make demo          build, then compile and run the programs in examples/
#   make golden        regenerate every golden file from real Go (needs `go`): golden.sh,
#                      golden-gotest.sh (testdata/gotest), golden-allocs.sh (testdata/allocs)
#   make conformance   run the suitable files of $(go env GOROOT)/test in place (a report)
#   make test-gcstress the run corpus with the collector running at every allocation
#   make bench         benchmarks against gc, as ratios measured in the same run
#
# Only gcc (as the C compiler) and binutils are needed to build; bin/tgo itself
# needs GNU as, GNU ld and libc at run time.

CC      ?= gcc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -Wall -Wextra -D_GNU_SOURCE
RTFLAGS  = -O2 -g -std=c11 -Wall -Wextra -D_GNU_SOURCE -fno-omit-frame-pointer \
           -fno-stack-protector -fno-strict-aliasing

COMPILER_SRCS := $(wildcard compiler/*.c)
COMPILER_HDRS := $(wildcard compiler/*.h)
RUNTIME_SRCS  := $(wildcard runtime/*.c)
RUNTIME_ASM   := $(wildcard runtime/*.S)
RUNTIME_HDRS  := $(wildcard runtime/*.h)
RUNTIME_TESTS := $(wildcard runtime/tests/*_test.c)
COMPILER_TESTS := $(wildcard compiler/tests/*_test.c)

COMPILER_OBJS := $(COMPILER_SRCS:compiler/%.c=build/compiler/%.o)
RUNTIME_OBJS  := $(RUNTIME_SRCS:runtime/%.c=build/runtime/%.o) $(RUNTIME_ASM:runtime/%.S=build/runtime/%.o)

all: bin/tgo lib/libtgort.a lib/ldflags bin/errorcheck unit-test-bins

bin/tgo: $(COMPILER_OBJS)
	@mkdir -p bin
	$(CC) $(CFLAGS) -o $@ $(COMPILER_OBJS) -lm

build/compiler/%.o: compiler/%.c $(COMPILER_HDRS)
	@mkdir -p build/compiler
	$(CC) $(CFLAGS) -c -o $@ $<

lib/libtgort.a: $(RUNTIME_OBJS)
	@mkdir -p lib
	rm -f $@
	ar rcs $@ $(RUNTIME_OBJS)

build/runtime/%.o: runtime/%.c $(RUNTIME_HDRS)
	@mkdir -p build/runtime
	$(CC) $(RTFLAGS) -c -o $@ $<

build/runtime/%.o: runtime/%.S $(RUNTIME_HDRS)
	@mkdir -p build/runtime
	$(CC) -c -o $@ $<

# How bin/tgo links: the C start files and libc of this machine, found once
# here so that tgo needs only ld at run time.
lib/ldflags: Makefile
	@mkdir -p lib
	sh scripts/ldflags.sh "$(CC)" > $@

bin/errorcheck: tools/errorcheck.c
	@mkdir -p bin
	$(CC) $(CFLAGS) -o $@ $<

# Unit tests in C: compiler/tests/*_test.c link against the compiler's objects
# (minus main.o), runtime/tests/*_test.c against the runtime library.
UNIT_BINS := $(RUNTIME_TESTS:runtime/tests/%.c=build/tests/rt_%) \
             $(COMPILER_TESTS:compiler/tests/%.c=build/tests/c_%)
unit-test-bins: $(UNIT_BINS)

build/tests/rt_%: runtime/tests/%.c lib/libtgort.a $(RUNTIME_HDRS)
	@mkdir -p build/tests
	$(CC) $(RTFLAGS) -Iruntime -o $@ $< lib/libtgort.a -lm

# (the command objects, main.o and what it calls back, are left out)
CMD_OBJS := build/compiler/main.o build/compiler/testcmd.o build/compiler/comparecmd.o
build/tests/c_%: compiler/tests/%.c $(filter-out $(CMD_OBJS),$(COMPILER_OBJS)) $(COMPILER_HDRS)
	@mkdir -p build/tests
	$(CC) $(CFLAGS) -Icompiler -o $@ $< $(filter-out $(CMD_OBJS),$(COMPILER_OBJS)) -lm

test: all
	sh scripts/test.sh

test-gcstress: all
	TGO_GCSTRESS=1 sh scripts/test.sh run

golden: all
	sh scripts/golden.sh
	sh scripts/golden-gotest.sh
	sh scripts/golden-allocs.sh

conformance: all
	sh scripts/conformance.sh

demo: all
	sh scripts/demo.sh

bench: all
	sh scripts/bench.sh

clean:
	rm -rf bin lib build

.PHONY: all test test-gcstress golden conformance demo bench clean unit-test-bins
