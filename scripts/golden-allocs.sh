#!/bin/sh
# golden-allocs.sh — regenerate the allocation goldens of testdata/allocs
# from real Go: for each benchmark directory DIR, in a copy of it with a
# go.mod, with GOMAXPROCS=1,
#
#   go test -run '^$' -bench . -benchmem -benchtime=100x -gcflags=-l
#       -> DIR/gc.golden
#   go test -run '^$' -bench . -benchmem -benchtime=100x -gcflags='-l -d=variablemakehash=n'
#       -> DIR/gc-variablemakehash-n.golden
#   go test -run '^$' -bench . -benchmem -benchtime=100x -gcflags=
#       -> DIR/gc-inline.golden   (gc's default build: inlining on)
#   go test -run '^$' -gcflags=-m
#       -> DIR/gc-m.golden        (the -m lines of the package under test)
#
# Each golden holds, after a comment header, one line per benchmark:
# "BenchmarkX<TAB>N B/op<TAB>N allocs/op", sorted by name (ns/op is never
# compared).  A golden is rewritten only when its content changed.  Fails
# if `go` is not on PATH, or if go test fails (a benchmark that fails under
# gc is a mistake in the benchmark).
#
# The same for examples/bench (the benchmarks `make demo` compares).
#
#   sh scripts/golden-allocs.sh [DIR ...]      only the named directories
#                                              (examples/bench for that one)

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
. "$ROOT/scripts/lib-gotest.sh"

if ! command -v go >/dev/null 2>&1; then
	echo "golden-allocs.sh: go is not on PATH; goldens come from real Go only" >&2
	exit 1
fi
lib_go_env
echo "goldens from $(go version)"

dirs=$*
[ -n "$dirs" ] || dirs=$(allocs_dirs)
st=0
for d in $dirs; do
	d=${d%/}
	case $d in
	examples/*) ;;
	*) d=${d##*/} ;;
	esac
	if [ ! -d "$(allocs_path "$d")" ]; then
		echo "golden-allocs.sh: no benchmark directory $d" >&2
		st=1
		continue
	fi
	for mode in $ALLOCS_MODES; do
		w=$(mktemp -d) || exit 1
		if ! allocs_run go "$d" "$mode" "$w"; then
			echo "golden-allocs.sh: go test failed in $d ($mode):" >&2
			cat "$w/out" >&2
			st=1
		else
			{ allocs_header "$mode"; cat "$w/table"; } > "$w/new"
			g=$(allocs_golden "$d" "$mode")
			if ! cmp -s "$w/new" "$g"; then
				cp "$w/new" "$g" && echo "updated ${g#"$ROOT"/}"
			fi
		fi
		rm -rf "$w"
	done
done
exit $st
