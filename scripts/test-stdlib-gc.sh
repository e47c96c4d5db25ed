#!/bin/sh
# test-stdlib-gc.sh — test tgo's Go standard packages (stdlib/) with real Go.
#
#   sh scripts/test-stdlib-gc.sh [-v] [test ...]     (default: every test)
#
# -v lists the tests that pass; TGO_STDLIB_KEEP=1 keeps the scratch directory
# with both binaries (most tests print every case when run with -v).
#
# Each test is a program testdata/stdlib/NAME/main.go that imports the
# standard packages by their usual paths and prints results (values as bits,
# errors, allocation counts), most of them as one hash per group of results.  It is built twice with real Go:
#
#   ref   as written: it uses Go's own standard library;
#   mine  with the imports of tgo's packages rewritten to a copy of stdlib/
#         (import path tgostd/std/PKG), so gc compiles tgo's Go sources.
#
# Both are run and their outputs must be byte-identical; a difference prints
# the first lines of the diff.  Files of stdlib/ with a `//go:build tgo`
# line (declarations of C functions) are left out by gc itself; their `!tgo`
# twins provide Go bodies.  Without `go` on PATH the script says so and
# exits 0.  The last line is "N passed, N failed".
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
lib_go_env

VERBOSE=
if [ "$1" = -v ]; then VERBOSE=1; shift; fi

if ! command -v go >/dev/null 2>&1; then
	echo "note: go is not on PATH; the stdlib oracle tests are skipped"
	echo "0 passed, 0 failed"
	exit 0
fi

# The packages of stdlib/ that the tests exercise (those that gc can build:
# pure Go, or with !tgo twins for their C declarations); add to the list, or
# set TGO_STDLIB_PKGS.
PKGS=
for p in ${TGO_STDLIB_PKGS:-unicode/utf8 unicode strconv strings bytes errors sort math math/bits internal/reflectlite internal/bytealg internal/strconv internal/stringslite internal/abi}; do
	ls "$ROOT/stdlib/$p"/*.go >/dev/null 2>&1 && PKGS="$PKGS $p"
done
# sed alternation of their import paths, longest first so "math/bits" is not
# taken for "math".
ALT=$(for p in $PKGS; do echo "$p"; done | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2- | sed 's#[.]#\\.#g' | paste -sd'|' -)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tgo-stdlib.XXXXXX")
if [ -n "$TGO_STDLIB_KEEP" ]; then
	echo "note: keeping $WORK (the two binaries of test T are T.ref and T.mine)"
else
	trap 'rm -rf "$WORK"' EXIT INT TERM
fi

rewrite() { # rewrite FILE...: point imports of stdlib/ packages at tgostd/std/
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
rewrite $(find "$WORK/mine/std" -name '*.go')

# By default every test, except those of fmt, io, os and bufio, which
# scripts/test-stdlib-fmt-gc.sh runs (with Go's own strconv and errors).
if [ $# -eq 0 ]; then
	set -- $(cd "$ROOT/testdata/stdlib" && ls -d */ | tr -d / | grep -v -E '^(fmt|io|os|bufio)_')
fi

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
	if ! (cd "$WORK/ref" && go build -o "$WORK/$t.ref" "./$t") > "$WORK/$t.err" 2>&1 ||
		! (cd "$WORK/mine" && go build -o "$WORK/$t.mine" "./cmd/$t") >> "$WORK/$t.err" 2>&1; then
		echo "FAIL $t: build"
		sed 's/^/    /' "$WORK/$t.err" | head -40
		fail=$((fail + 1))
		continue
	fi
	"$WORK/$t.ref" > "$WORK/$t.ref.out" 2>&1
	echo "exit $?" >> "$WORK/$t.ref.out"
	"$WORK/$t.mine" > "$WORK/$t.mine.out" 2>&1
	echo "exit $?" >> "$WORK/$t.mine.out"
	if cmp -s "$WORK/$t.ref.out" "$WORK/$t.mine.out"; then
		pass=$((pass + 1))
		[ -n "$VERBOSE" ] && echo "ok   $t ($(wc -l < "$WORK/$t.ref.out") lines)"
	else
		echo "FAIL $t: output differs from Go's (--- Go, +++ tgo's stdlib)"
		diff "$WORK/$t.ref.out" "$WORK/$t.mine.out" | head -30 | sed 's/^/    /'
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
