#!/bin/sh
# golden.sh — regenerate every golden file from real Go (`make golden`).
#
#   testdata/run/x.golden   for each testdata/run/x.go: `go build -o prog x.go`
#                           in testdata/run, then ./prog (args, stdin as the test
#                           says); exit status, stdout and normalized stderr
#   testdata/run/pkg_x/main.golden  for each package test pkg_x/ (a module with
#                           go.mod and main.go): `go build -o prog .` in it
#   testdata/cli/*.golden   the CLI cases compared byte for byte (lib.sh's
#                           cli_golden_result), produced with `go`
#
# testdata/errors needs no golden: its `// ERROR` annotations are the
# expectations, and scripts/test.sh checks them against gc too.
# A golden is rewritten only when its content changed.  Fails if `go` is not
# on PATH or if real Go cannot build one of the programs.
#
#   sh scripts/golden.sh [x.go ...]    only the named run tests (pkg_x/ for a
#                                      package test)

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"

if ! command -v go >/dev/null 2>&1; then
	echo "golden.sh: go is not on PATH; goldens come from real Go only" >&2
	exit 1
fi
lib_go_env

# --one KIND NAME: regenerate one golden (called through xargs).
if [ "$1" = --one ]; then
	w=$(mktemp -d) || exit 1
	if [ "$2" = run ]; then
		g=$(run_golden "$ROOT/testdata/run" "$3")
		program_result go "$ROOT/testdata/run" "$3" "$w" > "$w/new"
	else
		g=$ROOT/testdata/cli/$3.golden
		cli_golden_result "$3" go "$w" > "$w/new"
	fi
	st=0
	if head -n 1 "$w/new" | grep -q '^-- build failed'; then
		echo "golden.sh: real Go cannot build $2 test $3:" >&2
		cat "$w/new" >&2
		st=1
	elif ! cmp -s "$w/new" "$g"; then
		cp "$w/new" "$g" && echo "updated ${g#"$ROOT"/}"
	fi
	rm -rf "$w"
	exit $st
fi

echo "goldens from $(go version)"
{
	if [ $# -gt 0 ]; then
		for f in "$@"; do
			case $f in
			*/) f=${f%/} && echo "run ${f##*/}/" ;;
			*) echo "run ${f##*/}" ;;
			esac
		done
	else
		for f in "$ROOT"/testdata/run/*.go; do [ -f "$f" ] && echo "run ${f##*/}"; done
		for f in "$ROOT"/testdata/run/pkg_*/main.go; do
			[ -f "$f" ] && f=${f%/main.go} && echo "run ${f##*/}/"
		done
		for c in $CLI_GOLDENS; do echo "cli $c"; done
	fi
} | xargs -P "${TGO_TEST_JOBS:-2}" -n 2 sh "$ROOT/scripts/golden.sh" --one
st=$?

for g in "$ROOT"/testdata/run/*.golden; do
	[ -f "$g" ] && [ ! -f "${g%.golden}.go" ] && echo "golden.sh: stale golden ${g#"$ROOT"/} (no .go file)" >&2
done
if [ $st -ne 0 ]; then
	echo "golden.sh: FAILED" >&2
	exit 1
fi
echo "goldens are up to date"
