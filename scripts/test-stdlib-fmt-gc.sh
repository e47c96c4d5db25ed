#!/bin/sh
# test-stdlib-fmt-gc.sh — test tgo's fmt, io, os, bufio and
# internal/reflectlite (stdlib/) with real Go, before tgo can compile them.
#
#   sh scripts/test-stdlib-fmt-gc.sh [-v] [test ...]
#
# The tests are the programs testdata/stdlib/{fmt,io,os,bufio}_*/main.go.
# Each imports the standard packages by their usual paths and prints what
# it computes (formatted texts, errors, allocation counts).  Each is built
# and run three ways with real Go, and the outputs must be byte-identical:
#
#   ref   as written: Go's own standard library;
#   mine  the imports of fmt, io, os, bufio (and, inside them,
#         internal/reflectlite) rewritten to a copy of tgo's stdlib/
#         (tgostd/std/PKG): gc compiles tgo's sources, and reflectlite is
#         its gc variant (reflect_gc.go: package reflect under reflectlite's
#         API);
#   emu   as mine, built with -tags tgoemu: reflectlite is tgo's own code
#         (type.go, value.go, swapper.go — what tgo will run), reading
#         tgo-layout type descriptors that testdata/stdlib/reflectlite_emu.go.txt
#         builds from gc's types (it replaces runtime_tgo.go).  Tests whose
#         name contains "allocs" are not run this way (the emulation
#         allocates).
#
# Packages that tgo's stdlib has but that stay Go's own here: strconv,
# unicode/utf8, errors (and the other packages of the sibling issue: set
# TGO_STDLIB_FMT_PKGS to add them, e.g. "fmt io os bufio strconv"), and
# syscall, io/fs, internal/oserror, runtime, which declare C functions or
# must share their error values with Go's syscall.
#
# -v lists passing tests; TGO_STDLIB_KEEP=1 keeps the scratch directory.
# Without `go` on PATH the script says so and exits 0.  The last line is
# "N passed, N failed".
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
lib_go_env

VERBOSE=
if [ "$1" = -v ]; then VERBOSE=1; shift; fi

if ! command -v go >/dev/null 2>&1; then
	echo "note: go is not on PATH; the fmt/io/os/bufio oracle tests are skipped"
	echo "0 passed, 0 failed"
	exit 0
fi

PKGS="internal/reflectlite"
for p in ${TGO_STDLIB_FMT_PKGS:-fmt io os bufio}; do
	ls "$ROOT/stdlib/$p"/*.go >/dev/null 2>&1 && PKGS="$PKGS $p"
done
ALT=$(for p in $PKGS; do echo "$p"; done | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2- | sed 's#[.]#\\.#g' | paste -sd'|' -)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tgo-stdlib-fmt.XXXXXX")
if [ -n "$TGO_STDLIB_KEEP" ]; then
	echo "note: keeping $WORK"
else
	trap 'rm -rf "$WORK"' EXIT INT TERM
fi

rewrite() { # point the imports of the packages under test at tgostd/std/
	sed -i -E "s#^([[:space:]]*(import[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*[[:space:]]+)?)\"($ALT)\"#\1\"tgostd/std/\4\"#" "$@"
}

mkdir -p "$WORK/ref" "$WORK/mine/std"
printf 'module ref\n\ngo 1.26\n' > "$WORK/ref/go.mod"
printf 'module tgostd\n\ngo 1.26\n' > "$WORK/mine/go.mod"
for p in $PKGS; do
	mkdir -p "$WORK/mine/std/$p"
	for f in "$ROOT/stdlib/$p"/*.go; do
		case $f in *_test.go) continue ;; esac
		cp "$f" "$WORK/mine/std/$p/"
	done
done
cp "$ROOT/testdata/stdlib/reflectlite_emu.go.txt" "$WORK/mine/std/internal/reflectlite/reflectlite_emu.go"
rewrite $(find "$WORK/mine/std" -name '*.go')

if [ $# -eq 0 ]; then
	set -- $(cd "$ROOT/testdata/stdlib" && ls -d fmt_*/ io_*/ os_*/ bufio_*/ 2>/dev/null | tr -d /)
fi

# run NAME BINARY: its output and exit status in $WORK/NAME.out
run() {
	(cd "$WORK" && "$2" > "$WORK/$1.out" 2>&1; echo "exit $?" >> "$WORK/$1.out")
}

pass=0
fail=0
for t in "$@"; do
	src=$ROOT/testdata/stdlib/$t/main.go
	if [ ! -f "$src" ]; then
		echo "FAIL $t: no $src"
		fail=$((fail + 1))
		continue
	fi
	mkdir -p "$WORK/ref/$t" "$WORK/mine/cmd/$t"
	cp "$src" "$WORK/ref/$t/main.go"
	cp "$src" "$WORK/mine/cmd/$t/main.go"
	rewrite "$WORK/mine/cmd/$t/main.go"
	modes="mine emu"
	case $t in *allocs*) modes=mine ;; esac
	ok=1
	if ! (cd "$WORK/ref" && go build -o "$WORK/$t.ref" "./$t") > "$WORK/$t.err" 2>&1; then
		ok=
	fi
	for m in $modes; do
		tags=
		[ $m = emu ] && tags="-tags tgoemu"
		(cd "$WORK/mine" && go build $tags -o "$WORK/$t.$m" "./cmd/$t") >> "$WORK/$t.err" 2>&1 || ok=
	done
	if [ -z "$ok" ]; then
		echo "FAIL $t: build"
		sed 's/^/    /' "$WORK/$t.err" | head -40
		fail=$((fail + 1))
		continue
	fi
	run "$t.ref" "$WORK/$t.ref"
	for m in $modes; do
		# the emulation's unsynchronised stores are safe only without a
		# concurrent collector
		if [ $m = emu ]; then
			GOGC=off run "$t.$m" "$WORK/$t.$m"
		else
			run "$t.$m" "$WORK/$t.$m"
		fi
		if cmp -s "$WORK/$t.ref.out" "$WORK/$t.$m.out"; then
			pass=$((pass + 1))
			[ -n "$VERBOSE" ] && echo "ok   $t ($m, $(wc -l < "$WORK/$t.ref.out") lines)"
		else
			echo "FAIL $t ($m): output differs from Go's (--- Go, +++ tgo's stdlib)"
			diff "$WORK/$t.ref.out" "$WORK/$t.$m.out" | head -30 | sed 's/^/    /'
			fail=$((fail + 1))
		fi
	done
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
