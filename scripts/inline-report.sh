#!/bin/sh
# inline-report.sh — how many of gc's inlining decisions tgo reproduces.
#
#   sh scripts/inline-report.sh [-m=2] [-all] [-v] [file.go | dir ...]
#
# For every program (default: testdata/run/*.go and testdata/escape/*.go),
# builds it with `go build -gcflags=-m` and `tgo build -gcflags=-m`
# (or -m=2) and compares the lines that are inlining decisions
# ("can inline f", "cannot inline f: reason", and at -m=2 the costs and
# bodies); with -all, every -m line (escape analysis after inlining, and
# "inlining call to f").  Prints per file the lines only one compiler printed (with -v),
# and a summary: gc's decision lines, how many tgo printed identically, how
# many files match entirely.  A report, not a test: testdata/inline is the
# test suite.  Needs `go` on PATH.

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
command -v go >/dev/null 2>&1 || { echo "inline-report.sh: go is not on PATH" >&2; exit 1; }
lib_go_env

M=-m
VERBOSE=
FILTER='can inline|cannot inline'
while [ $# -gt 0 ]; do
	case $1 in
	-m=2) M=-m=2 ;;
	-all) FILTER=. ;;
	-v) VERBOSE=1 ;;
	*) break ;;
	esac
	shift
done
[ $# -eq 0 ] && set -- "$ROOT"/testdata/run/*.go "$ROOT"/testdata/escape/*.go
W=$(mktemp -d) || exit 1
trap 'rm -rf "$W"' EXIT

one() {
	f=$1 w=$2/$(echo "$1" | tr '/' '_')
	mkdir -p "$w/src"
	cp "$f" "$w/src/"
	b=${f##*/}
	filter=$FILTER
	(cd "$w/src" && with_timeout 120 go build -gcflags="$M" -o /dev/null "$b" 2>&1) |
		grep -E "$filter" | grep "^\./$b:" > "$w/gc"
	(cd "$w/src" && with_timeout 120 "$TGO" build -gcflags="$M" -o /dev/null "$b" 2>&1) |
		grep -E "$filter" | grep "^\./$b:" > "$w/tgo"
	n=$(wc -l < "$w/gc")
	same=$(sort "$w/gc" | comm -12 - "$(sort "$w/tgo" > "$w/tgo.s"; echo "$w/tgo.s")" | wc -l)
	if cmp -s "$w/gc" "$w/tgo"; then ok=1; else ok=0; fi
	echo "$n $same $ok $f" > "$w/result"
	if [ $ok = 0 ] && [ -n "$VERBOSE" ]; then
		echo "== $f"
		diff "$w/gc" "$w/tgo" | grep '^[<>]'
	fi
}

if [ "$1" = --one ]; then
	shift
	M=$1 VERBOSE=$2 FILTER=$3
	one "$4" "$5"
	exit 0
fi
for f in "$@"; do echo "$f"; done |
	xargs -P "${TGO_TEST_JOBS:-2}" -I{} sh "$0" --one "$M" "$VERBOSE" "$FILTER" {} "$W"
cat "$W"/*/result | awk '
	{ lines += $1; same += $2; files++; if ($3) okfiles++ }
	END { printf "gc lines: %d, printed identically by tgo: %d (%.1f%%); files matching entirely: %d of %d\n",
	      lines, same, lines ? 100 * same / lines : 100, okfiles, files }'
